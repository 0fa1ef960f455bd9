/// Reads a pilot's run from the expressions of its period text.
enum LooptijdReader {
    /// Start from the first period, end from the last; an open end ("vanaf …") leaves the end unknown.
    static func read(text: String?, expressions: [TypedExpression]) -> Looptijd {
        let intervals = expressions.filter { $0.type == .interval }
        guard let first = intervals.first, let last = intervals.last else { return Looptijd(text: text) }
        return Looptijd(start: first.start, end: last.end,
                        startMod: first.start == nil ? nil : first.startMod,
                        endMod: last.end == nil ? nil : last.endMod,
                        text: text)
    }
}
