/// Reads the `casebox` layout: each example-case heading ("Voorbeeld casus pilot X"), a Markdown heading or a short
/// line of its own in any text, gives pilot X one section: the box's text up to the box edge (a line of white space
/// or a Markdown rule) or the next heading.
struct CaseboxSegmenter {
    let layout: CaseboxLayoutRule
    let names: NameRules
    let gazetteer: Gazetteer

    func blocks(in document: TextDocument) -> (blocks: [PilotBlock], warnings: [String]) {
        let lines = document.lines
        var blocks: [PilotBlock] = []
        for (index, line) in lines.enumerated() {
            guard isHeading(line) else { continue }
            let heading = DocumentDescriber.plain(line)
            let nameText = heading.split(separator: " ").dropFirst(layout.headingPrefix.split(separator: " ").count)
                .joined(separator: " ")
            var body: [String] = []
            var last = index + 1
            var cursor = index + 1
            while cursor < lines.count {
                let current = lines[cursor]
                let trimmed = current.trimmingCharacters(in: .whitespaces)
                if current.hasPrefix("#") || isHeading(current) || (trimmed.count >= 3 && trimmed.allSatisfy { "-*_".contains($0) }) { break }
                if !current.isEmpty, current.allSatisfy(\.isWhitespace), !body.isEmpty { break }
                if !current.allSatisfy(\.isWhitespace) {
                    body.append(current)
                    last = cursor + 1
                }
                cursor += 1
            }
            let pilot = PilotName(heading: nameText, rules: names, gazetteer: gazetteer)
            let text = Hyphenation.paragraph(body, elisionWords: names.elisionWords)
            let range = LineRange(index + 2, max(index + 2, last))
            let sections = text.isEmpty ? [] : [Section(key: layout.section, text: text, lines: range)]
            blocks.append(PilotBlock(name: pilot.name, heading: heading, gemeente: pilot.gemeente, sections: sections,
                                     lines: LineRange(index + 1, max(index + 1, last)),
                                     warnings: text.isEmpty ? ["the example-case box is empty"] : []))
        }
        return (blocks, [])
    }

    /// The most words an example-case heading line may have.
    private let headingWords = 14

    /// A line that opens with the heading words, short and ending no sentence.
    private func isHeading(_ line: String) -> Bool {
        let heading = DocumentDescriber.plain(line)
        guard TextFolding.fold(heading).hasPrefix(layout.headingPrefix + " "), let last = heading.last else { return false }
        return heading.split(separator: " ").count <= headingWords && !".,;".contains(last)
    }
}
