import Foundation

/// A plain-text view of a PDF's pages as peilstok reads them: blocks in reading order with their boxes.
public enum LayoutReport {
    public static func render(url: URL, file: String, password: String? = nil, pages wanted: Set<Int>? = nil) throws(DocumentError) -> String {
        let extracted = try PDFExtractor().extract(url: url, file: file, password: password)
        var out: [String] = []
        if let pdf = extracted.document.pdf {
            out.append("file: \(file)  pages: \(pdf.pageCount)  title: \(pdf.title ?? "-")  author: \(pdf.author ?? "-")  creator: \(pdf.creator ?? "-")  created: \(pdf.creationDate ?? "-")")
        }
        for page in extracted.pages where wanted?.contains(page.number) ?? true {
            out.append(String(format: "\npage %d (%.0f × %.0f pt): %d blocks", page.number, page.width, page.height, page.blocks.count))
            for (index, block) in page.blocks.enumerated() {
                out.append(String(format: "  [%d] (%.0f, %.0f)–(%.0f, %.0f)", index + 1, block.box.x0, block.box.y0, block.box.x1, block.box.y1))
                for line in block.lines {
                    let marks = (line.bold ? "b" : " ") + (line.underlined ? "u" : " ")
                    out.append(String(format: "      %@ %4.1f  ", marks, line.fontSize) + line.text)
                }
            }
        }
        for warning in extracted.document.warnings { out.append("warning: \(warning)") }
        return out.joined(separator: "\n") + "\n"
    }
}
