import Foundation
import Testing
@testable import Peilstok

@Suite struct HeadingsSegmenterTests {
    private func segment(_ text: String) async throws -> SegmentedDocument {
        let document = try Extractor.extract(data: Data(text.utf8), format: .text, file: "note.txt")
        return try await Segmenter(rules: TestPaths.loadedRules).process(document)
    }

    /// A made-up evaluation note: a foreword naming the pilot, headings broken over lines, a footnote, a list.
    private let note = """
    Woord vooraf
    In opdracht van de stuurgroep van de pilot ‘Buurtloket Zwolle’ geeft de werkgroep hier haar evaluatie.

    Korte evaluatie pilot
    De pilot liep goed, zegt de werkgroep4 in haar verslag.

    4 Zie het verslag van de werkgroep.
    Ook de deelnemers waren tevreden.
    Overzicht aanbevelingen en
    ideeën vanuit de praktijk
    Hieronder de aanbevelingen.
    1. Maak een vast spreekuur.
    Dat helpt.
    2. Houd het overleg aan.
    Conclusie
    De pilot is geslaagd.
    Hoe nu verder?
    Een vervolg ligt voor de hand.
    """

    @Test func readsOneRecordWithItsSectionsFromTheHeadings() async throws {
        let segmented = try await segment(note)
        #expect(segmented.kind == "evaluation")
        let block = try #require(segmented.blocks.first)
        #expect(segmented.blocks.count == 1)
        #expect(block.name == "Buurtloket Zwolle")
        #expect(block.gemeente == "Zwolle")
        #expect(block.sections.map(\.key) == ["evaluatie", "aanbevelingen", "conclusie", "vervolg"])
        #expect(block.section("evaluatie")?.text
            == "De pilot liep goed, zegt de werkgroep4 in haar verslag. Ook de deelnemers waren tevreden.")
        #expect(block.section("aanbevelingen")?.text.hasPrefix("Hieronder de aanbevelingen.") == true)
        #expect(block.section("vervolg")?.text == "Een vervolg ligt voor de hand.")
    }

    @Test func listsTheNumberedRecommendationsWithTheirLines() async throws {
        let block = try #require(try await segment(note).blocks.first)
        #expect(block.recommendations.map(\.number) == [1, 2])
        #expect(block.recommendations.first?.text == "Maak een vast spreekuur. Dat helpt.")
        #expect(block.recommendations.first?.lines == LineRange(12, 13))
    }

    @Test func aLineThatOnlyStartsLikeAHeadingButIsASentenceOpensNothing() async throws {
        let segmented = try await segment(note.replacingOccurrences(of: "Conclusie\n", with: "Conclusie is dat het werkt.\n"))
        let block = try #require(segmented.blocks.first)
        #expect(block.section("conclusie") == nil)
        #expect(block.section("aanbevelingen")?.text.contains("Conclusie is dat het werkt.") == true)
    }
}

/// `inspect`'s account of a miss.
@Suite struct MissExplanationTests {
    @Test func namesTheTitleAndTheHeadingsTakenOnEachPage() async throws {
        let text = "Overzicht\nEen inleiding.\n\u{0C}Pilot Buurtloket\nStructuur van de pilot is kort.\nIets.\n"
        let document = try Extractor.extract(data: Data(text.utf8), format: .text, file: "f.txt")
        let lines = await Segmenter(rules: TestPaths.loadedRules).explainMiss(document, kind: "factsheets")
        #expect(lines.contains("    title: \"Pilot Buurtloket\" (the first line that opens with the heading word or reads like a name)"))
        #expect(lines.contains("    no line matches a heading of 'factsheets' in sections.yml"))
        #expect(lines.last?.hasSuffix("add this report's headings to sections.yml") == true)
    }
}
