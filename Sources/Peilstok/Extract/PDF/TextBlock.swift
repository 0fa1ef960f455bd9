/// A region of a page read as one unit: its lines in order, with the box they fill.
public struct TextBlock: Sendable, Hashable {
    /// A line of a block: its words joined by spaces, its box and its font, and its runs of one style.
    public struct Line: Sendable, Hashable {
        public var text: String
        public var spans: [StyledSpan]
        public var box: Box
        public var fontSize: Double
        public var bold: Bool
        public var underlined: Bool
        /// For a line read by OCR: the mean confidence of its words, 0–100.
        public var confidence: Double?
    }

    public var lines: [Line]
    public var box: Box

    /// Lines from words: words whose vertical centres lie within half a line height share a line, read left to
    /// right; a horizontal gap wider than `columnGap` that stands out from the row's other gaps splits a line into
    /// two, one per column.
    package static func make(_ words: [Word], columnGap: Double) -> TextBlock? {
        guard let first = words.first else { return nil }
        // Rows and segments hold word indices: sorting them moves no word (the same sort, so the same order).
        let sorted = words.indices.sorted { (words[$0].box.y0, words[$0].box.x0) < (words[$1].box.y0, words[$1].box.x0) }
        var groups: [[Int]] = []
        // The box of each group's first word, which the others are measured against.
        var references: [Box] = []
        for index in sorted {
            let box = words[index].box
            let centre = (box.y0 + box.y1) / 2
            if let group = references.lastIndex(where: { reference in
                abs(centre - (reference.y0 + reference.y1) / 2) < min(reference.height, box.height) / 2
            }) {
                groups[group].append(index)
            } else {
                groups.append([index])
                references.append(box)
            }
        }
        var segments: [[Word]] = []
        for group in groups {
            let ordered = group.sorted(by: { words[$0].box.x0 < words[$1].box.x0 })
            // A gap splits a row only when it is wider than `columnGap` and stands out from the row's other gaps:
            // justified text spaces all its words wide, a gutter is one gap far wider than the rest.
            let gaps = zip(ordered, ordered.dropFirst()).map { words[$1].box.x0 - words[$0].box.x1 }.sorted()
            let typical = gaps.isEmpty ? 0 : gaps[gaps.count / 2]
            let threshold = gaps.count >= 2 ? max(columnGap, typical * 2.5) : columnGap
            var current: [Word] = []
            for index in ordered {
                let word = words[index]
                if let last = current.last, word.box.x0 - last.box.x1 > threshold {
                    segments.append(current)
                    current = []
                }
                current.append(word)
            }
            if !current.isEmpty { segments.append(current) }
        }
        let lines = segments.map { ordered -> Line in
            let box = ordered.dropFirst().reduce(ordered[0].box) { $0.union($1.box) }
            // A span: a run of words of one style.
            var spans: [StyledSpan] = []
            var start = 0
            while start < ordered.count {
                let style = ordered[start].style
                var end = start + 1
                var spanBox = ordered[start].box
                while end < ordered.count, ordered[end].style == style {
                    spanBox = spanBox.union(ordered[end].box)
                    end += 1
                }
                let text = end == start + 1 ? ordered[start].text : ordered[start..<end].map(\.text).joined(separator: " ")
                spans.append(StyledSpan(text: text, style: style, box: spanBox))
                start = end
            }
            let confidences = ordered.compactMap(\.confidence)
            // Most lines are one span: its text is the line's, with no copy.
            return Line(text: spans.count == 1 ? spans[0].text : spans.map(\.text).joined(separator: " "), spans: spans, box: box,
                        fontSize: ordered.map(\.fontSize).max() ?? 0,
                        bold: ordered.allSatisfy(\.bold), underlined: ordered.allSatisfy(\.underlined),
                        confidence: confidences.isEmpty ? nil : confidences.reduce(0, +) / Double(confidences.count))
        }.sorted { ($0.box.y0, $0.box.x0) < ($1.box.y0, $1.box.x0) }
        let box = words.dropFirst().reduce(first.box) { $0.union($1.box) }
        return TextBlock(lines: lines, box: box)
    }
}
