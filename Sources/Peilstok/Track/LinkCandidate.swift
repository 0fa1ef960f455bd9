/// One pilot record as the registry sees it: what it is called, where, and what its sections say.
public struct LinkCandidate: Sendable, Hashable {
    /// The store's id of the record's version row.
    public var version: Int64
    public var name: String
    public var gemeente: String?
    /// The name and every section's text, the words texts are compared by.
    public var text: String
    /// The pilot id the version had before this linking, kept where the new linking allows.
    public var previousPilot: String?

    public init(version: Int64, name: String, gemeente: String?, text: String, previousPilot: String? = nil) {
        self.version = version
        self.name = name
        self.gemeente = gemeente
        self.text = text
        self.previousPilot = previousPilot
    }
}

/// The pilots of one document, in the order the registry takes documents (by peildatum).
public struct LinkDocument: Sendable, Hashable {
    public var id: Int64
    public var file: String
    public var peildatum: String?
    public var candidates: [LinkCandidate]

    public init(id: Int64, file: String, peildatum: String?, candidates: [LinkCandidate]) {
        self.id = id
        self.file = file
        self.peildatum = peildatum
        self.candidates = candidates
    }
}
