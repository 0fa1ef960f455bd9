/// What `Inbox/inbox.yml` says about one input file.
public struct ManifestEntry: Sendable, Hashable, Codable {
    /// The file's peildatum, for documents that do not state their own (`YYYY-MM-DD`).
    public var peildatum: String?
    /// A kind from `Rules/kinds.yml` that overrides detection.
    public var kind: String?

    public init(peildatum: String? = nil, kind: String? = nil) {
        self.peildatum = peildatum
        self.kind = kind
    }
}
