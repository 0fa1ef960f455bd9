/// Settings of the `factsheet` layout (`Rules/kinds.yml`).
public struct FactsheetLayoutRule: Sendable {
    /// Folded word that opens a pilot heading ("pilot").
    public var headingPrefix: String
    /// How many lines after a heading a section heading must appear for it to count.
    public var headingLines: Int
    /// Folded lines that close a page.
    public var pageEnd: Set<String>
    /// Folded word that ends a legal-aid line caption ("lijn").
    public var lijnWord: String
    /// Folded caption to `vorm` value.
    public var vorm: [String: String]
    /// Folded words that may stand on the line before a headline figure.
    public var figureQualifiers: Set<String>

    static func parse(_ node: RuleNode) throws(RuleError) -> FactsheetLayoutRule {
        _ = try node.entries(allowed: ["heading_prefix", "heading_lines", "page_end", "lijn_word", "vorm", "figure_qualifiers"])
        var vorm: [String: String] = [:]
        for (caption, _, value) in try node.required("vorm").entries() {
            let form = try value.string()
            guard ["werkwijze", "online-tool"].contains(form) else {
                throw value.error("vorm '\(form)' is not one of: werkwijze, online-tool")
            }
            vorm[TextFolding.fold(caption)] = form
        }
        return FactsheetLayoutRule(
            headingPrefix: TextFolding.fold(try node.required("heading_prefix").string()),
            headingLines: try node.optional("heading_lines")?.int(in: 1...10) ?? 3,
            pageEnd: Set(try node.required("page_end").strings().map(TextFolding.fold)),
            lijnWord: TextFolding.fold(try node.required("lijn_word").string()),
            vorm: vorm,
            figureQualifiers: Set(try node.optional("figure_qualifiers")?.strings().map(TextFolding.fold) ?? []))
    }
}
