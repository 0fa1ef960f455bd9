/// What a document's records depend on: its name and bytes, what `Inbox/inbox.yml` says of it, the reading rules,
/// and the reader (the build of peilstok, and the password it was given). A reading already in the store under the
/// same key is not read again.
public struct ReadingKey: Sendable, Hashable {
    public var file: String
    public var sha256: String
    /// The file's manifest entry as JSON (`{"kind":…,"peildatum":…}`), empty when the manifest says nothing of it.
    public var manifest: String
    public var rulesHash: String
    public var reader: String

    public init(file: String, sha256: String, manifest: ManifestEntry? = nil, rulesHash: String, reader: String) {
        self.file = file
        self.sha256 = sha256
        self.manifest = manifest.flatMap { try? JSONLines.encoder().encode($0) }.map { String(decoding: $0, as: UTF8.self) } ?? ""
        self.rulesHash = rulesHash
        self.reader = reader
    }
}
