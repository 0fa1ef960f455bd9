/// The metadata fields a document record carries and the labels that print them (`Rules/metadata.yml`).
public struct MetadataRules: Sendable {
    /// Folded label to field name ("kenmerk" → "reference").
    public var labels: [String: String]
    /// Field names in file order.
    public var fields: [String]

    /// The field a printed label stands for: folded, "**" and a trailing colon ignored.
    func field(forLabel text: String) -> String? {
        var folded = TextFolding.fold(text.replacingOccurrences(of: "*", with: ""))
        while folded.hasSuffix(":") { folded.removeLast() }
        return labels[folded.trimmingCharacters(in: .whitespaces)]
    }

    static func parse(_ root: RuleNode) throws(RuleError) -> MetadataRules {
        _ = try root.entries(allowed: ["fields"])
        var labels: [String: String] = [:]
        var fields: [String] = []
        for (field, keyNode, value) in try root.required("fields").entries() {
            fields.append(field)
            for label in try value.strings() {
                let folded = TextFolding.fold(label)
                if let other = labels[folded] { throw keyNode.error("label '\(label)' already names field '\(other)'") }
                labels[folded] = field
            }
        }
        return MetadataRules(labels: labels, fields: fields)
    }
}
