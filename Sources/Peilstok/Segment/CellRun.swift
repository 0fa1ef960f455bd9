/// A piece of a table cell's text, in order, as the section assembler reads it.
struct CellRun: Sendable, Hashable {
    let text: String
    /// The text is a whole bold or underlined span: a heading candidate.
    let isEmphasised: Bool
    /// The run opens a new paragraph of the cell.
    let startsBlock: Bool
}
