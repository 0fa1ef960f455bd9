/// Settings of the `table` layout: which rows are headers and which lines are footnotes.
public struct TableLayoutRule: Sendable {
    /// Folded cell texts of rows that repeat the table header.
    public var headerRows: [[String]]
    /// Line openings that mark a footnote.
    public var footnoteMarkers: [String]

    /// The most words a header cell has.
    static let headerCellWords = 4

    /// True when the folded cells equal one of the header rows.
    public func isHeader(cells: [String]) -> Bool {
        let folded = cells.map { TextFolding.fold($0) }
        return headerRows.contains(folded)
    }

    /// For a row that is a header row with its first cells lost (as OCR loses white text on a dark band), the index
    /// in the header row of the row's first cell; `nil` when the row is no header row or is one in full.
    public func headerPosition(cells: [String], tolerance: OCRTolerance) -> Int? {
        let folded = cells.map { TextFolding.fold($0) }
        guard !folded.isEmpty else { return nil }
        for row in headerRows where folded.count < row.count {
            let start = row.count - folded.count
            if zip(folded, row[start...]).allSatisfy({ tolerance.matches($0, canonicalExpected: tolerance.canonical($1)) }) {
                return start
            }
        }
        return nil
    }

    /// True when a row has the shape of a header: two or more cells, each a few words, no body.
    public static func hasHeaderShape(cells: [String]) -> Bool {
        cells.count >= 2 && cells.allSatisfy { cell in
            let words = cell.split(separator: " ").count
            return words >= 1 && words <= headerCellWords
        }
    }

    static func parse(_ node: RuleNode) throws(RuleError) -> TableLayoutRule {
        _ = try node.entries(allowed: ["header_rows", "footnote_markers"])
        var headerRows: [[String]] = []
        for row in try node.required("header_rows").items() {
            headerRows.append(try row.strings().map(TextFolding.fold))
        }
        let footnoteMarkers = try node.optional("footnote_markers")?.strings() ?? []
        return TableLayoutRule(headerRows: headerRows, footnoteMarkers: footnoteMarkers)
    }
}
