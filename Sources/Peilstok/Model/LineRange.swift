/// A 1-based, inclusive range of lines in an input document.
public struct LineRange: Sendable, Hashable, Codable {
    public var first: Int
    public var last: Int

    public init(_ first: Int, _ last: Int) {
        self.first = min(first, last)
        self.last = max(first, last)
    }

    /// The smallest range holding both ranges.
    public func union(_ other: LineRange) -> LineRange {
        LineRange(min(first, other.first), max(last, other.last))
    }

    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        self.init(try container.decode(Int.self), try container.decode(Int.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(first)
        try container.encode(last)
    }
}
