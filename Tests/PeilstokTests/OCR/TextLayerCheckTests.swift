import Testing
@testable import Peilstok

/// When a page's text layer is read, and when the page goes to OCR instead.
@Suite struct TextLayerCheckTests {
    private let rules = TestPaths.loadedRules.ocr

    private func words(_ text: String) -> [Word] {
        text.split(separator: " ").enumerated().map { index, word in
            Word(text: String(word), box: Box(x0: Double(index * 30), y0: 0, x1: Double(index * 30 + 25), y1: 10), fontSize: 10,
                 bold: false, italic: false, underlined: false, colour: nil)
        }
    }

    @Test func noWordsIsAMissingLayer() {
        #expect(TextLayerCheck.verdict([], rules: rules) == .missing)
    }

    @Test func dutchProseIsUsable() {
        let prose = "In deze pilot wordt het effect onderzocht van het verlagen van de eigen bijdrage voor de rechtzoekende en de advocaat die hem bijstaat in zijn zaak"
        #expect(TextLayerCheck.verdict(words(prose), rules: rules) == .usable)
    }

    @Test func aPageOfNamesOrFiguresIsUsable() {
        let names = (1...30).map { "Links regel \($0)" }.joined(separator: " ")
        #expect(TextLayerCheck.verdict(words(names), rules: rules) == .usable)
    }

    @Test func unmappedGlyphsMakeALayerUnusable() {
        let garbage = String(repeating: "\u{FFFD}\u{FFFD}\u{FFFD} ", count: 30) + "de pilot"
        guard case .unusable = TextLayerCheck.verdict(words(garbage), rules: rules) else {
            Issue.record("replacement characters were taken for text")
            return
        }
    }

    @Test func lettersMappedToTheWrongCharactersMakeALayerUnusable() {
        // Dutch prose with each letter shifted by three, as a font without a proper Unicode map gives it.
        let prose = "In deze pilot wordt het effect onderzocht van het verlagen van de eigen bijdrage voor de rechtzoekende en de advocaat die"
        let shifted = String(prose.unicodeScalars.map { scalar -> Character in
            guard ("a"..."z").contains(scalar) else { return Character(scalar) }
            return Character(Unicode.Scalar((scalar.value - 97 + 3) % 26 + 97)!)
        })
        guard case .unusable = TextLayerCheck.verdict(words(shifted), rules: rules) else {
            Issue.record("a shifted text layer was taken for text: \(shifted)")
            return
        }
    }
}
