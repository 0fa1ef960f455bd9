import Crypto
import Foundation

/// The store as the batch's cache: a document already read with the same name, bytes, rules and reader is
/// re-emitted from the store instead of read again, and each finished document is kept there as soon as it is read,
/// so a batch that is killed keeps what it finished.
public final class StoreCache: @unchecked Sendable {
    public let store: PilotStore
    public let rulesHash: String
    /// The reader's identity: the build of peilstok and the password it was given, hashed.
    public let reader: String
    /// When set, nothing is taken from the store: every document is read again and its reading replaced.
    public let fresh: Bool
    private let lock = NSLock()
    private var failures: [StoreError] = []

    public init(store: PilotStore, rulesHash: String, reader: String, fresh: Bool = false) {
        self.store = store
        self.rulesHash = rulesHash
        self.reader = reader
        self.fresh = fresh
    }

    /// The errors met while keeping documents, in the order they happened.
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
        var digest = fresh ? nil : identity.flatMap { store.rememberedHash(path: path, identity: $0) }
        if digest == nil {
            digest = Self.sha256(of: file)
            if let digest, let identity, identity == FileIdentity(path: path) {
                store.remember(hash: digest, path: path, identity: identity)
            }
        }
        return digest.map {
            ReadingKey(file: file.name, sha256: $0, manifest: file.manifest, rulesHash: rulesHash, reader: reader)
        }
    }

    /// The outcome the store keeps for `key`, unless the batch is fresh.
    public func outcome(for key: ReadingKey, index: Int) -> DocumentOutcome? {
        guard !fresh else { return nil }
        do {
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
        remembering { () throws(StoreError) in try store.keep(outcome, key: key, replacing: fresh) }
    }

    /// Keeps a document's outcome whose records are given as their JSON (`outcome.records` is not read), as `keep`.
    public func keep(_ outcome: DocumentOutcome, recordJSON: [Data], key: ReadingKey) -> EncodedRecords? {
        remembering { () throws(StoreError) in try store.keep(outcome, recordJSON: recordJSON, key: key, replacing: fresh) }
    }

    private func remembering(_ keep: () throws(StoreError) -> EncodedRecords) -> EncodedRecords? {
        do { return try keep() } catch {
            lock.withLock { failures.append(error) }
            return nil
        }
    }
}
