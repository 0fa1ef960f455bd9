import Foundation

/// Reads the `appendix` layout: after an appendix heading, one pilot per "Pilot in [gemeente] X — Name" heading,
/// its paragraphs split into sections at the first paragraph holding one of a section's cue words.
struct AppendixSegmenter {
    let layout: AppendixLayoutRule
    let sections: [SectionRule]
    let names: NameRules
    let gazetteer: Gazetteer

    func blocks(in document: TextDocument) -> (blocks: [PilotBlock], warnings: [String]) {
        let lines = document.lines.map { $0.trimmingCharacters(in: .whitespaces) }
        guard let start = lines.firstIndex(where: { TextFolding.fold($0).contains(layout.start) }) else {
            return ([], ["no appendix heading '\(layout.start)' found"])
        }
        let headings = (start..<lines.count).filter { heading(lines[$0]) != nil }
        var blocks: [PilotBlock] = []
        for (position, line) in headings.enumerated() {
            let end = position + 1 < headings.count ? headings[position + 1] : lines.count
            guard let (place, name) = heading(lines[line]) else { continue }
            let paragraphs = Self.paragraphs(Array(lines[(line + 1)..<end]), firstLine: line + 1)
            var warnings: [String] = []
            let split = sectionStarts(paragraphs)
            var sectionList: [Section] = []
            for (number, rule) in split.enumerated() {
                let upper = number + 1 < split.count ? split[number + 1].start : paragraphs.count
                let part = paragraphs[rule.start..<upper]
                guard let first = part.first, let last = part.last else { continue }
                let text = Hyphenation.paragraph(part.map(\.text), elisionWords: names.elisionWords)
                sectionList.append(Section(key: rule.key, text: text, lines: LineRange(first.lines.first, last.lines.last)))
            }
            if paragraphs.isEmpty { warnings.append("the pilot has no text") }
            let municipality = place.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
            let gemeente = municipality.isEmpty ? nil : municipality
            let lastLine = paragraphs.last?.lines.last ?? line + 1
            blocks.append(PilotBlock(name: name, heading: lines[line], gemeente: gemeente, sections: sectionList,
                                     lines: LineRange(line + 1, lastLine), warnings: warnings))
        }
        return (blocks, [])
    }

    /// Place and name from "Pilot in gemeente Zwolle — Buurtloket".
    private func heading(_ line: String) -> (place: String, name: String)? {
        let folded = TextFolding.fold(line)
        guard folded.hasPrefix(layout.headingPrefix + " "), line.count <= 120 else { return nil }
        for separator in layout.separators {
            guard let range = line.range(of: separator) else { continue }
            let prefixWords = layout.headingPrefix.split(separator: " ").count
            let place = line[..<range.lowerBound].split(separator: " ").dropFirst(prefixWords)
                .filter { !names.gemeenteMarkers.contains(TextFolding.fold(String($0))) }.joined(separator: " ")
            let name = line[range.upperBound...].trimmingCharacters(in: .whitespaces)
            if !name.isEmpty { return (place, name) }
        }
        return nil
    }

    /// Each section's first paragraph: the first section from the top, each later one at its first cue.
    private func sectionStarts(_ paragraphs: [(text: String, lines: LineRange)]) -> [(key: String, start: Int)] {
        guard let first = sections.first, !paragraphs.isEmpty else { return [] }
        var starts = [(key: first.key, start: 0)]
        for rule in sections.dropFirst() where !rule.cues.isEmpty {
            let from = (starts.last?.start ?? 0) + 1
            guard from < paragraphs.count else { break }
            if let index = (from..<paragraphs.count).first(where: { Self.holdsCue(paragraphs[$0].text, rule.cues) }) {
                starts.append((rule.key, index))
            }
        }
        return starts
    }

    private static func holdsCue(_ text: String, _ cues: [String]) -> Bool {
        let folded = " " + TextFolding.fold(text).replacingOccurrences(of: ",", with: " ") + " "
        return cues.contains { folded.contains(" \($0) ") || folded.contains(" \($0).") }
    }

    /// Paragraphs of OCR'd prose: a blank line ends a paragraph only when the next line opens a sentence after one
    /// that ended; footnotes (`Footnote`: a numbered line alone between blank lines, or whose marker stands earlier),
    /// bare web addresses and page numbers are left out.
    static func paragraphs(_ lines: [String], firstLine: Int) -> [(text: String, lines: LineRange)] {
        var result: [(text: String, lines: LineRange)] = []
        var current: [String] = []
        var range: LineRange?
        var sawBlank = false
        for (offset, line) in lines.enumerated() {
            let number = firstLine + offset + 1
            if line.isEmpty {
                sawBlank = true
                continue
            }
            let alone = (offset == 0 || lines[offset - 1].isEmpty) && (offset + 1 == lines.count || lines[offset + 1].isEmpty)
            if let number = Footnote.number(line),
               alone || current.contains(where: { Footnote.hasMarker(in: $0, number: number) }) { continue }
            if isURL(line) || line.allSatisfy({ $0.isNumber || $0 == " " || $0 == "." }) { continue }
            let endsSentence = current.last.map { ".!?".contains($0.last ?? " ") } ?? false
            if sawBlank, endsSentence, line.first?.isUppercase == true, let done = range {
                result.append((current.joined(separator: " "), done))
                current = []
                range = nil
            }
            sawBlank = false
            current.append(line)
            range = range.map { LineRange($0.first, number) } ?? LineRange(number, number)
        }
        if let done = range { result.append((current.joined(separator: " "), done)) }
        return result
    }

    /// A line that is only a web address, as footnote links are in OCR'd text.
    private static func isURL(_ line: String) -> Bool {
        !line.contains(" ") && (line.hasPrefix("http://") || line.hasPrefix("https://") || line.hasPrefix("www."))
    }
}
