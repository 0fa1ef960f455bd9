/// How `peilstok diff` reads status texts and sentences (`Rules/diff.yml`).
public struct DiffRules: Sendable, Hashable {
    /// Section keys that hold a pilot's status text, in order of preference.
    public var statusSections: [String]
    /// Section keys compared as a field of their own, not as sections.
    public var skipSections: Set<String>
    /// Characters that end a sentence when white space follows.
    public var sentenceEnds: Set<Character>
    /// Marks that open a new sentence wherever they stand.
    public var breaks: [String]

    static func parse(_ root: RuleNode, sectionKeys: Set<String>) throws(RuleError) -> DiffRules {
        _ = try root.entries(allowed: ["status", "skip_sections", "sentence_ends", "breaks"])
        let statusNode = try root.required("status")
        let status = try statusNode.strings()
        for key in status where !sectionKeys.contains(key) {
            throw statusNode.error("status section '\(key)' is not a section key of sections.yml")
        }
        var ends: Set<Character> = []
        for item in try root.required("sentence_ends").items() {
            let text = try item.string()
            guard text.count == 1, let character = text.first else { throw item.error("expected one character") }
            ends.insert(character)
        }
        var skip: Set<String> = []
        if let node = try root.optional("skip_sections") {
            for key in try node.strings() {
                guard sectionKeys.contains(key) else { throw node.error("section '\(key)' is not a section key of sections.yml") }
                skip.insert(key)
            }
        }
        return DiffRules(statusSections: status, skipSections: skip, sentenceEnds: ends,
                         breaks: try root.optional("breaks")?.strings() ?? [])
    }
}
