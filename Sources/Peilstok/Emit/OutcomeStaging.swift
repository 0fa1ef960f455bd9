import Crypto
import Foundation

/// Finished documents kept on disk as soon as each is read (`Output/.peilstok/finished/`), so a batch that is killed
/// or crashes keeps them, and the next run takes them from here instead of reading them again.
///
/// An outcome is found again only for the same file name, the same bytes, the same rules and the same build of
/// peilstok (`salt`).
public struct OutcomeStaging: Sendable {
    public let directory: URL
    /// What else an outcome depends on: the rules hash and the identity of the build.
    public let salt: String

    public init(directory: URL, salt: String) {
        self.directory = directory
        self.salt = salt
    }

    /// The SHA-256 of a file's bytes, read in pieces; `nil` when it cannot be read.
    public func sha256(of file: InputFile) -> String? {
        guard file.skipReason == nil, let handle = try? FileHandle(forReadingFrom: file.url) else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// The key a file's outcome is kept under, and the file's own SHA-256; `nil` when the file cannot be read.
    public func key(for file: InputFile) -> (key: String, sha256: String)? {
        guard let digest = sha256(of: file) else { return nil }
        return ("\(file.name)\n\(digest)\n\(salt)".sha256Hex, digest)
    }

    /// The kept outcome for `key`, placed at `index` in this batch.
    public func outcome(key: String, index: Int) -> DocumentOutcome? {
        guard let data = try? Data(contentsOf: directory.appending(path: "\(key).json")),
              var outcome = try? JSONDecoder().decode(DocumentOutcome.self, from: data) else { return nil }
        outcome.index = index
        return outcome
    }

    /// Keeps an outcome, as the JSON of a `DocumentOutcome`; a failure to keep it costs only the saving of work, so
    /// it is not an error.
    public func keep(_ json: Data, key: String) {
        try? AtomicFile.write(json, to: directory.appending(path: "\(key).json"))
    }

    /// Removes every kept outcome whose key is not in `keys` (documents no longer in the inbox, or changed).
    public func prune(keeping keys: Set<String>) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasSuffix(".json") && !keys.contains(String(name.dropLast(5))) {
            try? FileManager.default.removeItem(at: directory.appending(path: name))
        }
    }
}
