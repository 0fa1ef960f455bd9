import Foundation

/// Reads the `table` layout: one pilot per row, a name cell and a cell of HTML holding the sections;
/// a paged source (PDF) is read by geometry instead (`PagedTableReader`).
struct TableSegmenter {
    let table: TableLayoutRule
    let sections: [SectionRule]
    let names: NameRules
    let gazetteer: Gazetteer

    func blocks(in document: TextDocument) throws(DocumentError) -> (blocks: [PilotBlock], warnings: [String]) {
        if let origins = document.origins {
            return PagedTableReader(table: table, sections: sections, names: names, gazetteer: gazetteer)
                .blocks(in: document, origins: origins)
        }
        var blocks: [PilotBlock] = []
        var warnings: [String] = []
        let assembler = SectionAssembler(rules: sections)
        for (offset, line) in document.lines.enumerated() {
            let lineNumber = offset + 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !table.footnoteMarkers.contains(where: { trimmed.hasPrefix($0) }) else { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 2 else { continue }
            // A header is known by its words, or by its shape: short plain cells where a pilot row has a body.
            if table.isHeader(cells: cells) || TableLayoutRule.hasHeaderShape(cells: cells)
                || cells.allSatisfy(Self.isSeparatorCell) { continue }

            let heading = TextFolding.collapseWhitespace(cells[0])
            let html = cells[1...].joined(separator: "\t")
            if heading.isEmpty {
                warnings.append("line \(lineNumber): a table row without a pilot name was skipped")
                continue
            }
            let result = assembler.assemble(try HTMLDocument(html: html, file: document.source.file).runs())
            let lines = LineRange(lineNumber, lineNumber)
            let sections = Section.mergingRepeated(result.sections.map { Section(key: $0.key, text: $0.text, lines: lines) })
            let pilot = PilotName(heading: heading, rules: names, gazetteer: gazetteer)
            var blockWarnings: [String] = []
            if sections.isEmpty {
                blockWarnings.append("no section heading from Rules/sections.yml found in the row (line \(lineNumber))")
            }
            if !result.preamble.isEmpty {
                blockWarnings.append("text before the first section heading was not assigned: \"\(result.preamble.prefix(60))\"")
            }
            for heading in result.unknownHeadings {
                blockWarnings.append("'\(heading)' looks like a heading but opens no section in Rules/sections.yml")
            }
            for section in sections where section.text.isEmpty {
                blockWarnings.append("section '\(section.key)' is empty")
            }
            blocks.append(PilotBlock(name: pilot.name, heading: heading, gemeente: pilot.gemeente, sections: sections,
                                     lines: lines, warnings: blockWarnings))
        }
        return (blocks, warnings)
    }

    private static func isSeparatorCell(_ cell: String) -> Bool {
        let trimmed = cell.trimmingCharacters(in: .whitespaces)
        return !trimmed.isEmpty && trimmed.allSatisfy { $0 == "-" || $0 == "=" || $0 == ":" || $0 == "|" }
    }
}
