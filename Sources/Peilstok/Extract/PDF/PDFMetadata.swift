/// What a PDF says about itself in its information dictionary.
public struct PDFMetadata: Sendable, Hashable {
    public var title: String?
    public var author: String?
    public var creator: String?
    /// ISO 8601, as the PDF states it.
    public var creationDate: String?
    public var pageCount: Int
}
