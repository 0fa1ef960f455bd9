import Foundation

/// `Inbox/inbox.yml`: per inbox file, a peildatum the file does not state and a kind that overrides detection.
public struct InboxManifest: Sendable {
    public var entries: [String: ManifestEntry]

    public init(entries: [String: ManifestEntry] = [:]) {
        self.entries = entries
    }

    /// Reads the manifest if it exists; errors name the file and line. Kinds must be known to `rules`.
    public static func load(from url: URL, displayPath: String, rules: Rules) throws(RuleError) -> InboxManifest {
        guard let data = FileManager.default.contents(atPath: url.path) else { return InboxManifest() }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RuleError(file: displayPath, message: "not valid UTF-8")
        }
        let root = try RuleNode.load(yaml: text, file: displayPath)
        _ = try root.entries(allowed: ["files"])
        var entries: [String: ManifestEntry] = [:]
        for (file, _, node) in try root.required("files").entries() {
            _ = try node.entries(allowed: ["peildatum", "kind"])
            var entry = ManifestEntry()
            if let dateNode = try node.optional("peildatum") {
                let date = try dateNode.string()
                guard RecordValidator.isISODate(date) else { throw dateNode.error("peildatum '\(date)' is not a date (YYYY-MM-DD)") }
                entry.peildatum = date
            }
            if let kindNode = try node.optional("kind") {
                let kind = try kindNode.string()
                guard rules.kind(kind) != nil else {
                    throw kindNode.error("unknown kind '\(kind)' (known: \(rules.kinds.map(\.key).joined(separator: ", ")))")
                }
                entry.kind = kind
            }
            entries[file] = entry
        }
        return InboxManifest(entries: entries)
    }

    /// The inbox files with their manifest entries attached, and a warning for each entry naming no file.
    public func apply(to files: [InputFile]) -> (files: [InputFile], warnings: [String]) {
        let names = Set(files.map(\.name))
        let warnings = entries.keys.sorted().filter { !names.contains($0) }.map { "inbox.yml names '\($0)', which is not in the inbox" }
        return (files.map { file in
            var file = file
            file.manifest = entries[file.name]
            return file
        }, warnings)
    }
}
