/// Finds dates, periods and intervals in Dutch text and turns them into typed expressions.
public struct Normaliser: Sendable {
    let vocabulary: DateVocabulary

    public init(rules: Rules) {
        vocabulary = rules.dates
    }

    /// Every expression in `text`, in order, none overlapping; `at` offsets count Unicode scalars.
    public func expressions(in text: String) -> [Expression] {
        let tokens = Tokenizer.tokenize(text)
        let scalars = Array(text.unicodeScalars)
        let parser = DateParser(vocabulary: vocabulary)
        let bounds = CalendarBounds(vocabulary: vocabulary)
        var result: [Expression] = []
        var index = 0
        while index < tokens.count {
            if let interval = parser.interval(tokens, at: index) {
                var expression = makeExpression(.interval, tokens, interval.first, interval.endIndex, scalars)
                if let start = interval.start {
                    expression.start = start.timex
                    expression.startMod = start.mod
                    expression.earliest = bounds.bounds(of: start).earliest
                }
                if let end = interval.end {
                    expression.end = end.timex
                    expression.endMod = end.mod
                    expression.latest = bounds.bounds(of: end).latest
                }
                result.append(expression)
                index = interval.endIndex
            } else if let point = parser.point(tokens, at: index) {
                var expression = makeExpression(.date, tokens, point.first, point.end, scalars)
                expression.timex = point.timex
                expression.mod = point.mod
                (expression.earliest, expression.latest) = bounds.bounds(of: point)
                result.append(expression)
                index = point.end
            } else {
                index += 1
            }
        }
        return result
    }

    /// A full calendar date (`YYYY-MM-DD`) written right after one of `markers`, if any.
    func dateAfter(markers: [Phrase], in text: String) -> String? {
        let tokens = Tokenizer.tokenize(text)
        let parser = DateParser(vocabulary: vocabulary)
        for index in tokens.indices {
            guard let length = markers.longestMatch(tokens, at: index) else { continue }
            var cursor = index + length
            while cursor < tokens.count, tokens[cursor].kind == .symbol, tokens[cursor].text != "–" { cursor += 1 }
            if let point = parser.point(tokens, at: cursor), point.mod == nil, point.year != nil, point.day != nil {
                return point.timex
            }
        }
        return nil
    }

    private func makeExpression(_ type: Expression.Kind, _ tokens: [Token], _ first: Int, _ end: Int,
                                _ scalars: [Unicode.Scalar]) -> Expression {
        let begin = tokens[first].start
        let finish = tokens[end - 1].end
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[begin..<finish])
        return Expression(type: type, text: String(view), at: [begin, finish])
    }
}
