/// Where an extracted line lies in a paged source: its 1-based page, its box in points, and its font.
public struct LineOrigin: Sendable, Hashable, Codable {
    public var page: Int
    public var box: Box
    public var fontSize: Double
    /// Most of the line is set in a bold font: a heading signal.
    public var bold: Bool
    /// Most of the line is underlined: a heading signal too.
    public var underlined: Bool
    /// For a line read by OCR: the mean confidence of its words, 0–100; `nil` for a text layer.
    public var confidence: Double?

    public init(page: Int, box: Box, fontSize: Double = 0, bold: Bool = false, underlined: Bool = false,
                confidence: Double? = nil) {
        self.confidence = confidence
        self.page = page
        self.box = box
        self.fontSize = fontSize
        self.bold = bold
        self.underlined = underlined
    }
}
