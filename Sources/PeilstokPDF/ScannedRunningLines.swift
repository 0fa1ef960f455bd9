import Peilstok

/// Running headers and footers of OCR'd pages. OCR reads one header a little differently on every page
/// ("Voortgang:", "Voortgang: KE Opstart", "Voortgang: L", icons read as letters beside it) and a scan's skew moves
/// it by a few points, so margin lines are compared word by word rather than whole: a word is running when a word
/// that reads alike (`OCRTolerance`) stands in a margin at about the same height on at least `share` of the OCR'd
/// pages with margin lines, and a margin line is running when such words hold at least `coverage` of its letters and digits.
struct ScannedRunningLines {
    let tolerance: OCRTolerance
    let share: Double
    /// Share of a line's letters and digits that running words must hold.
    var coverage = 2.0 / 3.0
    /// Words shorter than this say too little to be compared (an icon read as "KE", a stray "L").
    var shortestWord = 3

    private struct Occurrence {
        let page: Int
        let line: Int
        let letters: Int
        let canonical: String
        let centre: Double
        let height: Double
    }

    /// Per page, the given margin lines that are running. `margins` holds one entry per page, empty for a page that
    /// was not OCR'd.
    func running(_ margins: [[TextBlock.Line]]) -> [Set<TextBlock.Line>] {
        let scanned = margins.filter { !$0.isEmpty }.count
        guard scanned >= 3 else { return margins.map { _ in [] } }
        var occurrences: [Occurrence] = []
        for (page, lines) in margins.enumerated() {
            for (index, line) in lines.enumerated() {
                for word in Self.words(line.text) where word.count >= shortestWord {
                    occurrences.append(Occurrence(page: page, line: index, letters: word.count, canonical: tolerance.canonical(word),
                                                  centre: (line.box.y0 + line.box.y1) / 2, height: line.box.height))
                }
            }
        }
        let needed = share * Double(scanned)
        func isRunning(_ word: Occurrence) -> Bool {
            var pages: Set<Int> = []
            for other in occurrences where !pages.contains(other.page)
                && abs(other.centre - word.centre) <= max(other.height, word.height) / 2
                && tolerance.matches(canonicalRead: other.canonical, canonicalExpected: word.canonical) {
                pages.insert(other.page)
            }
            return Double(pages.count) >= needed
        }
        var held: [[Int]] = margins.map { [Int](repeating: 0, count: $0.count) }
        for occurrence in occurrences where isRunning(occurrence) {
            held[occurrence.page][occurrence.line] += occurrence.letters
        }
        return margins.enumerated().map { page, lines in
            Set(lines.enumerated().filter { index, line in
                let letters = Self.words(line.text).reduce(0) { $0 + $1.count }
                return letters > 0 && Double(held[page][index]) >= coverage * Double(letters)
            }.map(\.element))
        }
    }

    /// The line's words, folded, with punctuation and symbols dropped.
    private static func words(_ text: String) -> [String] {
        TextFolding.foldForScoring(text).split(separator: " ").map(String.init)
    }
}
