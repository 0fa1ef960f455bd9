/// The linking decisions an analyst made by hand (`Rules/pilots.yml`): names that are one pilot, and names that
/// never are.
public struct PilotDecisions: Sendable, Hashable {
    /// One decision about two names, as written in the file.
    public struct Decision: Sendable, Hashable {
        public enum Verdict: String, Sendable, Hashable { case same, different }
        public var verdict: Verdict
        public var names: [String]
        /// The 1-based line it stands on.
        public var line: Int
    }

    public var decisions: [Decision]

    /// Pairs of folded names decided to be one pilot.
    public var same: Set<NamePair> { Set(decisions.filter { $0.verdict == .same }.flatMap(\.pairs)) }
    /// Pairs of folded names decided never to be one pilot.
    public var different: Set<NamePair> { Set(decisions.filter { $0.verdict == .different }.flatMap(\.pairs)) }

    static func parse(_ root: RuleNode) throws(RuleError) -> PilotDecisions {
        _ = try root.entries(allowed: ["decisions"])
        guard let list = try root.optional("decisions"), list.node.null == nil else { return PilotDecisions(decisions: []) }
        var decisions: [Decision] = []
        var seen: [NamePair: (Decision.Verdict, Int)] = [:]
        for item in try list.items() {
            let entries = try item.entries(allowed: ["same", "different"])
            guard entries.count == 1, let entry = entries.first, let verdict = Decision.Verdict(rawValue: entry.key) else {
                throw item.error("a decision is one of `same: [NAME, NAME]` or `different: [NAME, NAME]`")
            }
            let names = try entry.value.strings()
            guard names.count >= 2 else { throw entry.value.error("a decision names at least two names") }
            let decision = Decision(verdict: verdict, names: names, line: (item.node.mark?.line ?? 0))
            for pair in decision.pairs {
                if let (earlier, line) = seen[pair], earlier != verdict {
                    throw item.error("'\(pair.first)' and '\(pair.second)' are decided both \(earlier.rawValue) (line \(line)) and \(verdict.rawValue)")
                }
                seen[pair] = (verdict, decision.line)
            }
            decisions.append(decision)
        }
        return PilotDecisions(decisions: decisions)
    }
}

extension PilotDecisions.Decision {
    /// Every pair of the decision's names, folded.
    var pairs: [NamePair] {
        var pairs: [NamePair] = []
        for (index, first) in names.enumerated() {
            for second in names[(index + 1)...] where NamePair.key(first) != NamePair.key(second) {
                pairs.append(NamePair(first, second))
            }
        }
        return pairs
    }
}

/// Two folded names, in a fixed order, so that a pair is the same whichever name comes first.
public struct NamePair: Sendable, Hashable {
    public let first: String
    public let second: String

    public init(_ a: String, _ b: String) {
        let (x, y) = (Self.key(a), Self.key(b))
        (first, second) = x <= y ? (x, y) : (y, x)
    }

    /// How names are compared in decisions and exact links: folded case, accents and white space.
    public static func key(_ name: String) -> String { TextFolding.fold(name) }
}
