/// The segment stage: decides a document's kind, finds its peildatum and describes it, and splits it into pilot blocks.
///
/// A document of no known kind, or of a kind without pilot blocks, is kept with a warning rather than dropped.
public actor Segmenter: Stage {
    private let rules: Rules
    private let describer: DocumentDescriber
    /// Threads that read the pages of one document together.
    private let threads: Int

    public init(rules: Rules, threads: Int = 1) {
        self.rules = rules
        self.threads = max(1, threads)
        describer = DocumentDescriber(rules: rules, normaliser: Normaliser(rules: rules))
    }

    public func process(_ document: TextDocument) throws(DocumentError) -> SegmentedDocument {
        // The description (title, peildatum, metadata, outline) reads the document on a thread of its own while
        // this one finds its kind and pilot blocks; neither needs the other.
        let describing = Background { [describer] () throws(Never) in describer.describe(document) }
        let kind = document.manifest?.kind.flatMap(rules.kind) ?? KindDetector(kinds: rules.kinds, tolerance: rules.ocrTolerance, threads: threads).detect(document)
        let found = try kind.map { kind throws(DocumentError) in try segment(document, as: kind) }
        let description = describing.value()
        var warnings = document.warnings
        var peildatum = description.peildatum
        var source: String? = peildatum == nil ? nil : "document"
        if peildatum == nil, let stated = document.manifest?.peildatum {
            peildatum = stated
            source = "manifest"
        }
        if peildatum == nil { warnings.append("no peildatum: the document states none and no inbox.yml entry gives one") }

        var blocks: [PilotBlock] = []
        if let kind, let found {
            blocks = found.blocks
            warnings += found.warnings
            if blocks.isEmpty {
                warnings.append("recognised as \(kind.key), but no pilot blocks were found (peilstok inspect shows why)")
            }
        } else {
            warnings.append("matches no document kind in kinds.yml: kept as a document without pilots")
        }
        var outline = description.outline
        if document.source.format != .markdown {
            for block in blocks {
                outline.append(.init(level: 2, number: nil, text: block.heading, line: block.lines.first))
            }
            outline.sort { $0.line < $1.line }
        }
        var segmented = SegmentedDocument(source: document.source, kind: kind?.key, title: description.title,
                                          peildatum: peildatum, peildatumSource: source, metadata: description.metadata,
                                          outline: outline, blocks: blocks, warnings: warnings, lineCount: document.lines.count)
        segmented.origins = document.origins
        segmented.pdf = document.pdf
        return segmented
    }

    /// For a document of a known kind that gives no pilot blocks: the lines taken for titles and headings per page
    /// and the rule each matched.
    public func explainMiss(_ document: TextDocument, kind key: String) -> [String] {
        guard let kind = rules.kind(key) else { return [] }
        return MissExplanation(kind: kind, sections: rules.sections[key] ?? [], rules: rules).explain(document)
    }

    private func segment(_ document: TextDocument, as kind: KindRule) throws(DocumentError) -> (blocks: [PilotBlock], warnings: [String]) {
        let sections = rules.sections[kind.key] ?? []
        // KindRule.parse guarantees the settings entry of each kind's layout.
        switch kind.layout {
        case .table:
            return TableSegmenter(table: kind.table!, sections: sections, names: rules.names,
                                  gazetteer: rules.gazetteer, tolerance: rules.ocrTolerance).blocks(in: document)
        case .factsheet where document.pages.count > 1:
            return FactsheetPageReader(layout: kind.factsheet!, sections: sections, names: rules.names,
                                       gazetteer: rules.gazetteer, years: rules.dates.years,
                                       tolerance: rules.ocrTolerance).blocks(in: document, threads: threads)
        case .factsheet:
            return FactsheetSegmenter(layout: kind.factsheet!, sections: sections, names: rules.names,
                                      gazetteer: rules.gazetteer, years: rules.dates.years).blocks(in: document)
        case .appendix:
            return AppendixSegmenter(layout: kind.appendix!, sections: sections, names: rules.names,
                                     gazetteer: rules.gazetteer).blocks(in: document)
        case .headings:
            return HeadingsSegmenter(layout: kind.headings!, sections: sections, names: rules.names,
                                     gazetteer: rules.gazetteer).blocks(in: document)
        case .casebox:
            return CaseboxSegmenter(layout: kind.casebox!, names: rules.names, gazetteer: rules.gazetteer)
                .blocks(in: document)
        }
    }
}
