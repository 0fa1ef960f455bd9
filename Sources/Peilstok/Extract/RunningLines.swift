/// Running headers, footers and page numbers of a text layer's pages, moved from the blocks to the furniture.
///
/// Only the ends of a page are looked at: its first or last line when its shape (digits as `#`) stands there on at
/// least half of the pages, and a bare page number ("4", "– 4 –", "pagina 4 van 30") among its first or last two.
enum RunningLines {
    /// How many lines at each end of a page may be a page number.
    static let edgeLines = 2
    /// Share of pages a line must repeat on.
    static let share = 0.5

    static func separate(_ pages: [DocumentPage]) -> [DocumentPage] {
        guard pages.count >= 3 else { return pages }
        func ends(_ page: DocumentPage) -> [DocumentLine] {
            let lines = page.lines
            return [lines.first, lines.count > 1 ? lines.last : nil].compactMap { $0 }
        }
        var counts: [String: Int] = [:]
        for page in pages {
            for shape in Set(ends(page).map(shape)) { counts[shape, default: 0] += 1 }
        }
        let repeated = Set(counts.filter { Double($0.value) >= share * Double(pages.count) }.keys)
        return pages.map { page in
            let lines = page.lines
            var furniture = Set(ends(page).filter { repeated.contains(shape($0)) })
            let edges = lines.count > edgeLines * 2 ? Array(lines.prefix(edgeLines) + lines.suffix(edgeLines)) : lines
            furniture.formUnion(edges.filter { isPageNumber($0.text) })
            guard !furniture.isEmpty else { return page }
            var page = page
            page.blocks = page.blocks.compactMap { block in
                var block = block
                block.lines.removeAll { furniture.contains($0) }
                return block.lines.isEmpty ? nil : block
            }
            page.furniture = lines.filter { furniture.contains($0) }
            return page
        }
    }

    private static func shape(_ line: DocumentLine) -> String {
        String(TextFolding.fold(line.text).map { $0.isNumber ? "#" : $0 })
    }

    /// "4", "- 4 -", "–4–", "pagina 4", "4 / 30", "pagina 4 van 30".
    static func isPageNumber(_ text: String) -> Bool {
        let words = TextFolding.fold(text).split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "–" || $0 == "—" || $0 == "/" })
            .filter { !["pagina", "page", "blz", "blz.", "p.", "van", "of"].contains($0) }
        return !words.isEmpty && words.count <= 2 && words.allSatisfy { $0.allSatisfy(\.isNumber) && $0.count <= 4 }
    }
}
