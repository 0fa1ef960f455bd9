import Crypto
import Foundation

/// The store as the batch's cache: a document already read with the same name, bytes, rules and reader is
/// re-emitted from the store instead of read again, and each finished document is kept there as soon as it is read,
/// so a batch that is killed keeps what it finished.
///
/// A store the run makes (no file there yet) holds nothing to take: it opens on a thread of its own while the
/// first documents are read, and only keeping a document waits for it.
///
/// A document whose records come as their JSON (from a worker) can also be kept on a thread of the store's own
/// (`keepInBackground`), one after another, while the caller goes on; `finishKeeping` waits for them.
public final class StoreCache: @unchecked Sendable {
    private let opened: () throws(StoreError) -> PilotStore
    /// Whether the store is new to this run, so that no document is looked up in it.
    public let isNew: Bool
    public let rulesHash: String
    /// The reader's identity: the build of peilstok and the password it was given, hashed.
    public let reader: String
    /// When set, nothing is taken from the store: every document is read again and its reading replaced.
    public let fresh: Bool
    private let lock = NSLock()
    private var failures: [StoreError] = []
    /// Hashes of files to remember once the new store is open.
    private var unremembered: [(hash: String, path: String, identity: FileIdentity)] = []
    /// Keeps the documents `keepInBackground` was given, in the order it was given them.
    private let keeping = DispatchQueue(label: "peilstok.store.keep")

    /// A cache over a store that is open.
    public init(store: PilotStore, rulesHash: String, reader: String, fresh: Bool = false) {
        opened = { store }
        isNew = false
        self.rulesHash = rulesHash
        self.reader = reader
        self.fresh = fresh
    }

    /// A cache over a store that does not exist yet, which `open` makes (on a thread of its own, from now).
    package init(making open: @escaping @Sendable () throws(StoreError) -> PilotStore, rulesHash: String, reader: String,
                 fresh: Bool = false) {
        let opening = Background(open)
        opened = { () throws(StoreError) in try opening.value() }
        isNew = true
        self.rulesHash = rulesHash
        self.reader = reader
        self.fresh = fresh
    }

    /// The store, once it is open; its error when it cannot be.
    public func store() throws(StoreError) -> PilotStore {
        try opened()
    }

    /// Whether the store could not be opened (or made): no document can be kept, so a batch should stop.
    public var cannotOpen: Bool { lock.withLock { openFailed } }
    private var openFailed = false

    /// The errors met while keeping documents, in the order they happened (those of documents kept in the
    /// background once `finishKeeping` has returned).
    public var errors: [StoreError] { lock.withLock { failures } }

    /// The SHA-256 of a file's bytes, read in pieces; `nil` when it cannot be read.
    public static func sha256(of file: InputFile) -> String? {
        guard file.skipReason == nil, let handle = try? FileHandle(forReadingFrom: file.url) else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
        return hasher.finalize().hex
    }

    /// The reading key of a file (with what the manifest says of it); `nil` when the file cannot be read. A file
    /// whose identity (device, inode, size, modification and change times) is as the store remembers it is not
    /// hashed again.
    public func key(for file: InputFile) -> ReadingKey? {
        guard file.skipReason == nil else { return nil }
        let path = file.url.path
        let identity = FileIdentity(path: path)
        // A new store remembers nothing yet, and need not be open.
        let store = isNew ? nil : try? store()
        var digest = fresh ? nil : identity.flatMap { store?.rememberedHash(path: path, identity: $0) }
        if digest == nil {
            digest = Self.sha256(of: file)
            if let digest, let identity, identity == FileIdentity(path: path) {
                if let store {
                    store.remember(hash: digest, path: path, identity: identity)
                } else {
                    lock.withLock { unremembered.append((digest, path, identity)) }
                }
            }
        }
        return digest.map {
            ReadingKey(file: file.name, sha256: $0, manifest: file.manifest, rulesHash: rulesHash, reader: reader)
        }
    }

    /// The outcome the store keeps for `key`, unless the batch is fresh.
    public func outcome(for key: ReadingKey, index: Int) -> DocumentOutcome? {
        guard !fresh, !isNew else { return nil }
        do {
            let store = try store()
            guard let outcome = try store.outcome(for: key, index: index) else { return nil }
            try store.makeCurrent(key)
            return outcome
        } catch {
            lock.withLock { failures.append(error) }
            return nil
        }
    }

    /// Keeps a document's outcome and returns its records and document as the store encoded them; an error is
    /// remembered for the batch to report.
    public func keep(_ outcome: DocumentOutcome, key: ReadingKey) -> EncodedRecords? {
        remembering { store throws(StoreError) in try store.keep(outcome, key: key, replacing: fresh) }
    }

    /// Keeps a document's outcome whose records are given as their JSON (`outcome.records` is not read), as `keep`.
    public func keep(_ outcome: DocumentOutcome, recordJSON: [Data], key: ReadingKey) -> EncodedRecords? {
        remembering { store throws(StoreError) in try store.keep(outcome, recordJSON: recordJSON, key: key, replacing: fresh) }
    }

    /// Keeps a document's outcome whose records are given as their JSON (`outcome.records` is not read) and whose
    /// records' warnings are `recordWarnings`, on the store's own thread, and returns at once its records and
    /// document as `keep` would. An error in keeping it is remembered for the batch to report. When the store
    /// cannot be opened, or the document record not encoded here, the document is kept as `keep` keeps it.
    public func keepInBackground(_ outcome: DocumentOutcome, recordJSON: [Data], recordWarnings: [String],
                                 key: ReadingKey) -> EncodedRecords? {
        guard (try? opened()) != nil,
              let encoded = try? EncodedRecords(outcome, recordJSON: recordJSON, warnings: recordWarnings) else {
            return keep(outcome, recordJSON: recordJSON, key: key)
        }
        keeping.async { [self] in _ = keep(outcome, recordJSON: recordJSON, key: key) }
        return encoded
    }

    /// Waits until every document given to `keepInBackground` so far is kept (or its error remembered).
    public func finishKeeping() {
        keeping.sync {}
    }

    private func remembering(_ keep: (PilotStore) throws(StoreError) -> EncodedRecords) -> EncodedRecords? {
        let store: PilotStore
        do { store = try self.store() } catch {
            lock.withLock {
                openFailed = true
                failures.append(error)
            }
            return nil
        }
        let hashes = lock.withLock { () -> [(hash: String, path: String, identity: FileIdentity)] in
            defer { unremembered = [] }
            return unremembered
        }
        for (hash, path, identity) in hashes { store.remember(hash: hash, path: path, identity: identity) }
        do { return try keep(store) } catch {
            lock.withLock { failures.append(error) }
            return nil
        }
    }
}
