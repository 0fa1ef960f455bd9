import Testing
@testable import Peilstok

/// Heading and kind matching forgive what OCR does to text, and only that.
@Suite struct OCRToleranceTests {
    private let rules = TestPaths.loadedRules
    private var factsheet: [SectionRule] { rules.sections["factsheets"] ?? [] }
    private var table: [SectionRule] { rules.sections["stand-van-zaken"] ?? [] }

    @Test(arguments: [
        ("Tussentijdse bevindlngen", "tussentijdse_bevindingen"),   // l for i
        ("Structuur van de pi1ot", "structuur"),                     // 1 for l
        ("Eigenaarschap, financiering en data", "eigenaarschap"),
        ("Eigenaar schap, financiering en data", "eigenaarschap"),   // a split word
        ("Voorbeeld casus", "voorbeeld_casus"),
        ("Voorbeeld ca5us", "voorbeeld_casus"),                      // one further edit in 15 letters
    ])
    func aHeadingWithOCRErrorsStillOpensItsSection(text: String, key: String) {
        #expect(SectionRule.key(forHeading: text, in: factsheet) == key, "\(text)")
    }

    @Test(arguments: [
        ("Stand van zakcn", "stand_van_zaken"),                      // c for e
        ("Achter grond", "achtergrond"),                             // a split word
        ("Doel:", "doel"),
    ])
    func aTableHeadingWithOCRErrorsStillOpensItsSection(text: String, key: String) {
        #expect(SectionRule.key(forHeading: text, in: table) == key, "\(text)")
    }

    @Test(arguments: [
        "Stand van zaken",            // another heading of the same length class
        "Structuur van de wijk",      // shares a prefix, not the heading
        "Doet",                       // a short heading allows no edit beyond confusions
        "Dael",
        "Looptijdverlenging",
        "Achterstand",
        "Tussentijdse evaluatie",
    ])
    func anUnrelatedLineOpensNoFactsheetSection(text: String) {
        #expect(SectionRule.key(forHeading: text, in: factsheet) == nil, "\(text)")
        if text != "Stand van zaken" { #expect(SectionRule.key(forHeading: text, in: table) == nil, "\(text)") }
    }

    @Test func theAllowanceGrowsWithTheHeadingsLength() {
        let tolerance = rules.ocrTolerance
        #expect(tolerance.allowedEdits(tolerance.canonical("doel")) == 0)
        #expect(tolerance.allowedEdits(tolerance.canonical("tussentijdse bevindingen")) == 1)
        #expect(tolerance.matches("tussentijdse bevindlngcn", canonicalExpected: tolerance.canonical("tussentijdse bevindingen")))
        #expect(!tolerance.matches("tussentijdse besluiten", canonicalExpected: tolerance.canonical("tussentijdse bevindingen")))
    }

    @Test func boundedEditDistanceAgreesWithTheFullOne() {
        func full(_ a: String, _ b: String) -> Int {
            let x = Array(a), y = Array(b)
            var row = Array(0...y.count)
            for i in 1...max(1, x.count) where !x.isEmpty {
                var next = [i] + Array(repeating: 0, count: y.count)
                for j in 1...max(1, y.count) where !y.isEmpty {
                    next[j] = min(row[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1), row[j] + 1, next[j - 1] + 1)
                }
                row = next
            }
            return x.isEmpty ? y.count : row[y.count]
        }
        let words = ["", "a", "ab", "doel", "dole", "stand", "standvan", "achtergrond", "achtergrnnd", "looptijd", "tijdloop"]
        for a in words {
            for b in words {
                for limit in 0...3 { #expect(EditDistance.within(limit, a, b) == (full(a, b) <= limit), "\(a) \(b) \(limit)") }
            }
        }
    }
}
