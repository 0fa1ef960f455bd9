import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import Peilstok

/// A record is encoded once, by the validator; the worker sends that JSON, and the parent keeps it byte for byte
/// for the store and `records.jsonl` instead of encoding the record again.
@Suite struct WorkerReplyTests {
    private static let seeds = ["000_cad00d4029970908.txt", "002_067f7ab2b7d390c7.txt", "004_607ef2ade63b3d16.txt"]

    private func written(_ record: PilotRecord) throws -> Data {
        try JSONLines.encoder().encode(record)
    }

    @Test func theValidatorHandsOnEachRecordAsRecordsJSONLWritesIt() async throws {
        let outcomes = try await runSeeds(Self.seeds)
        var checked = 0
        for outcome in outcomes {
            let json = try #require(outcome.recordJSON)
            #expect(json.count == outcome.records.count)
            for (record, line) in zip(outcome.records, json) {
                #expect(line == (try written(record)), "\(record.id)")
                #expect(try JSONDecoder().decode(PilotRecord.self, from: line) == record)
                checked += 1
            }
        }
        #expect(checked > 60)
    }

    @Test func aDroppedRecordLeavesNoJSONBehind() async throws {
        let outcome = try #require(try await runSeeds(["002_067f7ab2b7d390c7.txt"]).first)
        var broken = try #require(outcome.records.first)
        broken.id = "Not A Slug"
        let kept = try #require(outcome.records.last)
        let document = SegmentedDocument(source: SourceInfo(file: "x.txt", sha256: "0", format: .text, encoding: "UTF-8"),
                                         kind: kept.document.kind, title: nil, peildatum: nil, blocks: [], warnings: [],
                                         lineCount: 10_000)
        let validated = await RecordValidator(rules: TestPaths.loadedRules)
            .process(NormalisedDocument(document: document, records: [broken, kept]))
        #expect(validated.records.map(\.id) == [kept.id])
        #expect(validated.json == [try written(validated.records[0])])
    }

    /// What a worker process replies when asked to read the seed `name`, its records decoded or not.
    private func workerReply(reading name: String, decoding: Bool) throws -> WorkerProcess.Reply {
        let inbox = try TemporaryDirectory()
        defer { inbox.cleanup() }
        try inbox.write(name, try Data(contentsOf: TestPaths.seeds.appending(path: name)))
        let worker = try WorkerProcess(executable: TestPaths.executable, arguments: ["worker"],
                                       settings: WorkerSettings(rules: TestPaths.rules.path))
        defer { worker.finish() }
        let file = InputFile(url: inbox.file(name), name: name)
        return worker.read(WorkerRequest(index: 0, file: file), seconds: 60, decoding: decoding)
    }

    @Test func aWorkerSendsEachRecordsJSONAndTheParentCutsItOut() async throws {
        let name = "002_067f7ab2b7d390c7.txt"
        guard case .outcome(let outcome) = try workerReply(reading: name, decoding: true) else {
            Issue.record("the worker gave no outcome")
            return
        }
        #expect(outcome.records.count == 33)
        let json = try #require(outcome.recordJSON)
        #expect(json == (try outcome.records.map(written)))
        // Decoded record by record and head apart, the outcome is the one the pipeline made in this process.
        var local = try #require(try await runSeeds([name]).first)
        local.index = outcome.index
        #expect(outcome == local)
    }

    @Test func aWorkerSendsTheDocumentRecordAsDocumentsJSONLWritesItAndTheParentKeepsIt() async throws {
        let name = "004_607ef2ade63b3d16.txt"
        guard case .undecoded(let outcome, let records, _) = try workerReply(reading: name, decoding: false) else {
            Issue.record("the worker gave no undecoded outcome")
            return
        }
        let local = try #require(try await runSeeds([name]).first)
        let made = try #require(local.document)
        let document = outcome.documentJSON
        #expect(document == (try JSONLines.encoder().encode(made)))
        // The pipeline made that JSON once, when it checked the record against its schema.
        #expect(local.documentJSON == document)
        // The document record is still decoded with the rest of the outcome, from the same bytes.
        #expect(outcome.document == made)
        #expect(records.count == local.records.count)
        // As kept and written: the document's line is the worker's JSON, not the record encoded again.
        let encoded = try EncodedRecords(outcome, recordJSON: records, warnings: [])
        #expect(encoded.document == document.map { $0 + Data("\n".utf8) })
    }

    @Test(arguments: [nil, 3_970])
    func aLayoutLineStartsWithItsPrefixAndCarriesTheRecordsWarnings(documentBytes: Int?) throws {
        let layout = WorkerReplyLayout(recordBytes: [120, 4_500], documentBytes: documentBytes,
                                       recordWarnings: ["a: no period", "b: \"quoted\"\nline"])
        // Its keys are sorted, and the document's size is there even when there is no document record: an encoder's
        // own order (a dictionary's, in some builds) could put the warnings first, and the parent would then take
        // the layout for an outcome line.
        for _ in 0..<20 {
            let line = try layout.line()
            #expect(line.starts(with: WorkerReplyLayout.prefix))
            #expect(!line.contains(UInt8(ascii: "\n")))
            #expect(try JSONDecoder().decode(WorkerReplyLayout.self, from: line) == layout)
        }
    }

    @Test func anOutcomeLineIsReadWholeWhenItsRecordsAreCutFromIt() throws {
        let record = #"{"a":1}"#
        let line = Data(#"{"records":[\#(record)],"file":"x.txt","index":3,"warnings":["w"]}"#.utf8)
        let layout = WorkerReplyLayout(recordBytes: [record.utf8.count])
        _ = try #require(layout.records(in: line))
        #expect(layout.outcome(in: line, threads: 2) == nil, "{\"a\":1} is no record")
        let empty = Data(#"{"records":[],"file":"x.txt","index":3,"warnings":["w"]}"#.utf8)
        let outcome = try #require(WorkerReplyLayout(recordBytes: []).outcome(in: empty, threads: 2))
        #expect(outcome.file == "x.txt" && outcome.index == 3 && outcome.warnings == ["w"] && outcome.records.isEmpty)
    }

    @Test func aProgressLineNamesItsPageOrNothing() {
        #expect(WorkerProcess.page(in: Data(#"{"page":12}"#.utf8)) == 12)
        #expect(WorkerProcess.page(in: Data(#"{"page":1}"#.utf8)) == 1)
        for line in [#"{"page":}"#, #"{"page":1x}"#, #"{"page":12345678901}"#, #"{"page":12"#, #"{"page":-1}"#, #"{"pages":1}"#] {
            #expect(WorkerProcess.page(in: Data(line.utf8)) == nil, "\(line)")
        }
    }

    /// The page slot a supervisor reads after a crash holds the page last written, whole, and none after a clear;
    /// its file has no name left to remove.
    @Test func aPageSlotKeepsTheLastPageWritten() throws {
        let slot = try #require(WorkerPageSlot.make())
        #expect(slot.page == nil)
        slot.write(123)
        #expect(slot.page == 123)
        slot.write(7)
        #expect(slot.page == 7, "a shorter number overwrites a longer one whole")
        slot.clear()
        #expect(slot.page == nil)
        var status = stat()
        #expect(fstat(slot.descriptor, &status) == 0 && status.st_nlink == 0)
    }

    @Test func aLayoutThatDoesNotFitItsLineCutsNothing() {
        let line = Data(#"{"records":[{"a":1},{"b":[2,{"c":"}"}]}],"file":"x.txt"}"#.utf8)
        let pieces = WorkerReplyLayout(recordBytes: [7, 19]).records(in: line)
        #expect(pieces?.map { String(decoding: $0, as: UTF8.self) } == [#"{"a":1}"#, #"{"b":[2,{"c":"}"}]}"#])
        #expect(WorkerReplyLayout(recordBytes: [6, 19]).records(in: line) == nil, "a size one short")
        #expect(WorkerReplyLayout(recordBytes: [7]).records(in: line) == nil, "a record left out")
        #expect(WorkerReplyLayout(recordBytes: [7, 19, 2]).records(in: line) == nil, "a record too many")
        #expect(WorkerReplyLayout(recordBytes: [7, 19]).records(in: Data(#"{"file":"x.txt"}"#.utf8)) == nil)
        #expect(WorkerReplyLayout(recordBytes: []).records(in: Data(#"{"records":[],"file":"x.txt"}"#.utf8)) == [])
    }

    @Test func theDocumentRecordIsCutFromAfterTheRecordsOnlyWhenItFits() throws {
        // A title with braces in it: the document's end is found by its size, not by reading it.
        let record = DocumentRecord(file: "x.txt", sha256: "0", format: .text, encoding: "UTF-8", kind: "factsheets",
                                    title: "Pilots } { stand", peildatum: nil, peildatumSource: nil, metadata: [:],
                                    outline: [], pilots: [], lines: 3, warnings: [])
        let document = String(decoding: try JSONLines.encoder().encode(record), as: UTF8.self)
        let line = Data(#"{"records":[{"a":1}],"document":\#(document),"file":"x.txt","index":0,"warnings":[]}"#.utf8)
        let size = document.utf8.count
        let cut = try #require(WorkerReplyLayout(recordBytes: [7], documentBytes: size).undecodedOutcome(in: line))
        #expect(cut.outcome.documentJSON.map { String(decoding: $0, as: UTF8.self) } == document)
        #expect(cut.outcome.document == record)
        #expect(cut.recordJSON.map { String(decoding: $0, as: UTF8.self) } == [#"{"a":1}"#])
        #expect(cut.outcome.file == "x.txt")
        #expect(WorkerReplyLayout(recordBytes: [7], documentBytes: size - 1).records(in: line) == nil, "a size one short")
        #expect(WorkerReplyLayout(recordBytes: [7], documentBytes: size + 1).records(in: line) == nil, "a size one long")
        #expect(WorkerReplyLayout(recordBytes: [7], documentBytes: size).records(in: Data(#"{"records":[{"a":1}],"file":"x.txt"}"#.utf8)) == nil,
                "no document where the layout says there is one")
        #expect(WorkerReplyLayout(recordBytes: [7]).undecodedOutcome(in: line)?.outcome.documentJSON == nil,
                "a layout without a document reads the document with the rest")
    }
}

/// `WorkerPool.prestart(_:)` starts workers before the batch is known; the batch uses them, or kills them at its end.
@Suite struct PrestartedWorkerTests {
    /// Worker processes whose arguments name `marker` (the directory of a link to the program that no other test
    /// uses).
    private func workers(naming marker: String) throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: "/proc").filter { $0.allSatisfy(\.isNumber) }.count { pid in
            guard let raw = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
            return String(decoding: raw, as: UTF8.self).contains(marker)
        }
    }

    /// `workers(naming:)` once it is `count`, or after two seconds (a process just spawned shows its own
    /// arguments only once it has exec'd).
    private func settledWorkers(naming marker: String, at count: Int) throws -> Int {
        for _ in 0..<40 {
            if try workers(naming: marker) == count { return count }
            usleep(50_000)
        }
        return try workers(naming: marker)
    }

    /// A pool whose workers run the reading program through a link in `work`, so that their command line names
    /// `work` (a front end would hand over to `peilstok-reader` under its own name).
    private func pool(in work: TemporaryDirectory) throws -> WorkerPool {
        let program = work.file("peilstok-reader")
        let reader = TestPaths.executable.deletingLastPathComponent().appending(path: "peilstok-reader")
        try FileManager.default.createSymbolicLink(
            at: program, withDestinationURL: FileManager.default.isExecutableFile(atPath: reader.path) ? reader : TestPaths.executable)
        return WorkerPool(executable: program, settings: WorkerSettings(rules: work.file("Rules").path), jobs: 2, timeout: 60)
    }

    private func privateRules() throws -> TemporaryDirectory {
        let work = try TemporaryDirectory()
        try FileManager.default.copyItem(at: TestPaths.rules, to: work.file("Rules"))
        return work
    }

    /// A copy of the seed `name` beside the private rules, as one input.
    private func seed(_ name: String, in work: TemporaryDirectory) throws -> InputFile {
        try work.write(name, try Data(contentsOf: TestPaths.seeds.appending(path: name)))
        return InputFile(url: work.file(name), name: name)
    }

    @Test func aBatchReadsWithThePrestartedWorkerAndLeavesNoneBehind() async throws {
        let work = try privateRules()
        defer { work.cleanup() }
        let input = try seed("002_067f7ab2b7d390c7.txt", in: work)
        let pool = try pool(in: work)
        pool.prestart()
        #expect(try settledWorkers(naming: work.url.path, at: 1) == 1)
        let outcomes = await pool.run([input], pageThreads: 2)
        #expect(outcomes.map(\.recordCount) == [33])
        // The worker, its input closed, ends by itself: nothing waits for it, nothing is left of it.
        #expect(try settledWorkers(naming: work.url.path, at: 0) == 0)
    }

    @Test func aWorkerStartedEarlyReadsOnceAPoolOfItsProgramSendsItsSettings() async throws {
        let work = try privateRules()
        defer { work.cleanup() }
        let input = try seed("002_067f7ab2b7d390c7.txt", in: work)
        let pool = try pool(in: work)
        WorkerPool.startEarly(executable: pool.executable)
        #expect(try settledWorkers(naming: work.url.path, at: 1) == 1)
        // Taken by the pool (no second worker starts), told the pool's rules, and read with them.
        pool.prestart()
        #expect(try settledWorkers(naming: work.url.path, at: 1) == 1)
        let outcomes = await pool.run([input])
        #expect(outcomes.map(\.recordCount) == [33])
        #expect(outcomes.first?.error == nil)
        #expect(try settledWorkers(naming: work.url.path, at: 0) == 0)
    }

    @Test func anEarlyWorkerNoDocumentNeededIsStopped() async throws {
        let work = try privateRules()
        defer { work.cleanup() }
        let pool = try pool(in: work)
        WorkerPool.startEarly(executable: pool.executable)
        #expect(try settledWorkers(naming: work.url.path, at: 1) == 1)
        #expect(await pool.run([]).isEmpty)
        #expect(try settledWorkers(naming: work.url.path, at: 0) == 0)
    }

    @Test func aWorkerNoDocumentNeededIsStopped() async throws {
        let work = try privateRules()
        defer { work.cleanup() }
        let pool = try pool(in: work)
        pool.prestart()
        #expect(try settledWorkers(naming: work.url.path, at: 1) == 1)
        #expect(await pool.run([]).isEmpty)
        #expect(try settledWorkers(naming: work.url.path, at: 0) == 0)
    }

    @Test func atMostOneWorkerAJobStartsAndThoseTheBatchDidNotNeedAreStopped() async throws {
        let work = try privateRules()
        defer { work.cleanup() }
        let input = try seed("001_9fa5d12fc6f62dbe.txt", in: work)
        let pool = try pool(in: work)
        pool.prestart(5)
        #expect(try settledWorkers(naming: work.url.path, at: 2) == 2)
        let outcomes = await pool.run([input])
        #expect(outcomes.map(\.recordCount) == [9])
        #expect(try settledWorkers(naming: work.url.path, at: 0) == 0)
    }
}
