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
