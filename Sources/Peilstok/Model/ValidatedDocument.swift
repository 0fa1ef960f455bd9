/// A document's records after validation, as the validate stage hands them to the emitter.
public struct ValidatedDocument: Sendable {
    public var document: SegmentedDocument
    public var records: [PilotRecord]
    /// Document warnings, including records dropped by validation.
    public var warnings: [String]

    public init(document: SegmentedDocument, records: [PilotRecord], warnings: [String]) {
        self.document = document
        self.records = records
        self.warnings = warnings
    }
}
