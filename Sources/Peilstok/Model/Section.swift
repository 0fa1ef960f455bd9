/// One section of a pilot block: a rule key and the body text under its heading.
public struct Section: Sendable, Hashable {
    /// The section key from `Rules/sections.yml` (e.g. `achtergrond`).
    public var key: String
    /// The body, white space folded, heading excluded.
    public var text: String
    /// The lines the body came from.
    public var lines: LineRange

    public init(key: String, text: String, lines: LineRange) {
        self.key = key
        self.text = text
        self.lines = lines
    }
}
