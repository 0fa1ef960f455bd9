import Foundation
import Testing
@testable import Peilstok

/// `diff` against a later edition of the stand-van-zaken table made by `Scripts/make_later_edition.py`, whose
/// truth says which pilots were added, removed and renamed and which fields of each changed.
@Suite struct DiffTests {
    struct Truth: Decodable {
        struct Side: Decodable {
            var document: String
            var peildatum: String
        }

        struct Pilot: Decodable {
            var old: String?
            var new: String?
            var status: String
            var renamed: Bool
            var changed: [String]
        }

        var format: String
        var old: Side
        var new: Side
        var pilots: [Pilot]
    }

    static let editions = TestPaths.fixtures.appending(path: "editions")

    /// The later editions, each made by other hands (see Fixtures/editions/README.md).
    static let editionNames = ["standvanzaken-later", "standvanzaken-later-b"]

    /// The seed and a later edition read into one store, linked, and diffed by peildatum.
    static func diff(_ edition: String = "standvanzaken-later") async throws -> (DiffReport, Truth, TemporaryDirectory) {
        let truth = try JSONDecoder().decode(Truth.self, from: Data(contentsOf: editions.appending(path: "\(edition).truth.json")))
        let rules = TestPaths.loadedRules
        let directory = try TemporaryDirectory()
        let store = try PilotStore(url: directory.file("peilstok.sqlite"), statusSections: rules.diff.statusSections)
        let outcomes = try await runSeeds(["002_067f7ab2b7d390c7.txt", "Tests/PeilstokTests/Fixtures/editions/\(edition).txt"])
        for outcome in outcomes {
            try store.keep(outcome, key: ReadingKey(file: outcome.file, sha256: outcome.sha256!, rulesHash: rules.hash, reader: "test"))
        }
        try store.relink(with: PilotLinker(rules: rules), trackingHash: rules.trackingHash)
        let history = try store.versions()
        let old = try #require(try store.side(peildatum: truth.old.peildatum, versions: history))
        let new = try #require(try store.side(peildatum: truth.new.peildatum, versions: history))
        let report = PilotDiff(rules: rules.diff).compare(old: old, new: new, history: history)
        return (report, truth, directory)
    }

    @Test(arguments: editionNames)
    func addedRemovedRenamedAndChangedPilotsAreAllRight(edition: String) async throws {
        let (report, truth, directory) = try await Self.diff(edition)
        defer { directory.cleanup() }
        #expect(report.old.documents == [truth.old.document])
        #expect(report.new.documents == [truth.new.document])
        #expect(report.pilots.count == truth.pilots.count)
        for expected in truth.pilots {
            let found = report.pilots.first { pilot in
                pilot.old?.name == expected.old && pilot.new?.name == expected.new
            }
            guard let found else {
                Issue.record("no diff entry pairs '\(expected.old ?? "–")' with '\(expected.new ?? "–")'")
                continue
            }
            #expect(found.status.rawValue == expected.status, "\(expected.old ?? expected.new ?? "")")
            #expect(found.renamed == expected.renamed, "\(expected.old ?? expected.new ?? "")")
            #expect(found.changed == DiffReport.fields.filter(expected.changed.contains), "\(expected.old ?? expected.new ?? "")")
            if found.renamed { #expect(found.link?.decided == .auto, "\(expected.new ?? "")") }
        }
        // Both sides are tables: every field a table states is compared.
        #expect(report.compared == ["name", "gemeente", "looptijd", "status", "sections"])
    }

    @Test func theJSONMatchesItsSchemaAndTheOtherFormatsSayTheSame() async throws {
        let (report, _, directory) = try await Self.diff()
        defer { directory.cleanup() }
        #expect(TestPaths.loadedRules.diffSchema.violations(of: report) == [])
        let csv = DiffCSV.render(report).split(separator: "\r\n", omittingEmptySubsequences: false).dropLast()
        #expect(csv.first == "@@,pilot_id,name,gemeente,looptijd,status,quantities,lijn,vorm,sections")
        #expect(csv.filter { $0.hasPrefix("+++,") }.count == report.summary.added)
        #expect(csv.filter { $0.hasPrefix("---,") }.count == report.summary.removed)
        #expect(csv.filter { $0.hasPrefix("->,") }.count == report.summary.changed)
        let text = DiffText(colour: false).render(report)
        #expect(text.contains("\(report.summary.added) added, \(report.summary.removed) removed, \(report.summary.changed) changed"))
        #expect(!text.contains("\u{1B}["))
        let markdown = DiffMarkdown.render(report)
        #expect(markdown.components(separatedBy: "\n| `").count - 1 == report.pilots.filter { $0.status != .unchanged }.count)
    }

    @Test func documentsOfDifferentKindsCompareOnlyWhatBothState() async throws {
        let rules = TestPaths.loadedRules
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let store = try PilotStore(url: directory.file("peilstok.sqlite"), statusSections: rules.diff.statusSections)
        for outcome in try await runSeeds(["002_067f7ab2b7d390c7.txt", "000_cad00d4029970908.txt"]) {
            try store.keep(outcome, key: ReadingKey(file: outcome.file, sha256: outcome.sha256!, rulesHash: rules.hash, reader: "test"))
        }
        try store.relink(with: PilotLinker(rules: rules), trackingHash: rules.trackingHash)
        let history = try store.versions()
        let report = PilotDiff(rules: rules.diff).compare(old: try #require(try store.side(peildatum: "2021-12-01", versions: history)),
                                                          new: try #require(try store.side(peildatum: "2022-10-12", versions: history)),
                                                          history: history)
        #expect(report.compared == ["name", "gemeente"])
        #expect(report.notCompared.map(\.field) == ["looptijd", "status", "quantities", "lijn", "vorm", "sections"])
        #expect(report.notCompared.first?.reason == "only the old documents state it")
        let legalGuard = try #require(report.pilots.first { $0.new?.name == "LegalGuard" })
        #expect(legalGuard.status == .changed)
        #expect(legalGuard.changed == ["name"])
        #expect(legalGuard.changes["name"]?.old == .string("LegalGuard (Consumentenrecht)"))
    }

    @Test func twoDocumentFilesAreComparedWithoutAStore() throws {
        let work = try TemporaryDirectory()
        defer { work.cleanup() }
        try work.write("old/002.txt", try Data(contentsOf: TestPaths.standVanZakenSeed))
        try work.write("new/later.txt", try Data(contentsOf: Self.editions.appending(path: "standvanzaken-later.txt")))
        let result = try runProcess(TestPaths.executable, ["diff", "old/002.txt", "new/later.txt", "--format", "json",
                                                           "--rules", TestPaths.rules.path], in: work.url)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try JSONDecoder().decode(DiffReport.self, from: Data(result.stdout.utf8))
        #expect(report.old.documents == ["002.txt"])
        #expect(report.new.peildatum == "2022-06-01")
        #expect(report.summary.added == 2 && report.summary.removed == 3 && report.summary.renamed == 5)
        #expect(!FileManager.default.fileExists(atPath: work.file("Output").path))
        // A peildatum the store does not hold is one clear line.
        let missing = try runProcess(TestPaths.executable, ["diff", "2020-01-01", "new/later.txt", "--rules", TestPaths.rules.path],
                                     in: work.url)
        #expect(missing.status == 2)
        #expect(missing.stderr == "Output/peilstok.sqlite: no store here; `peilstok run` writes it\n")
    }
}
