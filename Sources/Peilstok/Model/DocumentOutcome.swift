import Foundation

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
    /// Its records and its document record as the store encoded them, emitted byte for byte: for a document taken
    /// from the store (`records` is then empty, `document` nil), and for one just read and kept there (so that it is
    /// not encoded twice). Not part of the outcome's JSON.
    public var encoded: EncodedRecords?
    /// Each of `records` as JSON, as `records.jsonl` writes it, when the validator or a worker already made it, so
    /// that the store does not encode it again; `nil` unless there is one for each record. Not part of the outcome's
    /// JSON.
    public var recordJSON: [Data]? {
        get { madeJSON.flatMap { $0.count == records.count ? $0 : nil } }
        set { madeJSON = newValue }
    }
    private var madeJSON: [Data]?
    /// `document` as JSON, as `documents.jsonl` writes it (without the newline), when the pipeline or a worker already
    /// made it, so that it is not encoded again; `nil` when there is no document record. Not part of the outcome's JSON.
    public var documentJSON: Data? {
        get { document == nil ? nil : madeDocumentJSON }
        set { madeDocumentJSON = newValue }
    }
    private var madeDocumentJSON: Data?

    /// Each record's JSON as `records.jsonl` writes it: `recordJSON` where it was made, else encoded on `threads` threads.
    public func recordLines(threads: Int) throws -> [Data] {
        try recordJSON ?? records.concurrentMap(threads: threads) { record in Result { try record.jsonLine() } }.map { try $0.get() }
    }

    /// The document record's JSON as `documents.jsonl` writes it (without the newline): `documentJSON` where it was
    /// made, else encoded; `nil` when there is no document record.
    public func documentLine() throws -> Data? {
        try documentJSON ?? document.map { try JSONLines.encoder().encode($0) }
    }

    enum CodingKeys: String, CodingKey {
        case index, file, sha256, kind, peildatum, records, document, warnings, error
    }

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

    /// Set to `true` in an encoder's `userInfo` to leave `records` out of the JSON, for a caller that writes them
    /// itself (a worker encodes them on several threads).
    public static let omitRecords = CodingUserInfoKey(rawValue: "peilstok.omitRecords")!
    /// Set to `true` in an encoder's `userInfo` to leave `document` out of the JSON, for a caller that writes it itself.
    public static let omitDocument = CodingUserInfoKey(rawValue: "peilstok.omitDocument")!

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(index, forKey: .index)
        try container.encode(file, forKey: .file)
        try container.encodeIfPresent(sha256, forKey: .sha256)
        try container.encodeIfPresent(kind, forKey: .kind)
        try container.encodeIfPresent(peildatum, forKey: .peildatum)
        if encoder.userInfo[Self.omitRecords] as? Bool != true { try container.encode(records, forKey: .records) }
        if encoder.userInfo[Self.omitDocument] as? Bool != true { try container.encodeIfPresent(document, forKey: .document) }
        try container.encode(warnings, forKey: .warnings)
        try container.encodeIfPresent(error, forKey: .error)
    }

    /// How many records the document gave.
    public var recordCount: Int { encoded?.count ?? records.count }

    /// The warnings of `records`, each as `id: warning`.
    public var recordWarnings: [String] {
        records.flatMap { record in record.warnings.map { "\(record.id): \($0)" } }
    }

    /// All warnings: the document's own and its records'.
    public var allWarnings: [String] {
        warnings + (encoded?.warnings ?? recordWarnings)
    }
}

/// Records as `records.jsonl` lines, and the document record as its `documents.jsonl` line, with what a run report
/// needs of them.
public struct EncodedRecords: Sendable, Equatable {
    /// One JSON object per line, each line ending in a newline.
    public var lines: Data
    public var count: Int
    /// The records' warnings, each as `id: warning`.
    public var warnings: [String]
    /// The document record's line, ending in a newline; `nil` for a document that could not be read.
    public var document: Data?

    public init(lines: Data, count: Int, warnings: [String], document: Data?) {
        self.lines = lines
        self.count = count
        self.warnings = warnings
        self.document = document
    }

    /// `outcome`'s records given as their JSON (`recordJSON`, whose warnings are `warnings`) and its document record,
    /// as the store keeps them.
    public init(_ outcome: DocumentOutcome, recordJSON: [Data], warnings: [String]) throws {
        var document = try outcome.documentLine()
        document?.append(UInt8(ascii: "\n"))
        self.init(lines: JSONLines.join(recordJSON), count: recordJSON.count, warnings: warnings, document: document)
    }
}
