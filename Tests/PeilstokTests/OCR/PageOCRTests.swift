import Foundation
import Testing
@testable import Peilstok
@testable import PeilstokPDF

@Suite struct PageOCRTests {
    private func word(_ text: String, x0: Double, x1: Double) -> TesseractEngine.RecognisedWord {
        .init(text: text, box: Box(x0: x0, y0: 100, x1: x1, y1: 120), pointSize: 9, confidence: 40, line: 3)
    }

    @Test func aPanelEdgeReadWithAWordIsCutOffTextAndBox() throws {
        // "_|__sinds": a panel's border read onto the word that follows it; the box must lose the border too, or it
        // reaches into the gutter and joins two columns.
        let trimmed = try #require(PageOCR.trimmingMarks(word("_|__sinds", x0: 313, x1: 362)))
        #expect(trimmed.text == "sinds")
        #expect(abs(trimmed.box.x0 - (313 + 49.0 * 4 / 9)) < 0.001)
        #expect(trimmed.box.x1 == 362)
        #expect(PageOCR.trimmingMarks(word("aangesloten;_", x0: 0, x1: 130))?.text == "aangesloten;")
        #expect(PageOCR.trimmingMarks(word("__|", x0: 0, x1: 30)) == nil)
        #expect(PageOCR.trimmingMarks(word("snake_case", x0: 0, x1: 100))?.text == "snake_case")
    }
}

@Suite struct PageOCRRereadingTests {
    private func word(_ text: String, _ box: Box, confidence: Double, line: Int = 0) -> TesseractEngine.RecognisedWord {
        .init(text: text, box: box, pointSize: 9, confidence: confidence, line: line)
    }

    /// A white page with lines of "words": runs of upright strokes (4 px of every 12) 40 px wide and 30 px tall,
    /// 15 px apart, each line turned by `degrees` about the page's left edge.
    private func page(lines: [Int], degrees: Double = 0) -> GreyImage {
        let (width, height) = (1600, 900)
        var pixels = [UInt8](repeating: 255, count: width * height)
        let slope = tan(degrees * .pi / 180)
        for top in lines {
            for x in 100..<1500 where (x - 100) % 55 < 40 && x % 12 < 4 {
                let shift = Int((Double(x) * slope).rounded())
                for y in (top + shift)..<(top + shift + 30) where (0..<height).contains(y) { pixels[y * width + x] = 20 }
            }
        }
        return GreyImage(pixels: pixels, width: width, height: height, scale: 300.0 / 72)
    }

    @Test func aSkewedPageIsTurnedLevelBeforeItIsRead() {
        let skewed = page(lines: [200, 300, 400, 500], degrees: 1.2)
        let (level, angle) = skewed.levelled()
        #expect(abs(abs(angle) - 1.2) < 0.2, "measured \(angle)°")
        // Levelled, the first line's ink lies in one band as tall as a line, not spread over the 29 px its skew adds.
        let rows = (150..<280).filter { row in (100..<1500).contains { level.pixels[row * level.width + $0] < 128 } }
        #expect(rows.count < 40, "\(rows.count) rows hold ink")
    }

    @Test func lostLinesAreInkThatNoWordCovers() {
        let image = page(lines: [200, 400])
        let read = [word("tekst", Box(x0: 100, y0: 198, x1: 1500, y1: 232), confidence: 90)]
        let lost = PageOCR.lostLines(in: image, besides: read, dpi: 300)
        #expect(lost.count == 1)
        #expect(lost.first.map { $0.y0 < 400 && $0.y1 > 430 && $0.x0 <= 100 && $0.x1 >= 1480 } == true, "\(lost)")
        // A solid block (an icon, a bar) is no line of text.
        var solid = image
        for y in 600..<640 { for x in 100..<400 { solid.pixels[y * solid.width + x] = 0 } }
        #expect(PageOCR.lostLines(in: solid, besides: read, dpi: 300).count == 1)
    }

    @Test func aSecondReadingReplacesConfirmsOrAdds() {
        let first = [word("nb", Box(x0: 100, y0: 0, x1: 300, y1: 40), confidence: 11),
                     word("ijsselstreek", Box(x0: 400, y0: 0, x1: 700, y1: 40), confidence: 1),
                     word("Pilot", Box(x0: 800, y0: 0, x1: 900, y1: 40), confidence: 95)]
        let rereads = [word("transformatie", Box(x0: 95, y0: 2, x1: 305, y1: 38), confidence: 93, line: 5),
                       word("ijsselstreek", Box(x0: 400, y0: 0, x1: 700, y1: 40), confidence: 1, line: 6),
                       word("Pil0t", Box(x0: 800, y0: 0, x1: 900, y1: 40), confidence: 60, line: 7),
                       word("Gezinsadvocaat", Box(x0: 100, y0: 100, x1: 500, y1: 140), confidence: 92, line: 8)]
        let merged = PageOCR.merging(first, rereads: rereads)
        #expect(merged.map(\.text) == ["ijsselstreek", "Pilot", "transformatie", "Gezinsadvocaat"])
        #expect(merged.first { $0.text == "ijsselstreek" }?.confirmed == true)
        #expect(merged.first { $0.text == "Pilot" }?.confirmed == false)
    }

    @Test func aTallSpeckOnALineDoesNotStretchItsWords() {
        // Line 0's words are 30 px tall; an icon read as "5", 60 px tall, stands at its end.
        let words: [(line: Int, box: Box)] = [(0, Box(x0: 0, y0: 100, x1: 50, y1: 130)), (0, Box(x0: 60, y0: 100, x1: 120, y1: 130)),
                                              (0, Box(x0: 130, y0: 100, x1: 200, y1: 130)), (0, Box(x0: 900, y0: 95, x1: 930, y1: 155)),
                                              (1, Box(x0: 0, y0: 147, x1: 60, y1: 177))]
        let boxes = PageOCR.typeBoxes(words)
        #expect(boxes[0].y1 < boxes[4].y0 + 5, "\(boxes[0]) reaches into the next line \(boxes[4])")
        #expect(boxes[3].y0 == boxes[0].y0 && boxes[3].y1 == boxes[0].y1)
    }
}

@Suite struct PageOCRSignTests {
    /// A white page with one outlined shape of `width` × `height` pixels (a 4-px stroke, not solid), as a glyph is.
    private func page(width: Int, height: Int) -> GreyImage {
        let (pageWidth, pageHeight) = (800, 600)
        var pixels = [UInt8](repeating: 255, count: pageWidth * pageHeight)
        for y in 200..<(200 + height) {
            for x in 100..<(100 + width) where y < 204 || y >= 196 + height || x < 104 || x >= 96 + width {
                pixels[y * pageWidth + x] = 20
            }
        }
        return GreyImage(pixels: pixels, width: pageWidth, height: pageHeight, scale: 300.0 / 72)
    }

    @Test func aSignStandingAloneIsReadAgain() {
        // A "€" over a paragraph, at 300 dpi: narrower than tall, as tall as body type. Tesseract's layout analysis
        // drops it; so must it not be dropped as a mark, once read.
        #expect(PageOCR.lostLines(in: page(width: 34, height: 44), besides: [], dpi: 300).count == 1)
        // A shape narrower than wide and taller than body type (an icon) is no sign of the text.
        #expect(PageOCR.lostLines(in: page(width: 60, height: 120), besides: [], dpi: 300).isEmpty)
        let euro = TesseractEngine.RecognisedWord(text: "€", box: Box(x0: 100, y0: 200, x1: 134, y1: 244), pointSize: 9,
                                                  confidence: 55, line: 4)
        #expect(PageOCR.merging([], rereads: [euro]).map(\.text) == ["€"])
        #expect(!PageOCR.isSpeck(euro) && !PageOCR.isRule(euro))
    }

    @Test func aLoneLetterIsNoLine() {
        #expect(PageOCR.isLoneLetter("L") && PageOCR.isLoneLetter("l"))
        #expect(!PageOCR.isLoneLetter("5") && !PageOCR.isLoneLetter("€") && !PageOCR.isLoneLetter("AVG"))
    }
}
