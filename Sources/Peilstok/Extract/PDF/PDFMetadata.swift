/// What a PDF says about itself in its information dictionary.
public struct PDFMetadata: Sendable, Hashable, Codable {
    public var title: String?
    public var author: String?
    public var creator: String?
    /// ISO 8601, as the PDF states it.
    public var creationDate: String?
    public var pageCount: Int

    enum CodingKeys: String, CodingKey {
        case title, author, creator, creationDate = "creation_date", pageCount = "pages"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode(author, forKey: .author)
        try container.encode(creator, forKey: .creator)
        try container.encode(creationDate, forKey: .creationDate)
        try container.encode(pageCount, forKey: .pageCount)
    }
}
