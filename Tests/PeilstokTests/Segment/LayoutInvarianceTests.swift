import Foundation
import Testing
@testable import Peilstok

/// The same 30 factsheets in five layouts of our own (`Scripts/make_layout_fixtures.py`), as PDFs and as text layers
/// made by `pdftotext` in its three modes, must give the same records: what a factsheet is, not where one edition
/// put its boxes, decides what is read.
@Suite struct LayoutInvarianceTests {
    static let directory = TestPaths.fixtures.appending(path: "layouts")
    static let layouts = ["portrait-sidebar-left", "landscape-three-columns", "portrait-single-underlined",
                          "landscape-two-columns-coloured", "portrait-two-columns-justified"]

    /// The content every layout renders: names, section texts, lijn, vorm and figures per pilot.
    struct Content: Decodable {
        struct Pilot: Decodable {
            struct Figure: Decodable {
                var text: String
                var value: Double
            }

            var name: String
            var lijn: [String]
            var vorm: String?
            var figures: [Figure]
            var sections: [String: String]
        }

        var pilots: [Pilot]
    }

    static let content: Content = {
        do {
            return try JSONDecoder().decode(Content.self, from: Data(contentsOf: directory.appending(path: "content.json")))
        } catch { fatalError("layouts/content.json: \(error)") }
    }()

    /// The content as a gold file: each section's first and last eight words.
    static let gold: GoldFile = {
        func words(_ text: String, last: Bool) -> String {
            let all = text.split(separator: " ")
            return (last ? all.suffix(8) : all.prefix(8)).joined(separator: " ")
        }
        let pilots = content.pilots.map { pilot -> [String: Any] in
            ["name": pilot.name, "sections": pilot.sections.mapValues { ["starts": words($0, last: false), "ends": words($0, last: true)] }]
        }
        let object: [String: Any] = ["format": "peilstok.gold/1", "document": "", "kind": "factsheets", "pilots": pilots]
        do {
            return try JSONDecoder().decode(GoldFile.self, from: JSONSerialization.data(withJSONObject: object))
        } catch { fatalError("\(error)") }
    }()

    private func records(_ file: String) async throws -> [PilotRecord] {
        let outcomes = try await runSeeds(["Tests/PeilstokTests/Fixtures/layouts/\(file)"])
        let outcome = try #require(outcomes.first)
        #expect(outcome.error == nil, "\(file): \(String(describing: outcome.error))")
        #expect(outcome.kind == "factsheets", "\(file) read as \(outcome.kind ?? "no kind")")
        return outcome.records
    }

    private func score(_ file: String, _ records: [PilotRecord]) -> Scorer.DocumentScore {
        var gold = Self.gold
        gold.document = file
        return Scorer.score(gold: gold, records: records)
    }

    @Test(arguments: layouts)
    func everyPDFLayoutGivesTheSameRecords(layout: String) async throws {
        let file = "\(layout).pdf"
        let records = try await records(file)
        #expect(records.map(\.name) == Self.content.pilots.map(\.name))
        var same = 0
        var total = 0
        for (record, pilot) in zip(records, Self.content.pilots) {
            #expect(record.lijn == pilot.lijn, "\(file): \(pilot.name)")
            #expect(record.vorm == pilot.vorm, "\(file): \(pilot.name)")
            let figures = record.quantities.filter { $0.section == nil }.map { "\($0.text)=\($0.value ?? -1)" }
            #expect(figures == pilot.figures.map { "\($0.text)=\($0.value)" }, "\(file): \(pilot.name)")
            for (key, text) in pilot.sections {
                total += 1
                if TextFolding.collapseWhitespace(record.sections[key] ?? "") == TextFolding.collapseWhitespace(text) { same += 1 }
            }
        }
        #expect(Double(same) / Double(total) >= 0.97, "\(file): \(same) of \(total) section texts the same")
        let score = score(file, records)
        #expect(score.recall == 1 && score.precision == 1, "\(file): missing \(score.missing)")
        #expect(score.sectionAccuracy >= 0.98, "\(file): wrong \(score.wrongSections)")
    }

    @Test(arguments: layouts)
    func textLayersOfEveryLayoutAreReadToo(layout: String) async throws {
        // pdftotext's default mode reads columns one after another and prints side-by-side headings before their
        // bodies; -raw keeps the content-stream order; -layout keeps the columns side by side on each line.
        for mode in ["default", "raw", "layout"] {
            let file = "\(layout).\(mode).txt"
            let score = score(file, try await records(file))
            #expect(score.recall == 1 && score.precision == 1, "\(file): missing \(score.missing)")
            #expect(score.sectionAccuracy >= 0.95, "\(file): \(score.rightSections) of \(score.goldSections)")
        }
    }
}
