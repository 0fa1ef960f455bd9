/// The rows of a table that a text layer writes as tab-separated cells (one row per line), made table-row blocks;
/// a cell holding markup is parsed as an HTML fragment here, once, into paragraphs of styled spans.
enum TableRows {
    static func separate(_ pages: [DocumentPage]) -> [DocumentPage] {
        pages.map { page in
            guard page.blocks.contains(where: { $0.lines.contains { $0.text.contains("\t") } }) else { return page }
            var page = page
            page.blocks = page.blocks.flatMap(split)
            return page
        }
    }

    /// A block with its tab lines taken out as row blocks, in order.
    private static func split(_ block: DocumentBlock) -> [DocumentBlock] {
        var result: [DocumentBlock] = []
        var plain: [DocumentLine] = []
        for line in block.lines {
            let cells = line.text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 2 else {
                plain.append(line)
                continue
            }
            if !plain.isEmpty { result.append(DocumentBlock(lines: plain)) }
            plain = []
            result.append(DocumentBlock(lines: [line], cells: cells.map { cell(TextFolding.collapseWhitespace($0), line: line.number) }))
        }
        if !plain.isEmpty { result.append(DocumentBlock(lines: plain)) }
        return result
    }

    /// One cell: its paragraphs, parsed from HTML when it holds markup; a fragment libxml2 cannot read stays text.
    private static func cell(_ text: String, line: Int) -> DocumentBlock {
        if text.contains("<"), text.contains(">"), let fragment = try? HTMLDocument(html: text, file: "") {
            return fragment.cell(line: line)
        }
        return DocumentBlock(lines: text.isEmpty ? [] : [DocumentLine(number: line, text: text)])
    }
}
