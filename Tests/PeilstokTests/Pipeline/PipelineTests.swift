import Foundation
import Testing
@testable import Peilstok

@Suite struct PipelineTests {
    /// An inbox with the seed under two names and one file of each bad kind.
    private func mixedInbox() throws -> TemporaryDirectory {
        let inbox = try TemporaryDirectory()
        let seed = try Data(contentsOf: TestPaths.standVanZakenSeed)
        try inbox.write("002_067f7ab2b7d390c7.txt", seed)
        try inbox.write("leeg.txt", Data())
        try inbox.write("plaatje.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02]))
        try inbox.write("notulen.odt", Data("x".utf8))
        try inbox.write("boodschappen.md", Data("# Boodschappen\n\n- melk\n".utf8))
        try inbox.write("sub/kopie.txt", seed)
        return inbox
    }

    @Test func scoresTheSeedAgainstItsGold() async throws {
        let inbox = try TemporaryDirectory()
        defer { inbox.cleanup() }
        try inbox.write("002_067f7ab2b7d390c7.txt", try Data(contentsOf: TestPaths.standVanZakenSeed))
        let outcomes = await Pipeline(rules: TestPaths.loadedRules, jobs: 2)
            .run(try Inbox.files(in: inbox.url, displayName: "Inbox"))
        let score = Scorer.score(gold: try GoldFile.load(TestPaths.standVanZakenGold), records: outcomes.flatMap(\.records))
        #expect(score.precision == 1)
        #expect(score.recall == 1)
        #expect(score.sectionAccuracy >= 0.95)
        #expect(score.peildatumRight)
    }

    @Test func aBatchWithBadFilesStillReadsTheGoodOnes() async throws {
        let inbox = try mixedInbox()
        defer { inbox.cleanup() }
        let files = try Inbox.files(in: inbox.url, displayName: "Inbox")
        let outcomes = await Pipeline(rules: TestPaths.loadedRules, jobs: 3).run(files)
        let byFile = Dictionary(uniqueKeysWithValues: outcomes.map { ($0.file, $0) })
        #expect(outcomes.map(\.file) == ["002_067f7ab2b7d390c7.txt", "boodschappen.md", "leeg.txt", "notulen.odt",
                                         "plaatje.txt", "sub/kopie.txt"])
        #expect(byFile["002_067f7ab2b7d390c7.txt"]?.records.count == 33)
        #expect(byFile["sub/kopie.txt"]?.records.count == 33)
        #expect(byFile["leeg.txt"]?.error == .empty(file: "leeg.txt"))
        #expect(byFile["plaatje.txt"]?.error == .binary(file: "plaatje.txt"))
        #expect(byFile["notulen.odt"]?.error == .unsupportedType(file: "notulen.odt", fileExtension: "odt"))
        let unknown = try #require(byFile["boodschappen.md"])
        #expect(unknown.error == nil)
        #expect(unknown.records.isEmpty)
        #expect(unknown.document?.kind == nil)
        #expect(unknown.document?.title == "Boodschappen")
        #expect(unknown.warnings.contains { $0.hasPrefix("matches no document kind") })
        #expect(byFile["leeg.txt"]?.sha256 == Data().sha256Hex)
    }

    @Test func outputsAreByteIdenticalWhateverTheNumberOfJobs() async throws {
        let inbox = try mixedInbox()
        defer { inbox.cleanup() }
        let files = try Inbox.files(in: inbox.url, displayName: "Inbox")
        var outputs: [[Data]] = []
        for jobs in [1, 4] {
            let output = try TemporaryDirectory()
            defer { output.cleanup() }
            let outcomes = await Pipeline(rules: TestPaths.loadedRules, jobs: jobs).run(files)
            _ = try await Emitter(outputDirectory: output.url).write(outcomes, rulesHash: TestPaths.loadedRules.hash)
            outputs.append([try Data(contentsOf: output.file("records.jsonl")), try Data(contentsOf: output.file("run.json"))])
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0][0].count > 10_000)
    }

    @Test func pagesReadByManyThreadsGiveTheSameRecordsAsOne() async throws {
        let inbox = try TemporaryDirectory()
        defer { inbox.cleanup() }
        for name in ["factsheets-2022.pdf", "standvanzaken-2021.pdf"] {
            try inbox.write(name, try Data(contentsOf: TestPaths.sampleInbox.appending(path: name)))
        }
        let files = try Inbox.files(in: inbox.url, displayName: "Inbox")
        var outputs: [Data] = []
        for threads in [1, 3] {
            let output = try TemporaryDirectory()
            defer { output.cleanup() }
            let outcomes = await Pipeline(rules: TestPaths.loadedRules, jobs: 1, pageThreads: threads).run(files)
            #expect(outcomes.allSatisfy { $0.error == nil && !$0.records.isEmpty })
            _ = try await Emitter(outputDirectory: output.url).write(outcomes, rulesHash: TestPaths.loadedRules.hash)
            outputs.append(try Data(contentsOf: output.file("records.jsonl")))
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0].count > 10_000)
    }

    @Test func recordsCarryTheirProvenanceAndPeriod() async throws {
        let inbox = try TemporaryDirectory()
        defer { inbox.cleanup() }
        try inbox.write("svz.txt", try Data(contentsOf: TestPaths.standVanZakenSeed))
        let records = await Pipeline(rules: TestPaths.loadedRules, jobs: 1)
            .run(try Inbox.files(in: inbox.url, displayName: "Inbox")).flatMap(\.records)
        let eindhoven = try #require(records.first { $0.name == "Wijkrechtbank Eindhoven" })
        #expect(eindhoven.id == "wijkrechtbank-eindhoven")
        #expect(eindhoven.gemeente == "Eindhoven")
        #expect(eindhoven.gemeenteCBS == .init(code: "GM0772", name: "Eindhoven", province: "Noord-Brabant"))
        #expect(String(decoding: try JSONEncoder().encode(eindhoven), as: UTF8.self).contains(#""gemeente_cbs":{"#))
        #expect(records.filter { $0.gemeente == nil }.allSatisfy { $0.gemeenteCBS == nil })
        #expect(eindhoven.provenance.lines == LineRange(41, 41))
        #expect(eindhoven.looptijd == Looptijd(start: "2019-10", end: "2022", endMod: "MID", text: "Oktober 2019 – medio 2022"))
        #expect(eindhoven.document.peildatum == "2021-12-01")
        let afgerond = try #require(records.first { $0.name == "Online keuzehulp bij scheiden" })
        #expect(afgerond.looptijd == Looptijd(text: "Afgerond."))
        #expect(Set(records.map(\.id)).count == records.count)
    }
}
