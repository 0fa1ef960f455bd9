/// The words of numbers, amounts, percentages and durations (`Rules/numbers.yml`).
public struct NumberVocabulary: Sendable {
    struct Qualifier: Sendable {
        let qualifier: String
        let before: PhraseSet
        let after: PhraseSet
    }

    struct PerPhrase: Sendable {
        let per: String
        let phrases: PhraseSet
        /// Words that state the period right before the amount ("jaarlijks ongeveer 36,5 miljoen euro").
        let before: Set<String>
    }

    struct DurationUnit: Sendable {
        let designator: String
        /// Time units (hours, minutes) go after `T` in ISO 8601.
        let isTime: Bool
        /// How many of `designator` one unit is: a quarter is 3 months.
        let factor: Int
        let words: PhraseSet
    }

    /// A fraction that counts only before a duration unit or a scale word ("een half jaar").
    struct UnitFraction: Sendable {
        let phrase: Phrase
        let value: Double
    }

    /// Collective numbers: "een tweetal", "een dertigtal" (approximate from `approxFrom` on).
    struct Collective: Sendable {
        let suffix: String
        let approxFrom: Double
        let qualifier: String
    }

    var units: [String: Double]
    var tens: [String: Double]
    /// Lowercased, not folded: accents tell "één" from the article "een".
    var oneAccented: Set<String>
    /// The same, folded as words are: only a word that folds to one of these needs its accents looked at.
    var oneAccentedFolded: Set<String>
    /// The first two letters of every number word; a word starting otherwise is no number.
    var openings: Set<String>
    var onePlain: String
    var hundred: String
    var thousand: String
    var half: String
    var fractions: [String: Double]
    /// Longest phrase first.
    var unitFractions: [UnitFraction]
    var collective: Collective
    var scales: [String: Double]
    var qualifiers: [Qualifier]
    var currencyCode: String
    var currencyBefore: PhraseSet
    var currencyAfter: PhraseSet
    var per: [PerPhrase]
    var percent: PhraseSet
    var rangeOpeners: PhraseSet
    var rangeBetweenConnector: Phrase
    var rangeConnectors: PhraseSet
    var durations: [DurationUnit]
    var references: Set<String>
    var referenceChainWords: Set<String>
    var maxUngroupedDigits: Int
    var notQuantities: PhraseSet
    var relativeThis: PhraseSet
    var relativePrevious: PhraseSet
    var relativeNext: PhraseSet
    var relativeAhead: PhraseSet
    var relativeAgo: PhraseSet

    static func parse(_ root: RuleNode) throws(RuleError) -> NumberVocabulary {
        _ = try root.entries(allowed: ["units", "tens", "one_accented", "one_plain", "hundred", "thousand", "half",
                                      "fractions", "unit_fractions", "collectives", "scales", "qualifiers", "currency", "per", "percent", "range",
                                      "durations", "references", "reference_chain_words", "max_ungrouped_digits",
                                      "not_quantities", "relative"])
        func numbers(_ key: String) throws(RuleError) -> [String: Double] {
            var result: [String: Double] = [:]
            for (word, _, value) in try root.required(key).entries() {
                guard let number = value.node.float, number >= 0 else { throw value.error("expected a number") }
                result[TextFolding.fold(word)] = number
            }
            return result
        }
        func phrases(_ node: RuleNode?) throws(RuleError) -> PhraseSet {
            PhraseSet(try node?.strings() ?? [])
        }

        var qualifiers: [Qualifier] = []
        for item in try root.required("qualifiers").items() {
            _ = try item.entries(allowed: ["qualifier", "before", "after"])
            qualifiers.append(Qualifier(qualifier: try item.required("qualifier").string(),
                                        before: try phrases(item.optional("before")),
                                        after: try phrases(item.optional("after"))))
        }
        let currency = try root.required("currency")
        _ = try currency.entries(allowed: ["code", "before", "after"])
        var per: [PerPhrase] = []
        for item in try root.required("per").items() {
            _ = try item.entries(allowed: ["per", "phrases", "before"])
            per.append(PerPhrase(per: try item.required("per").string(), phrases: try phrases(item.required("phrases")),
                                 before: Set(try item.optional("before")?.strings().map(TextFolding.fold) ?? [])))
        }
        let range = try root.required("range")
        _ = try range.entries(allowed: ["between", "connectors"])
        let between = try range.required("between")
        _ = try between.entries(allowed: ["opener", "connector"])
        var durations: [DurationUnit] = []
        for item in try root.required("durations").items() {
            _ = try item.entries(allowed: ["designator", "time", "factor", "words"])
            let designatorNode = try item.required("designator")
            let designator = try designatorNode.string()
            guard ["Y", "M", "W", "D", "H", "S"].contains(designator) else {
                throw designatorNode.error("'\(designator)' is not an ISO 8601 duration designator (Y, M, W, D, H, S)")
            }
            durations.append(DurationUnit(designator: designator, isTime: try item.optional("time")?.node.bool ?? false,
                                          factor: try item.optional("factor")?.int(in: 1...1000) ?? 1,
                                          words: try phrases(item.required("words"))))
        }
        let relative = try root.required("relative")
        _ = try relative.entries(allowed: ["this", "previous", "next", "ahead", "ago"])
        var unitFractions: [UnitFraction] = []
        for (phrase, _, value) in try root.required("unit_fractions").entries() {
            guard let number = value.node.float, number > 0, number < 1 else { throw value.error("expected a fraction between 0 and 1") }
            unitFractions.append(UnitFraction(phrase: Phrase(phrase), value: number))
        }
        let collectives = try root.required("collectives")
        _ = try collectives.entries(allowed: ["suffix", "approx_from", "qualifier"])
        let approxNode = try collectives.required("approx_from")
        guard let approxFrom = approxNode.node.float else { throw approxNode.error("expected a number") }

        let oneAccented = Set(try root.required("one_accented").strings().map { $0.lowercased() })
        let (units, tens, fractions) = (try numbers("units"), try numbers("tens"), try numbers("fractions"))
        let onePlain = TextFolding.fold(try root.required("one_plain").string())
        let hundred = TextFolding.fold(try root.required("hundred").string())
        let thousand = TextFolding.fold(try root.required("thousand").string())
        let half = TextFolding.fold(try root.required("half").string())
        let words = [onePlain, hundred, thousand, half] + Array(units.keys) + Array(tens.keys) + Array(fractions.keys)
        return NumberVocabulary(
            units: units, tens: tens,
            oneAccented: oneAccented, oneAccentedFolded: Set(oneAccented.map(Tokenizer.fold)),
            openings: Set(words.map { String($0.prefix(2)) }),
            onePlain: onePlain, hundred: hundred, thousand: thousand, half: half,
            fractions: fractions,
            unitFractions: unitFractions.sorted { $0.phrase.tokens.count > $1.phrase.tokens.count },
            collective: Collective(suffix: TextFolding.fold(try collectives.required("suffix").string()), approxFrom: approxFrom,
                                   qualifier: try collectives.required("qualifier").string()),
            scales: try numbers("scales"),
            qualifiers: qualifiers,
            currencyCode: try currency.required("code").string(),
            currencyBefore: try phrases(currency.required("before")),
            currencyAfter: try phrases(currency.required("after")),
            per: per,
            percent: try phrases(root.required("percent")),
            rangeOpeners: try phrases(between.required("opener")),
            rangeBetweenConnector: Phrase(try between.required("connector").string()),
            rangeConnectors: try phrases(range.required("connectors")),
            durations: durations,
            references: Set(try root.required("references").strings().map(TextFolding.fold)),
            referenceChainWords: Set(try root.required("reference_chain_words").strings().map(TextFolding.fold)),
            maxUngroupedDigits: try root.required("max_ungrouped_digits").int(in: 1...18),
            notQuantities: try phrases(root.required("not_quantities")),
            relativeThis: try phrases(relative.required("this")),
            relativePrevious: try phrases(relative.required("previous")),
            relativeNext: try phrases(relative.required("next")),
            relativeAhead: try phrases(relative.required("ahead")),
            relativeAgo: try phrases(relative.required("ago")))
    }
}
