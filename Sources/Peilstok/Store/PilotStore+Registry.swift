import Foundation
import GRDB

extension PilotStore {
    /// Links every version of the current documents into pilots again, when the documents or the tracking rules
    /// changed since the last linking; reads the versions and writes the registry in one transaction, so that both
    /// see the same documents. Returns whether it linked.
    @discardableResult
    public func relink(with linker: PilotLinker, trackingHash: String) throws(StoreError) -> Bool {
        try write { db in
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM current_documents ORDER BY id")
            let linked = try String.fetchOne(db, sql: "SELECT input FROM registry_state WHERE id = 1")
            let input = ([trackingHash] + ids.map { "\($0)" }).joined(separator: "\n").sha256Hex
            if linked == input { return false }
            let documents = try Self.linkDocuments(db)
            let registry = linker.link(documents)
            let versionDocuments = Dictionary(uniqueKeysWithValues: documents.flatMap { document in
                document.candidates.map { ($0.version, document.id) }
            })
            // A version's status is the text of the first status section it has (Rules/diff.yml), which may have
            // changed since it was written.
            if !statusSections.isEmpty {
                let placeholders = statusSections.map { _ in "?" }.joined(separator: ", ")
                let order = statusSections.indices.map { "WHEN ? THEN \($0)" }.joined(separator: " ")
                try db.execute(sql: """
                    UPDATE versions SET status = (
                        SELECT s.text FROM sections s WHERE s.version_id = versions.id AND s.key IN (\(placeholders))
                        ORDER BY CASE s.key \(order) END LIMIT 1)
                    """, arguments: StatementArguments(statusSections + statusSections))
            }
            try db.execute(sql: "DELETE FROM reviews")
            try db.execute(sql: "DELETE FROM names")
            try db.execute(sql: "DELETE FROM pilots")
            // One statement per table, compiled once for all its rows.
            let pilot = try db.cachedStatement(sql: "INSERT INTO pilots (pilot_id, name) VALUES (?, ?)")
            for registered in registry.pilots {
                try pilot.execute(arguments: [registered.id, registered.name])
            }
            let names = Dictionary(uniqueKeysWithValues: documents.flatMap(\.candidates).map { ($0.version, $0.name) })
            let name = try db.cachedStatement(sql: """
                INSERT INTO names (version_id, pilot_id, document_id, name, decided, score, evidence)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            for link in registry.assignments {
                try name.execute(arguments: [link.version, link.pilot, versionDocuments[link.version], names[link.version],
                                             link.decided.rawValue, link.score, link.evidence])
            }
            let candidate = try db.cachedStatement(sql: """
                INSERT INTO reviews (version_id, rank, name, reason, pilot_id, score, evidence)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            for review in registry.reviews {
                for (rank, reviewed) in review.candidates.enumerated() {
                    try candidate.execute(arguments: [review.version, rank + 1, review.name, review.reason, reviewed.pilot,
                                                      reviewed.score, reviewed.evidence])
                }
            }
            try db.execute(sql: "INSERT OR REPLACE INTO registry_state (id, input) VALUES (1, ?)", arguments: [input])
            return true
        }
    }

    /// The current documents in linking order (by peildatum, undated last, then file), with their versions.
    private static func linkDocuments(_ db: Database) throws -> [LinkDocument] {
        let documents = try Row.fetchAll(db, sql: """
            SELECT id, file, peildatum FROM current_documents
            ORDER BY peildatum IS NULL, peildatum, file, sha256
            """)
        // Rows are read where SQLite holds them (a cursor), not copied first, and columns by position: a column
        // looked up by name costs more than the rest of the row, once per section. A version's sections go
        // straight into its text's bytes, each after a newline, and make one string.
        var sections: [Int64: [UInt8]] = [:]
        let sectionRows = try Row.fetchCursor(db, sql: """
            SELECT s.version_id, s.text FROM sections s JOIN versions v ON v.id = s.version_id
            JOIN current_documents d ON d.id = v.document_id ORDER BY s.version_id, s.key
            """)
        while let row = try sectionRows.next() {
            let version: Int64 = row[0]
            try row.withUnsafeData(atIndex: 1) { text in
                sections[version, default: []].append(UInt8(ascii: "\n"))
                if let text { sections[version, default: []].append(contentsOf: text) }
            }
        }
        var versions: [Int64: [LinkCandidate]] = [:]
        let versionRows = try Row.fetchCursor(db, sql: """
            SELECT v.id, v.document_id, v.name, v.gemeente, n.pilot_id FROM versions v
            JOIN current_documents d ON d.id = v.document_id LEFT JOIN names n ON n.version_id = v.id
            ORDER BY v.document_id, v.position
            """)
        while let row = try versionRows.next() {
            let id: Int64 = row[0]
            let name: String = row[2]
            versions[row[1], default: []].append(LinkCandidate(
                version: id, name: name, gemeente: row[3],
                text: name + String(decoding: sections[id] ?? [], as: UTF8.self), previousPilot: row[4]))
        }
        return documents.map { row in
            let id: Int64 = row["id"]
            return LinkDocument(id: id, file: row["file"], peildatum: row["peildatum"], candidates: versions[id] ?? [])
        }
    }
}
