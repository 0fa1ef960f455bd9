/// One line of a document: its spans in reading order, its number in the text view, and its box where known.
public struct DocumentLine: Sendable, Hashable {
    /// The 1-based line number provenance refers to: the line of a text file, or of a PDF's text view.
    public var number: Int
    public var spans: [StyledSpan]
    /// The spans' text joined.
    public let text: String
    /// The style most of the line's characters are set in.
    public let style: TextStyle
    public var box: Box?
    /// For a line read by OCR: the mean confidence of its words, 0–100.
    public var confidence: Double?

    public init(number: Int, spans: [StyledSpan], box: Box? = nil, confidence: Double? = nil) {
        self.number = number
        self.spans = spans
        self.box = box
        self.confidence = confidence
        text = spans.map(\.text).joined(separator: " ")
        var weights: [TextStyle: Int] = [:]
        for span in spans { weights[span.style, default: 0] += span.text.count }
        // Ties go to the larger, then bolder style, so the result does not depend on dictionary order.
        style = weights.max { lhs, rhs in
            (lhs.value, lhs.key.fontSize, lhs.key.bold ? 1 : 0) < (rhs.value, rhs.key.fontSize, rhs.key.bold ? 1 : 0)
        }?.key ?? .plain
    }

    /// A line of plain text with no style or geometry.
    public init(number: Int, text: String, style: TextStyle = .plain) {
        self.init(number: number, spans: [StyledSpan(text: text, style: style)])
    }

    /// The largest font size on the line (0 when unknown).
    public var largestFontSize: Double { spans.map(\.style.fontSize).max() ?? 0 }
}
