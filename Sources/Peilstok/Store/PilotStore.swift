import Foundation
import GRDB

/// The embedded SQLite store of every peildatum (`Output/peilstok.sqlite`): the documents read, one version of each
/// pilot per document with its sections and expressions, and the registry that links versions into pilots.
///
/// The history is append-only: a document read again under other rules gets a reading of its own, and readers
/// use, of each file and its bytes, the reading the last run used (`current_readings`, `current_documents`). Every document is written in one transaction, in
/// WAL mode with foreign keys on, so a process killed at any moment leaves whole documents or none.
public final class PilotStore: Sendable {
    /// One connection, in WAL mode: a batch's writes are short and few, and one connection opens fastest.
    let pool: DatabaseQueue
    /// How messages name the store file.
    public let displayName: String
    /// The section keys whose text is a version's `status` (`Rules/diff.yml`).
    public let statusSections: [String]
    /// Checkpoints the log while documents are kept, so that closing has little of it left to move.
    let checkpointer: WALCheckpointer
    /// Bytes of records kept, by default, between two checkpoints while the store is open: 1 MiB of records' JSON,
    /// some 2 to 3 MiB of log.
    public static let checkpointAfter = 1 << 20

    /// Opens the store at `url`, creating it and its folder when missing, and migrates it to this version's schema.
    /// `checkpointAfter`: bytes of records kept that call for a checkpoint while the store is open.
    public init(url: URL, displayName: String? = nil, statusSections: [String] = [],
                checkpointAfter: Int = PilotStore.checkpointAfter) throws(StoreError) {
        let name = displayName ?? url.path
        self.displayName = name
        self.statusSections = statusSections
        checkpointer = WALCheckpointer(path: url.path, threshold: checkpointAfter)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(30)
        // WAL, set once when the store is made: asking for it on every open would write to the file each time.
        configuration.prepareDatabase { db in
            if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" { try db.execute(sql: "PRAGMA journal_mode = WAL") }
            // In WAL mode a commit is atomic and survives the process being killed without a sync of its own; only
            // a power cut may lose the last commits, never leave one half-written (SQLite's advice for WAL).
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotOpen(file: name, reason: "cannot make its directory \(directory.path): \(error.localizedDescription)")
        }
        do {
            pool = try DatabaseQueue(path: url.path, configuration: configuration)
            let migrator = StoreSchema.migrator
            if try pool.read({ try migrator.hasBeenSuperseded($0) }) { throw StoreError.newerSchema(file: name) }
            try migrator.migrate(pool)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .cannotOpen(file: name, reason: Self.reason(error))
        }
    }

    /// Runs a read, naming the store in any error.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try pool.read(body) } catch let error as StoreError { throw error } catch {
            throw .cannotRead(file: displayName, reason: Self.reason(error))
        }
    }

    /// Runs a write in one transaction, naming the store in any error.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try pool.write(body) } catch let error as StoreError { throw error } catch {
            throw .cannotWrite(file: displayName, reason: Self.reason(error))
        }
    }

    /// Closes the store's connection, which moves its write-ahead log into the database file; the store is not
    /// used after.
    public func close() throws(StoreError) {
        checkpointer.finish()
        do { try pool.close() } catch { throw .cannotWrite(file: displayName, reason: Self.reason(error)) }
    }

    static func reason(_ error: Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "SQLite error \(error.resultCode.rawValue)" }
        return "\(error)"
    }

    /// Rows in each of the store's tables, for tests and `pilots --counts`.
    public func rowCounts() throws(StoreError) -> [String: Int] {
        try read { db in
            var counts: [String: Int] = [:]
            for table in ["documents", "versions", "sections", "expressions", "pilots", "names", "reviews"] {
                counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
            }
            return counts
        }
    }
}

extension PilotStore {
    /// What is wrong with the store: SQLite's integrity and foreign-key checks, and any document whose versions are
    /// not all there. Empty when the store is consistent.
    public func problems() throws(StoreError) -> [String] {
        try read { db in
            var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            problems += try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { "foreign key: \($0)" }
            problems += try Row.fetchAll(db, sql: """
                SELECT d.file, d.record_count, (SELECT count(*) FROM versions v WHERE v.document_id = d.id) AS versions
                FROM documents d WHERE d.record_count != (SELECT count(*) FROM versions v WHERE v.document_id = d.id)
                """).map { row in
                    let file: String = row["file"]
                    let count: Int = row["record_count"]
                    let versions: Int = row["versions"]
                    return "\(file): \(versions) of \(count) versions"
                }
            return problems
        }
    }
}
