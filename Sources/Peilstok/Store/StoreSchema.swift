import GRDB

/// The store's tables, views and their migrations. The README's "The store" section documents every column.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1-history") { db in
            try db.execute(sql: version1)
        }
        return migrator
    }

    /// Append-only history (`documents`, `versions`, `sections`, `expressions`), which reading of each file the
    /// last run used (`current_readings`), the registry derived from them (`pilots`, `names`, `reviews`,
    /// `registry_state`), remembered file hashes (`file_hashes`), and the views readers use.
    static let version1 = """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL,
            file TEXT NOT NULL,
            manifest TEXT NOT NULL,
            rules_hash TEXT NOT NULL,
            reader TEXT NOT NULL,
            kind TEXT,
            peildatum TEXT,
            peildatum_source TEXT,
            title TEXT,
            record_count INTEGER NOT NULL,
            document_json TEXT,
            warnings_json TEXT NOT NULL,
            error TEXT,
            error_json TEXT,
            UNIQUE (sha256, file, manifest, rules_hash, reader)
        );
        CREATE TABLE current_readings (
            file TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            PRIMARY KEY (file, sha256)
        );
        CREATE TABLE versions (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            record_id TEXT NOT NULL,
            name TEXT NOT NULL,
            heading TEXT NOT NULL,
            gemeente TEXT,
            looptijd_start TEXT,
            looptijd_end TEXT,
            looptijd_start_mod TEXT,
            looptijd_end_mod TEXT,
            looptijd_text TEXT,
            lijn TEXT,
            vorm TEXT,
            status TEXT,
            page INTEGER,
            first_line INTEGER NOT NULL,
            last_line INTEGER NOT NULL,
            warnings_json TEXT NOT NULL,
            record_json TEXT NOT NULL,
            UNIQUE (document_id, position)
        );
        CREATE INDEX versions_document ON versions(document_id);
        CREATE TABLE sections (
            version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            text TEXT NOT NULL,
            first_line INTEGER,
            last_line INTEGER,
            page INTEGER,
            PRIMARY KEY (version_id, key)
        );
        CREATE TABLE expressions (
            id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
            field TEXT NOT NULL CHECK (field IN ('quantities', 'amounts', 'dates')),
            type TEXT NOT NULL,
            text TEXT NOT NULL,
            section TEXT,
            label TEXT,
            value REAL,
            timex TEXT,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            values_json TEXT NOT NULL
        );
        CREATE INDEX expressions_version ON expressions(version_id);
        CREATE TABLE pilots (
            pilot_id TEXT PRIMARY KEY,
            name TEXT NOT NULL
        );
        CREATE TABLE names (
            version_id INTEGER PRIMARY KEY REFERENCES versions(id) ON DELETE CASCADE,
            pilot_id TEXT NOT NULL REFERENCES pilots(pilot_id),
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            decided TEXT NOT NULL CHECK (decided IN ('new', 'exact', 'auto', 'manual')),
            score REAL,
            evidence TEXT
        );
        CREATE INDEX names_pilot ON names(pilot_id);
        CREATE TABLE reviews (
            version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
            rank INTEGER NOT NULL,
            name TEXT NOT NULL,
            reason TEXT NOT NULL,
            pilot_id TEXT NOT NULL REFERENCES pilots(pilot_id),
            score REAL NOT NULL,
            evidence TEXT NOT NULL,
            PRIMARY KEY (version_id, rank)
        );
        CREATE TABLE file_hashes (
            path TEXT PRIMARY KEY,
            device INTEGER NOT NULL,
            inode INTEGER NOT NULL,
            size INTEGER NOT NULL,
            modified_ns INTEGER NOT NULL,
            changed_ns INTEGER NOT NULL,
            sha256 TEXT NOT NULL
        );
        CREATE TABLE registry_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            input TEXT NOT NULL
        );
        CREATE VIEW current_documents AS
            SELECT d.* FROM documents d JOIN current_readings c ON c.document_id = d.id
            WHERE d.error IS NULL;
        CREATE VIEW pilot_versions AS
            SELECT n.pilot_id, d.peildatum, d.file AS document, d.kind, d.sha256, n.decided, n.score, n.evidence,
                   v.id AS version_id, v.position, v.name, v.gemeente, v.looptijd_start, v.looptijd_end,
                   v.looptijd_start_mod, v.looptijd_end_mod, v.looptijd_text, v.lijn, v.vorm, v.status, v.page,
                   v.first_line, v.last_line
            FROM versions v
            JOIN current_documents d ON d.id = v.document_id
            JOIN names n ON n.version_id = v.id;
        CREATE VIEW pilot_peildata AS
            WITH ranked AS (
                SELECT pv.*, ROW_NUMBER() OVER (PARTITION BY pv.pilot_id, pv.peildatum ORDER BY pv.document, pv.sha256) AS rank
                FROM pilot_versions pv
                WHERE pv.peildatum IS NOT NULL)
            SELECT pilot_id, peildatum, peildatum AS valid_from,
                   LEAD(peildatum) OVER (PARTITION BY pilot_id ORDER BY peildatum) AS valid_to,
                   name, gemeente, looptijd_start, looptijd_end, looptijd_start_mod, looptijd_end_mod, looptijd_text,
                   lijn, vorm, status, document, kind, page, first_line, last_line, version_id
            FROM ranked WHERE rank = 1;
        """
}
