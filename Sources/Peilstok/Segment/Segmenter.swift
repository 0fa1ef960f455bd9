/// The segment stage: decides a document's kind, finds its peildatum and splits it into pilot blocks.
public actor Segmenter: Stage {
    private let rules: Rules
    private let normaliser: Normaliser

    public init(rules: Rules) {
        self.rules = rules
        self.normaliser = Normaliser(rules: rules)
    }

    public func process(_ document: TextDocument) throws(DocumentError) -> SegmentedDocument {
        guard let kind = KindDetector(kinds: rules.kinds).detect(document) else {
            throw .unknownKind(file: document.source.file)
        }
        let title = document.lines.first { !$0.allSatisfy(\.isWhitespace) }.map(TextFolding.collapseWhitespace)
        var warnings = document.warnings
        let peildatum = findPeildatum(document)
        if peildatum == nil {
            warnings.append("no peildatum stated in the document")
        }
        let sectionRules = rules.sections[kind.key] ?? []
        let found: (blocks: [PilotBlock], warnings: [String])
        // KindRule.parse guarantees the settings entry of each kind's layout.
        switch kind.layout {
        case .table:
            found = try TableSegmenter(table: kind.table!, sections: sectionRules, names: rules.names,
                                       gazetteer: rules.gazetteer).blocks(in: document)
        case .factsheet:
            found = FactsheetSegmenter(layout: kind.factsheet!, sections: sectionRules, names: rules.names,
                                       gazetteer: rules.gazetteer, years: rules.dates.years).blocks(in: document)
        case .appendix:
            found = AppendixSegmenter(layout: kind.appendix!, sections: sectionRules, names: rules.names,
                                      gazetteer: rules.gazetteer).blocks(in: document)
        }
        guard !found.blocks.isEmpty else { throw .noPilots(file: document.source.file, kind: kind.key) }
        return SegmentedDocument(source: document.source, kind: kind.key, title: title, peildatum: peildatum,
                                 blocks: found.blocks, warnings: warnings + found.warnings,
                                 lineCount: document.lines.count)
    }

    /// The first full date stated after a peildatum marker in the document's opening lines.
    private func findPeildatum(_ document: TextDocument) -> String? {
        for line in document.lines.prefix(60) {
            if let date = normaliser.dateAfter(markers: rules.peildatum.markers, in: line) { return date }
        }
        return nil
    }
}
