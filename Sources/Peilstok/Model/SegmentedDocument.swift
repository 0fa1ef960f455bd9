/// A document split into pilot blocks, as the segment stage hands it on.
public struct SegmentedDocument: Sendable {
    public var source: SourceInfo
    /// The document kind from `Rules/kinds.yml` (e.g. `stand-van-zaken`).
    public var kind: String
    /// The document's title line, if it has one.
    public var title: String?
    /// The reference date, ISO 8601 (`YYYY-MM-DD`), if known.
    public var peildatum: String?
    public var blocks: [PilotBlock]
    public var warnings: [String]
    /// How many lines the source text had.
    public var lineCount: Int

    public init(source: SourceInfo, kind: String, title: String?, peildatum: String?,
                blocks: [PilotBlock], warnings: [String], lineCount: Int) {
        self.source = source
        self.kind = kind
        self.title = title
        self.peildatum = peildatum
        self.blocks = blocks
        self.warnings = warnings
        self.lineCount = lineCount
    }
}
