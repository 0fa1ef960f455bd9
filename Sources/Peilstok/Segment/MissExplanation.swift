/// Why a document of a known kind gave no pilot blocks: per page, the lines read as titles and as section headings,
/// with the rule each matched, so a user can see which rule to add or change.
struct MissExplanation {
    let kind: KindRule
    let sections: [SectionRule]
    let rules: Rules

    /// The most lines shown per page.
    let linesPerPage = 12

    func explain(_ document: TextDocument) -> [String] {
        var out = ["why no pilot blocks were found (kind \(kind.key), layout \(kind.layout.rawValue)):"]
        var anyHeading = false
        for page in document.pages {
            var notes: [String] = []
            if let factsheet = kind.factsheet {
                let reader = FactsheetPageReader(layout: factsheet, sections: sections, names: rules.names,
                                                 gazetteer: rules.gazetteer, years: rules.dates.years,
                                                 tolerance: rules.ocrTolerance)
                let reading = reader.read(page, styled: document.hasLayout)
                let how = document.hasLayout ? "the line set largest" : "the first line that opens with the heading word or reads like a name"
                notes.append(reading.titleText.map { "title: \"\($0)\" (\(how))" }
                             ?? "title: none (no line set larger than the body, none opening with '\(factsheet.headingPrefix)')")
                for (key, heading, body) in reading.sections {
                    notes.append("line \(heading.line.number): \"\(heading.text)\" opens '\(key)' (\(body.count) body lines)")
                }
                if reading.sections.isEmpty { notes.append("no line matches a heading of '\(kind.key)' in sections.yml") }
            } else {
                for line in page.lines {
                    guard let key = SectionRule.key(forHeading: line.text, in: sections)
                        ?? SectionRule.inlineHeading(line.text, in: sections)?.key else { continue }
                    notes.append("line \(line.number): \"\(line.text)\" opens '\(key)'")
                }
            }
            anyHeading = anyHeading || notes.contains { $0.contains(" opens '") }
            guard !notes.isEmpty else { continue }
            out.append("  page \(page.number):")
            out += notes.prefix(linesPerPage).map { "    " + $0 }
            if notes.count > linesPerPage { out.append("    … \(notes.count - linesPerPage) more") }
        }
        if !anyHeading {
            let known = sections.flatMap(\.headings).prefix(8).map { "\"\($0)\"" }.joined(separator: ", ")
            out.append("  no line matches a section heading of '\(kind.key)' (\(known), …): add this report's headings to sections.yml")
        }
        return out
    }
}
