import Foundation

/// The line a worker writes before each outcome line: how many bytes each record's JSON and the document record's
/// JSON take in it, and the records' warnings. With it the parent keeps and writes each record's JSON and the
/// document record's as the worker wrote them, and neither encodes nor decodes the records again.
///
/// The outcome line holds the records first, then the document record, then the rest of the outcome:
/// `{"records":[r1,r2,…],"document":{…},"file":…}`.
public struct WorkerReplyLayout: Sendable, Codable, Equatable {
    /// The byte count of the document record's JSON; `nil` when the outcome has no document record.
    public var documentBytes: Int?
    /// The byte count of each record's JSON, in the order of the outcome's `records`.
    public var recordBytes: [Int]
    /// The records' warnings, each as `id: warning`, in record order (`EncodedRecords.warnings`).
    public var recordWarnings: [String]

    enum CodingKeys: String, CodingKey {
        case documentBytes = "document_bytes"
        case recordBytes = "record_bytes"
        case recordWarnings = "record_warnings"
    }

    public init(recordBytes: [Int], documentBytes: Int? = nil, recordWarnings: [String] = []) {
        self.documentBytes = documentBytes
        self.recordBytes = recordBytes
        self.recordWarnings = recordWarnings
    }

    /// The layout of `outcome`'s records, each encoded as `json` holds it, and of its document record encoded as
    /// `document`.
    public init(_ outcome: DocumentOutcome, json: [Data], document: Data?) {
        self.init(recordBytes: json.map(\.count), documentBytes: document?.count, recordWarnings: outcome.recordWarnings)
    }

    /// Every key, `document_bytes` as `null` when there is no document record: the line always starts with `prefix`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(documentBytes, forKey: .documentBytes)
        try container.encode(recordBytes, forKey: .recordBytes)
        try container.encode(recordWarnings, forKey: .recordWarnings)
    }

    /// How a layout line starts.
    static let prefix = Data(#"{"document_bytes":"#.utf8)
    private static let opening = Data(#"{"records":["#.utf8)
    private static let documentKey = Data(#","document":"#.utf8)

    /// The layout line, without its newline: its keys sorted, so that it starts with `prefix` whatever order an
    /// encoder would give them.
    public func line() throws -> Data {
        try JSONLines.encoder().encode(self)
    }

    /// A worker's reply for `outcome`, without its last newline: the layout line, then the outcome line, which holds
    /// `records` (each record's JSON as `records.jsonl` writes it) first, then the document record as
    /// `documents.jsonl` writes it, then the rest of the outcome.
    public static func reply(_ outcome: DocumentOutcome, records: [Data]) throws -> Data {
        let document = try outcome.documentLine()
        var reply = try WorkerReplyLayout(outcome, json: records, document: document).line()
        reply.append(UInt8(ascii: "\n"))
        reply.append(opening)
        for (index, record) in records.enumerated() {
            if index > 0 { reply.append(UInt8(ascii: ",")) }
            reply.append(record)
        }
        reply.append(UInt8(ascii: "]"))
        if let document {
            reply.append(documentKey)
            reply.append(document)
        }
        reply.append(UInt8(ascii: ","))
        let rest = JSONLines.encoder()
        rest.userInfo[DocumentOutcome.omitRecords] = true
        rest.userInfo[DocumentOutcome.omitDocument] = true
        reply.append(try rest.encode(outcome).dropFirst())
        return reply
    }

    /// The outcome an outcome line holds, each record decoded from its own JSON, a slice of the line (on `threads`
    /// threads) kept as `recordJSON`; `nil` when the line does not hold records of these sizes or does not read
    /// as an outcome.
    public func outcome(in line: Data, threads: Int) -> DocumentOutcome? {
        guard let (outcome, records) = undecodedOutcome(in: line) else { return nil }
        return Self.decoding(records, into: outcome, threads: threads)
    }

    /// The outcome an outcome line holds with its `records` left empty and the document record's JSON kept as its
    /// `documentJSON`, and each record's JSON, slices of the line, not decoded: for a caller that only keeps and writes
    /// them as they are. `nil` when the line does not hold records and a document record of these sizes or its rest
    /// does not read as an outcome.
    public func undecodedOutcome(in line: Data) -> (outcome: DocumentOutcome, recordJSON: [Data])? {
        guard let (records, document, end) = cut(line), end + 1 < line.endIndex, line[end] == UInt8(ascii: ",") else {
            return nil
        }
        var head = Data(#"{"records":[],"#.utf8)
        if let document {
            head.append(contentsOf: Self.documentKey.dropFirst())
            head.append(document)
            head.append(UInt8(ascii: ","))
        }
        head.append(line[(end + 1)...])
        guard var outcome = try? JSONDecoder().decode(DocumentOutcome.self, from: head) else { return nil }
        outcome.documentJSON = document
        return (outcome, records)
    }

    /// `outcome` with each of `records` decoded (on `threads` threads) and kept as `recordJSON`; `nil` when one is
    /// not a record.
    public static func decoding(_ records: [Data], into outcome: DocumentOutcome, threads: Int) -> DocumentOutcome? {
        var outcome = outcome
        let decoded = records.concurrentMap(threads: threads) { try? JSONDecoder().decode(PilotRecord.self, from: $0) }
        var kept: [PilotRecord] = []
        kept.reserveCapacity(decoded.count)
        for record in decoded {
            guard let record else { return nil }
            kept.append(record)
        }
        outcome.records = kept
        outcome.recordJSON = records
        return outcome
    }

    /// Each record's JSON cut from an outcome line (`{"records":[r1,r2,…],…}`); `nil` when the line does not hold
    /// records of these sizes, one after another, and the document record's JSON of its size after them.
    public func records(in line: Data) -> [Data]? {
        cut(line)?.records
    }

    /// The records' JSON, the document record's, and the index just past them.
    private func cut(_ line: Data) -> (records: [Data], document: Data?, end: Data.Index)? {
        guard line.starts(with: Self.opening) else { return nil }
        var start = line.startIndex + Self.opening.count
        var records: [Data] = []
        records.reserveCapacity(recordBytes.count)
        for (position, size) in recordBytes.enumerated() {
            let end = start + size
            let separator = UInt8(ascii: position == recordBytes.count - 1 ? "]" : ",")
            guard size >= 2, end < line.endIndex, line[start] == UInt8(ascii: "{"), line[end - 1] == UInt8(ascii: "}"),
                  line[end] == separator else { return nil }
            // A slice shares the line's bytes: the records are not copied out of it.
            records.append(line[start..<end])
            start = end + 1
        }
        // No records: the `]` is still to come.
        if recordBytes.isEmpty {
            guard start < line.endIndex, line[start] == UInt8(ascii: "]") else { return nil }
            start += 1
        }
        guard let documentBytes else { return (records, nil, start) }
        guard line[start...].starts(with: Self.documentKey) else { return nil }
        start += Self.documentKey.count
        let end = start + documentBytes
        guard documentBytes >= 2, end < line.endIndex, line[start] == UInt8(ascii: "{"), line[end - 1] == UInt8(ascii: "}") else {
            return nil
        }
        return (records, line[start..<end], end)
    }
}
