/// One page of a document: its blocks in reading order, and the furniture (running headers, footers, page
/// numbers) kept apart so readers can ignore it.
///
/// A PDF has its physical pages; a text layer has one page per form feed, or one page when it has none.
public struct DocumentPage: Sendable, Hashable {
    /// 1-based page number.
    public var number: Int
    /// The page size in points, for a PDF.
    public var width: Double?
    public var height: Double?
    public var blocks: [DocumentBlock]
    public var furniture: [DocumentLine]
    /// True when the page's words were read by OCR, not from its text layer.
    public var ocr: Bool

    public init(number: Int, width: Double? = nil, height: Double? = nil, blocks: [DocumentBlock],
                furniture: [DocumentLine] = [], ocr: Bool = false) {
        self.number = number
        self.ocr = ocr
        self.width = width
        self.height = height
        self.blocks = blocks
        self.furniture = furniture
    }

    /// The page's lines in reading order, furniture left out.
    public var lines: [DocumentLine] { blocks.flatMap(\.lines) }
}
