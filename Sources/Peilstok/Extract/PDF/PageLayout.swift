/// One PDF page as read: its size and its blocks in reading order.
public struct PageLayout: Sendable, Hashable {
    /// 1-based page number.
    public var number: Int
    public var width: Double
    public var height: Double
    public var blocks: [TextBlock]
    /// True when the words were read by OCR.
    public var ocr: Bool

    package init(number: Int, width: Double, height: Double, blocks: [TextBlock], ocr: Bool = false) {
        self.number = number
        self.ocr = ocr
        self.width = width
        self.height = height
        self.blocks = blocks
    }
}
