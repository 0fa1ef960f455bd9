import Testing
@testable import Peilstok

/// A factsheet page as OCR reads it: icons read as marks before their captions.
@Suite struct ScannedFactsheetPageTests {
    private let reader: FactsheetPageReader

    init() throws {
        let rules = try Rules.load(from: TestPaths.rules)
        let kind = try #require(rules.kind("factsheets"))
        reader = FactsheetPageReader(layout: try #require(kind.factsheet), sections: rules.sections["factsheets"] ?? [],
                                     names: rules.names, gazetteer: rules.gazetteer, years: rules.dates.years,
                                     tolerance: rules.ocrTolerance)
    }

    /// Blocks of (text, size) lines, top to bottom; `ocr` gives every line a confidence, as OCR'd lines have.
    private func page(_ blocks: [[(String, Double)]], ocr: Bool) -> DocumentPage {
        var number = 0
        var top = 40.0
        return DocumentPage(number: 1, width: 842, height: 595, blocks: blocks.map { lines in
            let start = top
            let built = lines.map { text, size -> DocumentLine in
                number += 1
                defer { top += size + 3 }
                return DocumentLine(number: number, spans: [StyledSpan(text: text, style: TextStyle(fontSize: size))],
                                    box: Box(x0: 34, y0: top, x1: 300, y1: top + size), confidence: ocr ? 88 : nil)
            }
            top += 12
            return DocumentBlock(lines: built, box: Box(x0: 34, y0: start, x1: 300, y1: top - 12))
        }, ocr: ocr)
    }

    private let blocks: [[(String, Double)]] = [
        [("Pilot Proef Een", 15)],
        [("Structuur van de pilot", 11), ("De proef verbindt wijkteams en advocaten in Heerlen.", 9)],
        [("Eigenaarschap, financiering en data", 10), ("Eigenaarschap ligt bij hJL.", 9), ("€", 9),
         ("Er is financiering voor nog een jaar.", 9), ("AVG", 9), ("Er worden geen gegevens gedeeld.", 9)],
        [("ee Oe, 1e en 2e lijn", 8)],
        [("€ Online tool", 8)],
        [("& Rechtzoekenden", 8)],
    ]

    @Test func captionsBehindIconMarksAreCaptionsOnAnOCRdPage() {
        let reading = reader.read(page(blocks, ocr: true), styled: true)
        #expect(reading.lijn == ["0e", "1e", "2e"])
        #expect(reading.vorm == "online-tool")
        let financiering = reading.sections.filter { $0.key == "financiering" }.flatMap(\.body).map(\.text)
        #expect(financiering == ["Er is financiering voor nog een jaar."])
    }

    @Test func aTextLayerIsTakenAsItReads() {
        // In a text layer, "ee Oe" is no misreading of "0e", and "€" opens the financing paragraph.
        let reading = reader.read(page(blocks, ocr: false), styled: true)
        #expect(reading.lijn.isEmpty)
        #expect(reading.vorm == nil)
    }

    @Test func onlyAFewShortMarksArePassedOver() {
        let classifier = FactsheetLineClassifier(layout: reader.layout, sections: [], years: 2019...2030)
        let tolerance = reader.tolerance
        #expect(classifier.lijnCaption("& 1e en 2e lijn", tolerance: tolerance) == ["1e", "2e"])
        #expect(classifier.lijnCaption("oe en le lijn", tolerance: tolerance) == ["0e", "1e"])
        #expect(classifier.lijnCaption("& 1e en 2e lijn") == nil)
        #expect(classifier.lijnCaption("samenwerking in de 1e lijn", tolerance: tolerance) == nil)
        #expect(classifier.lijnCaption("ee ab cd 1e lijn", tolerance: tolerance) == nil)
        #expect(FactsheetPageReader.passingOverIconMarks("® werkwijze") == "werkwijze")
        #expect(FactsheetPageReader.passingOverIconMarks("de werkwijze") == "werkwijze")
        #expect(FactsheetPageReader.passingOverIconMarks("online tool") == "online tool")
    }
}
