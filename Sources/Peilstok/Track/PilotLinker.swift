import Foundation

/// The registry's linker: gives every version of every document a pilot, so that one pilot keeps one id across
/// documents, peildata and renames.
///
/// Documents are taken in order. A version first takes a pilot an analyst's decision names, then one that carried
/// the same folded name; the versions left are scored against the pilots left (`LinkingRules`) and linked only as
/// mutual best matches above the threshold with no near tie. A version left over starts a new pilot. A pilot
/// takes at most one version of each document, and a decision that two names differ is never overruled.
public struct PilotLinker: Sendable {
    public let rules: LinkingRules
    public let decisions: PilotDecisions
    /// Tells when two names are one municipality ("Den Bosch" and "'s-Hertogenbosch", or "Weesp" and Amsterdam
    /// after their merger); without it, names must fold alike.
    public let gazetteer: Gazetteer?

    public init(rules: LinkingRules, decisions: PilotDecisions, gazetteer: Gazetteer? = nil) {
        self.rules = rules
        self.decisions = decisions
        self.gazetteer = gazetteer
    }

    /// The linker the rules describe: `linking.yml`, the decisions of `pilots.yml` and the gazetteer.
    public init(rules: Rules) {
        self.init(rules: rules.linking, decisions: rules.decisions, gazetteer: rules.gazetteer)
    }

    /// A pilot as linking goes: every name it carried, and its latest version, which new versions are scored against.
    private struct Pilot {
        var names: Set<String>
        var firstName: String
        var latest: Int
        var versions: [Int64] = []
        var previousIDs: [String] = []
    }

    /// A score and what it was made of.
    private struct Score {
        var total: Double
        var evidence: String
    }

    public func link(_ documents: [LinkDocument]) -> Registry {
        let candidates = documents.flatMap(\.candidates)
        let keys = candidates.map { NamePair.key($0.name) }
        let sameAs = Self.partners(decisions.same)
        let differentFrom = Self.partners(decisions.different)
        // Made when a first version is left to score: a batch whose later documents all link by name needs none.
        var made: Scorer?
        func scorer() -> Scorer {
            if let made { return made }
            let scorer = Scorer(candidates, rules: rules, gazetteer: gazetteer)
            made = scorer
            return scorer
        }
        func score(_ candidate: Int, _ latest: Int) -> Score {
            let (name, text, agreement, total) = scorer().parts(candidate, latest)
            var gemeenteNote = "gemeente unknown"
            if let a = candidates[candidate].gemeente, let b = candidates[latest].gemeente {
                gemeenteNote = agreement > 0 ? "gemeente \(a)" : "gemeente \(b) ≠ \(a)"
            }
            let evidence = String(format: "name %.2f, text %.2f, %@ (with '%@')", name, text, gemeenteNote,
                                  candidates[latest].name)
            return Score(total: total, evidence: evidence)
        }

        var pilots: [Pilot] = []
        /// The pilots that carried each folded name, in ascending order.
        var carriers: [String: [Int]] = [:]
        func forbidden(_ candidate: Int, _ pilot: Int) -> Bool {
            guard let banned = differentFrom[keys[candidate]] else { return false }
            return !banned.isDisjoint(with: pilots[pilot].names)
        }
        var assignment: [Int64: (pilot: Int, decided: LinkDecision, score: Double?, evidence: String?)] = [:]
        var reviews: [(version: Int64, name: String, reason: String, candidates: [(pilot: Int, score: Score)])] = []
        var offset = 0
        for document in documents {
            let indices = Array(offset..<(offset + document.candidates.count))
            offset += document.candidates.count
            var taken: Set<Int> = []
            var linked: [Int: (pilot: Int, decided: LinkDecision, score: Score?)] = [:]
            /// The first pilot of `eligible` (ascending) not taken in this document and not decided apart.
            func first(of eligible: [Int], for candidate: Int) -> Int? {
                eligible.first { !taken.contains($0) && !forbidden(candidate, $0) }
            }

            // Decisions, then the same folded name.
            for candidate in indices {
                guard let partners = sameAs[keys[candidate]] else { continue }
                let eligible = Set(partners.flatMap { carriers[$0] ?? [] }).sorted()
                if let manual = first(of: eligible, for: candidate) {
                    taken.insert(manual)
                    linked[candidate] = (manual, .manual, nil)
                }
            }
            for candidate in indices where linked[candidate] == nil {
                if let exact = first(of: carriers[keys[candidate]] ?? [], for: candidate) {
                    taken.insert(exact)
                    linked[candidate] = (exact, .exact, nil)
                }
            }

            // Scores for the rest: mutual best, above the threshold, clear of every other candidate.
            let open = indices.filter { linked[$0] == nil }
            let free = pilots.indices.filter { !taken.contains($0) }
            let latest = free.map { pilots[$0].latest }
            let banned = open.map { differentFrom[keys[$0]] }
            let carried = differentFrom.isEmpty ? [] : free.map { pilots[$0].names }
            let scoring = open.isEmpty || free.isEmpty ? nil : scorer()
            let ranking = LinkRanking(rows: open.count, columns: free.count,
                                      threads: Cores.available) { row, column in
                if let names = banned[row], !names.isDisjoint(with: carried[column]) { return nil }
                return scoring?.parts(open[row], latest[column]).total
            }
            for (row, candidate) in open.enumerated() {
                let byPilot = ranking.rows[row]
                guard let best = byPilot.first, best.total >= rules.threshold else { continue }
                let byCandidate = ranking.columns[best.index]
                let mutual = byCandidate.first?.index == row
                let runnerUp = max(byPilot.dropFirst().first?.total ?? -.infinity,
                                   byCandidate.dropFirst().first?.total ?? -.infinity)
                if mutual, runnerUp <= best.total - rules.margin {
                    linked[candidate] = (free[best.index], .auto, score(candidate, latest[best.index]))
                } else {
                    let reason = mutual ? "near tie: another candidate scores within \(rules.margin) of the best"
                        : "not mutual: the best pilot matches another version of this document better"
                    reviews.append((candidates[candidate].version, candidates[candidate].name, reason,
                                    byPilot.map { (free[$0.index], score(candidate, latest[$0.index])) }))
                }
            }

            for candidate in indices {
                let pilot: Int
                if let link = linked[candidate] {
                    pilot = link.pilot
                    pilots[pilot].latest = candidate
                    assignment[candidates[candidate].version] = (pilot, link.decided, link.score?.total, link.score?.evidence)
                } else {
                    pilot = pilots.count
                    pilots.append(Pilot(names: [], firstName: candidates[candidate].name, latest: candidate))
                    assignment[candidates[candidate].version] = (pilot, .new, nil, nil)
                }
                if pilots[pilot].names.insert(keys[candidate]).inserted {
                    carriers[keys[candidate], default: []].insertSorted(pilot)
                }
                pilots[pilot].versions.append(candidates[candidate].version)
                if let previous = candidates[candidate].previousPilot { pilots[pilot].previousIDs.append(previous) }
            }
        }

        let ids = Self.identifiers(for: pilots.map { ($0.firstName, $0.previousIDs) })
        let assignments = candidates.map { candidate in
            let link = assignment[candidate.version]!
            return LinkAssignment(version: candidate.version, pilot: ids[link.pilot], decided: link.decided,
                                  score: link.score, evidence: link.evidence)
        }
        return Registry(
            pilots: pilots.indices.map { Registry.Pilot(id: ids[$0], name: pilots[$0].firstName) },
            assignments: assignments,
            reviews: reviews.map { review in
                LinkReview(version: review.version, name: review.name, reason: review.reason,
                           candidates: review.candidates.map { .init(pilot: ids[$0.pilot], score: $0.score.total, evidence: $0.score.evidence) })
            })
    }

    /// What versions are scored by: their names' n-grams, their texts' vectors over the whole batch, and where they
    /// are.
    private struct Scorer: Sendable {
        let grams: [[NameSimilarity.Bag]]
        let vectors: [TextSimilarity.Vector]
        /// Each version's municipality as written, folded, and its CBS code when the gazetteer knows it: two are one
        /// municipality when they fold alike or have the same code (a former name and the one it merged into).
        let places: [(folded: String, code: String?)?]
        let weights: (name: Double, text: Double, gemeente: Double)

        init(_ candidates: [LinkCandidate], rules: LinkingRules, gazetteer: Gazetteer?) {
            grams = NameSimilarity(ngram: rules.ngram, stopWords: rules.stopWords).variants(of: candidates.map(\.name))
            vectors = TextSimilarity.vectors(candidates.map(\.text), stopWords: rules.stopWords, stemLength: rules.stemLength)
            places = candidates.map { candidate in
                candidate.gemeente.map { (folded: TextFolding.fold($0), code: gazetteer?.municipality(named: $0)?.code) }
            }
            weights = (rules.nameWeight, rules.textWeight, rules.gemeenteWeight)
        }

        /// The parts of a version's score against a pilot whose latest version is `latest`, and their total.
        func parts(_ candidate: Int, _ latest: Int) -> (name: Double, text: Double, agreement: Double, total: Double) {
            let name = NameSimilarity.score(grams[candidate], grams[latest])
            let text = TextSimilarity.cosine(vectors[candidate], vectors[latest])
            var agreement = 0.0
            if let a = places[candidate], let b = places[latest] {
                agreement = a.folded == b.folded || (a.code != nil && a.code == b.code) ? 1 : -1
            }
            let total = weights.name * name + weights.text * text + weights.gemeente * agreement
            return (name, text, agreement, (total * 1000).rounded() / 1000)
        }
    }

    /// Each folded name a decision pairs with others, and those others.
    private static func partners(_ pairs: Set<NamePair>) -> [String: Set<String>] {
        var partners: [String: Set<String>] = [:]
        for pair in pairs {
            partners[pair.first, default: []].insert(pair.second)
            partners[pair.second, default: []].insert(pair.first)
        }
        return partners
    }

    /// Stable pilot ids: the id most of a pilot's versions had before, while no earlier pilot holds it; otherwise a
    /// slug of its first name, made unique.
    static func identifiers(for pilots: [(firstName: String, previous: [String])]) -> [String] {
        var used: Set<String> = []
        var ids: [String?] = pilots.map { pilot in
            let counts = Dictionary(pilot.previous.map { ($0, 1) }, uniquingKeysWith: +)
            guard let kept = counts.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).first?.key,
                  !used.contains(kept) else { return nil }
            used.insert(kept)
            return kept
        }
        for index in ids.indices where ids[index] == nil {
            let base = Slug.make(pilots[index].firstName)
            var id = base
            var number = 2
            while used.contains(id) {
                id = "\(base)-\(number)"
                number += 1
            }
            used.insert(id)
            ids[index] = id
        }
        return ids.map { $0! }
    }
}

private extension Array where Element == Int {
    /// Inserts `value` in its place in this ascending array; a value larger than all goes on the end at once.
    mutating func insertSorted(_ value: Int) {
        guard let last, last > value else { return append(value) }
        insert(value, at: firstIndex { $0 > value }!)
    }
}
