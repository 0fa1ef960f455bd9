/// How a version came to belong to its pilot.
public enum LinkDecision: String, Sendable, Codable, Hashable {
    /// The first version of a pilot new to the registry.
    case new
    /// The same folded name as one the pilot carried before.
    case exact
    /// Linked by score (name, gemeente, section texts).
    case auto
    /// Linked by a decision in `Rules/pilots.yml`.
    case manual
}

/// The registry's answer for one version: its pilot, and how and why it was linked.
public struct LinkAssignment: Sendable, Hashable {
    public var version: Int64
    public var pilot: String
    public var decided: LinkDecision
    public var score: Double?
    public var evidence: String?
}

/// A version the linker would not link on its own: the best candidates were too close, or not mutual.
public struct LinkReview: Sendable, Hashable {
    public struct Candidate: Sendable, Hashable {
        public var pilot: String
        public var score: Double
        public var evidence: String
    }

    public var version: Int64
    public var name: String
    public var reason: String
    public var candidates: [Candidate]
}

/// The whole registry after linking every document: its pilots (id and first name, in order of first
/// appearance), every version's assignment, and the near ties left for review.
public struct Registry: Sendable, Hashable {
    public struct Pilot: Sendable, Hashable {
        public var id: String
        public var name: String
    }

    public var pilots: [Pilot]
    public var assignments: [LinkAssignment]
    public var reviews: [LinkReview]
}
