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
            for json in try String.fetchAll(db, sql: "SELECT record_json FROM versions WHERE document_id = ? ORDER BY position",
                                            arguments: [id]) {
                lines.append(contentsOf: json.utf8)
                lines.append(0x0A)
                count += 1
            }
            let documentJSON: String? = document["document_json"]
            let errorJSON: String? = document["error_json"]
            let warningsJSON: String = document["warnings_json"]
            var outcome = DocumentOutcome(
                index: index, file: key.file, sha256: key.sha256, kind: document["kind"], peildatum: document["peildatum"],
                warnings: try decoder.decode([String].self, from: Data(warningsJSON.utf8)),
                error: try errorJSON.map { try decoder.decode(DocumentError.self, from: Data($0.utf8)) })
            outcome.encoded = EncodedRecords(lines: lines, count: count, warnings: try Self.recordWarnings(document: id, db: db),
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
        // A record's JSON the validator or a worker already made is kept as it is; the others are made on every core.
        let json: [Data]
        do { json = try outcome.recordLines(threads: Cores.available) } catch {
            throw .cannotWrite(file: displayName, reason: "a record of \(outcome.file) could not be encoded")
        }
        return try keep(outcome, recordJSON: json, key: key, replacing: replacing)
    }

    /// Keeps a document whose records are given as their JSON, each as `records.jsonl` writes it (`outcome.records`
    /// is not read): the store takes each version's columns, sections and expressions from that JSON itself, so a
    /// caller that holds only the JSON (the run, from its workers) need not decode it. The document record is kept
    /// as `outcome.documentLine()` gives it.
    @discardableResult
    public func keep(_ outcome: DocumentOutcome, recordJSON: [Data], key: ReadingKey,
                     replacing: Bool = false) throws(StoreError) -> EncodedRecords {
        let encoder = JSONLines.encoder()
        func json<T: Encodable>(_ value: T) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }
        let status = String(decoding: (try? encoder.encode(statusSections)) ?? Data("[]".utf8), as: UTF8.self)
        let (documentJSON, warnings) = try write { db -> (String?, [String]) in
            let documentJSON = try outcome.documentLine().map { String(decoding: $0, as: UTF8.self) }
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
                                 outcome.document?.peildatumSource, outcome.document?.title, recordJSON.count,
                                 documentJSON, try json(outcome.warnings),
                                 outcome.error?.reason, try outcome.error.map(json)])
            if db.changesCount == 1 {
                let documentID = db.lastInsertedRowID
                for (position, record) in recordJSON.enumerated() {
                    try insert(record, position: position, document: documentID, status: status, db: db)
                }
            }
            let id = try makeCurrent(key, db: db)
            return (documentJSON, try id.map { try Self.recordWarnings(document: $0, db: db) } ?? [])
        }
        checkpointer.request(written: recordJSON.reduce(0) { $0 + $1.count })
        return EncodedRecords(lines: JSONLines.join(recordJSON), count: recordJSON.count, warnings: warnings,
                              document: documentJSON.map { Data(($0 + "\n").utf8) })
    }

    /// The warnings of the records of a reading (`documents.id`), each as `id: warning`, in record order.
    private static func recordWarnings(document: Int64, db: Database) throws -> [String] {
        let decoder = JSONDecoder()
        return try Row.fetchAll(db, sql: """
            SELECT record_id, warnings_json FROM versions WHERE document_id = ? AND warnings_json != '[]' ORDER BY position
            """, arguments: [document]).flatMap { row -> [String] in
                let id: String = row[0]
                let warnings: String = row[1]
                return try decoder.decode([String].self, from: Data(warnings.utf8)).map { "\(id): \($0)" }
            }
    }

    /// Makes the reading under `key` the one the store shows for its file and bytes; writes only when it was not.
    public func makeCurrent(_ key: ReadingKey) throws(StoreError) {
        let current = try read { db in try Self.currentReading(key, db: db) }
        if current.isCurrent { return }
        _ = try write { db in try makeCurrent(key, db: db) }
    }

    /// Makes the reading under `key` current; returns its id (`nil` when the store has no such reading).
    @discardableResult
    private func makeCurrent(_ key: ReadingKey, db: Database) throws -> Int64? {
        let state = try Self.currentReading(key, db: db)
        guard !state.isCurrent, let id = state.id else { return state.id }
        try db.execute(sql: "INSERT OR REPLACE INTO current_readings (file, sha256, document_id) VALUES (?, ?, ?)",
                       arguments: [key.file, key.sha256, id])
        return id
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

    /// Inserts one version, its sections and its expressions, each column taken from the record's JSON by SQLite's
    /// JSON functions (the fields `record.schema.json` names): an expression's `values_json` is its JSON as the
    /// record holds it, byte for byte. `status`: the JSON array of the section keys whose text is a version's status,
    /// the first the record has. Section keys are lowercase letters and '_' (`SectionRule`), so they go into JSON
    /// paths as they are; every path into the record reuses SQLite's parse of it.
    private func insert(_ record: Data, position: Int, document: Int64, status: String, db: Database) throws {
        let json = String(decoding: record, as: UTF8.self)
        try db.cachedStatement(sql: """
            INSERT INTO versions (document_id, position, record_id, name, heading, gemeente, looptijd_start, looptijd_end,
                                  looptijd_start_mod, looptijd_end_mod, looptijd_text, lijn, vorm, status, page,
                                  first_line, last_line, warnings_json, record_json)
            SELECT ?1, ?2, json_extract(?3, '$.id'), json_extract(?3, '$.name'), json_extract(?3, '$.heading'),
                   json_extract(?3, '$.gemeente'), json_extract(?3, '$.looptijd.start'), json_extract(?3, '$.looptijd.end'),
                   json_extract(?3, '$.looptijd.start_mod'), json_extract(?3, '$.looptijd.end_mod'),
                   json_extract(?3, '$.looptijd.text'),
                   (SELECT group_concat(l.value, ',') FROM json_each(json_extract(?3, '$.lijn')) AS l),
                   json_extract(?3, '$.vorm'),
                   (SELECT json_extract(?3, '$.sections."' || k.value || '"') AS text FROM json_each(?4) AS k
                    WHERE text IS NOT NULL ORDER BY k.key LIMIT 1),
                   json_extract(?3, '$.provenance.pages[0]'), json_extract(?3, '$.provenance.lines[0]'),
                   json_extract(?3, '$.provenance.lines[#-1]'), coalesce(json_extract(?3, '$.warnings'), '[]'), ?3
            """).execute(arguments: [document, position, json, status])
        let version = db.lastInsertedRowID
        try db.cachedStatement(sql: """
            INSERT INTO sections (version_id, key, text, first_line, last_line, page)
            SELECT ?1, s.key, s.value, json_extract(?2, '$.provenance.sections."' || s.key || '"[0]'),
                   json_extract(?2, '$.provenance.sections."' || s.key || '"[#-1]'),
                   json_extract(?2, '$.provenance.regions."' || s.key || '"[0].page')
            FROM json_each(json_extract(?2, '$.sections')) AS s
            ORDER BY s.key
            """).execute(arguments: [version, json])
        try db.cachedStatement(sql: """
            INSERT INTO expressions (version_id, field, type, text, section, label, value, timex, span_start,
                                     span_end, values_json)
            SELECT ?1, f.value, json_extract(e.value, '$.type'), json_extract(e.value, '$.text'),
                   json_extract(e.value, '$.section'), json_extract(e.value, '$.label'), json_extract(e.value, '$.value'),
                   json_extract(e.value, '$.timex'), coalesce(json_extract(e.value, '$.at[0]'), 0),
                   coalesce(json_extract(e.value, '$.at[#-1]'), 0), e.value
            FROM json_each('["quantities","amounts","dates"]') AS f, json_each(json_extract(?2, '$.' || f.value)) AS e
            ORDER BY f.key, e.key
            """).execute(arguments: [version, json])
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
