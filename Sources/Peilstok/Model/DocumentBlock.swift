/// A region of a page read as one unit: a paragraph, a box, a column part, with its lines in reading order.
public struct DocumentBlock: Sendable, Hashable {
    public var lines: [DocumentLine]
    /// The box the block fills, where the input has geometry.
    public var box: Box?

    public init(lines: [DocumentLine], box: Box? = nil) {
        self.lines = lines
        self.box = box
    }
}
