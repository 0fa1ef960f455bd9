/// Decides a document's kind from the signatures in `Rules/kinds.yml`.
struct KindDetector {
    let kinds: [KindRule]

    /// The first kind whose signatures the text holds, or `nil`.
    func detect(_ document: TextDocument) -> KindRule? {
        // fold turns tabs and line ends into single spaces.
        let folded = TextFolding.fold(document.lines.joined(separator: "\n"))
        return kinds.first { $0.matches(foldedText: folded) }
    }
}
