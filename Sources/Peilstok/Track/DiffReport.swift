/// What changed between two peildata (`peilstok.diff/1`, described by `Rules/diff.schema.json`).
public struct DiffReport: Sendable, Hashable, Codable {
    public static let formatID = "peilstok.diff/1"

    /// One side of the comparison: a peildatum (or one document) and the documents it is made of.
    public struct Side: Sendable, Hashable, Codable {
        @Nullable public var peildatum: String?
        public var documents: [String]
        public var kinds: [String]
    }

    /// A field one side has and the other does not, so it was not compared.
    public struct Skipped: Sendable, Hashable, Codable {
        public var field: String
        public var reason: String
    }

    /// A pilot as one side states it.
    public struct PilotState: Sendable, Hashable, Codable {
        public var name: String
        @Nullable public var gemeente: String?
        public var looptijd: Looptijd
        public var lijn: [String]
        @Nullable public var vorm: String?
        public var document: String
        /// "page 3" or "lines 12–40".
        public var place: String
    }

    /// How the new side's version was linked to the pilot, for a renamed pilot the link that made the rename.
    public struct Link: Sendable, Hashable, Codable {
        public var decided: LinkDecision
        @Nullable public var score: Double?
        @Nullable public var evidence: String?
    }

    /// The change of one field: its old and new values; for texts, the sentences added and removed.
    public struct Change: Sendable, Hashable, Codable {
        public var old: JSONValue
        public var new: JSONValue
        public var added: [String]?
        public var removed: [String]?
        /// For `sections`: per section key, the sentences added and removed.
        public var sections: [String: SentenceChange]?
    }

    public struct SentenceChange: Sendable, Hashable, Codable {
        public var added: [String]
        public var removed: [String]
    }

    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        case added, removed, changed, unchanged
    }

    public struct Pilot: Sendable, Hashable, Codable {
        public var pilotID: String
        public var status: Status
        public var renamed: Bool
        @Nullable public var old: PilotState?
        @Nullable public var new: PilotState?
        /// The fields that changed, in the order of `DiffReport.fields`.
        public var changed: [String]
        @Nullable public var link: Link?
        public var changes: [String: Change]

        enum CodingKeys: String, CodingKey {
            case pilotID = "pilot_id", status, renamed, old, new, changed, link, changes
        }
    }

    public struct Summary: Sendable, Hashable, Codable {
        public var added: Int
        public var removed: Int
        public var changed: Int
        public var unchanged: Int
        public var renamed: Int
    }

    /// Every field a diff can compare, in the order reports list them.
    public static let fields = ["name", "gemeente", "looptijd", "status", "quantities", "lijn", "vorm", "sections"]

    public var format: String
    public var old: Side
    public var new: Side
    /// The fields both sides state, which were compared; and those only one side states.
    public var compared: [String]
    public var notCompared: [Skipped]
    public var summary: Summary
    public var pilots: [Pilot]

    enum CodingKeys: String, CodingKey {
        case format, old, new, compared, notCompared = "not_compared", summary, pilots
    }
}
