import Foundation

/// The line a worker writes before each outcome line: how many bytes each record's JSON takes in it, and the
/// records' warnings. With it the parent keeps and writes each record's JSON as the worker wrote it, and neither
/// encodes nor decodes the records again.
public struct WorkerReplyLayout: Sendable, Codable, Equatable {
    /// The byte count of each record's JSON, in the order of the outcome's `records`.
    public var recordBytes: [Int]
    /// The records' warnings, each as `id: warning`, in record order (`EncodedRecords.warnings`).
    public var recordWarnings: [String]

    enum CodingKeys: String, CodingKey {
        case recordBytes = "record_bytes"
        case recordWarnings = "record_warnings"
    }

    public init(recordBytes: [Int], recordWarnings: [String] = []) {
        self.recordBytes = recordBytes
        self.recordWarnings = recordWarnings
    }

    /// The layout of `outcome`'s records, each encoded as `json` holds it.
    public init(_ outcome: DocumentOutcome, json: [Data]) {
        self.init(recordBytes: json.map(\.count), recordWarnings: outcome.recordWarnings)
    }

    /// How a layout line starts.
    static let prefix = Data(#"{"record_bytes":"#.utf8)
    private static let opening = Data(#"{"records":["#.utf8)

    /// The layout line, without its newline: its keys sorted, so that it starts with `prefix` whatever order an
    /// encoder would give them.
    public func line() throws -> Data {
        try JSONLines.encoder().encode(self)
    }

    /// The outcome an outcome line holds, each record decoded from its own JSON, a slice of the line (on `threads`
    /// threads) kept as `recordJSON`; `nil` when the line does not hold records of these sizes or does not read
    /// as an outcome.
    public func outcome(in line: Data, threads: Int) -> DocumentOutcome? {
        guard let (outcome, records) = undecodedOutcome(in: line) else { return nil }
        return Self.decoding(records, into: outcome, threads: threads)
    }

    /// The outcome an outcome line holds with its `records` left empty, and each record's JSON, a slice of the line,
    /// not decoded: for a caller that only keeps and writes the records as they are. `nil` when the line does not
    /// hold records of these sizes or its rest does not read as an outcome.
    public func undecodedOutcome(in line: Data) -> (outcome: DocumentOutcome, recordJSON: [Data])? {
        guard let (records, end) = cut(line), end + 1 < line.endIndex, line[end] == UInt8(ascii: ",") else { return nil }
        var head = Data(#"{"records":[],"#.utf8)
        head.append(line[(end + 1)...])
        guard let outcome = try? JSONDecoder().decode(DocumentOutcome.self, from: head) else { return nil }
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
    /// records of these sizes, one after another.
    public func records(in line: Data) -> [Data]? {
        cut(line)?.records
    }

    /// The records' JSON and the index just past the `]` that closes them.
    private func cut(_ line: Data) -> (records: [Data], end: Data.Index)? {
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
        return (records, start)
    }
}
