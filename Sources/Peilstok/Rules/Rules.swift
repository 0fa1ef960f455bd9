import Foundation

/// Every rule peilstok runs on, loaded and checked from one rules directory before any document is read.
public struct Rules: Sendable {
    /// Document kinds, in the order they are tried.
    public var kinds: [KindRule]
    /// Section rules per kind key.
    public var sections: [String: [SectionRule]]
    public var names: NameRules
    public var gazetteer: Gazetteer
    public var peildatum: PeildatumRules
    public var dates: DateVocabulary
    public var numbers: NumberVocabulary
    public var metadata: MetadataRules
    /// `record.schema.json` and `document.schema.json`, checked against every record before it is written.
    public var recordSchema: JSONSchema
    public var documentSchema: JSONSchema
    /// SHA-256 over the rule files' names and contents, so a run records exactly which rules it used.
    public var hash: String

    /// The rule files, in the order they are read and hashed.
    public static let fileNames = ["kinds.yml", "sections.yml", "names.yml", "gemeenten.yml", "peildatum.yml",
                                   "dates.yml", "numbers.yml", "metadata.yml", "record.schema.json", "document.schema.json"]

    /// Loads every rule file from `directory`; `displayDirectory` is how messages name it (e.g. `Rules`).
    public static func load(from directory: URL, displayDirectory: String? = nil) throws(RuleError) -> Rules {
        let display = displayDirectory ?? directory.path
        var files: [String: RuleFile] = [:]
        for name in fileNames {
            files[name] = try RuleFile.read(name, in: directory, displayDirectory: display)
        }
        func root(_ name: String) throws(RuleError) -> RuleNode {
            // fileNames lists every key of `files`.
            try files[name]!.root()
        }

        var kinds: [KindRule] = []
        let kindsRoot = try root("kinds.yml")
        _ = try kindsRoot.entries(allowed: ["kinds"])
        for (key, _, node) in try kindsRoot.required("kinds").entries() {
            kinds.append(try KindRule.parse(key: key, node: node))
        }
        let sectionsRoot = try root("sections.yml")
        let sections = try SectionRule.parseFile(sectionsRoot, kinds: Set(kinds.map(\.key)))
        for kind in kinds where sections[kind.key]?.isEmpty ?? true {
            throw sectionsRoot.error("kind '\(kind.key)' has no section rules")
        }

        let recordSchema = try schema(files["record.schema.json"]!)
        let documentSchema = try schema(files["document.schema.json"]!)
        for kind in kinds {
            let keys = Set((sections[kind.key] ?? []).map(\.key))
            if let casebox = kind.casebox, !keys.contains(casebox.section) {
                throw kindsRoot.error("kind '\(kind.key)': casebox section '\(casebox.section)' is not in sections.yml")
            }
            if let section = kind.headings?.recommendations, !keys.contains(section) {
                throw kindsRoot.error("kind '\(kind.key)': recommendations section '\(section)' is not in sections.yml")
            }
        }

        var hashInput = ""
        for name in fileNames {
            hashInput += "\(name)\n\(files[name]!.text)\n"
        }
        return Rules(
            kinds: kinds,
            sections: sections,
            names: try NameRules.parse(try root("names.yml")),
            gazetteer: try Gazetteer.parse(try root("gemeenten.yml")),
            peildatum: try PeildatumRules.parse(try root("peildatum.yml")),
            dates: try DateVocabulary.parse(try root("dates.yml")),
            numbers: try NumberVocabulary.parse(try root("numbers.yml")),
            metadata: try MetadataRules.parse(try root("metadata.yml")),
            recordSchema: recordSchema,
            documentSchema: documentSchema,
            hash: hashInput.sha256Hex)
    }

    /// The kind rule with this key.
    public func kind(_ key: String) -> KindRule? { kinds.first { $0.key == key } }

    private static func schema(_ file: RuleFile) throws(RuleError) -> JSONSchema {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(file.text.utf8))
        } catch {
            throw RuleError(file: file.displayPath, message: "not valid JSON: \(error.localizedDescription)")
        }
        guard let schema = object as? [String: Any], schema["$schema"] is String, schema["properties"] is [String: Any] else {
            throw RuleError(file: file.displayPath, message: "not a JSON Schema: expected '$schema' and 'properties'")
        }
        do {
            return try JSONSchema(data: Data(file.text.utf8))
        } catch {
            throw RuleError(file: file.displayPath, message: "schema \(error)")
        }
    }
}
