/// Decides a document's kind from the signatures in `Rules/kinds.yml`.
struct KindDetector {
    let kinds: [KindRule]
    /// Forgives OCR's errors when no kind's signatures are found as written.
    let tolerance: OCRTolerance
    /// Threads that fold the document's lines together.
    var threads = 1

    /// The first kind whose signatures the text holds, or `nil`; then the first whose signatures it holds as OCR
    /// may have misread them (confused letters, split words).
    func detect(_ document: TextDocument) -> KindRule? {
        // Folded line by line (as folding the whole text would, a line end becoming one space), blank lines dropped.
        let folded = document.lines.concurrentMap(threads: threads, TextFolding.fold).filter { !$0.isEmpty }
            .joined(separator: " ")
        if let kind = kinds.first(where: { $0.matches(foldedText: folded) }) { return kind }
        let canonical = tolerance.canonical(folded)
        return kinds.first { kind in
            kind.signatures.filter { canonical.contains(tolerance.canonical($0)) }.count >= kind.minMatches
        }
    }
}
