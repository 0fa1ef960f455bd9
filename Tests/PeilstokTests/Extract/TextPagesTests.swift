import Foundation
import Testing
@testable import Peilstok

@Suite struct TextPagesTests {
    private func document(_ text: String) throws -> TextDocument {
        try Extractor.extract(data: Data(text.utf8), format: .text, file: "t.txt")
    }

    @Test func formFeedsStartPagesAndLineNumbersStayTheFiles() throws {
        let read = try document("Een\nTwee\n\u{0C}Drie\n\nVier\n\u{0C}")
        #expect(read.pages.map(\.number) == [1, 2])
        #expect(read.pages[1].blocks.map { $0.lines.map(\.text) } == [["Drie"], ["Vier"]])
        #expect(read.pages[1].lines.map(\.number) == [3, 5])
        #expect(read.lines[2] == "Drie")
    }

    @Test func columnsSideBySideAreReadOneAfterTheOther() throws {
        let page = """
        Links een kop          Rechts een kop
        links regel een        rechts regel een
        links regel twee       rechts regel twee

        Onder over de hele breedte van de pagina
        """
        let read = try document(page)
        let texts = read.pages[0].lines.map(\.text)
        #expect(texts == ["Links een kop", "links regel een", "links regel twee", "Rechts een kop", "rechts regel een",
                          "rechts regel twee", "Onder over de hele breedte van de pagina"])
        #expect(read.pages[0].lines.map(\.number) == [1, 2, 3, 1, 2, 3, 5])
    }

    @Test func runningHeadersAndPageNumbersBecomeFurniture() throws {
        let pages = (1...4).map { "Factsheets 2022\nPilot \($0)\nTekst van pagina \($0).\n– \($0) –" }
        let read = try document(pages.joined(separator: "\n\u{0C}"))
        #expect(read.pages.count == 4)
        for page in read.pages {
            #expect(page.lines.map(\.text) == ["Pilot \(page.number)", "Tekst van pagina \(page.number)."])
            #expect(page.furniture.map(\.text) == ["Factsheets 2022", "– \(page.number) –"])
        }
    }

    @Test func aTextWithoutPagesOrColumnsIsOnePageOfParagraphs() throws {
        let read = try document("Kop\nEen zin.\n\nNog een zin.\n")
        #expect(read.pages.count == 1)
        #expect(read.pages[0].blocks.map { $0.lines.map(\.text) } == [["Kop", "Een zin."], ["Nog een zin."]])
    }
}
