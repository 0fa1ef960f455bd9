/// One section of a pilot block: a rule key and the body text under its heading.
public struct Section: Sendable, Hashable {
    /// The section key from `Rules/sections.yml` (e.g. `achtergrond`).
    public var key: String
    /// The body, white space folded, heading excluded.
    public var text: String
    /// The lines the body came from.
    public var lines: LineRange

    public init(key: String, text: String, lines: LineRange) {
        self.key = key
        self.text = text
        self.lines = lines
    }

    /// The sections with each key kept once: a section opened again (a heading repeated in a cell, a cell
    /// continued on the next page) adds its body and lines to the first.
    public static func mergingRepeated(_ sections: [Section]) -> [Section] {
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
}
