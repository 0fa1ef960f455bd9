/// A document split into pilot blocks, as the segment stage hands it on.
public struct SegmentedDocument: Sendable {
    public var source: SourceInfo
    /// The document kind from `Rules/kinds.yml`, or `nil` when it matches none.
    public var kind: String?
    /// The document's title, if it has one.
    public var title: String?
    /// The reference date, ISO 8601 (`YYYY-MM-DD`), if known.
    public var peildatum: String?
    /// `document` when the document states the peildatum, `manifest` when Inbox/inbox.yml gives it.
    public var peildatumSource: String?
    /// Fields the document states about itself (client, reference, authors, date, version).
    public var metadata: [String: String]
    public var outline: [DocumentRecord.Heading]
    public var blocks: [PilotBlock]
    public var warnings: [String]
    /// How many lines the source text had.
    public var lineCount: Int
    /// For a PDF: where each line came from, and what the PDF says about itself.
    public var origins: [LineOrigin?]?
    public var pdf: PDFMetadata?

    public init(source: SourceInfo, kind: String?, title: String?, peildatum: String?, peildatumSource: String? = nil,
                metadata: [String: String] = [:], outline: [DocumentRecord.Heading] = [], blocks: [PilotBlock],
                warnings: [String], lineCount: Int) {
        self.source = source
        self.kind = kind
        self.title = title
        self.peildatum = peildatum
        self.peildatumSource = peildatumSource
        self.metadata = metadata
        self.outline = outline
        self.blocks = blocks
        self.warnings = warnings
        self.lineCount = lineCount
    }

    /// The document's record for `documents.jsonl`, naming the pilots that became records.
    public func record(pilots: [String], warnings: [String]) -> DocumentRecord {
        DocumentRecord(file: source.file, sha256: source.sha256, format: source.format, encoding: source.encoding,
                       kind: kind, title: title, peildatum: peildatum, peildatumSource: peildatumSource,
                       metadata: metadata, outline: outline, pilots: pilots, lines: lineCount, pdf: pdf, warnings: warnings)
    }
}
