/// One PDF page as read: its size and its blocks in reading order.
public struct PageLayout: Sendable, Hashable {
    /// 1-based page number.
    public var number: Int
    public var width: Double
    public var height: Double
    public var blocks: [TextBlock]

    package init(number: Int, width: Double, height: Double, blocks: [TextBlock]) {
        self.number = number
        self.width = width
        self.height = height
        self.blocks = blocks
    }
}
