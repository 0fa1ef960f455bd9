/// A piece of text from an HTML fragment, in document order.
struct HTMLRun: Sendable, Hashable {
    let text: String
    /// The text is the whole content of an emphasis element (`u`, `b`, `strong`): a heading candidate.
    let isEmphasised: Bool
    /// The run opens a new block (paragraph, list item, line break).
    let startsBlock: Bool
}
