/// A document as every extractor hands it on, whatever its format: pages of blocks of styled lines in reading
/// order, and the text view that line numbers refer to.
public struct TextDocument: Sendable {
    /// The file the text came from.
    public var source: SourceInfo
    /// The pages in order, each with its blocks in reading order and its furniture kept apart.
    public var pages: [DocumentPage]
    /// The text view: line `n` (1-based) is `lines[n - 1]`. For a text file, its lines; for a PDF, its blocks' lines
    /// in reading order with a blank line after each block.
    public var lines: [String]
    /// Problems met while extracting that did not stop it.
    public var warnings: [String]
    /// What the inbox manifest says about the file.
    public var manifest: ManifestEntry?
    /// For a PDF, what it says about itself.
    public var pdf: PDFMetadata?

    /// A document whose pages are read from its text view: pages at form feeds, blocks at blank lines.
    public init(source: SourceInfo, lines: [String], warnings: [String] = [], manifest: ManifestEntry? = nil) {
        let paged = TextPages.paginate(lines)
        self.init(source: source, lines: paged.lines, pages: paged.pages, warnings: warnings, manifest: manifest)
    }

    public init(source: SourceInfo, lines: [String], pages: [DocumentPage], warnings: [String] = [],
                manifest: ManifestEntry? = nil) {
        self.source = source
        self.lines = lines
        self.pages = pages
        self.warnings = warnings
        self.manifest = manifest
    }

    /// True when the input gave geometry and type (a PDF), so position and style can be read.
    public var hasLayout: Bool { source.format == .pdf }

    /// For a PDF, each text-view line's page, box and style; `origins[n - 1]` is line `n`'s, `nil` for blank lines.
    public var origins: [LineOrigin?]? {
        guard hasLayout else { return nil }
        var origins = [LineOrigin?](repeating: nil, count: lines.count)
        for page in pages {
            for line in page.lines where line.number >= 1 && line.number <= lines.count {
                guard let box = line.box else { continue }
                origins[line.number - 1] = LineOrigin(page: page.number, box: box, fontSize: line.largestFontSize,
                                                      bold: line.style.bold, underlined: line.style.underlined,
                                                      confidence: line.confidence)
            }
        }
        return origins
    }
}
