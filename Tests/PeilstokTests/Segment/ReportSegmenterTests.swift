import Foundation
import Testing
@testable import Peilstok

@Suite struct ReportSegmenterTests {
    private func segment(_ text: String, format: InputFormat = .text) async throws -> SegmentedDocument {
        let document = try Extractor.extract(data: Data(text.utf8), format: format, file: "r.txt")
        return try await Segmenter(rules: TestPaths.loadedRules).process(document)
    }

    @Test func readsAppendixPilotsAndSplitsDescriptionFromContinuation() async throws {
        let document = try await segment("""
        Inleiding
        A. Beschrijving individuele pilots
        Pilot in gemeente Den Bosch — Vitamine R

        De pilot kent drie thema's. Elke maand komt de werkgroep bij elkaar om

        acties te bespreken.

        2 Significant Public (2022), Inzicht in pilots rechtsbijstand.

        Verlenging van de pilot kan zorgen voor borging van de aanpak.
        Pilot in Almere — Moreel kompas

        In gemeente Almere loopt een traject.
        https://example.nl/

        Almere heeft de intentie om de werkwijze voort te zetten.
        """)
        #expect(document.kind == "report")
        #expect(document.blocks.map(\.name) == ["Vitamine R", "Moreel kompas"])
        #expect(document.blocks.map(\.gemeente) == ["Den Bosch", "Almere"])
        let first = try #require(document.blocks.first)
        #expect(first.section("beschrijving")?.text == "De pilot kent drie thema's. Elke maand komt de werkgroep bij elkaar om acties te bespreken.")
        #expect(first.section("borging")?.text == "Verlenging van de pilot kan zorgen voor borging van de aanpak.")
        #expect(document.blocks.last?.section("borging")?.text == "Almere heeft de intentie om de werkwijze voort te zetten.")
    }

    @Test func readsTheResearchReportSeed() async throws {
        let outcomes = try await runSeeds(["003_594f80364ebc7975.txt"])
        let outcome = try #require(outcomes.first)
        #expect(outcome.kind == "research-report")
        #expect(outcome.records.map(\.name) == ["Berekenjescheiding.nl", "Samen Recht Vinden",
                                                "Zelfregie-route Scheiden (Uitelkaar.nl)",
                                                "Dejuridiseren bij multiproblematiek in het sociaal domein"])
        #expect(outcome.records.allSatisfy { Array($0.sections.keys) == ["voorbeeld_casus"] })
        #expect(outcome.records[1].sections["voorbeeld_casus"]?.hasSuffix("---") == false)
        let document = try #require(outcome.document)
        #expect(document.metadata == ["client": "Ministerie van Justitie en Veiligheid", "reference": "SK/bv/3209",
                                      "authors": "Michiel Blom, Renee van Haaren, Suzanne Kluit en Maaïke Zoutenbier",
                                      "date": "12 oktober 2022", "version": "Definitief"])
        #expect(document.peildatum == "2022-10-12")
        #expect(document.peildatumSource == "document")
        #expect(document.title == "INZICHT IN PILOTS RECHTSBIJSTAND IN HET KADER VAN DE STELSELVERNIEUWING")
        #expect(document.outline.contains { $0.level == 2 && $0.number == "1.1" && $0.text.hasPrefix("Achtergrond") })
    }

    @Test func takesThePeildatumFromADatelineOrTheManifest() async throws {
        let dated = try await segment("Den Haag, 19 december 2019\n\nGeachte voorzitter,\n")
        #expect(dated.peildatum == "2019-12-19")
        #expect(dated.peildatumSource == "document")
        // Below the opening lines, set in bold with spaces to spare, after lines whose first comma comes late.
        let opening = String(repeating: "Een regel zonder datum.\n", count: 12)
        let later = try await segment(opening + "De staatssecretaris van Justitie en Veiligheid schrijft, 1 maart 2020\n\n"
                                      + "**'s-Gravenhage**,   12 oktober 2022\n", format: .markdown)
        #expect(later.peildatum == "2022-10-12")
        let none = try await segment(opening + "Rotterdam en Amsterdam en Utrecht en Den Haag en nog veel meer, 1 maart 2020\n")
        #expect(none.peildatum == nil)
        var document = try Extractor.extract(data: Data("Een notitie.\n".utf8), format: .text, file: "n.txt")
        document.manifest = ManifestEntry(peildatum: "2022-10-12", kind: "research-report")
        let fromManifest = try await Segmenter(rules: TestPaths.loadedRules).process(document)
        #expect(fromManifest.peildatum == "2022-10-12")
        #expect(fromManifest.peildatumSource == "manifest")
        #expect(fromManifest.kind == "research-report")
    }
}
