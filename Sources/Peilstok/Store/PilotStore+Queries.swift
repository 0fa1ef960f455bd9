import Foundation
import GRDB

/// A pilot of the registry, as `peilstok pilots` lists it.
public struct RegistryEntry: Sendable, Hashable, Codable {
    public var pilotID: String
    /// The name it first carried, and the one it carries last.
    public var firstName: String
    public var latestName: String
    /// Every distinct name it carried, in order of first appearance.
    public var names: [String]
    /// Its peildata, oldest first (undated documents left out).
    public var peildata: [String]
    public var documents: Int

    enum CodingKeys: String, CodingKey {
        case pilotID = "pilot_id", firstName = "first_name", latestName = "latest_name", names, peildata, documents
    }
}

/// One version of a pilot with where it came from and how it was linked: a line of `peilstok history`.
public struct PilotVersion: Sendable, Hashable {
    public var pilotID: String
    public var document: String
    /// The SHA-256 of the document's bytes.
    public var sha256: String
    public var kind: String?
    public var peildatum: String?
    public var decided: LinkDecision
    public var score: Double?
    public var evidence: String?
    public var record: PilotRecord
}

extension PilotStore {
    /// Every pilot of the registry, in order of first appearance.
    public func registry() throws(StoreError) -> [RegistryEntry] {
        try read { db in
            var entries: [String: RegistryEntry] = [:]
            var order: [String] = []
            for row in try Row.fetchAll(db, sql: """
                SELECT p.pilot_id, p.name AS first_name, pv.name, pv.peildatum, pv.document
                FROM pilots p JOIN pilot_versions pv ON pv.pilot_id = p.pilot_id
                ORDER BY pv.peildatum IS NULL, pv.peildatum, pv.document, pv.position
                """) {
                let id: String = row["pilot_id"]
                let name: String = row["name"]
                let peildatum: String? = row["peildatum"]
                if entries[id] == nil {
                    order.append(id)
                    entries[id] = RegistryEntry(pilotID: id, firstName: row["first_name"], latestName: name, names: [],
                                                peildata: [], documents: 0)
                }
                entries[id]!.latestName = name
                if !entries[id]!.names.contains(name) { entries[id]!.names.append(name) }
                if let peildatum, !entries[id]!.peildata.contains(peildatum) { entries[id]!.peildata.append(peildatum) }
                entries[id]!.documents += 1
            }
            return order.map { entries[$0]! }
        }
    }

    /// The pilot a query names: a pilot id, or any name one of its versions carried (folded). `nil` when none does;
    /// several when a name is ambiguous.
    public func pilots(named query: String) throws(StoreError) -> [String] {
        try read { db in
            if try String.fetchOne(db, sql: "SELECT pilot_id FROM pilots WHERE pilot_id = ?", arguments: [query]) != nil {
                return [query]
            }
            let key = NamePair.key(query)
            var found: [String] = []
            for row in try Row.fetchAll(db, sql: "SELECT DISTINCT pilot_id, name FROM pilot_versions ORDER BY pilot_id") {
                let name: String = row["name"]
                let id: String = row["pilot_id"]
                if NamePair.key(name) == key, !found.contains(id) { found.append(id) }
            }
            return found
        }
    }

    /// Every version of the current documents, with its pilot; `pilot` limits it to one pilot. Ordered by
    /// peildatum (undated last), then document.
    public func versions(pilot: String? = nil) throws(StoreError) -> [PilotVersion] {
        try read { db in
            var sql = """
                SELECT pv.pilot_id, pv.document, pv.sha256, pv.kind, pv.peildatum, pv.decided, pv.score, pv.evidence, v.record_json
                FROM pilot_versions pv JOIN versions v ON v.id = pv.version_id
                """
            var arguments: StatementArguments = []
            if let pilot {
                sql += " WHERE pv.pilot_id = ?"
                arguments = [pilot]
            }
            sql += " ORDER BY pv.peildatum IS NULL, pv.peildatum, pv.document, pv.sha256, pv.position"
            let decoder = JSONDecoder()
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                let json: String = row["record_json"]
                let decided: String = row["decided"]
                return PilotVersion(pilotID: row["pilot_id"], document: row["document"], sha256: row["sha256"], kind: row["kind"],
                                    peildatum: row["peildatum"], decided: LinkDecision(rawValue: decided) ?? .new,
                                    score: row["score"], evidence: row["evidence"],
                                    record: try decoder.decode(PilotRecord.self, from: Data(json.utf8)))
            }
        }
    }

    /// The near ties the last linking left for review: the version's document and name, why, and its candidates.
    public func reviews() throws(StoreError) -> [(document: String, name: String, reason: String, candidates: [LinkReview.Candidate])] {
        try read { db in
            var result: [(document: String, name: String, reason: String, candidates: [LinkReview.Candidate])] = []
            var last: Int64?
            for row in try Row.fetchAll(db, sql: """
                SELECT r.version_id, d.file, r.name, r.reason, r.pilot_id, r.score, r.evidence FROM reviews r
                JOIN versions v ON v.id = r.version_id JOIN documents d ON d.id = v.document_id
                ORDER BY d.peildatum IS NULL, d.peildatum, d.file, v.position, r.rank
                """) {
                let version: Int64 = row["version_id"]
                let candidate = LinkReview.Candidate(pilot: row["pilot_id"], score: row["score"], evidence: row["evidence"])
                if version == last {
                    result[result.count - 1].candidates.append(candidate)
                } else {
                    result.append((row["file"], row["name"], row["reason"], [candidate]))
                    last = version
                }
            }
            return result
        }
    }

    /// The peildata of the current documents, oldest first.
    public func peildata() throws(StoreError) -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT peildatum FROM current_documents WHERE peildatum IS NOT NULL ORDER BY peildatum")
        }
    }

    /// The current documents: file, kind, peildatum and SHA-256, by peildatum then file.
    public func documents() throws(StoreError) -> [(file: String, kind: String?, peildatum: String?, sha256: String)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT file, kind, peildatum, sha256 FROM current_documents ORDER BY peildatum IS NULL, peildatum, file")
                .map { ($0["file"], $0["kind"], $0["peildatum"], $0["sha256"]) }
        }
    }
}
