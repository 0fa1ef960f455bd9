import Foundation

/// Reads the `headings` layout: a report about one pilot (an evaluation note) whose headings open its sections.
///
/// A heading is a short line that opens with one of a section's headings in `Rules/sections.yml` and ends no
/// sentence; a heading broken over lines continues on short lines that open in lowercase. A section runs to the
/// next heading; text before the first heading (a foreword, a list of abbreviations) belongs to no section.
/// The pilot is the one the opening pages name in quotes after a marker word ("de pilot ‘X’"), else the title.
/// Footnotes (a line "3 In deze …" whose number stands glued to a word before it) are left out of the bodies, and
/// the numbered items of the recommendations section become the block's recommendations.
struct HeadingsSegmenter {
    let layout: HeadingsLayoutRule
    let sections: [SectionRule]
    let names: NameRules
    let gazetteer: Gazetteer

    /// Quotation marks that open and close a name.
    private static let quotes: [(open: Character, close: Character)] = [
        ("‘", "’"), ("“", "”"), ("'", "'"), ("\"", "\""), ("„", "”"), ("«", "»"),
    ]

    func blocks(in document: TextDocument) -> (blocks: [PilotBlock], warnings: [String]) {
        let lines = document.pages.flatMap { page in page.blocks.enumerated().flatMap { index, block in
            block.lines.map { (line: $0, block: page.number * 100_000 + index) }
        } }
        var found: [(key: String, heading: Int, body: [DocumentLine])] = []
        var index = 0
        while index < lines.count {
            let line = lines[index].line
            if let key = headingKey(line.text) {
                var next = index + 1
                while next < lines.count, next - index <= 2, lines[next].block == lines[index].block,
                      continuesHeading(lines[next].line.text) {
                    next += 1
                }
                found.append((key, line.number, []))
                index = next
                continue
            }
            if !found.isEmpty { found[found.count - 1].body.append(line) }
            index += 1
        }
        guard !found.isEmpty else { return ([], ["no section heading from sections.yml found"]) }

        var sectionList: [Section] = []
        var recommendations: [Recommendation] = []
        for (key, heading, body) in found {
            let kept = withoutFootnotes(body)
            let text = Hyphenation.paragraph(kept.map(\.text), elisionWords: names.elisionWords)
            let numbers = kept.map(\.number)
            sectionList.append(Section(key: key, text: text, lines: LineRange(numbers.min() ?? heading, numbers.max() ?? heading)))
            if key == layout.recommendations { recommendations += numberedItems(kept) }
        }
        let merged = Section.mergingRepeated(sectionList)
        let title = pilotName(document.lines) ?? document.pdf?.title ?? document.lines.first { $0.filter(\.isLetter).count >= 3 }
        guard let title else { return ([], ["the pilot the report is about is not named"]) }
        let pilot = PilotName(heading: title, rules: names, gazetteer: gazetteer)
        var warnings: [String] = []
        for rule in sections where !merged.contains(where: { $0.key == rule.key }) {
            warnings.append("no '\(rule.key)' section found")
        }
        let first = found.first?.heading ?? 1
        let last = merged.map(\.lines.last).max() ?? first
        var block = PilotBlock(name: pilot.name, heading: title, gemeente: pilot.gemeente, sections: merged,
                               lines: LineRange(first, last), warnings: warnings)
        block.recommendations = recommendations
        return ([block], [])
    }

    /// The section a heading line opens: it starts with one of the section's headings and is short.
    private func headingKey(_ text: String) -> String? {
        let words = text.split(separator: " ")
        guard !words.isEmpty, words.count <= layout.headingWords, let last = text.trimmingCharacters(in: .whitespaces).last,
              !".,;".contains(last) else { return nil }
        var folded = TextFolding.fold(text)
        while let end = folded.last, ":?!".contains(end) { folded.removeLast() }
        for rule in sections {
            for heading in rule.headings where folded == heading || folded.hasPrefix(heading + " ") {
                return rule.key
            }
        }
        return nil
    }

    private func continuesHeading(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let first = trimmed.first, let last = trimmed.last else { return false }
        return first.isLowercase && trimmed.split(separator: " ").count <= 6 && !".,;".contains(last)
    }

    /// The first name in quotes after a marker word in the opening lines ("de pilot ‘Buurtloket’").
    private func pilotName(_ lines: [String]) -> String? {
        let opening = lines.prefix(layout.openingLines).joined(separator: " ")
        let folded = opening.lowercased()
        for marker in layout.nameMarkers {
            var searchStart = folded.startIndex
            while let range = folded.range(of: marker, range: searchStart..<folded.endIndex) {
                searchStart = range.upperBound
                let rest = opening[range.upperBound...].drop { $0 == " " }
                guard let open = rest.first, let pair = Self.quotes.first(where: { $0.open == open }) else { continue }
                let inner = rest.dropFirst()
                guard let close = inner.firstIndex(of: pair.close) else { continue }
                let name = TextFolding.collapseWhitespace(String(inner[..<close]))
                if name.split(separator: " ").count <= 10, name.filter(\.isLetter).count >= 3 { return name }
            }
        }
        return nil
    }

    /// The body without footnotes: a line "N Text…" whose marker N stands glued to a word earlier in the body,
    /// up to and including the line that ends its sentence.
    private func withoutFootnotes(_ lines: [DocumentLine]) -> [DocumentLine] {
        var kept: [DocumentLine] = []
        var skipping = 0
        for line in lines {
            let text = line.text.trimmingCharacters(in: .whitespaces)
            if skipping > 0 {
                skipping -= 1
                if text.hasSuffix(".") { skipping = 0 }
                continue
            }
            if let number = Footnote.number(text), kept.contains(where: { Footnote.hasMarker(in: $0.text, number: number) }) {
                skipping = text.hasSuffix(".") ? 0 : 2
                continue
            }
            kept.append(line)
        }
        return kept
    }

    /// Items numbered 1, 2, 3, … in sequence, each up to the next; other numbered lines stay in their item.
    private func numberedItems(_ lines: [DocumentLine]) -> [Recommendation] {
        var items: [(number: Int, lines: [DocumentLine])] = []
        for line in lines {
            let text = line.text.trimmingCharacters(in: .whitespaces)
            if let dot = text.firstIndex(of: "."), let number = Int(text[..<dot]), number == items.count + 1,
               text[text.index(after: dot)...].first == " " {
                items.append((number, [DocumentLine(number: line.number, text: String(text[text.index(dot, offsetBy: 2)...]))]))
            } else if !items.isEmpty {
                items[items.count - 1].lines.append(line)
            }
        }
        return items.map { item in
            let numbers = item.lines.map(\.number)
            return Recommendation(number: item.number,
                                  text: Hyphenation.paragraph(item.lines.map(\.text), elisionWords: names.elisionWords),
                                  lines: LineRange(numbers.min() ?? 1, numbers.max() ?? 1))
        }
    }
}
