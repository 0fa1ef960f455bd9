import Foundation
import Testing
@testable import Peilstok

@Suite struct TableSegmenterTests {
    private func segment(_ text: String) async throws -> SegmentedDocument {
        let document = try Extractor.extract(data: Data(text.utf8), format: .text, file: "t.txt")
        return try await Segmenter(rules: TestPaths.loadedRules).process(document)
    }

    @Test func readsEveryRowOfTheSeedAsOnePilot() async throws {
        let data = try Data(contentsOf: TestPaths.standVanZakenSeed)
        let document = try Extractor.extract(data: data, format: .text, file: "002.txt")
        let segmented = try await Segmenter(rules: TestPaths.loadedRules).process(document)
        #expect(segmented.kind == "stand-van-zaken")
        #expect(segmented.peildatum == "2021-12-01")
        #expect(segmented.blocks.count == 33)
        #expect(segmented.blocks.first?.name == "Rotterdam-Zuid (Hillesluis)")
        #expect(segmented.blocks.last?.name == "Divosa / Gemeente Wijk bij Duurstede")
        #expect(segmented.blocks.allSatisfy { $0.sections.map(\.key) == ["achtergrond", "doel", "stand_van_zaken", "looptijd"] })
        #expect(!segmented.blocks.contains { $0.name.hasPrefix("-") || $0.name.hasPrefix("¹") || $0.name == "Pilot" })
    }

    @Test func skipsHeaderSeparatorAndFootnoteLines() async throws {
        let segmented = try await segment("""
        Stand van zaken pilots – peildatum 1 december 2021
        Pilot\tToelichting
        -------\t-------------
        Pilot A\t<p><u>Achtergrond</u> Tekst A.¹</p>
        ¹ Zie voor evaluatie: www.example.nl
        Pilot\tStand van zaken
        Pilot B\t<p><u>Stand van zaken:</u> Gestart.</p><p><u>Looptijd</u> Mei 2020 – voorjaar 2022</p>
        """)
        #expect(segmented.blocks.map(\.name) == ["A", "B"])
        #expect(segmented.blocks[0].section("achtergrond")?.text == "Tekst A.¹")
        #expect(segmented.blocks[1].section("stand_van_zaken")?.text == "Gestart.")
        #expect(segmented.blocks[1].lines == LineRange(7, 7))
    }

    @Test func knowsAHeaderRowByItsShapeWhateverItsWords() async throws {
        let segmented = try await segment("""
        Stand van zaken pilots – peildatum 1 december 2021
        Naam pilot\tToelichting
        Pilot A\t<p><u>Achtergrond</u> Tekst A.</p><p><u>Looptijd</u> 2021</p>
        Naam van de pilot\tStand per peildatum
        Pilot B\t<p><u>Achtergrond</u> Tekst B.</p>
        """)
        #expect(segmented.blocks.map(\.name) == ["A", "B"])
    }

    @Test func keepsTextOfBulletListsInItsSection() async throws {
        let segmented = try await segment("""
        Stand van zaken pilots – peildatum 1 december 2021
        Pilot Lijst\t<p><u>Doel</u></p> <ul style="x"> • een • twee <p><u>Looptijd</u> 2021</p>
        """)
        #expect(segmented.blocks.first?.section("doel")?.text == "• een • twee")
        #expect(segmented.blocks.first?.section("looptijd")?.text == "2021")
    }

    @Test func aDocumentOfNoKnownKindIsKeptWithAWarning() async throws {
        let segmented = try await segment("Boodschappenlijst\nmelk\nbrood")
        #expect(segmented.kind == nil)
        #expect(segmented.blocks.isEmpty)
        #expect(segmented.warnings.contains("matches no document kind in kinds.yml: kept as a document without pilots"))
    }

    @Test func aTableWithoutPilotRowsIsKeptWithAWarning() async throws {
        let segmented = try await segment("Stand van zaken pilots – peildatum 1 december 2021\nPilot\tToelichting\n")
        #expect(segmented.kind == "stand-van-zaken")
        #expect(segmented.warnings.contains("recognised as stand-van-zaken, but no pilot blocks were found (peilstok inspect shows why)"))
    }

    @Test func warnsWhenNoPeildatumIsStated() async throws {
        let segmented = try await segment("Stand van zaken pilots\nPilot\tToelichting\nPilot A\t<p><u>Doel</u> x</p>")
        #expect(segmented.peildatum == nil)
        #expect(segmented.warnings.contains("no peildatum: the document states none and no inbox.yml entry gives one"))
    }
}
