/// Reads the `table` layout from a paged source (PDF) by geometry rather than markup.
///
/// The header row ("Pilot" | "Toelichting") gives the columns. Below it, first-column lines that follow each other
/// closely name one row; lines of the second column fill the row, continuing across pages; a repeated header row
/// and footnotes (with their wrapped lines) are skipped. Bold lines that match `Rules/sections.yml` open sections.
/// A scanned table is read the same way: a header row whose first cells OCR lost still gives the columns, and a
/// footnote is known by its small type and opening number when its superscript marker was read as a digit, and by
/// small type running across both columns when the marker was lost.
struct PagedTableReader {
    let table: TableLayoutRule
    let sections: [SectionRule]
    let names: NameRules
    let gazetteer: Gazetteer
    let tolerance: OCRTolerance

    private struct Row {
        var name: [Placed] = []
        var content: [Placed] = []
    }

    /// A line of the text that lies on a page.
    private struct Placed {
        let line: Int
        let origin: LineOrigin
    }

    func blocks(in document: TextDocument, origins: [LineOrigin?]) -> (blocks: [PilotBlock], warnings: [String]) {
        let lines = document.lines.map { $0.trimmingCharacters(in: .whitespaces) }
        let placed = lines.indices.compactMap { index -> Placed? in
            guard let origin = origins[index], !lines[index].isEmpty else { return nil }
            return Placed(line: index, origin: origin)
        }.sorted { ($0.origin.page, $0.origin.box.y0, $0.origin.box.x0) < ($1.origin.page, $1.origin.box.y0, $1.origin.box.x0) }
        guard let contentColumn = contentColumn(placed, lines) else {
            return ([], ["no table header row from kinds.yml found on any page"])
        }
        var rows: [Row] = []
        var started = false
        var footnote: LineOrigin?
        let bodySize = Self.median(placed.map(\.origin.fontSize))
        // A line belongs to the name column when it starts nearer to the table's left edge than to the content
        // column: a scan's lines wander a few points, and a quote mark or bullet may stand before the column.
        let leftEdge = placed.map(\.origin.box.x0).min() ?? contentColumn
        let boundary = max(leftEdge, min(contentColumn - 4, (leftEdge + contentColumn) / 2))
        for item in placed {
            let origin = item.origin
            if isHeaderCell(item, placed, lines) {
                started = true
                continue
            }
            guard started else { continue }
            // A footnote: its marker, or small type opening with a number (a superscript marker OCR read as a
            // digit), or small type running from the first column far into the second, as no cell does.
            let small = origin.fontSize < bodySize * 0.9
            if table.footnoteMarkers.contains(where: { lines[item.line].hasPrefix($0) })
                || (small && Self.opensWithNumber(lines[item.line]))
                || (small && origin.box.x0 < boundary && origin.box.x1 > contentColumn + 2 * bodySize) {
                footnote = origin
                continue
            }
            // A footnote's wrapped lines: same page, same small font, right below it.
            if let note = footnote, note.page == origin.page, abs(note.fontSize - origin.fontSize) < 0.5,
               origin.box.y0 - note.box.y1 < note.box.height {
                footnote = origin
                continue
            }
            footnote = nil
            if origin.box.x0 < boundary {
                // Name lines of one row follow each other closely; a gap, or a new page, starts the next row.
                let continues = rows.last?.name.last.map { previous in
                    previous.origin.page == origin.page && origin.box.y0 - previous.origin.box.y1 < previous.origin.box.height
                } ?? false
                if !continues {
                    // The cells of a row share its top: content lines beside the new name's first line, read a
                    // little before it (a scan's lines are not level to the point), belong to the new row.
                    var row = Row()
                    if var previous = rows.popLast() {
                        let kept = previous.content.lastIndex { $0.origin.page != origin.page || $0.origin.box.y1 <= origin.box.y0 }
                        let split = kept.map { $0 + 1 } ?? 0
                        row.content = Array(previous.content[split...])
                        previous.content.removeSubrange(split...)
                        rows.append(previous)
                    }
                    rows.append(row)
                }
                rows[rows.count - 1].name.append(item)
            } else if !rows.isEmpty {
                rows[rows.count - 1].content.append(item)
            }
        }
        var warnings: [String] = []
        let blocks = rows.compactMap { row -> PilotBlock? in
            let heading = Hyphenation.paragraph(row.name.map { lines[$0.line] }, elisionWords: names.elisionWords)
            guard !heading.isEmpty else { return nil }
            let pilot = PilotName(heading: heading, rules: names, gazetteer: gazetteer)
            var found: [Section] = []
            var current: (key: String, lines: [Int])?
            var unassigned = false
            func close() {
                guard let done = current, let first = done.lines.first, let last = done.lines.last else { return }
                let text = Hyphenation.paragraph(done.lines.map { lines[$0] }, elisionWords: names.elisionWords)
                found.append(Section(key: done.key, text: text, lines: LineRange(first + 1, last + 1)))
            }
            for item in row.content {
                if item.origin.bold || item.origin.underlined, let key = SectionRule.key(forHeading: lines[item.line], in: sections) {
                    close()
                    current = (key, [])
                } else if let open = current {
                    current = (open.key, open.lines + [item.line])
                } else {
                    unassigned = true
                }
            }
            close()
            let all = (row.name + row.content).map(\.line)
            let range = LineRange((all.min() ?? 0) + 1, (all.max() ?? 0) + 1)
            return PilotBlock(name: pilot.name, heading: heading, gemeente: pilot.gemeente, sections: Section.mergingRepeated(found),
                              lines: range,
                              warnings: unassigned ? ["text before the first section heading was not assigned"] : [])
        }
        if rows.isEmpty { warnings.append("the table has no rows") }
        return (blocks, warnings)
    }

    /// The x where the second column starts, from the first header row (or, failing one, from the second cell of a
    /// header row whose first cell is lost).
    private func contentColumn(_ placed: [Placed], _ lines: [String]) -> Double? {
        for item in placed where isHeaderCell(item, placed, lines) {
            let row = cellsBeside(item, placed)
            if row.count >= 2 { return row[1].origin.box.x0 }
        }
        for item in placed where isHeaderCell(item, placed, lines) {
            let row = cellsBeside(item, placed)
            if table.headerPosition(cells: row.map { lines[$0.line] }, tolerance: tolerance) == 1 { return row[0].origin.box.x0 }
        }
        return nil
    }

    /// "2 Kamerstukken …": a footnote's number, then a word, as OCR reads a superscript marker.
    private static func opensWithNumber(_ line: String) -> Bool {
        let parts = line.split(separator: " ", maxSplits: 1)
        return parts.count == 2 && parts[0].count <= 2 && parts[0].allSatisfy(\.isNumber) && parts[1].first?.isLetter == true
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }

    /// The lines at the same height on the same page as `item`, left to right.
    private func cellsBeside(_ item: Placed, _ placed: [Placed]) -> [Placed] {
        placed.filter { $0.origin.page == item.origin.page && abs($0.origin.box.y0 - item.origin.box.y0) < 2 }
            .sorted { $0.origin.box.x0 < $1.origin.box.x0 }
    }

    /// A header row: its words are a header row of the rules, or it has a header's shape and repeats at the
    /// top of more than one page.
    private func isHeaderCell(_ item: Placed, _ placed: [Placed], _ lines: [String]) -> Bool {
        let beside = cellsBeside(item, placed)
        let cells = beside.map { lines[$0.line] }
        if table.isHeader(cells: cells) { return true }
        // A header row without its first cells: nothing of its column stands above it on the page.
        if let first = beside.first, table.headerPosition(cells: cells, tolerance: tolerance) != nil,
           !placed.contains(where: { $0.origin.page == first.origin.page && $0.origin.box.y1 < first.origin.box.y0
                                     && $0.origin.box.x0 >= first.origin.box.x0 - 4 }) {
            return true
        }
        guard TableLayoutRule.hasHeaderShape(cells: cells), isPageTop(item, placed) else { return false }
        let key = cells.map { TextFolding.fold($0) }
        return placed.contains { other in
            other.origin.page != item.origin.page && lines[other.line] == cells[0] && isPageTop(other, placed)
                && cellsBeside(other, placed).map({ TextFolding.fold(lines[$0.line]) }) == key
        }
    }

    /// True when no line of the page stands above `item`'s row.
    private func isPageTop(_ item: Placed, _ placed: [Placed]) -> Bool {
        !placed.contains { $0.origin.page == item.origin.page && $0.origin.box.y1 < item.origin.box.y0 }
    }
}
