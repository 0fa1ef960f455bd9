import Foundation
import GRDB

/// Moves a store's write-ahead log into its database file while a batch is still being read.
///
/// After each document is kept, a connection of its own runs a passive checkpoint on a thread of its own: it copies
/// the log into the database file and syncs both without holding up the writes. The checkpoint the store makes when
/// it closes then has only the last writes left to copy and sync, not the whole batch's. A checkpoint that fails or
/// is skipped leaves its pages to that last one, so a failure here costs time, never data.
final class WALCheckpointer: @unchecked Sendable {
    private let path: String
    /// Runs the checkpoints one at a time, and owns `connection`.
    private let queue = DispatchQueue(label: "peilstok.store.checkpoint")
    private let lock = NSLock()
    /// A checkpoint is waiting to start: a request now is covered by it.
    private var pending = false
    private var finished = false
    /// Opened by the first checkpoint; touched only on `queue`.
    private var connection: DatabaseQueue?

    init(path: String) {
        self.path = path
    }

    /// Asks for a checkpoint of everything committed so far.
    func request() {
        let schedule = lock.withLock { () -> Bool in
            guard !finished, !pending else { return false }
            pending = true
            return true
        }
        guard schedule else { return }
        queue.async { [self] in
            lock.withLock { pending = false }
            checkpoint()
        }
    }

    /// Waits for the checkpoint under way, if any, and closes the connection, so that the store's own connection is
    /// its last one: only the last connection to close moves what is left of the log and removes it.
    func finish() {
        lock.withLock { finished = true }
        queue.sync {
            try? connection?.close()
            connection = nil
        }
    }

    private func checkpoint() {
        if connection == nil {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = false
            // As the store's own connection: the log is synced before each checkpoint, the file after one.
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
            connection = try? DatabaseQueue(path: path, configuration: configuration)
        }
        _ = try? connection?.inDatabase { db in try db.checkpoint(.passive) }
    }
}
