/// One line of `documents.jsonl`: what a document is and says about itself (`Rules/document.schema.json`).
public struct DocumentRecord: Sendable, Hashable, Codable {
    public static let schemaID = "peilstok.document/1"

    /// A heading of the document's outline.
    public struct Heading: Sendable, Hashable, Codable {
        public var level: Int
        /// The heading's number as printed ("1.2", "A"), if any.
        @Nullable public var number: String?
        public var text: String
        public var line: Int

        public init(level: Int, number: String?, text: String, line: Int) {
            self.level = level
            self.number = number
            self.text = text
            self.line = line
        }
    }

    public var schema: String
    public var file: String
    public var sha256: String
    public var format: InputFormat
    public var encoding: String
    /// The kind from `Rules/kinds.yml`, or `nil` when the document matches none.
    @Nullable public var kind: String?
    @Nullable public var title: String?
    @Nullable public var peildatum: String?
    /// Where the peildatum came from: `document`, `manifest`, or `nil` when unknown.
    @Nullable public var peildatumSource: String?
    /// Fields the document states about itself (client, reference, authors, date, version).
    public var metadata: [String: String]
    public var outline: [Heading]
    /// The names of the pilots read from it, in document order.
    public var pilots: [String]
    public var lines: Int
    /// For a PDF: its title, author, creator, creation date and page count.
    public var pdf: PDFMetadata?
    public var warnings: [String]

    enum CodingKeys: String, CodingKey {
        case schema, file, sha256, format, encoding, kind, title, peildatum, peildatumSource = "peildatum_source",
             metadata, outline, pilots, lines, pdf, warnings
    }

    public init(file: String, sha256: String, format: InputFormat, encoding: String, kind: String?, title: String?,
                peildatum: String?, peildatumSource: String?, metadata: [String: String], outline: [Heading],
                pilots: [String], lines: Int, pdf: PDFMetadata? = nil, warnings: [String]) {
        schema = Self.schemaID
        self.file = file
        self.sha256 = sha256
        self.format = format
        self.encoding = encoding
        self.kind = kind
        self.title = title
        self.peildatum = peildatum
        self.peildatumSource = peildatumSource
        self.metadata = metadata
        self.outline = outline
        self.pilots = pilots
        self.lines = lines
        self.pdf = pdf
        self.warnings = warnings
    }
}
