import Foundation

/// Reads the `factsheet` layout: one pilot per page, its boxes out of order in the text layer.
///
/// When the lines know their PDF page, everything on a page belongs to that page's pilot. In a bare text layer,
/// a page's "Voorbeeld casus" box comes before its "Pilot …" heading and the other sections follow it;
/// headline figures after a page's closing line ("Doorlooptijd") belong to the next page; short caption lines
/// left at a box's end are trimmed. Captions give `lijn` and `vorm`, and a bare number equal to the page's
/// number in the contents list is its page number.
struct FactsheetSegmenter {
    let layout: FactsheetLayoutRule
    let sections: [SectionRule]
    let names: NameRules
    let gazetteer: Gazetteer
    let years: ClosedRange<Int>

    private struct Heading {
        let line: Int
        let text: String
    }

    private struct Body {
        let key: String
        let line: Int
        let text: String
        let lines: LineRange
    }

    func blocks(in document: TextDocument) -> (blocks: [PilotBlock], warnings: [String]) {
        let lines = document.lines.map { $0.trimmingCharacters(in: .whitespaces) }
        let pages = document.origins.map { origins in origins.map { $0?.page } }
        let kinds = FactsheetLineClassifier(layout: layout, sections: sections, years: years).classify(document.lines)
        var headings: [Heading] = []
        for (index, kind) in kinds.enumerated() {
            if case .pilot(let text, _) = kind { headings.append(Heading(line: index, text: text)) }
        }
        guard !headings.isEmpty else { return ([], []) }
        let pilots = headings.map { PilotName(heading: $0.text, rules: names, gazetteer: gazetteer) }
        // The sections that stand before the first pilot heading show which box this text layer puts before a
        // page's heading; elsewhere the same box, right before a heading, opens that heading's page.
        var openingKeys: Set<String> = []
        for kind in kinds[..<headings[0].line] {
            if case .section(let key, _, _) = kind { openingKeys.insert(key) }
        }
        let pageNumbers = contentsPageNumbers(lines, before: headings[0].line)

        var bodies: [[Body]] = Array(repeating: [], count: headings.count)
        var figures: [[TypedExpression]] = Array(repeating: [], count: headings.count)
        var lijn: [Set<String>] = Array(repeating: [], count: headings.count)
        var vorm: [String?] = Array(repeating: nil, count: headings.count)
        var firstLine = headings.map(\.line)
        var lastLine = headings.map(\.line)

        for (index, kind) in kinds.enumerated() {
            switch kind {
            case .section(let key, let consumed, let rest):
                let body = collectBody(from: index + consumed, rest: rest, kinds: kinds, lines: lines, trim: pages == nil)
                guard let owner = pageOwner(index, pages, headings) ?? owner(ofSection: key, at: index, headings: headings, kinds: kinds, opening: openingKeys)
                else { continue }
                bodies[owner].append(Body(key: key, line: index, text: body.text, lines: body.lines))
                firstLine[owner] = min(firstLine[owner], index)
                lastLine[owner] = max(lastLine[owner], body.lines.last - 1)
            case .figure(let value, let text, let inlineLabel, _):
                guard let owner = pageOwner(index, pages, headings)
                    ?? owner(ofFigureAt: index, headings: headings, kinds: kinds, opening: openingKeys) else { continue }
                if let pageNumber = pageNumbers[TextFolding.foldForScoring(pilots[owner].name)], pageNumber == Int(text) {
                    continue
                }
                var figure = TypedExpression(type: .number, text: text, at: [0, text.unicodeScalars.count])
                figure.value = value
                let following = label(after: index, kinds: kinds, lines: lines)
                figure.label = [inlineLabel, following].compactMap { $0 }.joined(separator: " ")
                if figure.label?.isEmpty == true { figure.label = nil }
                if text.contains(" ") { figure.qualifier = "approx" }
                figures[owner].append(figure)
            case .lijn(let named):
                if let owner = pageOwner(index, pages, headings) ?? lastHeading(before: index, headings) {
                    lijn[owner].formUnion(named)
                }
            case .vorm(let form):
                if let owner = pageOwner(index, pages, headings) ?? lastHeading(before: index, headings), vorm[owner] == nil {
                    vorm[owner] = form
                }
            default:
                continue
            }
        }

        var blocks: [PilotBlock] = []
        for (position, heading) in headings.enumerated() {
            let pilot = pilots[position]
            var warnings: [String] = []
            var sectionList: [Section] = []
            for body in bodies[position].sorted(by: { $0.line < $1.line }) {
                if let existing = sectionList.firstIndex(where: { $0.key == body.key }) {
                    warnings.append("section '\(body.key)' appears twice on the page (lines \(sectionList[existing].lines.first) and \(body.line + 1)); the first is kept")
                    continue
                }
                sectionList.append(Section(key: body.key, text: body.text, lines: body.lines))
            }
            let order = sections.map(\.key)
            sectionList.sort { (order.firstIndex(of: $0.key) ?? 0) < (order.firstIndex(of: $1.key) ?? 0) }
            for rule in sections where !sectionList.contains(where: { $0.key == rule.key }) {
                warnings.append("no '\(rule.key)' section found on the page")
            }
            let structure = sectionList.first { $0.key == sections.first?.key }?.text ?? ""
            let gemeente = pilot.gemeente ?? gazetteer.gemeente(opening: structure, names: names)
            blocks.append(PilotBlock(
                name: pilot.name, heading: heading.text, gemeente: gemeente, sections: sectionList,
                lines: LineRange(firstLine[position] + 1, lastLine[position] + 1),
                lijn: lijn[position].sorted(), vorm: vorm[position], figures: figures[position], warnings: warnings))
        }
        return (blocks, [])
    }

    /// With page provenance: the pilot whose heading stands on the same page as the line, if any.
    private func pageOwner(_ index: Int, _ pages: [Int?]?, _ headings: [Heading]) -> Int? {
        guard let pages, let page = pages[index] else { return nil }
        return headings.firstIndex { pages[$0.line] == page }
    }

    /// The page a section belongs to: the box that opens a page belongs to the heading after it,
    /// when no other section stands between them; every other section to the heading before it.
    private func owner(ofSection key: String, at index: Int, headings: [Heading], kinds: [FactsheetLine],
                       opening: Set<String>) -> Int? {
        if opening.contains(key), let next = headings.firstIndex(where: { $0.line > index }) {
            let between = kinds[(index + 1)..<headings[next].line]
            let interrupted = between.contains { kind in
                if case .section = kind { return true }
                return false
            }
            if !interrupted { return next }
        }
        return lastHeading(before: index, headings)
    }

    /// The page a figure belongs to: the heading before it, or the next one once the page has closed
    /// (a closing line, the next page's opening box, or the figure itself marked as a page's first line).
    private func owner(ofFigureAt index: Int, headings: [Heading], kinds: [FactsheetLine],
                       opening: Set<String>) -> Int? {
        guard let current = lastHeading(before: index, headings) else { return nil }
        guard current + 1 < headings.count else { return current }
        for line in headings[current].line..<index {
            if kinds[line] == .pageEnd { return current + 1 }
            if case .section(let key, _, _) = kinds[line], opening.contains(key),
               owner(ofSection: key, at: line, headings: headings, kinds: kinds, opening: opening) == current + 1 {
                return current + 1
            }
        }
        return current
    }

    private func lastHeading(before index: Int, _ headings: [Heading]) -> Int? {
        headings.lastIndex { $0.line < index }
    }

    /// Text lines from `start` until the next line that is not text; with `trim`, trailing caption lines are cut off.
    private func collectBody(from start: Int, rest: String?, kinds: [FactsheetLine], lines: [String], trim: Bool)
        -> (text: String, lines: LineRange) {
        var collected: [(line: Int, text: String)] = []
        if let rest, !rest.isEmpty { collected.append((start - 1, rest)) }
        var index = start
        while index < kinds.count {
            if kinds[index] == .text {
                collected.append((index, lines[index]))
            } else if kinds[index] != .blank {
                break
            }
            index += 1
        }
        while trim, let last = collected.last, collected.count > 1, Self.isCaptionLike(last.text) {
            collected.removeLast()
        }
        let first = (collected.first?.line ?? start - 1) + 1
        let last = (collected.last?.line ?? start - 1) + 1
        return (Hyphenation.paragraph(collected.map(\.text), elisionWords: names.elisionWords), LineRange(first, last))
    }

    /// A short line that ends no sentence: a caption or figure label left at a box's end.
    static func isCaptionLike(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard words.count <= 3, line.count <= 30, let last = line.last else { return false }
        return !".!?:;".contains(last)
    }

    /// The caption lines after a figure, joined.
    private func label(after index: Int, kinds: [FactsheetLine], lines: [String]) -> String? {
        var parts: [String] = []
        var cursor = index + 1
        while cursor < kinds.count {
            if case .figure = kinds[cursor] { break }
            if kinds[cursor] == .blank {
                cursor += 1
                continue
            }
            guard kinds[cursor] == .text, lines[cursor].split(separator: " ").count <= 5 else { break }
            parts.append(lines[cursor])
            cursor += 1
        }
        return parts.isEmpty ? nil : Hyphenation.paragraph(parts, elisionWords: names.elisionWords)
    }

    /// Page numbers from the contents list ("4. Buurtloket Zwolle"), by folded pilot name; an entry
    /// broken over lines continues on lines that open in lowercase or with a bracket.
    private func contentsPageNumbers(_ lines: [String], before end: Int) -> [String: Int] {
        var entries: [(number: Int, name: String)] = []
        for line in lines[..<end] where !line.isEmpty {
            if let dot = line.firstIndex(of: "."), let number = Int(line[..<dot]), number > 0 {
                let name = line[line.index(after: dot)...].trimmingCharacters(in: .whitespaces)
                if !name.isEmpty { entries.append((number, name)) }
            } else if let first = line.first, first.isLowercase || first == "(", let last = entries.popLast() {
                entries.append((last.number, last.name + " " + line))
            }
        }
        var result: [String: Int] = [:]
        for entry in entries {
            let pilot = PilotName(heading: entry.name, rules: names, gazetteer: gazetteer)
            result[TextFolding.foldForScoring(pilot.name)] = entry.number
        }
        return result
    }
}
