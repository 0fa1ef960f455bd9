/// Settings of the `factsheet` layout (`Rules/kinds.yml`).
public struct FactsheetLayoutRule: Sendable {
    /// Folded word that opens a pilot heading ("pilot").
    public var headingPrefix: String
    /// How many lines after a heading a section heading must appear for it to count.
    public var headingLines: Int
    /// Folded layout lines that belong to no section.
    public var noise: Set<String>
    /// Folded lines that close a page.
    public var pageEnd: Set<String>
    /// The indent that marks a page's first line in the text layer.
    public var pageStartIndent: String
    /// Folded word that ends a legal-aid line caption ("lijn").
    public var lijnWord: String
    /// Folded caption to `vorm` value.
    public var vorm: [String: String]
    /// Folded other icon captions.
    public var captions: Set<String>
    /// Folded words that may stand on the line before a headline figure.
    public var figureQualifiers: Set<String>

    static func parse(_ node: RuleNode) throws(RuleError) -> FactsheetLayoutRule {
        _ = try node.entries(allowed: ["heading_prefix", "heading_lines", "noise", "page_end", "page_start_indent", "lijn_word", "vorm", "captions",
                                      "figure_qualifiers"])
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
            noise: Set(try node.required("noise").strings().map(TextFolding.fold)),
            pageEnd: Set(try node.required("page_end").strings().map(TextFolding.fold)),
            pageStartIndent: try node.optional("page_start_indent")?.node.scalar?.string ?? " ",
            lijnWord: TextFolding.fold(try node.required("lijn_word").string()),
            vorm: vorm,
            captions: Set(try node.optional("captions")?.strings().map(TextFolding.fold) ?? []),
            figureQualifiers: Set(try node.optional("figure_qualifiers")?.strings().map(TextFolding.fold) ?? []))
    }
}
