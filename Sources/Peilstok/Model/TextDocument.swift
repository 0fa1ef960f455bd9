/// The text of one document in reading order, as the extract stage hands it on.
public struct TextDocument: Sendable {
    /// The file the text came from.
    public var source: SourceInfo
    /// The document's lines; line `n` (1-based) is `lines[n - 1]`.
    public var lines: [String]
    /// Problems met while extracting that did not stop it.
    public var warnings: [String]
    /// What the inbox manifest says about the file.
    public var manifest: ManifestEntry?
    /// For a paged source (PDF), where each line came from; `origins[n - 1]` is line `n`'s.
    public var origins: [LineOrigin?]?
    /// For a PDF, what it says about itself.
    public var pdf: PDFMetadata?

    public init(source: SourceInfo, lines: [String], warnings: [String] = [], manifest: ManifestEntry? = nil) {
        self.source = source
        self.lines = lines
        self.warnings = warnings
        self.manifest = manifest
    }
}
