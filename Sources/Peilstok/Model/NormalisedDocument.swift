/// A segmented document whose blocks have become records, as the normalise stage hands it on.
public struct NormalisedDocument: Sendable {
    public var document: SegmentedDocument
    public var records: [PilotRecord]

    public init(document: SegmentedDocument, records: [PilotRecord]) {
        self.document = document
        self.records = records
    }
}
