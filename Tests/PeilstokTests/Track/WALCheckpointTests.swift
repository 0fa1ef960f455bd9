import Foundation
import GRDB
import Testing
@testable import Peilstok

/// A store moves what it keeps from its write-ahead log into its database file while it is still open, and its own
/// connection stays the last one, which removes the log when it closes.
@Suite struct WALCheckpointTests {
    @Test func keptDocumentsReachTheDatabaseFileBeforeTheStoreCloses() async throws {
        let rules = TestPaths.loadedRules
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let url = directory.file("peilstok.sqlite")
        let store = try PilotStore(url: url, statusSections: rules.diff.statusSections)
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
        let versions = try await fileOnly.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM versions") }
        #expect(versions == kept)
        try fileOnly.close()

        try store.close()
        #expect(!FileManager.default.fileExists(atPath: url.path + "-wal"))
        let reopened = try PilotStore(url: url)
        #expect(try reopened.rowCounts()["versions"] == kept)
        #expect(try reopened.problems().isEmpty)
        try reopened.close()
    }
}
