/// Reads the `table` layout from a paged source (PDF) by geometry rather than markup.
///
/// The header row ("Pilot" | "Toelichting") gives the columns. Below it, first-column lines that follow each other
/// closely name one row; lines of the second column fill the row, continuing across pages; a repeated header row
/// and footnotes (with their wrapped lines) are skipped. Bold lines that match `Rules/sections.yml` open sections.
struct PagedTableReader {
    let table: TableLayoutRule
    let sections: [SectionRule]
    let names: NameRules
    let gazetteer: Gazetteer

    private struct Row {
        var name: [Int] = []
        var content: [Int] = []
    }

    func blocks(in document: TextDocument, origins: [LineOrigin?]) -> (blocks: [PilotBlock], warnings: [String]) {
        let lines = document.lines.map { $0.trimmingCharacters(in: .whitespaces) }
        let indices = lines.indices.filter { origins[$0] != nil && !lines[$0].isEmpty }
            .sorted { a, b in
                let (x, y) = (origins[a]!, origins[b]!)
                return (x.page, x.box.y0, x.box.x0) < (y.page, y.box.y0, y.box.x0)
            }
        guard let columns = headerColumns(indices, lines, origins) else {
            return ([], ["no table header row from Rules/kinds.yml found on any page"])
        }
        var rows: [Row] = []
        var started = false
        var footnote: LineOrigin?
        var headerLines = Set<Int>()
        for index in indices {
            let origin = origins[index]!
            if isHeaderCell(index, indices, lines, origins) {
                started = true
                headerLines.insert(index)
                continue
            }
            guard started else { continue }
            if table.footnoteMarkers.contains(where: { lines[index].hasPrefix($0) }) {
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
            if origin.box.x0 < columns.content - 4 {
                // Name lines of one row follow each other closely; a gap, or a new page, starts the next row.
                let previous = rows.last?.name.last.map { origins[$0]! }
                let continues = previous.map { $0.page == origin.page && origin.box.y0 - $0.box.y1 < $0.box.height } ?? false
                if !continues { rows.append(Row()) }
                rows[rows.count - 1].name.append(index)
            } else if !rows.isEmpty {
                rows[rows.count - 1].content.append(index)
            }
        }
        var warnings: [String] = []
        let blocks = rows.compactMap { row -> PilotBlock? in
            let heading = Hyphenation.paragraph(row.name.map { lines[$0] }, elisionWords: names.elisionWords)
            guard !heading.isEmpty else { return nil }
            let pilot = PilotName(heading: heading, rules: names, gazetteer: gazetteer)
            var found: [Section] = []
            var current: (key: String, lines: [Int])?
            var unassigned: [Int] = []
            func close() {
                guard let done = current, let first = done.lines.first, let last = done.lines.last else { return }
                found.append(Section(key: done.key, text: Hyphenation.paragraph(done.lines.map { lines[$0] }, elisionWords: names.elisionWords),
                                     lines: LineRange(first + 1, last + 1)))
            }
            for index in row.content {
                if origins[index]!.bold, let key = SectionRule.key(forHeading: lines[index], in: sections) {
                    close()
                    current = (key, [])
                } else if current != nil {
                    current!.lines.append(index)
                } else {
                    unassigned.append(index)
                }
            }
            close()
            var blockWarnings: [String] = []
            if !unassigned.isEmpty { blockWarnings.append("text before the first section heading was not assigned") }
            let all = row.name + row.content
            let range = LineRange((all.min() ?? 0) + 1, (all.max() ?? 0) + 1)
            return PilotBlock(name: pilot.name, heading: heading, gemeente: pilot.gemeente,
                              sections: Self.merged(found), lines: range, warnings: blockWarnings)
        }
        if rows.isEmpty { warnings.append("the table has no rows") }
        return (blocks, warnings)
    }

    /// Sections opened twice in a row (a cell continued on the next page) keep one entry.
    private static func merged(_ sections: [Section]) -> [Section] {
        var result: [Section] = []
        for section in sections {
            if let index = result.firstIndex(where: { $0.key == section.key }) {
                result[index].text = TextFolding.collapseWhitespace(result[index].text + " " + section.text)
                result[index].lines = result[index].lines.union(section.lines)
            } else {
                result.append(section)
            }
        }
        return result
    }

    /// The x where the second column starts, from the first header row.
    private func headerColumns(_ indices: [Int], _ lines: [String], _ origins: [LineOrigin?]) -> (name: Double, content: Double)? {
        for index in indices where isHeaderCell(index, indices, lines, origins) {
            let row = cellsBeside(index, indices, origins)
            guard row.count >= 2 else { continue }
            return (origins[row[0]]!.box.x0, origins[row[1]]!.box.x0)
        }
        return nil
    }

    /// The lines at the same height on the same page as `index`, left to right.
    private func cellsBeside(_ index: Int, _ indices: [Int], _ origins: [LineOrigin?]) -> [Int] {
        let origin = origins[index]!
        return indices.filter {
            origins[$0]!.page == origin.page && abs(origins[$0]!.box.y0 - origin.box.y0) < 2
        }.sorted { origins[$0]!.box.x0 < origins[$1]!.box.x0 }
    }

    private func isHeaderCell(_ index: Int, _ indices: [Int], _ lines: [String], _ origins: [LineOrigin?]) -> Bool {
        table.isHeader(cells: cellsBeside(index, indices, origins).map { lines[$0] })
    }
}
