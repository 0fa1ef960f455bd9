/// Settings of the `headings` layout (`Rules/kinds.yml`): a report about one pilot whose headings open its sections.
public struct HeadingsLayoutRule: Sendable {
    /// Folded words after which the opening pages name the pilot in quotes ("de pilot ‘X’").
    public var nameMarkers: [String]
    /// How many of the document's first lines are searched for that name.
    public var openingLines: Int
    /// The most words a heading line may have.
    public var headingWords: Int
    /// The section whose numbered items ("1. …", "2. …") are read as recommendations, if any.
    public var recommendations: String?

    static func parse(_ node: RuleNode) throws(RuleError) -> HeadingsLayoutRule {
        _ = try node.entries(allowed: ["name_markers", "opening_lines", "heading_words", "recommendations"])
        return HeadingsLayoutRule(
            nameMarkers: try node.required("name_markers").strings().map(TextFolding.fold),
            openingLines: try node.optional("opening_lines")?.int(in: 1...10_000) ?? 120,
            headingWords: try node.optional("heading_words")?.int(in: 1...30) ?? 8,
            recommendations: try node.optional("recommendations")?.string())
    }
}
