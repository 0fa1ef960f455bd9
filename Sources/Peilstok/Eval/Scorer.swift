import Foundation

/// Scores records against gold files as FORMAT.md defines it.
public enum Scorer {
    /// The scores of one gold document.
    public struct DocumentScore: Sendable, Equatable {
        public var document: String
        public var goldPilots: Int
        public var records: Int
        public var foundPilots: Int
        public var matchedRecords: Int
        public var goldSections: Int
        public var rightSections: Int
        public var peildatumRight: Bool
        /// Gold pilots no record matched, and the sections that were wrong ("name: key").
        public var missing: [String]
        public var wrongSections: [String]

        public var precision: Double { records == 0 ? 0 : Double(matchedRecords) / Double(records) }
        public var recall: Double { goldPilots == 0 ? 1 : Double(foundPilots) / Double(goldPilots) }
        public var sectionAccuracy: Double { goldSections == 0 ? 1 : Double(rightSections) / Double(goldSections) }
    }

    /// Scores the records whose `document.file` names the gold file's document.
    public static func score(gold: GoldFile, records: [PilotRecord]) -> DocumentScore {
        let mine = records.filter { ($0.document.file as NSString).lastPathComponent == gold.document }
        var unmatched = Array(mine.indices)
        var score = DocumentScore(document: gold.document, goldPilots: gold.pilots.count, records: mine.count,
                                  foundPilots: 0, matchedRecords: 0, goldSections: 0, rightSections: 0,
                                  peildatumRight: mine.first?.document.peildatum == gold.peildatum,
                                  missing: [], wrongSections: [])
        for pilot in gold.pilots {
            score.goldSections += pilot.sections.count
            let key = TextFolding.foldForScoring(pilot.name)
            guard let position = unmatched.firstIndex(where: { TextFolding.foldForScoring(mine[$0].name) == key }) else {
                score.missing.append(pilot.name)
                continue
            }
            let record = mine[unmatched.remove(at: position)]
            score.foundPilots += 1
            score.matchedRecords += 1
            for (section, bounds) in pilot.sections.sorted(by: { $0.key < $1.key }) {
                let text = TextFolding.foldForScoring(record.sections[section] ?? "")
                if !text.isEmpty, text.hasPrefix(TextFolding.foldForScoring(bounds.starts)),
                   text.hasSuffix(TextFolding.foldForScoring(bounds.ends)) {
                    score.rightSections += 1
                } else {
                    score.wrongSections.append("\(pilot.name): \(section)")
                }
            }
            // Each gold recommendation counts as a section: right when the record lists one with its number
            // whose text starts with its first words.
            for recommendation in pilot.recommendations ?? [] {
                score.goldSections += 1
                let listed = record.recommendations?.first { $0.number == recommendation.number }
                if let listed, TextFolding.foldForScoring(listed.text).hasPrefix(TextFolding.foldForScoring(recommendation.starts)) {
                    score.rightSections += 1
                } else {
                    score.wrongSections.append("\(pilot.name): recommendation \(recommendation.number)")
                }
            }
        }
        return score
    }
}
