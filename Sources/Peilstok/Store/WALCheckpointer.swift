import Foundation
import GRDB

/// Moves a store's write-ahead log into its database file while a batch is still being read.
///
/// Once documents of about `threshold` bytes of records are kept since the last checkpoint, a connection of its own
/// runs a passive checkpoint on a thread of its own: it copies the log into the database file and syncs both without
/// holding up the writes. The checkpoint the store makes when it closes then has at most about that much left to
/// copy and sync, not the whole batch's; a run of a few documents leaves it all to that one, rather than syncing the
/// files twice. A checkpoint that fails or is skipped leaves its pages to that last one, so a failure here costs
/// time, never data.
final class WALCheckpointer: @unchecked Sendable {
    private let path: String
    /// Bytes of records kept that call for a checkpoint.
    let threshold: Int
    /// Runs the checkpoints one at a time, and owns `connection`.
    private let queue = DispatchQueue(label: "peilstok.store.checkpoint")
    private let lock = NSLock()
    /// Bytes of records kept since the last checkpoint was scheduled.
    private var unchecked = 0
    /// A checkpoint is waiting to start: a request now is covered by it.
    private var pending = false
    private var finished = false
    /// Opened by the first checkpoint; touched only on `queue`.
    private var connection: DatabaseQueue?

    init(path: String, threshold: Int) {
        self.path = path
        self.threshold = max(0, threshold)
    }

    /// Counts `bytes` of records just committed, and asks for a checkpoint of everything committed so far once
    /// `threshold` bytes have been counted since the last one.
    func request(written bytes: Int) {
        let schedule = lock.withLock { () -> Bool in
            unchecked += bytes
            guard !finished, !pending, unchecked >= threshold else { return false }
            unchecked = 0
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
