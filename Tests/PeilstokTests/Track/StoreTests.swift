import Foundation
import GRDB
import Testing
@testable import Peilstok

/// The store `run` writes: incremental runs, readers other than peilstok, the registry commands, and its log.
@Suite(.serialized) struct StoreTests {
    /// A workspace holding the sample inbox and a copy of the rules.
    private func workspace(_ names: [String]? = nil) throws -> TemporaryDirectory {
        let work = try TemporaryDirectory()
        let inbox = try names ?? FileManager.default.contentsOfDirectory(atPath: TestPaths.sampleInbox.path)
        for name in inbox {
            try work.write("Inbox/\(name)", try Data(contentsOf: TestPaths.sampleInbox.appending(path: name)))
        }
        for name in Rules.allFileNames {
            try work.write("Rules/\(name)", try Data(contentsOf: TestPaths.rules.appending(path: name)))
        }
        return work
    }

    private func peilstok(_ work: TemporaryDirectory, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        try runProcess(TestPaths.executable, arguments, in: work.url)
    }

    @Test func aSecondRunReadsNothingAddsNoRowsAndWritesTheSameRecords() throws {
        let work = try workspace()
        defer { work.cleanup() }
        #expect(try peilstok(work, ["run", "--quiet"]).status == 0)
        let records = try Data(contentsOf: work.file("Output/records.jsonl"))
        let store = work.file("Output/peilstok.sqlite")
        let counts = try PilotStore(url: store).rowCounts()
        #expect(counts["documents"] == 8)
        #expect(counts["versions"] == 170)
        #expect(try PilotStore(url: store).problems() == [])
        // The store was made during the run, yet remembers every file's hash, so the next run hashes none again.
        let remembered = try PilotStore(url: store).read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT path, sha256 FROM file_hashes").map {
                (URL(filePath: $0["path"] as String).lastPathComponent, $0["sha256"] as String)
            })
        }
        let inbox = try FileManager.default.contentsOfDirectory(atPath: work.file("Inbox").path).filter { $0 != "inbox.yml" }
        #expect(Set(remembered.keys) == Set(inbox))
        for name in inbox {
            #expect(remembered[name] == StoreCache.sha256(of: InputFile(url: work.file("Inbox/\(name)"), name: name)))
        }

        // A worker that would crash on any document shows that none is read again.
        let again = try runProcess(TestPaths.executable, ["run", "--quiet"], in: work.url,
                                   environment: ["PEILSTOK_WORKER_FAULT": "crash:."])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try Data(contentsOf: work.file("Output/records.jsonl")) == records)
        #expect(try PilotStore(url: store).rowCounts() == counts)

        // A changed reading rule reads every document again, as a new reading; the registry keeps its ids.
        let pilotsBefore = try PilotStore(url: store).registry().map(\.pilotID)
        let names = work.file("Rules/names.yml")
        try (String(contentsOf: names, encoding: .utf8) + "\n# a comment changes the rules hash\n").write(to: names, atomically: true, encoding: .utf8)
        #expect(try peilstok(work, ["run", "--quiet"]).status == 0)
        let reread = try PilotStore(url: store).rowCounts()
        #expect(reread["documents"] == 16)
        #expect(reread["versions"] == 340)
        #expect(try Data(contentsOf: work.file("Output/records.jsonl")) == records)
        #expect(try PilotStore(url: store).registry().map(\.pilotID) == pilotsBefore)

        // The rule taken back: the first readings come back from the store, and the store shows them again.
        let currentHashes = { () throws -> Set<String> in
            try PilotStore(url: store).read { db in Set(try String.fetchAll(db, sql: "SELECT rules_hash FROM current_documents")) }
        }
        let changedHash = try currentHashes()
        try (String(contentsOf: names, encoding: .utf8).replacingOccurrences(of: "\n# a comment changes the rules hash\n", with: ""))
            .write(to: names, atomically: true, encoding: .utf8)
        #expect(try peilstok(work, ["run", "--quiet"]).status == 0)
        #expect(try PilotStore(url: store).rowCounts()["documents"] == 16)
        #expect(try currentHashes().count == 1)
        #expect(try currentHashes() != changedHash)
        #expect(try Data(contentsOf: work.file("Output/records.jsonl")) == records)
    }

    @Test func aFileChangedUnderTheSameSizeAndTimeIsReadAgain() throws {
        let work = try workspace(["004_607ef2ade63b3d16.txt"])
        defer { work.cleanup() }
        #expect(try peilstok(work, ["run", "--quiet"]).status == 0)
        let file = work.file("Inbox/004_607ef2ade63b3d16.txt")
        let modified = try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as! Date
        var text = try Data(contentsOf: file)
        let index = try #require(text.firstIndex(of: UInt8(ascii: "e")))
        text[index] = UInt8(ascii: "a")
        try text.write(to: file)
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: file.path)
        #expect(try peilstok(work, ["run", "--quiet"]).status == 0)
        // Same size, same modification time, other bytes: hashed again, and read again as a document of its own.
        let documents = try PilotStore(url: work.file("Output/peilstok.sqlite")).documents()
        #expect(documents.count == 2)
        #expect(Set(documents.map(\.sha256)).count == 2)
    }

    @Test func aChangedManifestEntryReadsItsDocumentAgain() throws {
        let work = try workspace(["004_607ef2ade63b3d16.txt", "000_cad00d4029970908.txt", "inbox.yml"])
        defer { work.cleanup() }
        #expect(try peilstok(work, ["run", "--quiet"]).status == 0)
        let manifest = work.file("Inbox/inbox.yml")
        let text = try String(contentsOf: manifest, encoding: .utf8)
        try text.replacingOccurrences(of: "  000_cad00d4029970908.txt:\n", with: "  000_cad00d4029970908.txt:\n    peildatum: 2023-01-31\n")
            .replacingOccurrences(of: "peildatum: 2023-01-31\n    # The factsheets are the appendix of the report of 12 October 2022 (003_594f80364ebc7975.txt).\n    peildatum: 2022-10-12\n",
                                  with: "peildatum: 2023-01-31\n")
            .write(to: manifest, atomically: true, encoding: .utf8)
        #expect(try peilstok(work, ["run", "--quiet"]).status == 0)
        let store = try PilotStore(url: work.file("Output/peilstok.sqlite"))
        // The factsheets are read again with their new peildatum; the evaluation, unchanged, is not.
        #expect(try store.rowCounts()["documents"] == 3)
        #expect(try store.documents().map(\.peildatum) == ["2023-01-31", nil])
        let records = try String(contentsOf: work.file("Output/records.jsonl"), encoding: .utf8)
        #expect(records.contains(#""peildatum":"2023-01-31""#) && !records.contains(#""peildatum":"2022-10-12""#))
    }

    @Test func sqliteAndDuckDBReadTheStoreWithoutOptions() throws {
        let work = try workspace()
        defer { work.cleanup() }
        #expect(try peilstok(work, ["run", "--quiet"]).status == 0)
        let store = try PilotStore(url: work.file("Output/peilstok.sqlite"))
        let counts = try store.rowCounts()
        let peildata = try store.versions().filter { $0.peildatum != nil }
        let pilotPeildata = Set(peildata.map { "\($0.pilotID) \($0.peildatum!)" }).count

        let sqlite = try runProcess(URL(filePath: "/usr/bin/env"), ["sqlite3", "Output/peilstok.sqlite",
                                    "SELECT count(*) FROM pilot_peildata; SELECT count(*) FROM pilot_peildata WHERE valid_to IS NULL;"],
                                    in: work.url)
        #expect(sqlite.status == 0, "\(sqlite.stderr)")
        #expect(sqlite.stdout == "\(pilotPeildata)\n\(counts["pilots"]!)\n")

        let duckdb = try runProcess(URL(filePath: "/usr/bin/env"),
                                    ["python3", TestPaths.repository.appending(path: "Scripts/duckdb_read.py").path,
                                     "Output/peilstok.sqlite", "Output/records.jsonl"], in: work.url)
        #expect(duckdb.status == 0, "\(duckdb.stderr)")
        let read = try JSONDecoder().decode(DuckDBCounts.self, from: Data(duckdb.stdout.utf8))
        #expect(read.records == 170)
        #expect(read.pilotPeildata == pilotPeildata)
        #expect(read.pilotsWithPeildata == counts["pilots"])
        for (table, rows) in read.tables { #expect(counts[table] == rows, "\(table)") }
    }

    private struct DuckDBCounts: Decodable {
        var tables: [String: Int]
        var pilotPeildata: Int
        var pilotsWithPeildata: Int
        var records: Int

        enum CodingKeys: String, CodingKey {
            case tables, pilotPeildata = "pilot_peildata", pilotsWithPeildata = "pilots_with_peildata", records
        }
    }

    @Test func linkAndUnlinkWriteTheDecisionsFileAndTheRegistryFollows() throws {
        let work = try workspace(["000_cad00d4029970908.txt", "002_067f7ab2b7d390c7.txt", "inbox.yml"])
        defer { work.cleanup() }
        #expect(try peilstok(work, ["run", "--quiet"]).status == 0)
        let history = try peilstok(work, ["history", "Beslisboom"])
        #expect(history.stdout.hasPrefix("beslisboom: Beslisboom\n"), "\(history.stdout)")

        let link = try peilstok(work, ["link", "Multi-Criteria Decision Tool", "--to", "beslisboom"])
        #expect(link.status == 0, "\(link.stderr)")
        #expect(link.stdout == "'Multi-Criteria Decision Tool' is now pilot beslisboom ('Beslisboom')\n")
        #expect(try String(contentsOf: work.file("Rules/pilots.yml"), encoding: .utf8)
            .hasSuffix("decisions:\n  - same: [\"Multi-Criteria Decision Tool\", \"Beslisboom\"]\n"))
        let linked = try peilstok(work, ["history", "Multi-Criteria Decision Tool"])
        #expect(linked.stdout.hasPrefix("beslisboom: Beslisboom → Multi-Criteria Decision Tool\n"), "\(linked.stdout)")
        #expect(linked.stdout.contains("linked: by a decision in pilots.yml"))

        // Unlinking takes the decision back; unlinking an automatic link writes a decision against it.
        #expect(try peilstok(work, ["unlink", "Multi-Criteria Decision Tool"]).status == 0)
        #expect(try String(contentsOf: work.file("Rules/pilots.yml"), encoding: .utf8).hasSuffix("decisions:\n  - different: [\"Multi-Criteria Decision Tool\", \"Beslisboom\"]\n"))
        #expect(try peilstok(work, ["unlink", "LegalGuard"]).status == 0)
        let pilots = try peilstok(work, ["pilots", "--format", "json"]).stdout
        let entries = try pilots.split(separator: "\n").map { try JSONDecoder().decode(RegistryEntry.self, from: Data($0.utf8)) }
        #expect(entries.first { $0.names.contains("LegalGuard") }?.names == ["LegalGuard"])
        #expect(entries.first { $0.names.contains("Beslisboom") }?.names == ["Beslisboom"])

        // A name no version carries is one clear line, and nothing is written.
        let before = try Data(contentsOf: work.file("Rules/pilots.yml"))
        let unknown = try peilstok(work, ["link", "Geen Pilot", "--to", "beslisboom"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "Output/peilstok.sqlite: no pilot is called 'Geen Pilot' (give a pilot id or a name; `peilstok pilots` lists them)\n")
        #expect(try Data(contentsOf: work.file("Rules/pilots.yml")) == before)
    }

    @Test func aStoreThatIsNotOneIsAClearError() throws {
        let work = try workspace(["004_607ef2ade63b3d16.txt"])
        defer { work.cleanup() }
        try work.write("Output/peilstok.sqlite", Data("not a database, only text".utf8))
        let result = try peilstok(work, ["run", "--quiet"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Output/peilstok.sqlite: cannot open the store: "), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    /// A store moves what it keeps from its write-ahead log into its database file while it is still open, once
    /// it has kept `checkpointAfter` bytes of records, and its own connection stays the last one, which removes the
    /// log when it closes. Below that, the log is moved only when the store closes.
    @Test(arguments: [(checkpointAfter: 1, moved: true), (checkpointAfter: PilotStore.checkpointAfter, moved: false)])
    func keptDocumentsReachTheDatabaseFileBeforeTheStoreClosesOnceThereAreEnough(checkpointAfter: Int, moved: Bool) async throws {
        let rules = TestPaths.loadedRules
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let url = directory.file("peilstok.sqlite")
        let store = try PilotStore(url: url, statusSections: rules.diff.statusSections, checkpointAfter: checkpointAfter)
        let outcomes = try await runSeeds(["000_cad00d4029970908.txt", "002_067f7ab2b7d390c7.txt"])
        var kept = 0
        for outcome in outcomes {
            let key = ReadingKey(file: outcome.file, sha256: outcome.sha256!, rulesHash: rules.hash, reader: "test")
            try store.keep(outcome, key: key)
            kept += outcome.records.count
        }
        #expect(kept > 0)
        // Waits for the checkpoints asked for; the store's own connection is still open.
        store.checkpointer.finish()
        #expect(FileManager.default.fileExists(atPath: url.path + "-wal"))

        // The database file alone, without its log: what a checkpoint has moved into it.
        let copy = directory.file("file-only.sqlite")
        try FileManager.default.copyItem(at: url, to: copy)
        let fileOnly = try DatabaseQueue(path: copy.path)
        let versions = try await fileOnly.read { db in
            try db.tableExists("versions") ? try Int.fetchOne(db, sql: "SELECT count(*) FROM versions") : nil
        }
        // Not moved: no versions table in the file yet, or an empty one.
        #expect(moved ? versions == kept : (versions ?? 0) == 0, "\(String(describing: versions))")
        try fileOnly.close()

        try store.close()
        #expect(!FileManager.default.fileExists(atPath: url.path + "-wal"))
        let reopened = try PilotStore(url: url)
        #expect(try reopened.rowCounts()["versions"] == kept)
        #expect(try reopened.problems().isEmpty)
        try reopened.close()
    }
}
