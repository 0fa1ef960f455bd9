import Testing
@testable import Peilstok

/// A phrase set passes over a token that starts none of its phrases before hashing it; it must never pass over one
/// that does.
@Suite struct PhraseSetTests {
    private var sets: [(String, PhraseSet)] {
        let rules = TestPaths.loadedRules
        let numbers = rules.numbers
        let dates = rules.dates
        var sets: [(String, PhraseSet)] = [
            ("currency before", numbers.currencyBefore), ("currency after", numbers.currencyAfter),
            ("percent", numbers.percent), ("range openers", numbers.rangeOpeners),
            ("range connectors", numbers.rangeConnectors), ("not quantities", numbers.notQuantities),
            ("relative this", numbers.relativeThis), ("relative previous", numbers.relativePrevious),
            ("relative next", numbers.relativeNext), ("relative ahead", numbers.relativeAhead),
            ("relative ago", numbers.relativeAgo), ("quarter words", dates.quarterWords), ("half words", dates.halfWords),
            ("fillers", dates.fillers), ("openers", dates.openers), ("connectors", dates.connectors),
            ("open start", dates.openStart), ("open end", dates.openEnd), ("coordinators", dates.coordinators),
        ]
        for qualifier in numbers.qualifiers {
            sets += [("\(qualifier.qualifier) before", qualifier.before), ("\(qualifier.qualifier) after", qualifier.after)]
        }
        return sets
    }

    @Test func everyPhraseOfTheRulesIsFoundWhereItIsWritten() {
        var checked = 0
        for (name, set) in sets {
            for phrase in set.phrases {
                let tokens = Tokenizer.tokenize("x " + phrase.tokens.joined(separator: " ") + " x")
                #expect(set.longestMatch(tokens, at: 1) != nil, "\(name): \(phrase.tokens)")
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    @Test func aWordThatStartsNoPhraseIsPassedOver() {
        let set = PhraseSet(["tot en met", "vanaf", "€", "ruim", "meer dan", "ten minste"])
        let text = "tot en met vanaf € ruim meer dan ten minste totaal van ruimte meest tenzij"
        let tokens = Tokenizer.tokenize(text)
        let found = tokens.indices.filter { set.longestMatch(tokens, at: $0) != nil }.map { tokens[$0].text }
        #expect(found == ["tot", "vanaf", "€", "ruim", "meer", "ten"])
    }
}
