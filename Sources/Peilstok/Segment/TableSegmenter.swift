import Foundation

/// Reads the `table` layout: one pilot per row, a name cell and a cell whose bold or underlined paragraphs open
/// the sections; a table without rows in the model (a PDF's, drawn on the page) is read by geometry instead
/// (`PagedTableReader`).
struct TableSegmenter {
    let table: TableLayoutRule
    let sections: [SectionRule]
    let names: NameRules
    let gazetteer: Gazetteer
    let tolerance: OCRTolerance

    func blocks(in document: TextDocument) -> (blocks: [PilotBlock], warnings: [String]) {
        let hasRows = document.pages.contains { $0.blocks.contains { $0.cells != nil } }
        if !hasRows, let origins = document.origins {
            return PagedTableReader(table: table, sections: sections, names: names, gazetteer: gazetteer, tolerance: tolerance)
                .blocks(in: document, origins: origins)
        }
        var blocks: [PilotBlock] = []
        var warnings: [String] = []
        let assembler = SectionAssembler(rules: sections)
        for row in document.pages.flatMap(\.blocks) {
            guard let cells = row.cells, cells.count >= 2, let lineNumber = row.lines.first?.number else { continue }
            let texts = cells.map { TextFolding.collapseWhitespace($0.lines.map(\.text).joined(separator: " ")) }
            if table.footnoteMarkers.contains(where: { texts[0].hasPrefix($0) }) { continue }
            // A header is known by its words, or by its shape: short plain cells where a pilot row has a body.
            if table.isHeader(cells: texts) || Self.hasHeaderShape(cells) || texts.allSatisfy(Self.isSeparatorCell) { continue }
            let heading = texts[0]
            if heading.isEmpty {
                warnings.append("line \(lineNumber): a table row without a pilot name was skipped")
                continue
            }
            let result = assembler.assemble(cells.dropFirst().flatMap(Self.runs))
            let lines = LineRange(lineNumber, lineNumber)
            let sections = Section.mergingRepeated(result.sections.map { Section(key: $0.key, text: $0.text, lines: lines) })
            let pilot = PilotName(heading: heading, rules: names, gazetteer: gazetteer)
            var blockWarnings: [String] = []
            if sections.isEmpty {
                blockWarnings.append("no section heading from sections.yml found in the row (line \(lineNumber))")
            }
            if !result.preamble.isEmpty {
                blockWarnings.append("text before the first section heading was not assigned: \"\(result.preamble.prefix(60))\"")
            }
            for heading in result.unknownHeadings {
                blockWarnings.append("'\(heading)' looks like a heading but opens no section in sections.yml")
            }
            for section in sections where section.text.isEmpty {
                blockWarnings.append("section '\(section.key)' is empty")
            }
            blocks.append(PilotBlock(name: pilot.name, heading: heading, gemeente: pilot.gemeente, sections: sections,
                                     lines: lines, warnings: blockWarnings))
        }
        return (blocks, warnings)
    }

    /// A cell's paragraphs as runs for the section assembler: a bold or underlined span is a heading candidate.
    private static func runs(_ cell: DocumentBlock) -> [CellRun] {
        cell.lines.flatMap { line in
            line.spans.enumerated().map { index, span in
                CellRun(text: span.text, isEmphasised: span.style.bold || span.style.underlined, startsBlock: index == 0)
            }
        }
    }

    /// Short cells of plain text, none with a paragraph of its own styled as a heading.
    private static func hasHeaderShape(_ cells: [DocumentBlock]) -> Bool {
        cells.allSatisfy { $0.lines.count <= 1 && !($0.lines.first?.spans.contains { $0.style.bold || $0.style.underlined } ?? false) }
            && TableLayoutRule.hasHeaderShape(cells: cells.map { $0.lines.map(\.text).joined(separator: " ") })
    }

    private static func isSeparatorCell(_ cell: String) -> Bool {
        let trimmed = cell.trimmingCharacters(in: .whitespaces)
        return !trimmed.isEmpty && trimmed.allSatisfy { $0 == "-" || $0 == "=" || $0 == ":" || $0 == "|" }
    }
}
