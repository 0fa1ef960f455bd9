/// The contents of `run.json`: what a run read, what it made of each file, and the totals.
public struct RunReport: Sendable, Codable, Equatable {
    /// One input file's line in the report.
    public struct DocumentEntry: Sendable, Codable, Equatable {
        public var file: String
        @Nullable public var sha256: String?
        @Nullable public var kind: String?
        @Nullable public var peildatum: String?
        public var records: Int
        public var warnings: [String]
        /// The reason the document failed, or `nil`.
        @Nullable public var error: String?
    }

    /// The figures of the closing summary line.
    public struct Totals: Sendable, Codable, Equatable {
        public var documents: Int
        public var records: Int
        public var warnings: Int
        public var failed: Int
    }

    public var tool: String
    public var version: String
    public var rulesHash: String
    public var documents: [DocumentEntry]
    public var totals: Totals

    enum CodingKeys: String, CodingKey {
        case tool, version, rulesHash = "rules_hash", documents, totals
    }

    public init(outcomes: [DocumentOutcome], rulesHash: String) {
        tool = "peilstok"
        version = PeilstokInfo.version
        self.rulesHash = rulesHash
        documents = outcomes.map { outcome in
            DocumentEntry(file: outcome.file, sha256: outcome.sha256, kind: outcome.kind, peildatum: outcome.peildatum,
                          records: outcome.recordCount, warnings: outcome.allWarnings, error: outcome.error?.reason)
        }
        totals = Totals(documents: outcomes.count,
                        records: outcomes.reduce(0) { $0 + $1.recordCount },
                        warnings: outcomes.reduce(0) { $0 + $1.allWarnings.count },
                        failed: outcomes.filter { $0.error != nil }.count)
    }

    /// `N documents, M records, K warnings, F failed`.
    public var summary: String {
        "\(totals.documents) documents, \(totals.records) records, \(totals.warnings) warnings, \(totals.failed) failed"
    }
}
