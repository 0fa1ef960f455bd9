import Foundation
import GRDB

extension PilotStore {
    /// Every current document at `peildatum`, with their versions; `nil` when the store has none at that date.
    public func side(peildatum: String) throws(StoreError) -> DiffSide? {
        let documents = try documents().filter { $0.peildatum == peildatum }
        guard !documents.isEmpty else { return nil }
        return DiffSide(peildatum: peildatum, documents: documents.map(\.file),
                        kinds: Array(Set(documents.compactMap(\.kind))).sorted(),
                        versions: try versions().filter { $0.peildatum == peildatum })
    }

    /// One current document, by its bytes' SHA-256 (and name, when several files hold the same bytes).
    public func side(sha256: String, file: String) throws(StoreError) -> DiffSide? {
        let matches = try documents().filter { $0.sha256 == sha256 }
        guard let document = matches.first(where: { $0.file == file }) ?? matches.first else { return nil }
        return DiffSide(peildatum: document.peildatum, documents: [document.file], kinds: document.kind.map { [$0] } ?? [],
                        versions: try versions().filter { $0.document == document.file && $0.sha256 == document.sha256 })
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
