/// Settings of the `casebox` layout (`Rules/kinds.yml`).
public struct CaseboxLayoutRule: Sendable {
    /// Folded words that open an example-case heading ("voorbeeld casus pilot").
    public var headingPrefix: String
    /// The section key the box's text fills.
    public var section: String

    static func parse(_ node: RuleNode) throws(RuleError) -> CaseboxLayoutRule {
        _ = try node.entries(allowed: ["heading_prefix", "section"])
        return CaseboxLayoutRule(headingPrefix: TextFolding.fold(try node.required("heading_prefix").string()),
                                 section: try node.required("section").string())
    }
}
