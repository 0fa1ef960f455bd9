/// Levenshtein distances, bounded: how far OCR may have misread a text.
enum EditDistance {
    /// True when `a` and `b` differ by at most one substitution, insertion or deletion.
    static func atMostOne(_ a: String, _ b: String) -> Bool { within(1, a, b) }

    /// True when `a` and `b` differ by at most `limit` substitutions, insertions or deletions; only the diagonal band
    /// of width `2 × limit + 1` is computed.
    static func within(_ limit: Int, _ a: String, _ b: String) -> Bool {
        within(limit, Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    /// `within(_:_:_:)` for texts already split into scalars.
    static func within(_ limit: Int, _ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Bool {
        guard abs(x.count - y.count) <= limit else { return false }
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) <= limit }
        let beyond = limit + 1
        var previous = (0...y.count).map { $0 <= limit ? $0 : beyond }
        var current = [Int](repeating: beyond, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i <= limit ? i : beyond
            let low = max(1, i - limit)
            let high = min(y.count, i + limit)
            if low > 1 { current[low - 1] = beyond }
            var best = current[0]
            if low <= high {
                for j in low...high {
                    let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
                    current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1, beyond)
                    best = min(best, current[j])
                }
            }
            if high < y.count { current[high + 1] = beyond }
            guard best <= limit else { return false }
            swap(&previous, &current)
        }
        return previous[y.count] <= limit
    }
}
