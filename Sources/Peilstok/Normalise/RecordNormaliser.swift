/// The normalise stage: turns each pilot block into a record with typed dates, quantities, amounts and its period.
public actor RecordNormaliser: Stage {
    private let normaliser: Normaliser
    private let gazetteer: Gazetteer
    /// The section whose text states a pilot's run.
    private let looptijdSection = "looptijd"
    /// Threads that normalise the blocks of one document together.
    private let threads: Int

    public init(rules: Rules, threads: Int = 1) {
        normaliser = Normaliser(rules: rules)
        gazetteer = rules.gazetteer
        self.threads = max(1, threads)
    }

    public func process(_ document: SegmentedDocument) -> NormalisedDocument {
        guard let kind = document.kind else { return NormalisedDocument(document: document, records: []) }
        let ids = Slug.unique(document.blocks.map(\.name))
        let reference = PilotRecord.DocumentRef(file: document.source.file, sha256: document.source.sha256,
                                                kind: kind, peildatum: document.peildatum)
        let origins = document.origins
        let normaliser = normaliser
        let records = Array(zip(document.blocks, ids)).concurrentMap(threads: threads, context: { normaliser.wordReadings() }) {
            item, readings in
            let (block, id) = item
            return record(for: block, id: id, document: reference, origins: origins, readings: readings)
        }
        return NormalisedDocument(document: document, records: records)
    }

    /// `readings`: what words read as, kept by the thread from one block to the next.
    nonisolated private func record(for block: PilotBlock, id: String, document: PilotRecord.DocumentRef, origins: [LineOrigin?]?,
                                    readings: WordReadings) -> PilotRecord {
        var dates: [TypedExpression] = []
        var quantities: [TypedExpression] = block.figures
        var amounts: [TypedExpression] = []
        var looptijdExpressions: [TypedExpression] = []
        for section in block.sections {
            for var expression in normaliser.expressions(in: section.text, peildatum: document.peildatum, readings: readings) {
                expression.section = section.key
                switch expression.type {
                case .date, .interval, .duration: dates.append(expression)
                case .money: amounts.append(expression)
                case .number, .percent, .range: quantities.append(expression)
                }
                if section.key == looptijdSection { looptijdExpressions.append(expression) }
            }
        }
        let looptijdText = block.section(looptijdSection)?.text
        var sections: [String: String] = [:]
        var sectionLines: [String: LineRange] = [:]
        for section in block.sections {
            sections[section.key] = section.text
            sectionLines[section.key] = section.lines
        }
        var provenance = PilotRecord.Provenance(lines: block.lines, sections: sectionLines)
        if let origins {
            (provenance.pages, provenance.regions) = PilotRecord.Provenance.paged(lines: block.lines, sections: block.sections,
                                                                                  origins: origins)
            (provenance.ocrPages, provenance.ocrConfidence) = PilotRecord.Provenance.ocr(lines: block.lines, sections: block.sections,
                                                                                        origins: origins)
        }
        var record = PilotRecord(
            id: id, name: block.name, heading: block.heading, gemeente: block.gemeente, document: document,
            provenance: provenance,
            sections: sections, lijn: block.lijn, vorm: block.vorm,
            looptijd: LooptijdReader.read(text: looptijdText, expressions: looptijdExpressions),
            quantities: quantities, amounts: amounts, dates: dates, warnings: block.warnings)
        if !block.recommendations.isEmpty { record.recommendations = block.recommendations }
        record.gemeenteCBS = block.gemeente.flatMap(gazetteer.municipality(named:))
        return record
    }
}
