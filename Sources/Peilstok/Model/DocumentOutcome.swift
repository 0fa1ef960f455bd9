/// What became of one input file: its records, or the reason it failed. Codable, so a worker process can hand it
/// to the parent and a finished document can be kept on disk.
public struct DocumentOutcome: Sendable, Codable, Equatable {
    /// The file's position in the batch; outputs are ordered by it.
    public var index: Int
    public var file: String
    public var sha256: String?
    public var kind: String?
    public var peildatum: String?
    public var records: [PilotRecord]
    /// The document's own record, for every document that could be read.
    public var document: DocumentRecord?
    /// Document-level warnings (record warnings live in the records).
    public var warnings: [String]
    public var error: DocumentError?

    public init(index: Int, file: String, sha256: String? = nil, kind: String? = nil, peildatum: String? = nil,
                records: [PilotRecord] = [], document: DocumentRecord? = nil, warnings: [String] = [],
                error: DocumentError? = nil) {
        self.index = index
        self.file = file
        self.sha256 = sha256
        self.kind = kind
        self.peildatum = peildatum
        self.records = records
        self.document = document
        self.warnings = warnings
        self.error = error
    }

    /// All warnings: the document's own and its records'.
    public var allWarnings: [String] {
        warnings + records.flatMap { record in record.warnings.map { "\(record.id): \($0)" } }
    }
}
