/// A plain-text view of how one document was read: kind, peildatum, and each pilot block with its sections'
/// first and last words and line ranges. It is what an analyst looks at when writing rules for a new format.
public enum InspectionReport {
    /// How many words of a section's start and end are shown.
    static let edgeWords = 6

    public static func render(_ document: SegmentedDocument, kindSource: String) -> String {
        var out: [String] = []
        out.append("file:      \(document.source.file) (\(document.source.format.rawValue), \(document.source.encoding), \(document.lineCount) lines)")
        out.append("kind:      \(document.kind ?? "none") (\(kindSource))")
        out.append("peildatum: \(document.peildatum ?? "none")\(document.peildatumSource.map { " (from the \($0))" } ?? "")")
        if let title = document.title { out.append("title:     \(title)") }
        for (field, value) in document.metadata.sorted(by: { $0.key < $1.key }) {
            let label = (field + ":").padding(toLength: 11, withPad: " ", startingAt: 0)
            out.append(label + value)
        }
        out.append("pilots:    \(document.blocks.count)")
        for (number, block) in document.blocks.enumerated() {
            var line = "\n\(number + 1). \(block.name)  [lines \(range(block.lines))]"
            if let gemeente = block.gemeente { line += "  gemeente: \(gemeente)" }
            out.append(line)
            var facts: [String] = []
            if !block.lijn.isEmpty { facts.append("lijn: \(block.lijn.joined(separator: ", "))") }
            if let vorm = block.vorm { facts.append("vorm: \(vorm)") }
            for figure in block.figures { facts.append("figure: \(figure.text)\(figure.label.map { " (\($0))" } ?? "")") }
            if !facts.isEmpty { out.append("   " + facts.joined(separator: "; ")) }
            for section in block.sections {
                out.append("   \(section.key.padding(toLength: 25, withPad: " ", startingAt: 0)) \(range(section.lines).padding(toLength: 11, withPad: " ", startingAt: 0)) \(edges(section.text))")
            }
            for warning in block.warnings { out.append("   warning: \(warning)") }
        }
        if !document.warnings.isEmpty {
            out.append("")
            for warning in document.warnings { out.append("warning: \(warning)") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func range(_ lines: LineRange) -> String {
        lines.first == lines.last ? "\(lines.first)" : "\(lines.first)–\(lines.last)"
    }

    /// "first words … last words", or the whole text when it is short.
    static func edges(_ text: String) -> String {
        let words = text.split(separator: " ")
        guard words.count > edgeWords * 2 else { return "\"\(text)\"" }
        return "\"\(words.prefix(edgeWords).joined(separator: " ")) … \(words.suffix(edgeWords).joined(separator: " "))\""
    }
}
