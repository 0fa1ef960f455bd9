import Foundation
import Testing
@testable import Peilstok

@Suite struct FactsheetSegmenterTests {
    /// Two factsheet pages as a text layer lays them out: each page's example box before its heading.
    private let pages = """
    Leeswijzer factsheets
    4. Proef Een
    5. Proef Twee met een lange
    naam (gemeente Tilburg)
    Inhoud – pilots (naar paginanummer)
    Voorbeeld casus
    Een inwoner kreeg hulp van de proef.
     Voortgang
    Uitvoering AfrondingOpstart
    Pilot Proef Een
    Structuur van de pilot
    De proef verbindt wijkteams en advocaten. Pilot werd door de RvR geïnitieerd
    en loopt in de gemeente Heerlen.
    Eigenaarschap, financiering en data
    Eigenaarschap ligt bij hJL.
    € Niet van toepassing.
    AVG Er worden geen gegevens gedeeld.
    Tussentijdse bevindingen
    Samenwerking loont.
    57
    Vragen in het
    spreekuur
    Borging en implementatie: blik op de
    toekomst
    De werkwijze wordt voortgezet.
    Rechtshulp-
    verleners
    0e, 1e en 2e
    lijn
    Werkwijze
    2022 20232020 2021
    Doorlooptijd
    120
    Zaken behandeld
    Voorbeeld casus
    Een tweede casus.
    5
    Pilot Proef Twee met een lange
    naam (gemeente Tilburg)
    Structuur van de pilot
    Een online hulpmiddel.
    Tussentijdse bevindlngen
    Veel bezoekers.
    Online tool
    """

    private func segment(_ text: String) async throws -> SegmentedDocument {
        let document = try Extractor.extract(data: Data(text.utf8), format: .text, file: "f.txt")
        return try await Segmenter(rules: TestPaths.loadedRules).process(document)
    }

    @Test func rebuildsEachPageFromAJumbledTextLayer() async throws {
        let document = try await segment(pages)
        #expect(document.kind == "factsheets")
        let blocks = document.blocks
        #expect(blocks.map(\.name) == ["Proef Een", "Proef Twee met een lange naam"])
        let first = try #require(blocks.first)
        #expect(first.section("structuur")?.text
            == "De proef verbindt wijkteams en advocaten. Pilot werd door de RvR geïnitieerd en loopt in de gemeente Heerlen.")
        #expect(first.section("eigenaarschap")?.text == "Eigenaarschap ligt bij hJL.")
        #expect(first.section("financiering")?.text == "Niet van toepassing.")
        #expect(first.section("avg")?.text == "Er worden geen gegevens gedeeld.")
        #expect(first.section("tussentijdse_bevindingen")?.text == "Samenwerking loont.")
        #expect(first.section("borging")?.text == "De werkwijze wordt voortgezet.")
        #expect(first.section("voorbeeld_casus")?.text == "Een inwoner kreeg hulp van de proef.")
        #expect(first.lijn == ["0e", "1e", "2e"])
        #expect(first.vorm == "werkwijze")
        #expect(first.figures.map(\.text) == ["57"])
        #expect(first.figures.first?.label == "Vragen in het spreekuur")
        #expect(first.gemeente == "Heerlen")
    }

    @Test func givesFiguresAfterAPageEndAndTheNextBoxToTheNextPage() async throws {
        let second = try #require(try await segment(pages).blocks.last)
        #expect(second.figures.map(\.text) == ["120"], "the page number 5 of the contents list is no figure")
        #expect(second.figures.first?.label == "Zaken behandeld")
        #expect(second.section("voorbeeld_casus")?.text == "Een tweede casus.")
        #expect(second.gemeente == "Tilburg")
        #expect(second.vorm == "online-tool")
        #expect(second.section("tussentijdse_bevindingen")?.text == "Veel bezoekers.", "one OCR letter off in a long heading")
        #expect(second.warnings.contains("no 'borging' section found on the page"))
    }

    @Test func aHeadingBrokenOverTwoLinesIsJoined() async throws {
        let blocks = try await segment(pages).blocks
        #expect(blocks.last?.heading == "Pilot Proef Twee met een lange naam (gemeente Tilburg)")
    }
}
