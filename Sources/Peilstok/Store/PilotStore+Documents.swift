import Foundation
import GRDB

extension PilotStore {
    /// The outcome kept for a reading, placed at `index` in this batch, with its records as the JSON they were kept
    /// as (`DocumentOutcome.encoded`); `nil` when the store has none.
    public func outcome(for key: ReadingKey, index: Int) throws(StoreError) -> DocumentOutcome? {
        try read { db -> DocumentOutcome? in
            guard let document = try Row.fetchOne(db, sql: """
                SELECT id, kind, peildatum, document_json, warnings_json, error_json FROM documents
                WHERE sha256 = ? AND file = ? AND manifest = ? AND rules_hash = ? AND reader = ?
                """, arguments: [key.sha256, key.file, key.manifest, key.rulesHash, key.reader]) else { return nil }
            let decoder = JSONDecoder()
            let id: Int64 = document["id"]
            var lines = Data()
            var count = 0
            var recordWarnings: [String] = []
            for row in try Row.fetchAll(db, sql: """
                SELECT record_id, warnings_json, record_json FROM versions WHERE document_id = ? ORDER BY position
                """, arguments: [id]) {
                let json: String = row["record_json"]
                lines.append(contentsOf: json.utf8)
                lines.append(0x0A)
                count += 1
                let warnings: String = row["warnings_json"]
                if warnings != "[]" {
                    let recordID: String = row["record_id"]
                    recordWarnings += try decoder.decode([String].self, from: Data(warnings.utf8)).map { "\(recordID): \($0)" }
                }
            }
            let documentJSON: String? = document["document_json"]
            let errorJSON: String? = document["error_json"]
            let warningsJSON: String = document["warnings_json"]
            var outcome = DocumentOutcome(
                index: index, file: key.file, sha256: key.sha256, kind: document["kind"], peildatum: document["peildatum"],
                warnings: try decoder.decode([String].self, from: Data(warningsJSON.utf8)),
                error: try errorJSON.map { try decoder.decode(DocumentError.self, from: Data($0.utf8)) })
            outcome.encoded = EncodedRecords(lines: lines, count: count, warnings: recordWarnings,
                                             document: documentJSON.map { Data(($0 + "\n").utf8) })
            return outcome
        }
    }

    /// Keeps a document's outcome under its reading key, in one transaction: the document, every version, its
    /// sections and its expressions. A reading already kept is left as it is, or with `replacing` replaced.
    /// Returns the records and document as the store encoded them, the lines `records.jsonl` and `documents.jsonl`
    /// take, so that they are not encoded twice.
    @discardableResult
    public func keep(_ outcome: DocumentOutcome, key: ReadingKey, replacing: Bool = false) throws(StoreError) -> EncodedRecords {
        let encoder = JSONLines.encoder()
        func json<T: Encodable>(_ value: T) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }
        // The records' JSON is made before the transaction, on every core: the writer holds the store only to insert.
        // A record's JSON the validator or a worker already made is kept as it is.
        let made = outcome.recordJSON
        let encoded = Array(outcome.records.enumerated()).concurrentMap(threads: ProcessInfo.processInfo.activeProcessorCount) { position, record in
            Result { () throws -> EncodedRecord in try EncodedRecord(record, json: made?[position]) }
        }
        let documentJSON = try write { db -> String? in
            let documentJSON = try outcome.document.map(json)
            if replacing {
                try db.execute(sql: "DELETE FROM documents WHERE sha256 = ? AND file = ? AND manifest = ? AND rules_hash = ? AND reader = ?",
                               arguments: [key.sha256, key.file, key.manifest, key.rulesHash, key.reader])
            }
            try db.execute(sql: """
                INSERT INTO documents (sha256, file, manifest, rules_hash, reader, kind, peildatum, peildatum_source, title,
                                       record_count, document_json, warnings_json, error, error_json)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (sha256, file, manifest, rules_hash, reader) DO NOTHING
                """, arguments: [key.sha256, key.file, key.manifest, key.rulesHash, key.reader, outcome.kind, outcome.peildatum,
                                 outcome.document?.peildatumSource, outcome.document?.title, outcome.records.count,
                                 documentJSON, try json(outcome.warnings),
                                 outcome.error?.reason, try outcome.error.map(json)])
            if db.changesCount == 1 {
                let documentID = db.lastInsertedRowID
                for (position, record) in encoded.enumerated() {
                    try insert(try record.get(), position: position, document: documentID, db: db)
                }
            }
            try makeCurrent(key, db: db)
            return documentJSON
        }
        var lines = Data()
        for record in encoded {
            guard case .success(let record) = record else {
                throw .cannotWrite(file: displayName, reason: "a record of \(outcome.file) could not be encoded")
            }
            lines.append(contentsOf: record.json.utf8)
            lines.append(0x0A)
        }
        return EncodedRecords(lines: lines, count: outcome.records.count,
                              warnings: outcome.records.flatMap { record in record.warnings.map { "\(record.id): \($0)" } },
                              document: documentJSON.map { Data(($0 + "\n").utf8) })
    }

    /// A record with the JSON the store keeps of it and of its parts.
    private struct EncodedRecord: Sendable {
        let record: PilotRecord
        let json: String
        let warnings: String
        /// Per field (quantities, amounts, dates), each expression's JSON.
        let expressions: [(field: String, expressions: [(TypedExpression, String)])]

        /// `json`: the record's JSON when it was made already.
        init(_ record: PilotRecord, json made: Data? = nil) throws {
            let encoder = JSONLines.encoder()
            func encode<T: Encodable>(_ value: T) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }
            self.record = record
            json = try made.map { String(decoding: $0, as: UTF8.self) } ?? encode(record)
            warnings = String(decoding: try JSONEncoder().encode(record.warnings), as: UTF8.self)
            expressions = try [("quantities", record.quantities), ("amounts", record.amounts), ("dates", record.dates)].map { field, list in
                (field, try list.map { ($0, try encode($0)) })
            }
        }
    }

    /// Makes the reading under `key` the one the store shows for its file and bytes; writes only when it was not.
    public func makeCurrent(_ key: ReadingKey) throws(StoreError) {
        let current = try read { db in try Self.currentReading(key, db: db) }
        if current.isCurrent { return }
        try write { db in try makeCurrent(key, db: db) }
    }

    private func makeCurrent(_ key: ReadingKey, db: Database) throws {
        let state = try Self.currentReading(key, db: db)
        guard !state.isCurrent, let id = state.id else { return }
        try db.execute(sql: "INSERT OR REPLACE INTO current_readings (file, sha256, document_id) VALUES (?, ?, ?)",
                       arguments: [key.file, key.sha256, id])
    }

    /// The id of the reading under `key`, and whether it is the current reading of its file and bytes.
    private static func currentReading(_ key: ReadingKey, db: Database) throws -> (id: Int64?, isCurrent: Bool) {
        let id = try Int64.fetchOne(db, sql: """
            SELECT id FROM documents WHERE sha256 = ? AND file = ? AND manifest = ? AND rules_hash = ? AND reader = ?
            """, arguments: [key.sha256, key.file, key.manifest, key.rulesHash, key.reader])
        let current = try Int64.fetchOne(db, sql: "SELECT document_id FROM current_readings WHERE file = ? AND sha256 = ?",
                                         arguments: [key.file, key.sha256])
        return (id, id != nil && id == current)
    }

    private func insert(_ encoded: EncodedRecord, position: Int, document: Int64, db: Database) throws {
        let record = encoded.record
        let status = statusSections.lazy.compactMap { record.sections[$0] }.first
        try db.cachedStatement(sql: """
            INSERT INTO versions (document_id, position, record_id, name, heading, gemeente, looptijd_start, looptijd_end,
                                  looptijd_start_mod, looptijd_end_mod, looptijd_text, lijn, vorm, status, page,
                                  first_line, last_line, warnings_json, record_json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [document, position, record.id, record.name, record.heading, record.gemeente,
                                     record.looptijd.start, record.looptijd.end, record.looptijd.startMod, record.looptijd.endMod,
                                     record.looptijd.text, record.lijn.isEmpty ? nil : record.lijn.joined(separator: ","),
                                     record.vorm, status, record.provenance.pages?.first,
                                     record.provenance.lines.first, record.provenance.lines.last, encoded.warnings, encoded.json])
        let version = db.lastInsertedRowID
        let section = try db.cachedStatement(sql: """
            INSERT INTO sections (version_id, key, text, first_line, last_line, page) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for (key, text) in record.sections.sorted(by: { $0.key < $1.key }) {
            let lines = record.provenance.sections[key]
            try section.execute(arguments: [version, key, text, lines?.first, lines?.last, record.provenance.regions?[key]?.first?.page])
        }
        let expression = try db.cachedStatement(sql: """
            INSERT INTO expressions (version_id, field, type, text, section, label, value, timex, span_start,
                                     span_end, values_json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (field, expressions) in encoded.expressions {
            for (typed, json) in expressions {
                try expression.execute(arguments: [version, field, typed.type.rawValue, typed.text, typed.section,
                                                   typed.label, typed.value, typed.timex,
                                                   typed.at.first ?? 0, typed.at.last ?? 0, json])
            }
        }
    }
}

extension PilotStore {
    /// The SHA-256 the store remembers for a file whose identity is unchanged since it was hashed.
    func rememberedHash(path: String, identity: FileIdentity) -> String? {
        try? read { db in
            try String.fetchOne(db, sql: """
                SELECT sha256 FROM file_hashes
                WHERE path = ? AND device = ? AND inode = ? AND size = ? AND modified_ns = ? AND changed_ns = ?
                """, arguments: [path, identity.device, identity.inode, identity.size, identity.modifiedNanoseconds,
                                 identity.changedNanoseconds])
        }
    }

    /// Remembers a file's SHA-256 with its identity; a failure only costs hashing the file again next time.
    func remember(hash: String, path: String, identity: FileIdentity) {
        _ = try? write { db in
            try db.execute(sql: """
                INSERT OR REPLACE INTO file_hashes (path, device, inode, size, modified_ns, changed_ns, sha256)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [path, identity.device, identity.inode, identity.size, identity.modifiedNanoseconds,
                                 identity.changedNanoseconds, hash])
        }
    }
}
