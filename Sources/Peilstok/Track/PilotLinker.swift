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

    /// True when two written municipality names are the same municipality now.
    private func sameGemeente(_ a: String, _ b: String) -> Bool {
        if TextFolding.fold(a) == TextFolding.fold(b) { return true }
        guard let first = gazetteer?.municipality(named: a), let second = gazetteer?.municipality(named: b) else { return false }
        return first.code == second.code
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
        let names = NameSimilarity(ngram: rules.ngram, stopWords: rules.stopWords)
        let grams = candidates.map { names.variants(of: $0.name) }
        // Texts are compared only with pilots of earlier documents: one document needs no vectors.
        let vectors = documents.count < 2 ? []
            : TextSimilarity.vectors(candidates.map(\.text), stopWords: rules.stopWords, stemLength: rules.stemLength)
        let same = decisions.same
        let different = decisions.different

        func score(_ candidate: Int, _ pilot: Pilot) -> Score {
            let latest = pilot.latest
            let name = NameSimilarity.score(grams[candidate], grams[latest])
            let text = TextSimilarity.cosine(vectors[candidate], vectors[latest])
            var agreement = 0.0
            var gemeenteNote = "gemeente unknown"
            if let a = candidates[candidate].gemeente, let b = candidates[latest].gemeente {
                agreement = sameGemeente(a, b) ? 1 : -1
                gemeenteNote = agreement > 0 ? "gemeente \(a)" : "gemeente \(b) ≠ \(a)"
            }
            let total = rules.nameWeight * name + rules.textWeight * text + rules.gemeenteWeight * agreement
            let evidence = String(format: "name %.2f, text %.2f, %@ (with '%@')", name, text, gemeenteNote,
                                  candidates[latest].name)
            return Score(total: (total * 1000).rounded() / 1000, evidence: evidence)
        }
        func forbidden(_ candidate: Int, _ pilot: Pilot) -> Bool {
            pilot.names.contains { different.contains(NamePair(candidates[candidate].name, $0)) }
        }

        var pilots: [Pilot] = []
        var assignment: [Int64: (pilot: Int, decided: LinkDecision, score: Double?, evidence: String?)] = [:]
        var reviews: [(version: Int64, name: String, reason: String, candidates: [(pilot: Int, score: Score)])] = []
        var offset = 0
        for document in documents {
            let indices = Array(offset..<(offset + document.candidates.count))
            offset += document.candidates.count
            var taken: Set<Int> = []
            var linked: [Int: (pilot: Int, decided: LinkDecision, score: Score?)] = [:]

            // Decisions, then the same folded name.
            for candidate in indices {
                let key = NamePair.key(candidates[candidate].name)
                let manual = pilots.indices.first { pilot in
                    !taken.contains(pilot) && pilots[pilot].names.contains { $0 != key && same.contains(NamePair(key, $0)) }
                        && !forbidden(candidate, pilots[pilot])
                }
                if let manual {
                    taken.insert(manual)
                    linked[candidate] = (manual, .manual, nil)
                }
            }
            for candidate in indices where linked[candidate] == nil {
                let key = NamePair.key(candidates[candidate].name)
                if let exact = pilots.indices.first(where: { pilot in
                    !taken.contains(pilot) && pilots[pilot].names.contains(key) && !forbidden(candidate, pilots[pilot])
                }) {
                    taken.insert(exact)
                    linked[candidate] = (exact, .exact, nil)
                }
            }

            // Scores for the rest: mutual best, above the threshold, clear of every other candidate.
            let open = indices.filter { linked[$0] == nil }
            let free = pilots.indices.filter { !taken.contains($0) }
            var table: [[Score?]] = open.map { candidate in
                free.map { pilot in forbidden(candidate, pilots[pilot]) ? nil : score(candidate, pilots[pilot]) }
            }
            func ranked(_ scores: [Score?]) -> [(index: Int, total: Double)] {
                scores.enumerated().compactMap { index, score in score.map { (index, $0.total) } }
                    .sorted { ($0.total, -$0.index) > ($1.total, -$1.index) }
            }
            for (row, candidate) in open.enumerated() {
                let byPilot = ranked(table[row])
                guard let best = byPilot.first, best.total >= rules.threshold else { continue }
                let column = table.map { $0[best.index] }
                let byCandidate = ranked(column)
                let mutual = byCandidate.first?.index == row
                let runnerUp = max(byPilot.dropFirst().first?.total ?? -.infinity,
                                   byCandidate.dropFirst().first?.total ?? -.infinity)
                if mutual, runnerUp <= best.total - rules.margin {
                    linked[candidate] = (free[best.index], .auto, table[row][best.index])
                } else {
                    let reason = mutual ? "near tie: another candidate scores within \(rules.margin) of the best"
                        : "not mutual: the best pilot matches another version of this document better"
                    reviews.append((candidates[candidate].version, candidates[candidate].name, reason,
                                    byPilot.prefix(3).map { (free[$0.index], table[row][$0.index]!) }))
                }
            }
            table.removeAll()

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
                pilots[pilot].names.insert(NamePair.key(candidates[candidate].name))
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
