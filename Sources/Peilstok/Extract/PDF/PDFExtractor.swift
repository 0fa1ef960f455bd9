import Foundation

/// Reads a PDF through poppler-glib into lines in reading order, each with the page and box it came from.
///
/// Each page is cut into blocks by XY-cut; a blank line separates blocks. In the top and bottom margins,
/// running headers and footers (the same text at the same height on most pages) and bare page numbers are left out.
struct PDFExtractor {
    /// The narrowest white space between columns and between bands, in points.
    var columnGap = 9.0
    var rowGap = 9.0
    /// Share of pages a line must repeat on, at the same height, to count as a running header or footer.
    var runningShare = 0.5
    /// Height of the top and bottom margins where a bare number is a page number, as a share of the page.
    var margin = 0.08

    func extract(url: URL, file: String, password: String?) throws(DocumentError) -> (document: TextDocument, pages: [PageLayout]) {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw .unreadable(file: file, reason: error.localizedDescription) }
        if data.isEmpty { throw .empty(file: file) }
        guard data.prefix(1024).range(of: Data("%PDF-".utf8)) != nil else {
            throw .unreadable(file: file, reason: "not a PDF (no %PDF- header)")
        }
        let pdf = try PopplerDocument(url: url, file: file, password: password)
        let metadata = pdf.metadata
        guard metadata.pageCount > 0 else { throw .unreadable(file: file, reason: "the PDF has no pages") }

        var pages: [PageLayout] = []
        var warnings: [String] = []
        let cut = XYCut(columnGap: columnGap, rowGap: rowGap)
        for index in 0..<metadata.pageCount {
            guard let page = pdf.page(index) else {
                warnings.append("page \(index + 1): poppler could not load it")
                continue
            }
            let size = page.size
            let words = Word.words(from: page.glyphs())
            if words.isEmpty { warnings.append("page \(index + 1): no text layer — scanned page?") }
            pages.append(PageLayout(number: index + 1, width: size.width, height: size.height, blocks: cut.blocks(words)))
        }
        pages = removingRunningLines(pages)

        var lines: [String] = []
        var origins: [LineOrigin?] = []
        for page in pages {
            for block in page.blocks {
                for line in block.lines {
                    lines.append(UnicodeCleanup.clean(line.text))
                    origins.append(LineOrigin(page: page.number, box: line.box, fontSize: line.fontSize, bold: line.bold))
                }
                lines.append("")
                origins.append(nil)
            }
        }
        if lines.allSatisfy(\.isEmpty) {
            throw .unreadable(file: file, reason: "no page has a text layer — a scanned PDF needs OCR first")
        }
        var document = TextDocument(source: SourceInfo(file: file, sha256: data.sha256Hex, format: .pdf, encoding: "PDF"),
                                    lines: lines, warnings: warnings)
        document.origins = origins
        document.pdf = metadata
        return (document, pages)
    }

    /// Pages without lines repeated at the same height on most pages, and without page numbers in the margins.
    private func removingRunningLines(_ pages: [PageLayout]) -> [PageLayout] {
        func key(_ line: TextBlock.Line) -> String {
            let shape = String(line.text.map { $0.isNumber ? "#" : $0 })
            return "\(Int((line.box.y0 / 4).rounded()))|\(shape)"
        }
        func inMargin(_ line: TextBlock.Line, _ page: PageLayout) -> Bool {
            line.box.y1 < page.height * margin || line.box.y0 > page.height * (1 - margin)
        }
        var counts: [String: Int] = [:]
        for page in pages {
            let marginLines = page.blocks.flatMap(\.lines).filter { inMargin($0, page) }
            for line in Set(marginLines.map(key)) { counts[line, default: 0] += 1 }
        }
        let repeated = pages.count >= 3 ? Set(counts.filter { Double($0.value) >= runningShare * Double(pages.count) }.keys) : []
        return pages.map { page in
            var page = page
            page.blocks = page.blocks.compactMap { block in
                var block = block
                block.lines = block.lines.filter { line in
                    guard inMargin(line, page) else { return true }
                    return !repeated.contains(key(line)) && !line.text.allSatisfy { $0.isNumber || $0 == " " }
                }
                return block.lines.isEmpty ? nil : block
            }
            return page
        }
    }
}
