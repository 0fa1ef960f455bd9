import Testing
@testable import Peilstok
@testable import PeilstokPDF

@Suite struct ScannedRunningLinesTests {
    private let finder: ScannedRunningLines

    init() throws {
        finder = ScannedRunningLines(tolerance: try Rules.load(from: TestPaths.rules).ocrTolerance, share: 0.5)
    }

    private func line(_ text: String, y0: Double, y1: Double, x0: Double = 595) -> TextBlock.Line {
        TextBlock.Line(text: text, spans: [StyledSpan(text: text, style: .plain)], box: Box(x0: x0, y0: y0, x1: x0 + 80, y1: y1),
                       fontSize: 7, bold: false, underlined: false, confidence: 90)
    }

    @Test func aHeaderOCRReadsDifferentlyOnEachPageIsRunning() {
        // How Tesseract read the factsheets' "Voortgang:" header on six scanned pages: an icon beside it read as
        // letters, the page's skew moving it by a few points.
        let margins: [[TextBlock.Line]] = [
            [line("Voortgang:", y0: 16, y1: 27), line("Opstart", y0: 17, y1: 27, x0: 654),
             line("Pilot Buurtbemiddeling", y0: 14, y1: 28, x0: 28)],
            [line("Voortgang: KE Opstart", y0: 15, y1: 25)],
            [line("Voortgang: L", y0: 14, y1: 30), line("Opstart ek", y0: 11, y1: 29, x0: 656)],
            [line("Voortgang: EX", y0: 13, y1: 28), line("Voortgang van de pilot in 2022", y0: 560, y1: 570, x0: 34)],
            [line("oortgan", y0: 16, y1: 25), line("opstar", y0: 11, y1: 34, x0: 655)],
            [line("Voortgang:", y0: 11, y1: 34)],
        ]
        let running = finder.running(margins)
        #expect(running.map(\.count) == [2, 1, 2, 1, 0, 1])
        #expect(Set(running[0].map(\.text)) == ["Voortgang:", "Opstart"])
        // The same word in the other margin is no header; a misreading that keeps too little of it is not one either.
        #expect(running[3].map(\.text) == ["Voortgang: EX"])
    }

    @Test func fewScannedPagesOrLinesSeenOnceAreNotRunning() {
        let twoPages: [[TextBlock.Line]] = [[line("Voortgang:", y0: 16, y1: 27)], [line("Voortgang:", y0: 16, y1: 27)], []]
        #expect(finder.running(twoPages).allSatisfy { $0.isEmpty })
        let titles: [[TextBlock.Line]] = ["Pilot Gezinsadvocaat", "Pilot Hulp om de hoek", "Pilot Vitamine R", "Pilot MIJN ZAAK"]
            .map { [line($0, y0: 30, y1: 44, x0: 28)] }
        #expect(finder.running(titles).allSatisfy { $0.isEmpty })
    }
}
