import Foundation
import GRDB

extension PilotStore {
    /// Every current document at `peildatum`, with their versions among `versions` (all of them, as `versions()`
    /// gives them, loaded once by the caller); `nil` when the store has none at that date.
    public func side(peildatum: String, versions: [PilotVersion]) throws(StoreError) -> DiffSide? {
        let documents = try documents().filter { $0.peildatum == peildatum }
        guard !documents.isEmpty else { return nil }
        return DiffSide(peildatum: peildatum, documents: documents.map(\.file),
                        kinds: Array(Set(documents.compactMap(\.kind))).sorted(),
                        versions: versions.filter { $0.peildatum == peildatum })
    }

    /// One current document, by its bytes' SHA-256 (and name, when several files hold the same bytes), with its
    /// versions among `versions`; `nil` when the store does not hold it.
    public func side(sha256: String, file: String, versions: [PilotVersion]) throws(StoreError) -> DiffSide? {
        guard let document = try document(sha256: sha256, file: file) else { return nil }
        return DiffSide(peildatum: document.peildatum, documents: [document.file], kinds: document.kind.map { [$0] } ?? [],
                        versions: versions.filter { $0.document == document.file && $0.sha256 == document.sha256 })
    }

    /// The current document with these bytes: the one of this name, else any.
    public func document(sha256: String, file: String) throws(StoreError) -> (file: String, kind: String?, peildatum: String?, sha256: String)? {
        let matches = try documents().filter { $0.sha256 == sha256 }
        return matches.first(where: { $0.file == file }) ?? matches.first
    }

    /// A copy of the whole store at `url` (SQLite's backup), to add documents to without changing this one.
    public func copy(to url: URL) throws(StoreError) -> PilotStore {
        do {
            let target = try DatabaseQueue(path: url.path)
            try pool.backup(to: target)
            try target.close()
        } catch {
            throw .cannotWrite(file: url.path, reason: Self.reason(error))
        }
        return try PilotStore(url: url, displayName: displayName, statusSections: statusSections)
    }
}
