/// Settings of the `table` layout: which rows are headers and which lines are footnotes.
public struct TableLayoutRule: Sendable {
    /// Folded cell texts of rows that repeat the table header.
    public var headerRows: [[String]]
    /// Line openings that mark a footnote.
    public var footnoteMarkers: [String]

    /// True when the folded cells equal one of the header rows.
    public func isHeader(cells: [String]) -> Bool {
        let folded = cells.map { TextFolding.fold($0) }
        return headerRows.contains(folded)
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
