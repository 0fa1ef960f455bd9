import Foundation
import GRDB

extension PilotStore {
    /// The files whose current reading (the one the last run used) failed, with the reason, by file.
    public func failedDocuments() throws(StoreError) -> [(file: String, reason: String)] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT d.file, d.error FROM documents d JOIN current_readings c ON c.document_id = d.id
                WHERE d.error IS NOT NULL ORDER BY d.file
                """).map { ($0["file"], $0["error"]) }
        }
    }

    /// The warnings of the current documents and their records, by file: `(file, warning)`, a record's warning
    /// opening with the record's id.
    public func warnings() throws(StoreError) -> [(file: String, warning: String)] {
        try read { db in
            let decoder = JSONDecoder()
            var found: [(file: String, warning: String)] = []
            for row in try Row.fetchAll(db, sql: "SELECT file, warnings_json FROM current_documents ORDER BY file") {
                let json: String = row["warnings_json"]
                found += try decoder.decode([String].self, from: Data(json.utf8)).map { (row["file"], $0) }
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT d.file, v.record_id, v.warnings_json FROM versions v JOIN current_documents d ON d.id = v.document_id
                WHERE v.warnings_json != '[]' ORDER BY d.file, v.position
                """) {
                let json: String = row["warnings_json"]
                let id: String = row["record_id"]
                found += try decoder.decode([String].self, from: Data(json.utf8)).map { (row["file"], "\(id): \($0)") }
            }
            return found
        }
    }
}
