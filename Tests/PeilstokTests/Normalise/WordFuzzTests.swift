import Foundation
import Testing
@testable import Peilstok

/// Word-level fuzzing: sentences and documents made of real Dutch tokens (number words, months, huge digit groups,
/// units, headings) rather than random characters, so the generator reaches the grammar's deep paths.
@Suite struct WordFuzzTests {
    private static let tokens: [String] = [
        "over", "geleden", "vanaf", "tot", "en", "met", "t/m", "tussen", "de", "het", "van", "in", "sinds", "medio",
        "eind", "begin", "voorjaar", "najaar", "vorig", "volgend", "dit", "jaar", "jaren", "maand", "maanden", "week",
        "weken", "dag", "dagen", "uur", "kwartaal", "Q3", "H1", "januari", "februari", "maart", "mei", "juli", "oktober",
        "december", "2022", "2019", "1999", "823394", "0", "00", "1", "12", "31", "99", "1.000", "1.000.000",
        "9.000.000.000.000.000.000", "1.000.000.000.000.000.000.000", "30.000.000.000", "3,5", "1,5", "0,0001", "€",
        "euro", "miljoen", "miljard", "duizend", "honderd", "twee", "drie", "tweeënhalf", "één", "een", "half", "%",
        "procent", "ruim", "circa", "ca.", "bijna", "maximaal", "ten", "minste", "per", "–", "-", "/", ",", ".", "(", ")",
        ":", "fase", "p.", "hoofdstuk", "pilot", "zaken", "rechtzoekenden", "19-07-2024", "2022-10-12", "12e", "7°",
    ]

    private func sentence(_ random: inout SplitMix64) -> String {
        (0..<Int.random(in: 1...16, using: &random)).map { _ in Self.tokens.randomElement(using: &random)! }
            .joined(separator: Bool.random(using: &random) ? " " : "  ")
    }

    @Test func generatedSentencesGiveOnlySaneExpressions() {
        let normaliser = Normaliser(rules: TestPaths.loadedRules)
        var random = SplitMix64(seed: 9)
        for _ in 0..<3000 {
            let text = sentence(&random)
            let scalars = text.unicodeScalars.count
            for expression in normaliser.expressions(in: text, peildatum: "2022-10-12") {
                #expect(expression.at.count == 2 && expression.at[0] < expression.at[1] && expression.at[1] <= scalars, "\(text)")
                for date in [expression.earliest, expression.latest].compactMap({ $0 }) {
                    #expect(RecordValidator.isISODate(date) && CalendarBounds.years.contains(Int(date.prefix(4)) ?? 0), "\(text): \(date)")
                }
                for number in [expression.value, expression.min, expression.max].compactMap({ $0 }) {
                    #expect(number.isFinite, "\(text)")
                }
            }
        }
    }

    /// Pages of real headings, captions, figures and generated sentences, in random order and layout.
    @Test func generatedDocumentsAreSegmentedIntoValidRecords() async throws {
        let rules = TestPaths.loadedRules
        let headings = rules.sections.values.flatMap { $0.flatMap(\.headings) }.filter { !$0.isEmpty }
        let furniture = ["Pilot Buurtloket", "1e lijn", "Werkwijze", "Online tool", "57", "Ca. 1000", "Doorlooptijd",
                         "2020 2021 2022 2023", "Voorbeeld casus", "Stand van zaken", "Peildatum 1 december 2021", "\u{0C}",
                         "1. Aanbeveling", "Pilot\tToelichting", "Pilot X\t<p><u>Achtergrond</u></p> <p>tekst"]
        var random = SplitMix64(seed: 2022)
        for round in 0..<60 {
            var lines: [String] = []
            for _ in 0..<Int.random(in: 5...120, using: &random) {
                switch Int.random(in: 0..<4, using: &random) {
                case 0: lines.append(headings.randomElement(using: &random)!.capitalized)
                case 1: lines.append(furniture.randomElement(using: &random)!)
                case 2: lines.append("")
                default: lines.append(sentence(&random))
                }
            }
            let document = try Extractor.extract(data: Data(lines.joined(separator: "\n").utf8), format: .text, file: "f\(round).txt")
            for kind in rules.kinds.map(\.key) {
                var forced = document
                forced.manifest = ManifestEntry(peildatum: "2022-10-12", kind: kind)
                let segmented = try await Segmenter(rules: rules).process(forced)
                let normalised = await RecordNormaliser(rules: rules).process(segmented)
                let validated = await RecordValidator(rules: rules).process(normalised)
                for record in validated.records {
                    #expect(rules.recordSchema.violations(of: record).isEmpty, "round \(round), \(kind)")
                }
            }
        }
    }
}
