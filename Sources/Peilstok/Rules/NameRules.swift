/// How pilot names are taken from headings (`Rules/names.yml`).
public struct NameRules: Sendable {
    /// Folded leading words dropped from a heading ("pilot").
    public var stripPrefixes: [String]
    /// Folded words after which a "word- " hyphen is an elision and stays.
    public var elisionWords: [String]
    /// Folded words that introduce a municipality ("gemeente").
    public var gemeenteMarkers: [String]
    /// Folded words that join municipalities into a list ("en"): a marker followed by a list names no one of them.
    public var listWords: [String]

    static func parse(_ root: RuleNode) throws(RuleError) -> NameRules {
        _ = try root.entries(allowed: ["strip_prefixes", "elision_words", "gemeente_markers", "list_words"])
        return NameRules(
            stripPrefixes: try root.required("strip_prefixes").strings().map(TextFolding.fold),
            elisionWords: try root.required("elision_words").strings().map(TextFolding.fold),
            gemeenteMarkers: try root.required("gemeente_markers").strings().map(TextFolding.fold),
            listWords: try root.optional("list_words")?.strings().map(TextFolding.fold) ?? [])
    }
}
