import Foundation
import Testing
@testable import Peilstok

/// The registry's automatic linker, scored against the hand-checked links between the seeds.
@Suite struct LinkingTests {
    /// A store in a temporary directory holding the outcomes of `seeds`, linked with `rules`.
    static func store(_ seeds: [String], rules: Rules = TestPaths.loadedRules) async throws -> (PilotStore, TemporaryDirectory) {
        let directory = try TemporaryDirectory()
        let store = try PilotStore(url: directory.file("peilstok.sqlite"), statusSections: rules.diff.statusSections)
        for outcome in try await runSeeds(seeds) {
            try store.keep(outcome, key: ReadingKey(file: outcome.file, sha256: outcome.sha256!, rulesHash: rules.hash, reader: "test"))
        }
        try store.relink(with: PilotLinker(rules: rules), trackingHash: rules.trackingHash)
        return (store, directory)
    }

    static func score(_ store: PilotStore) throws -> LinkScorer.Score {
        let gold = try GoldLinks.load(TestPaths.gold.appending(path: "links.json"))
        let linked = try store.versions().map { LinkScorer.Linked(document: $0.document, name: $0.record.name, pilot: $0.pilotID) }
        return LinkScorer.score(linked, gold: gold)
    }

    @Test func theShippedDecisionsFileHoldsNoDecisions() {
        #expect(TestPaths.loadedRules.decisions.decisions.isEmpty)
    }

    @Test func theAutomaticLinkerFindsTheGoldLinksBetweenTheSeeds() async throws {
        let (store, directory) = try await Self.store(["000_cad00d4029970908.txt", "001_9fa5d12fc6f62dbe.txt", "002_067f7ab2b7d390c7.txt"])
        defer { directory.cleanup() }
        let score = try Self.score(store)
        #expect(score.unknown.isEmpty, "\(score.unknown)")
        #expect(score.precision >= 0.95, "wrong: \(score.wrong)")
        #expect(score.recall >= 0.90, "missed: \(score.missed)")
        // Renames the issue names, each from the score alone.
        let links = try store.versions().filter { $0.document.hasPrefix("000") }
        for name in ["LegalGuard", "Ketenregie Geschiloplossing Huurdomein", "Hillesluis en Feijenoord"] {
            #expect(links.first { $0.record.name == name }?.decided == .auto, "\(name)")
        }
    }

    @Test func linkingDoesNotDependOnTheOrderOrTheLayoutOfTheDocuments() async throws {
        // The factsheets as a PDF beside the text: the PDF's pilots take the same pilots, by the same names.
        let (store, directory) = try await Self.store(["002_067f7ab2b7d390c7.txt", "factsheets-2022.pdf", "000_cad00d4029970908.txt"])
        defer { directory.cleanup() }
        let versions = try store.versions()
        let text = Dictionary(versions.filter { $0.document.hasPrefix("000") }.map { ($0.record.name, $0.pilotID) }, uniquingKeysWith: { a, _ in a })
        let pdf = versions.filter { $0.document == "factsheets-2022.pdf" }
        #expect(pdf.count == 30)
        for version in pdf { #expect(text[version.record.name] == version.pilotID, "\(version.record.name)") }
    }

    @Test func aNearTieIsLeftForReviewNotLinked() {
        let rules = TestPaths.loadedRules.linking
        let old = LinkDocument(id: 1, file: "a", peildatum: "2021-01-01", candidates: [
            LinkCandidate(version: 1, name: "Juridisch spreekuur Noord", gemeente: nil, text: "spreekuur wijkteam advocaten noord"),
            LinkCandidate(version: 2, name: "Juridisch spreekuur Zuid", gemeente: nil, text: "spreekuur wijkteam advocaten zuid"),
        ])
        let new = LinkDocument(id: 2, file: "b", peildatum: "2022-01-01", candidates: [
            LinkCandidate(version: 3, name: "Juridisch spreekuur", gemeente: nil, text: "spreekuur wijkteam advocaten"),
        ])
        let registry = PilotLinker(rules: rules, decisions: PilotDecisions(decisions: [])).link([old, new])
        #expect(registry.assignments.first { $0.version == 3 }?.decided == .new)
        #expect(registry.reviews.map(\.version) == [3])
        #expect(registry.reviews.first?.candidates.count == 2)
    }

    @Test func aFormerMunicipalityAndTheOneItMergedIntoAgree() {
        let rules = TestPaths.loadedRules
        let documents = [
            LinkDocument(id: 1, file: "a", peildatum: "2021-01-01", candidates: [
                LinkCandidate(version: 1, name: "Schuldhulp aan huis", gemeente: "Weesp", text: "schuldhulp aan huis bij inwoners"),
            ]),
            LinkDocument(id: 2, file: "b", peildatum: "2023-01-01", candidates: [
                LinkCandidate(version: 2, name: "Schuldhulp thuis", gemeente: "Amsterdam", text: "schuldhulp thuis bij inwoners"),
            ]),
        ]
        let decisions = PilotDecisions(decisions: [])
        let informed = PilotLinker(rules: rules.linking, decisions: decisions, gazetteer: rules.gazetteer).link(documents)
        let blind = PilotLinker(rules: rules.linking, decisions: decisions).link(documents)
        let linked = informed.assignments.first { $0.version == 2 }
        #expect(linked?.evidence?.contains("gemeente Amsterdam (with") == true)
        #expect(blind.assignments.first { $0.version == 2 }?.evidence?.contains("gemeente Weesp ≠ Amsterdam") ?? true)
        #expect(linked?.pilot == informed.assignments.first { $0.version == 1 }?.pilot)
    }

    @Test func decisionsLinkAndSeparateWhatTheScoresWouldNot() {
        let rules = TestPaths.loadedRules.linking
        let documents = [
            LinkDocument(id: 1, file: "a", peildatum: "2021-01-01", candidates: [
                LinkCandidate(version: 1, name: "Beslisboom", gemeente: nil, text: "beslisboom"),
                LinkCandidate(version: 2, name: "LegalGuard (Consumentenrecht)", gemeente: nil, text: "consumentenrecht geschillen"),
            ]),
            LinkDocument(id: 2, file: "b", peildatum: "2022-01-01", candidates: [
                LinkCandidate(version: 3, name: "Multi-Criteria Decision Tool", gemeente: nil, text: "tool"),
                LinkCandidate(version: 4, name: "LegalGuard", gemeente: nil, text: "consumentenrecht geschillen"),
            ]),
        ]
        let automatic = PilotLinker(rules: rules, decisions: PilotDecisions(decisions: [])).link(documents)
        #expect(automatic.assignments.map(\.pilot) == ["beslisboom", "legalguard-consumentenrecht", "multi-criteria-decision-tool", "legalguard-consumentenrecht"])
        let decisions = PilotDecisions(decisions: [
            .init(verdict: .same, names: ["Multi-Criteria Decision Tool", "beslisboom"], line: 1),
            .init(verdict: .different, names: ["LegalGuard", "LegalGuard (Consumentenrecht)"], line: 2),
        ])
        let decided = PilotLinker(rules: rules, decisions: decisions).link(documents)
        #expect(decided.assignments.map(\.pilot) == ["beslisboom", "legalguard-consumentenrecht", "beslisboom", "legalguard"])
        #expect(decided.assignments.map(\.decided) == [.new, .new, .manual, .new])
    }

    @Test func pilotIdsStayWhenAnEarlierDocumentArrives() {
        let rules = TestPaths.loadedRules.linking
        let later = LinkDocument(id: 2, file: "b", peildatum: "2022-01-01", candidates: [
            LinkCandidate(version: 2, name: "Hulp om de hoek", gemeente: "Hengelo", text: "sociaal raadslieden bibliotheek"),
        ])
        let first = PilotLinker(rules: rules, decisions: PilotDecisions(decisions: [])).link([later])
        #expect(first.assignments.map(\.pilot) == ["hulp-om-de-hoek"])
        // An older document, read afterwards, goes first in linking order; the pilot keeps the id it had.
        var again = later
        again.candidates[0].previousPilot = "hulp-om-de-hoek"
        let earlier = LinkDocument(id: 3, file: "a", peildatum: "2021-01-01", candidates: [
            LinkCandidate(version: 3, name: "SJD in lokale context", gemeente: "Hengelo", text: "sociaal raadslieden bibliotheek"),
        ])
        let second = PilotLinker(rules: rules, decisions: PilotDecisions(decisions: [])).link([earlier, again])
        #expect(Set(second.assignments.map(\.pilot)) == ["hulp-om-de-hoek"])
    }
}
