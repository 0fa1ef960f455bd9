/// One section of a document kind and the headings that open it (an entry of `Rules/sections.yml`).
public struct SectionRule: Sendable {
    public var key: String
    /// Folded heading variants.
    public var headings: [String]

    /// The section key a heading opens, if any, after folding it and dropping a trailing colon.
    static func key(forHeading text: String, in rules: [SectionRule]) -> String? {
        var folded = TextFolding.fold(text)
        while let last = folded.last, last == ":" || last == "." || last == " " { folded.removeLast() }
        return rules.first { $0.headings.contains(folded) }?.key
    }

    static func parseFile(_ root: RuleNode, kinds: Set<String>) throws(RuleError) -> [String: [SectionRule]] {
        var result: [String: [SectionRule]] = [:]
        for (kind, keyNode, list) in try root.entries() {
            guard kinds.contains(kind) else {
                throw keyNode.error("unknown document kind '\(kind)' (kinds are listed in kinds.yml)")
            }
            var rules: [SectionRule] = []
            var seen: [String: String] = [:]
            for item in try list.items() {
                _ = try item.entries(allowed: ["key", "headings"])
                let keyValue = try item.required("key")
                let key = try keyValue.string()
                guard key.allSatisfy({ $0.isLowercase || $0 == "_" }) else {
                    throw keyValue.error("section key '\(key)' must be lowercase letters and '_'")
                }
                let headingsNode = try item.required("headings")
                let headings = try headingsNode.strings().map(TextFolding.fold)
                for heading in headings {
                    if let other = seen[heading] {
                        throw headingsNode.error("heading '\(heading)' already opens section '\(other)'")
                    }
                    seen[heading] = key
                }
                rules.append(SectionRule(key: key, headings: headings))
            }
            result[kind] = rules
        }
        return result
    }
}
