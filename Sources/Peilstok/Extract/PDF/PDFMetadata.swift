/// What a PDF says about itself in its information dictionary.
public struct PDFMetadata: Sendable, Hashable, Codable {
    @Nullable public var title: String?
    @Nullable public var author: String?
    @Nullable public var creator: String?
    /// ISO 8601, as the PDF states it.
    @Nullable public var creationDate: String?
    public var pageCount: Int
    /// The pages read by OCR; absent when none was.
    public var ocrPages: [Int]?

    package init(title: String?, author: String?, creator: String?, creationDate: String?, pageCount: Int) {
        self.title = title
        self.author = author
        self.creator = creator
        self.creationDate = creationDate
        self.pageCount = pageCount
    }

    enum CodingKeys: String, CodingKey {
        case title, author, creator, creationDate = "creation_date", pageCount = "pages", ocrPages = "ocr_pages"
    }
}
