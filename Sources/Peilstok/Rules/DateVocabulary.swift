/// The words of dates, periods and intervals (`Rules/dates.yml`).
public struct DateVocabulary: Sendable {
    struct MonthName: Sendable {
        let phrase: Phrase
        let month: Int
        /// Abbreviations count only before a day or a year.
        let isFullName: Bool
    }

    struct Season: Sendable {
        let code: String
        let names: PhraseSet
        let months: (first: Int, last: Int)
    }

    struct Modifier: Sendable {
        let mod: String
        let words: PhraseSet
        /// The months of a year the modifier means, or `nil` to keep the whole period.
        let months: (first: Int, last: Int)?
    }

    /// Month names by their first folded token.
    var months: [String: [MonthName]]
    var seasons: [Season]
    var modifiers: [Modifier]
    var ordinals: [String: Int]
    var quarterWords: PhraseSet
    var halfWords: PhraseSet
    var quarterPrefix: String
    var halfPrefix: String
    var fillers: PhraseSet
    var years: ClosedRange<Int>
    var openers: PhraseSet
    var connectors: PhraseSet
    var betweenOpener: Phrase
    var betweenConnector: Phrase
    var openStart: PhraseSet
    var openEnd: PhraseSet
    /// Folded words after which an open-end word names a point ("terug tot 1 oktober").
    var pointAfterWords: Set<String>
    var coordinators: PhraseSet
    /// Separators of all-numeric dates ("22-07-2024").
    var numericSeparators: Set<String>
    /// Folded endings of capitalised words whose name a year may end ("Besluit … 2000").
    var namedYearHeads: [String]
    var namedYearMaxWords: Int
    var namedYearPrepositions: Set<String>

    static func parse(_ root: RuleNode) throws(RuleError) -> DateVocabulary {
        _ = try root.entries(allowed: ["months", "seasons", "modifiers", "ordinals", "quarter_words", "half_words",
                                      "quarter_prefix", "half_prefix", "fillers", "years", "interval", "coordinators",
                                      "numeric_separators", "named_years"])
        var months: [MonthName] = []
        var seenMonths = Set<Int>()
        for item in try root.required("months").items() {
            _ = try item.entries(allowed: ["month", "names"])
            let monthNode = try item.required("month")
            let month = try monthNode.int(in: 1...12)
            guard seenMonths.insert(month).inserted else { throw monthNode.error("month \(month) is listed twice") }
            for (position, name) in try item.required("names").strings().enumerated() {
                months.append(MonthName(phrase: Phrase(name), month: month, isFullName: position == 0))
            }
        }
        guard seenMonths.count == 12 else { throw try root.required("months").error("all twelve months must be listed") }

        var seasons: [Season] = []
        for item in try root.required("seasons").items() {
            _ = try item.entries(allowed: ["code", "names", "months"])
            let range = try item.required("months").intPair(in: 1...12)
            seasons.append(Season(code: try item.required("code").string(),
                                  names: PhraseSet(try item.required("names").strings()),
                                  months: range))
        }

        var modifiers: [Modifier] = []
        for item in try root.required("modifiers").items() {
            _ = try item.entries(allowed: ["mod", "words", "months"])
            var range: (Int, Int)?
            if let monthsNode = try item.optional("months") {
                let pair = try monthsNode.intPair(in: 1...12)
                guard pair.0 <= pair.1 else { throw monthsNode.error("a modifier's months must not wrap the year") }
                range = pair
            }
            modifiers.append(Modifier(mod: try item.required("mod").string(),
                                      words: PhraseSet(try item.required("words").strings()),
                                      months: range))
        }

        var ordinals: [String: Int] = [:]
        for (word, _, value) in try root.required("ordinals").entries() {
            ordinals[TextFolding.fold(word)] = try value.int(in: 1...4)
        }

        let yearsNode = try root.required("years")
        let years = try yearsNode.intPair(in: 1000...9999)
        guard years.0 <= years.1 else { throw yearsNode.error("the first year must not be after the last") }

        let interval = try root.required("interval")
        _ = try interval.entries(allowed: ["openers", "connectors", "between", "open_start", "open_end", "point_after_words"])
        let between = try interval.required("between")
        _ = try between.entries(allowed: ["opener", "connector"])
        let named = try root.required("named_years")
        _ = try named.entries(allowed: ["heads", "max_words", "prepositions"])

        return DateVocabulary(
            months: Dictionary(grouping: months) { $0.phrase.tokens.first ?? "" }, seasons: seasons, modifiers: modifiers, ordinals: ordinals,
            quarterWords: PhraseSet(try root.required("quarter_words").strings()),
            halfWords: PhraseSet(try root.required("half_words").strings()),
            quarterPrefix: TextFolding.fold(try root.required("quarter_prefix").string()),
            halfPrefix: TextFolding.fold(try root.required("half_prefix").string()),
            fillers: PhraseSet(try root.required("fillers").strings()),
            years: years.0...years.1,
            openers: PhraseSet(try interval.required("openers").strings()),
            connectors: PhraseSet(try interval.required("connectors").strings()),
            betweenOpener: Phrase(try between.required("opener").string()),
            betweenConnector: Phrase(try between.required("connector").string()),
            openStart: PhraseSet(try interval.required("open_start").strings()),
            openEnd: PhraseSet(try interval.required("open_end").strings()),
            pointAfterWords: Set(try interval.optional("point_after_words")?.strings().map(TextFolding.fold) ?? []),
            coordinators: PhraseSet(try root.required("coordinators").strings()),
            numericSeparators: Set(try root.required("numeric_separators").strings()),
            namedYearHeads: try named.required("heads").strings().map(TextFolding.fold),
            namedYearMaxWords: try named.required("max_words").int(in: 1...20),
            namedYearPrepositions: Set(try named.required("prepositions").strings().map(TextFolding.fold)))
    }
}
