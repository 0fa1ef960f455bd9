import Foundation
import Testing
@testable import Peilstok

/// The pipeline against the hand-checked gold files (copies of the shared ones, in the test fixtures).
@Suite struct GoldTests {
    @Test(arguments: [("000_cad00d4029970908.txt", "000_factsheets.gold.json"),
                      ("001_9fa5d12fc6f62dbe.txt", "001_divosa.gold.json"),
                      ("002_067f7ab2b7d390c7.txt", "002_standvanzaken.gold.json"),
                      ("004_607ef2ade63b3d16.txt", "004_evaluatie.gold.json"),
                      ("Inbox/factsheets-2022.pdf", "factsheets-2022.pdf.gold.json"),
                      ("Inbox/factsheets-2022-single-column.pdf", "factsheets-2022-single-column.pdf.gold.json"),
                      ("Inbox/standvanzaken-2021.pdf", "standvanzaken-2021.pdf.gold.json")])
    func everySeedScoresFullPilotsAndNearlyAllSections(seed: String, goldFile: String) async throws {
        let outcomes = try await runSeeds([seed])
        let gold = try GoldFile.load(TestPaths.gold.appending(path: goldFile))
        let score = Scorer.score(gold: gold, records: outcomes.flatMap(\.records))
        #expect(score.precision == 1, "\(score)")
        #expect(score.recall == 1, "missing: \(score.missing)")
        #expect(score.sectionAccuracy >= 0.95, "wrong: \(score.wrongSections)")
        #expect(outcomes.first?.kind == gold.kind)
        #expect(outcomes.first?.peildatum == gold.peildatum)
    }

    /// Gold lijn, vorm and headline figures (their printed text) per pilot of the factsheets.
    private func factsheetGold() throws -> [String: (lijn: [String], vorm: String?, figures: [String])] {
        let data = try Data(contentsOf: TestPaths.gold.appending(path: "000_factsheets.gold.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var result: [String: (lijn: [String], vorm: String?, figures: [String])] = [:]
        for pilot in try #require(object["pilots"] as? [[String: Any]]) {
            let name = try #require(pilot["name"] as? String)
            let figures = (pilot["quantities"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
            result[name] = (pilot["lijn"] as? [String] ?? [], pilot["vorm"] as? String, figures.sorted())
        }
        return result
    }

    @Test func factsheetCaptionsAndHeadlineFiguresMatchTheGold() async throws {
        let gold = try factsheetGold()
        let records = try await runSeeds(["000_cad00d4029970908.txt"]).flatMap(\.records)
        var matching = 0
        for record in records {
            let expected = try #require(gold[record.name])
            let figures = record.quantities.filter { $0.section == nil }.map(\.text).sorted()
            if record.lijn == expected.lijn && record.vorm == expected.vorm && figures == expected.figures { matching += 1 }
        }
        #expect(records.count == 30)
        #expect(matching >= 28)
        let hillesluis = try #require(records.first { $0.name == "Hillesluis en Feijenoord" })
        #expect(hillesluis.quantities.first?.label == "Vragen in het spreekuur voor Feijenoord")
        #expect(hillesluis.gemeente == "Rotterdam")
    }
}
