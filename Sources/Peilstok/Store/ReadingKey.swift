/// What a document's records depend on: its name and bytes, the reading rules, and the reader (the build of
/// peilstok, and the password it was given). A reading already in the store under the same key is not read again.
public struct ReadingKey: Sendable, Hashable {
    public var file: String
    public var sha256: String
    public var rulesHash: String
    public var reader: String

    public init(file: String, sha256: String, rulesHash: String, reader: String) {
        self.file = file
        self.sha256 = sha256
        self.rulesHash = rulesHash
        self.reader = reader
    }
}
