import Foundation
import Testing
@testable import Peilstok

@Suite struct ScorerTests {
    private func seedRecords() async throws -> [PilotRecord] {
        try await runSeeds(["002_067f7ab2b7d390c7.txt"]).flatMap(\.records)
    }

    @Test func aWrongSectionAndAMissingPilotLowerTheScores() async throws {
        var records = try await seedRecords()
        let gold = try GoldFile.load(TestPaths.standVanZakenGold)
        records.removeLast()
        records[0].sections["doel"] = "Iets anders."
        records[1].name = "Verzonnen pilot"
        let score = Scorer.score(gold: gold, records: records)
        #expect(score.goldPilots == 33)
        #expect(score.foundPilots == 31)
        #expect(score.records == 32)
        #expect(score.precision == 31.0 / 32.0)
        #expect(score.rightSections == 31 * 4 - 1)
        #expect(score.missing.contains("Online keuzehulp bij scheiden"))
        #expect(score.wrongSections == ["Rotterdam-Zuid (Hillesluis): doel"])
    }

    @Test func foldsCaseWhiteSpaceAndPunctuation() {
        #expect(TextFolding.foldForScoring("  Divosa /  Gemeente  Almere ") == "divosa gemeente almere")
        #expect(TextFolding.foldForScoring("Cliënten-ondersteuning.") == "clientenondersteuning")
    }
}
