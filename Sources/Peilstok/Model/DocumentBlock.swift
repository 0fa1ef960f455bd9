/// A region of a page read as one unit: a paragraph, a box, a column part, with its lines in reading order.
public struct DocumentBlock: Sendable, Hashable {
    public var lines: [DocumentLine]
    /// The box the block fills, where the input has geometry.
    public var box: Box?
    /// For a row of a table read from markup (HTML, or a text layer's tab-separated cells): one block per cell,
    /// each line a paragraph of the cell. `lines` then holds the row as one line of plain cell texts.
    public var cells: [DocumentBlock]?

    public init(lines: [DocumentLine], box: Box? = nil, cells: [DocumentBlock]? = nil) {
        self.lines = lines
        self.box = box
        self.cells = cells
    }
}
