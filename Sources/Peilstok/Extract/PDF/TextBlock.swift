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
        // Rows and segments hold word indices: sorting them moves no word (the same sort, so the same order). The
        // boxes are read from an array of their own, plain values, not through words that hold strings.
        let boxes = words.map(\.box)
        let sorted = boxes.indices.sorted { (boxes[$0].y0, boxes[$0].x0) < (boxes[$1].y0, boxes[$1].x0) }
        var groups: [[Int]] = []
        // The box of each group's first word, which the others are measured against.
        var references: [Box] = []
        for index in sorted {
            let box = boxes[index]
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
        // Each segment is a run of word indices, left to right.
        var segments: [[Int]] = []
        for group in groups {
            let ordered = group.sorted(by: { boxes[$0].x0 < boxes[$1].x0 })
            // A gap splits a row only when it is wider than `columnGap` and stands out from the row's other gaps:
            // justified text spaces all its words wide, a gutter is one gap far wider than the rest.
            let gaps = zip(ordered, ordered.dropFirst()).map { boxes[$1].x0 - boxes[$0].x1 }.sorted()
            let typical = gaps.isEmpty ? 0 : gaps[gaps.count / 2]
            let threshold = gaps.count >= 2 ? max(columnGap, typical * 2.5) : columnGap
            var current: [Int] = []
            for index in ordered {
                if let last = current.last, boxes[index].x0 - boxes[last].x1 > threshold {
                    segments.append(current)
                    current = []
                }
                current.append(index)
            }
            if !current.isEmpty { segments.append(current) }
        }
        let lines = segments.map { line(of: $0, in: words) }.sorted { ($0.box.y0, $0.box.x0) < ($1.box.y0, $1.box.x0) }
        let box = boxes.dropFirst().reduce(first.box) { $0.union($1) }
        return TextBlock(lines: lines, box: box)
    }

    /// The line of the words at `ordered` (left to right): its runs of one style as spans.
    private static func line(of ordered: [Int], in words: [Word]) -> Line {
        // The line's box is its spans' boxes together, and they cover every word.
        var box = words[ordered[0]].box
        var fontSize = words[ordered[0]].fontSize
        var (bold, underlined) = (true, true)
        var (confidence, confident) = (0.0, 0)
        var spans: [StyledSpan] = []
        var start = 0
        while start < ordered.count {
            let opening = words[ordered[start]]
            var end = start + 1
            var spanBox = opening.box
            while end < ordered.count, words[ordered[end]].hasStyle(of: opening) {
                spanBox = spanBox.union(words[ordered[end]].box)
                end += 1
            }
            let text = end == start + 1 ? opening.text : ordered[start..<end].map { words[$0].text }.joined(separator: " ")
            spans.append(StyledSpan(text: text, style: opening.style, box: spanBox))
            box = box.union(spanBox)
            start = end
        }
        for index in ordered {
            let word = words[index]
            fontSize = max(fontSize, word.fontSize)
            bold = bold && word.bold
            underlined = underlined && word.underlined
            if let value = word.confidence { (confidence, confident) = (confidence + value, confident + 1) }
        }
        // Most lines are one span: its text is the line's, with no copy.
        return Line(text: spans.count == 1 ? spans[0].text : spans.map(\.text).joined(separator: " "), spans: spans, box: box,
                    fontSize: fontSize, bold: bold, underlined: underlined,
                    confidence: confident == 0 ? nil : confidence / Double(confident))
    }
}
