/// One character of a PDF page with its box (PDF points, origin top left) and font.
public struct Glyph: Sendable, Hashable {
    public var character: Unicode.Scalar
    public var box: Box
    public var fontSize: Double
    public var bold: Bool
    public var italic: Bool
    public var underlined: Bool
    /// The text's colour, or `nil` for black.
    public var colour: Colour?

    /// A colour of text, eight bits a channel: a plain value, so a page's thousands of glyphs copy without reference
    /// counting.
    public struct Colour: Sendable, Hashable {
        public var red: UInt8
        public var green: UInt8
        public var blue: UInt8

        public init(red: UInt8, green: UInt8, blue: UInt8) {
            self.red = red
            self.green = green
            self.blue = blue
        }

        /// `#rrggbb`.
        public var hex: String {
            let digits = Array("0123456789abcdef")
            return "#" + String([red, green, blue].flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] })
        }
    }

    package init(character: Unicode.Scalar, box: Box, fontSize: Double, bold: Bool, italic: Bool, underlined: Bool, colour: Colour?) {
        self.character = character
        self.box = box
        self.fontSize = fontSize
        self.bold = bold
        self.italic = italic
        self.underlined = underlined
        self.colour = colour
    }
}

/// An axis-aligned rectangle in PDF points, y growing downwards.
public struct Box: Sendable, Hashable, Codable {
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double

    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
    }

    public var width: Double { x1 - x0 }
    public var height: Double { y1 - y0 }

    /// True when the two boxes share some area.
    public func intersects(_ other: Box) -> Bool {
        x0 < other.x1 && other.x0 < x1 && y0 < other.y1 && other.y0 < y1
    }

    /// The box with `margin` added on every side.
    public func grown(by margin: Double) -> Box {
        Box(x0: x0 - margin, y0: y0 - margin, x1: x1 + margin, y1: y1 + margin)
    }

    /// The smallest box holding both.
    public func union(_ other: Box) -> Box {
        Box(x0: min(x0, other.x0), y0: min(y0, other.y0), x1: max(x1, other.x1), y1: max(y1, other.y1))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for value in [x0, y0, x1, y1] { try container.encode((value * 10).rounded() / 10) }
    }

    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        self.init(x0: try container.decode(Double.self), y0: try container.decode(Double.self),
                  x1: try container.decode(Double.self), y1: try container.decode(Double.self))
    }
}
