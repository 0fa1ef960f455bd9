import Foundation

/// A plain-text view of a document's pages as peilstok reads them, whatever the format: blocks in reading order
/// with their boxes, and each line with its number, size and marks (b bold, i italic, u underlined, c coloured).
public enum LayoutReport {
    public static func render(_ document: TextDocument, pages wanted: Set<Int>? = nil) -> String {
        var out: [String] = []
        var header = "file: \(document.source.file)  format: \(document.source.format.rawValue)  pages: \(document.pages.count)"
        if let pdf = document.pdf {
            header += "  title: \(pdf.title ?? "-")  author: \(pdf.author ?? "-")  creator: \(pdf.creator ?? "-")  created: \(pdf.creationDate ?? "-")"
        }
        out.append(header)
        for page in document.pages where wanted?.contains(page.number) ?? true {
            var title = "\npage \(page.number)"
            if let width = page.width, let height = page.height { title += String(format: " (%.0f × %.0f pt)", width, height) }
            out.append(title + ": \(page.blocks.count) blocks")
            for (index, block) in page.blocks.enumerated() {
                var line = "  [\(index + 1)]"
                if let box = block.box { line += String(format: " (%.0f, %.0f)–(%.0f, %.0f)", box.x0, box.y0, box.x1, box.y1) }
                out.append(line)
                for line in block.lines { out.append("      " + describe(line)) }
            }
            for line in page.furniture { out.append("      furniture: \(line.text)") }
        }
        for warning in document.warnings { out.append("warning: \(warning)") }
        return out.joined(separator: "\n") + "\n"
    }

    private static func describe(_ line: DocumentLine) -> String {
        let style = line.style
        let marks = (style.bold ? "b" : " ") + (style.italic ? "i" : " ") + (style.underlined ? "u" : " ")
            + (style.colour != nil ? "c" : " ")
        let size = line.largestFontSize > 0 ? String(format: "%4.1f", line.largestFontSize) : "    "
        return String(format: "%5d ", line.number) + marks + " " + size + "  " + line.text
    }
}
