/// How a piece of text is set: what tells a heading, a caption or a headline figure from body text.
///
/// Text inputs without type information carry `TextStyle.plain`; Markdown and HTML headings carry their level.
public struct TextStyle: Sendable, Hashable {
    /// The font size in points; 0 where the input does not say.
    public var fontSize: Double
    public var bold: Bool
    public var italic: Bool
    public var underlined: Bool
    /// The text colour as `#rrggbb`, or `nil` for black or unknown.
    public var colour: String?
    /// The level of a Markdown or HTML heading (1–6), or `nil`.
    public var headingLevel: Int?

    public init(fontSize: Double = 0, bold: Bool = false, italic: Bool = false, underlined: Bool = false,
                colour: String? = nil, headingLevel: Int? = nil) {
        self.fontSize = fontSize
        self.bold = bold
        self.italic = italic
        self.underlined = underlined
        self.colour = colour
        self.headingLevel = headingLevel
    }

    /// The style of text whose setting is unknown.
    public static let plain = TextStyle()

    /// True when the input said how the text is set (a PDF's fonts, a Markdown heading).
    public var isKnown: Bool { fontSize > 0 || bold || italic || underlined || colour != nil || headingLevel != nil }
}
