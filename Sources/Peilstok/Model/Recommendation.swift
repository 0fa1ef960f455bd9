/// A numbered recommendation a report lists ("3. Breng een heldere grens aan …"), with the lines it spans.
public struct Recommendation: Sendable, Hashable, Codable {
    public var number: Int
    /// The item's text, white space folded, broken words joined.
    public var text: String
    public var lines: LineRange

    public init(number: Int, text: String, lines: LineRange) {
        self.number = number
        self.text = text
        self.lines = lines
    }
}
