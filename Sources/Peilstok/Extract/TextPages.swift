import Foundation

/// Reads the page structure of a text layer: pages at form feeds, blocks at blank lines, and a page set out in
/// columns side by side (as `pdftotext -layout` writes it) cut into its columns by the same XY-cut a PDF page gets,
/// on a grid of character cells.
enum TextPages {
    /// The fewest lines of a page with a wide run of spaces inside them for it to count as set out in columns.
    static let columnarShare = 0.2
    /// The narrowest run of spaces between columns, in characters.
    static let gutter = 1.5

    /// The text view (form feeds removed) and the pages; line numbers are the file's.
    static func paginate(_ raw: [String]) -> (lines: [String], pages: [DocumentPage]) {
        var lines: [String] = []
        var pageLines: [[DocumentLine]] = [[]]
        lines.reserveCapacity(raw.count)
        for (index, line) in raw.enumerated() {
            let parts = line.split(separator: "\u{0C}", omittingEmptySubsequences: false)
            for (position, part) in parts.enumerated() {
                if position > 0 { pageLines.append([]) }
                if position == 0 || !part.isEmpty {
                    pageLines[pageLines.count - 1].append(DocumentLine(number: index + 1, text: String(part)))
                }
            }
            lines.append(parts.count > 1 ? parts.joined() : line)
        }
        while pageLines.count > 1, let last = pageLines.last, last.allSatisfy({ $0.text.allSatisfy(\.isWhitespace) }) {
            pageLines.removeLast()
        }
        let pages = RunningLines.separate(pageLines).enumerated().map { index, page in
            DocumentPage(number: index + 1, blocks: isColumnar(page.lines) ? columns(page.lines) : paragraphs(page.lines),
                         furniture: page.furniture.map { DocumentLine(number: $0.number, text: TextFolding.collapseWhitespace($0.text)) })
        }
        return (lines, pages)
    }

    /// `text` without spaces at either end (tabs, which separate table cells, stay).
    static func trimmingSpaces(_ text: String) -> String {
        guard text.utf8.first == 0x20 || text.utf8.last == 0x20 else { return text }
        let trimmed = text.utf8.drop { $0 == 0x20 }.reversed().drop { $0 == 0x20 }.reversed()
        return String(decoding: Array(trimmed), as: UTF8.self)
    }

    /// Blocks separated by blank lines.
    static func paragraphs(_ lines: [DocumentLine]) -> [DocumentBlock] {
        var blocks: [DocumentBlock] = []
        var current: [DocumentLine] = []
        for line in lines {
            if line.text.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { blocks.append(DocumentBlock(lines: current)) }
                current = []
            } else {
                current.append(DocumentLine(number: line.number, text: Self.trimmingSpaces(line.text)))
            }
        }
        if !current.isEmpty { blocks.append(DocumentBlock(lines: current)) }
        return blocks
    }

    private static func isColumnar(_ lines: [DocumentLine]) -> Bool {
        let filled = lines.filter { !$0.text.allSatisfy(\.isWhitespace) }
        let wide = filled.filter { hasWideGap($0.text) }
        return wide.count >= 3 && Double(wide.count) >= columnarShare * Double(filled.count)
    }

    /// True when three or more spaces stand between two words of the line.
    private static func hasWideGap(_ text: String) -> Bool {
        var seenWord = false
        var spaces = 0
        for byte in text.utf8 {
            if byte == 0x20 {
                spaces += 1
            } else {
                if seenWord, spaces >= 3 { return true }
                seenWord = byte != 0x09 || seenWord
                spaces = 0
            }
        }
        return false
    }

    /// The page's words placed on a grid of character cells (x: column, y: line), cut into blocks by XY-cut.
    private static func columns(_ lines: [DocumentLine]) -> [DocumentBlock] {
        var words: [Word] = []
        for (row, line) in lines.enumerated() {
            var column = 0
            var start: Int?
            var text = ""
            func flush() {
                if let first = start {
                    words.append(Word(text: text, box: Box(x0: Double(first), y0: Double(row), x1: Double(column), y1: Double(row + 1)),
                                      fontSize: 0, bold: false, italic: false, underlined: false, colour: nil))
                }
                start = nil
                text = ""
            }
            for character in line.text {
                if character == " " || character == "\t" {
                    flush()
                } else {
                    if start == nil { start = column }
                    text.append(character)
                }
                column += 1
            }
            flush()
        }
        let numbers = lines.map(\.number)
        return XYCut(columnGap: gutter, rowGap: 1, preferColumns: true).blocks(words).map { block in
            DocumentBlock(lines: block.lines.map { line in
                let row = min(max(Int(line.box.y0), 0), numbers.count - 1)
                return DocumentLine(number: numbers[row], spans: [StyledSpan(text: line.text, box: line.box)], box: line.box)
            }, box: block.box)
        }
    }
}
