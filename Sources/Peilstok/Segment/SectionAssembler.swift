/// Splits a block's text runs into sections at the headings `Rules/sections.yml` names.
struct SectionAssembler {
    let rules: [SectionRule]

    struct Result {
        /// Sections in order; a key opened twice appears twice.
        var sections: [(key: String, text: String)]
        /// Text that stood before the first recognised heading.
        var preamble: String
        /// Emphasised lines that look like headings but match no rule.
        var unknownHeadings: [String]
    }

    /// The most words an emphasised run may have to be taken for a heading.
    private let headingWordLimit = 6

    func assemble(_ runs: [CellRun]) -> Result {
        var sections: [(key: String, text: String)] = []
        var preamble = ""
        var current: (key: String, text: String)?
        var unknownHeadings: [String] = []
        for run in runs {
            if run.isEmphasised, let key = SectionRule.key(forHeading: run.text, in: rules) {
                if let done = current { sections.append(done) }
                current = (key, "")
                continue
            }
            if run.isEmphasised, run.startsBlock, run.text.split(separator: " ").count <= headingWordLimit {
                unknownHeadings.append(TextFolding.collapseWhitespace(run.text))
            }
            if let open = current {
                current = (open.key, open.text + (run.startsBlock ? " " : "") + run.text)
            } else {
                preamble += " " + run.text
            }
        }
        if let done = current { sections.append(done) }
        let folded = sections.map { (key: $0.key, text: TextFolding.collapseWhitespace($0.text)) }
        return Result(sections: folded, preamble: TextFolding.collapseWhitespace(preamble),
                      unknownHeadings: unknownHeadings)
    }
}
