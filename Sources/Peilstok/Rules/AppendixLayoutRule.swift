/// Settings of the `appendix` layout (`Rules/kinds.yml`).
public struct AppendixLayoutRule: Sendable {
    /// Folded heading after which the pilot descriptions start.
    public var start: String
    /// Folded words that open a pilot heading ("pilot in").
    public var headingPrefix: String
    /// Dashes between place and name in a heading.
    public var separators: [String]

    static func parse(_ node: RuleNode) throws(RuleError) -> AppendixLayoutRule {
        _ = try node.entries(allowed: ["start", "heading_prefix", "separators"])
        return AppendixLayoutRule(
            start: TextFolding.fold(try node.required("start").string()),
            headingPrefix: TextFolding.fold(try node.required("heading_prefix").string()),
            separators: try node.required("separators").strings())
    }
}
