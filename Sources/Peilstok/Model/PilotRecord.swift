/// One validated pilot record: a line of `records.jsonl`, described by `Rules/record.schema.json`.
public struct PilotRecord: Sendable, Hashable, Codable {
    /// The schema identifier every record carries.
    public static let schemaID = "peilstok.pilot/1"

    /// The document a record came from.
    public struct DocumentRef: Sendable, Hashable, Codable {
        public var file: String
        public var sha256: String
        public var kind: String
        @Nullable public var peildatum: String?

        public init(file: String, sha256: String, kind: String, peildatum: String?) {
            self.file = file
            self.sha256 = sha256
            self.kind = kind
            self.peildatum = peildatum
        }
    }

    /// Where in the document a record, and each of its sections, came from.
    public struct Provenance: Sendable, Hashable, Codable {
        /// A part of a page: its 1-based number and the box (points) the text fills there.
        public struct Region: Sendable, Hashable, Codable {
            public var page: Int
            public var box: Box
        }

        /// The lines the whole pilot block spans (of the extracted text, for a PDF).
        public var lines: LineRange
        /// Per section key, the lines its body came from.
        public var sections: [String: LineRange]
        /// For a PDF: the pages the block lies on.
        public var pages: [Int]?
        /// For a PDF: per section key, where on which page its text lies.
        public var regions: [String: [Region]]?
        /// For a PDF: the pages of the block that were read by OCR; absent when none was.
        public var ocrPages: [Int]?
        /// For a PDF read partly by OCR: per section key, the mean confidence (0–100) of the words read by OCR.
        public var ocrConfidence: [String: Double]?

        enum CodingKeys: String, CodingKey {
            case lines, sections, pages, regions, ocrPages = "ocr_pages", ocrConfidence = "ocr_confidence"
        }

        public init(lines: LineRange, sections: [String: LineRange], pages: [Int]? = nil, regions: [String: [Region]]? = nil) {
            self.lines = lines
            self.sections = sections
            self.pages = pages
            self.regions = regions
        }

        /// Where the block lies, for people: "page 3" or "pages 3–4" for a PDF, "lines 295–465" for a text.
        public var place: String {
            if let pages, let first = pages.first {
                return pages.count == 1 ? "page \(first)" : "pages \(first)–\(pages.last!)"
            }
            return "lines \(lines.first)–\(lines.last)"
        }

        /// The pages of `lines` read by OCR, and per section the mean confidence of its OCR'd lines, weighted by
        /// their words; both `nil` when no line was read by OCR.
        static func ocr(lines: LineRange, sections: [Section], origins: [LineOrigin?]) -> (pages: [Int]?, confidence: [String: Double]?) {
            func confident(_ range: LineRange) -> [(origin: LineOrigin, confidence: Double)] {
                (range.first...range.last).compactMap { line in
                    guard line - 1 < origins.count, let origin = origins[line - 1], let confidence = origin.confidence else { return nil }
                    return (origin, confidence)
                }
            }
            var pages = Set(confident(lines).map(\.origin.page))
            var confidence: [String: Double] = [:]
            for section in sections {
                let read = confident(section.lines)
                guard !read.isEmpty else { continue }
                pages.formUnion(read.map(\.origin.page))
                let mean = read.map(\.confidence).reduce(0, +) / Double(read.count)
                confidence[section.key] = (mean * 10).rounded() / 10
            }
            return pages.isEmpty ? (nil, nil) : (pages.sorted(), confidence.isEmpty ? nil : confidence)
        }

        /// Pages and per-section regions of a paged source, from its line origins.
        static func paged(lines: LineRange, sections: [Section], origins: [LineOrigin?]) -> (pages: [Int], regions: [String: [Region]]) {
            func regions(_ range: LineRange) -> [Region] {
                var boxes: [Int: Box] = [:]
                for line in range.first...range.last where line - 1 < origins.count {
                    guard let origin = origins[line - 1] else { continue }
                    boxes[origin.page] = boxes[origin.page].map { $0.union(origin.box) } ?? origin.box
                }
                return boxes.sorted { $0.key < $1.key }.map { Region(page: $0.key, box: $0.value) }
            }
            var sectionRegions: [String: [Region]] = [:]
            for section in sections { sectionRegions[section.key] = regions(section.lines) }
            let pages = Set(regions(lines).map(\.page)).union(sectionRegions.values.flatMap { $0.map(\.page) })
            return (pages.sorted(), sectionRegions)
        }
    }

    public var schema: String
    /// A stable slug of the pilot's name, unique within its document.
    public var id: String
    public var name: String
    /// The heading exactly as printed.
    public var heading: String
    @Nullable public var gemeente: String?
    /// The current municipality `gemeente` names, from the gazetteer (`Rules/gemeenten.yml`): a short form or a
    /// former municipality that merged is given as the one it is now; absent when unknown or ambiguous.
    public var gemeenteCBS: Gazetteer.Municipality?
    public var document: DocumentRef
    public var provenance: Provenance
    /// Section key to body text.
    public var sections: [String: String]
    public var lijn: [String]
    @Nullable public var vorm: String?
    public var looptijd: Looptijd
    /// Headline figures and counts.
    public var quantities: [TypedExpression]
    /// Money amounts.
    public var amounts: [TypedExpression]
    /// Dates, intervals and durations.
    public var dates: [TypedExpression]
    /// Numbered recommendations, for a report that lists them; left out of the JSON otherwise.
    public var recommendations: [Recommendation]?
    public var warnings: [String]

    public init(id: String, name: String, heading: String, gemeente: String?, document: DocumentRef,
                provenance: Provenance, sections: [String: String], lijn: [String], vorm: String?,
                looptijd: Looptijd, quantities: [TypedExpression], amounts: [TypedExpression], dates: [TypedExpression],
                warnings: [String]) {
        self.schema = Self.schemaID
        self.id = id
        self.name = name
        self.heading = heading
        self.gemeente = gemeente
        self.document = document
        self.provenance = provenance
        self.sections = sections
        self.lijn = lijn
        self.vorm = vorm
        self.looptijd = looptijd
        self.quantities = quantities
        self.amounts = amounts
        self.dates = dates
        self.warnings = warnings
    }

    enum CodingKeys: String, CodingKey {
        case schema, id, name, heading, gemeente, gemeenteCBS = "gemeente_cbs", document, provenance, sections, lijn, vorm
        case looptijd, quantities, amounts, dates, recommendations, warnings
    }
}
