import Foundation

/// A document's records after validation, as the validate stage hands them to the emitter.
public struct ValidatedDocument: Sendable {
    public var document: SegmentedDocument
    public var records: [PilotRecord]
    /// Each record's JSON as `records.jsonl` writes it, in the order of `records` (empty when not made).
    public var json: [Data]
    /// Document warnings, including records dropped by validation.
    public var warnings: [String]

    public init(document: SegmentedDocument, records: [PilotRecord], json: [Data] = [], warnings: [String]) {
        self.document = document
        self.records = records
        self.json = json
        self.warnings = warnings
    }
}
