/// Running headers, footers and page numbers of a text layer's pages, taken out before the pages are cut into
/// blocks, while the lines still stand in the order the file gives them.
///
/// Only the ends of a page are looked at: its first or last line when its shape (digits as `#`) stands there on at
/// least half of the pages, a bare page number ("4", "– 4 –", "pagina 4 van 30") among its first or last two, and
/// anywhere a bare number equal to the page's own number.
package enum RunningLines {
    /// How many lines at each end of a page may be a page number.
    static let edgeLines = 2
    /// Share of pages a line must repeat on.
    static let share = 0.5

    /// Per page, the lines to read (furniture blanked) and the furniture taken out.
    package static func separate(_ pages: [[DocumentLine]]) -> [(lines: [DocumentLine], furniture: [DocumentLine])] {
        let filled = pages.map { $0.filter { !$0.text.allSatisfy(\.isWhitespace) } }
        guard pages.count >= 3 else { return pages.map { ($0, []) } }
        func ends(_ lines: [DocumentLine]) -> [DocumentLine] {
            [lines.first, lines.count > 1 ? lines.last : nil].compactMap { $0 }
        }
        var counts: [String: Int] = [:]
        for lines in filled {
            for shape in Set(ends(lines).map(shape)) { counts[shape, default: 0] += 1 }
        }
        let repeated = Set(counts.filter { Double($0.value) >= share * Double(pages.count) }.keys)
        return zip(pages, filled).enumerated().map { index, pair in
            let (page, lines) = pair
            var furniture = Set(ends(lines).filter { repeated.contains(shape($0)) }.map(\.number))
            let edges = lines.count > edgeLines * 2 ? Array(lines.prefix(edgeLines) + lines.suffix(edgeLines)) : lines
            furniture.formUnion(edges.filter { isPageNumber($0.text) }.map(\.number))
            // A bare number equal to the page's own number is its page number, wherever the text layer put it.
            furniture.formUnion(lines.filter { isPageNumber($0.text) && pageNumber($0.text) == index + 1 }.map(\.number))
            // A line taken out leaves a blank line, so the page keeps its geometry for the column cut.
            return (page.map { furniture.contains($0.number) ? DocumentLine(number: $0.number, text: "") : $0 },
                    page.filter { furniture.contains($0.number) })
        }
    }

    private static func shape(_ line: DocumentLine) -> String {
        String(TextFolding.fold(line.text).map { $0.isNumber ? "#" : $0 })
    }

    /// The first number of a page-number line.
    package static func pageNumber(_ text: String) -> Int? {
        Int(String(text.drop { !$0.isNumber }.prefix { $0.isNumber }))
    }

    /// "4", "- 4 -", "–4–", "pagina 4", "4 / 30", "pagina 4 van 30".
    package static func isPageNumber(_ text: String) -> Bool {
        let words = TextFolding.fold(text).split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "–" || $0 == "—" || $0 == "/" })
            .filter { !["pagina", "page", "blz", "blz.", "p.", "van", "of"].contains($0) }
        return !words.isEmpty && words.count <= 2 && words.allSatisfy { $0.allSatisfy(\.isNumber) && $0.count <= 4 }
    }
}
