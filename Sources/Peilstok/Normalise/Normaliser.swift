/// Finds numbers, amounts, percentages, ranges, durations, dates and intervals in Dutch text.
public struct Normaliser: Sendable {
    let dates: Shared<DateVocabulary>
    let numbers: Shared<NumberVocabulary>
    /// Folded words that can open an expression; a word outside this set (and not a number word) is skipped at once.
    let openingWords: Set<String>

    public init(rules: Rules) {
        let dates = rules.dates
        let numbers = rules.numbers
        self.dates = Shared(dates)
        self.numbers = Shared(numbers)
        var words = Set<String>(["("])
        for set in [dates.openers, dates.openStart, dates.openEnd, PhraseSet([dates.betweenOpener]), numbers.notQuantities,
                    numbers.currencyBefore, numbers.rangeOpeners, numbers.relativeThis, numbers.relativePrevious,
                    numbers.relativeNext, numbers.relativeAhead] {
            words.formUnion(set.firstTokens)
        }
        for modifier in dates.modifiers { words.formUnion(modifier.words.firstTokens) }
        for season in dates.seasons { words.formUnion(season.names.firstTokens) }
        for qualifier in numbers.qualifiers { words.formUnion(qualifier.before.firstTokens) }
        words.formUnion(dates.months.keys)
        words.formUnion(dates.ordinals.keys)
        words.formUnion(numbers.references)
        openingWords = words
    }

    /// Every expression in `text`, in order and not overlapping; `at` offsets count Unicode scalars.
    ///
    /// With a `peildatum` (`YYYY-MM-DD`), relative expressions ("vorig jaar", "over 19 weken") are resolved
    /// against it and marked `anchored`.
    public func expressions(in text: String, peildatum: String? = nil) -> [TypedExpression] {
        expressions(in: text, peildatum: peildatum, readings: wordReadings())
    }

    /// `expressions(in:peildatum:)`, with what words read as kept in `readings` from one text to the next: the
    /// same result, found faster over many texts.
    public func expressions(in text: String, peildatum: String?, readings: WordReadings) -> [TypedExpression] {
        var scan = Scan(normaliser: self, text: text, peildatum: peildatum, readings: readings)
        return scan.run()
    }

    /// An empty store of word readings, for one thread to read texts with.
    public func wordReadings() -> WordReadings { WordReadings(numbers: numbers.value, openingWords: openingWords) }

    /// A full calendar date (`YYYY-MM-DD`) written right after one of `markers`, if any.
    func dateAfter(markers: PhraseSet, in text: String) -> String? {
        let tokens = Tokenizer.tokenize(text)
        let parser = DateParser(vocabulary: dates, tokens: tokens)
        for index in tokens.indices {
            guard let length = markers.longestMatch(tokens, at: index) else { continue }
            var cursor = index + length
            while cursor < tokens.count, tokens[cursor].kind == .symbol, tokens[cursor].text != "–" { cursor += 1 }
            if let point = parser.point(at: cursor), point.mod == nil, point.year != nil, point.day != nil {
                return point.timex
            }
        }
        return nil
    }
}

/// One pass over a text: at each token, the first reading that fits, longest constructions first.
private struct Scan {
    let tokens: [Token]
    let scalars: [Unicode.Scalar]
    let numbers: Shared<NumberVocabulary>
    let dateParser: DateParser
    let quantities: QuantityParser
    let bounds: CalendarBounds
    let relative: RelativeDates?
    let openingWords: Set<String>
    /// What each word token reads as by itself (`nil` for numbers and symbols).
    let readings: [WordReadings.Reading?]
    var result: [TypedExpression] = []
    /// How many brackets are open before the current token.
    var depth = 0
    /// The currency of the last amount read, for amounts after it that leave it out.
    var currency: String?
    /// Values written as "N." (a number with a full stop right after it) in this text, to spot numbered lists.
    let numberedItems: Set<Int>
    /// Values written as "(N)" in this text, to spot enumerations in running text: "(1) … (2) …".
    let bracketedItems: Set<Int>
    let dates: Shared<DateVocabulary>

    init(normaliser: Normaliser, text: String, peildatum: String?, readings wordReadings: WordReadings) {
        (tokens, scalars) = Tokenizer.tokensAndScalars(text)
        numbers = normaliser.numbers
        dateParser = DateParser(vocabulary: normaliser.dates, tokens: tokens)
        readings = wordReadings.readings(of: tokens)
        quantities = QuantityParser(vocabulary: normaliser.numbers, tokens: tokens, readings: readings)
        bounds = CalendarBounds(vocabulary: normaliser.dates)
        relative = RelativeDates(numbers: normaliser.numbers, dates: normaliser.dates, peildatum: peildatum)
        openingWords = normaliser.openingWords
        var items = Set<Int>()
        for (index, token) in tokens.enumerated().dropLast() where token.kind == .number {
            if tokens[index + 1].text == ".", tokens[index + 1].start == token.end, let value = Int(token.text) {
                items.insert(value)
            }
        }
        numberedItems = items
        var bracketed = Set<Int>()
        for (index, token) in tokens.enumerated().dropFirst().dropLast() where token.kind == .number {
            if tokens[index - 1].text == "(", tokens[index + 1].text == ")", let value = Int(token.text) { bracketed.insert(value) }
        }
        bracketedItems = bracketed
        dates = normaliser.dates
    }

    mutating func run() -> [TypedExpression] {
        var index = 0
        while index < tokens.count {
            let next = step(at: index)
            for token in tokens[index..<next] {
                if token.text == "(" { depth += 1 }
                if token.text == ")" { depth = max(0, depth - 1) }
            }
            index = next
        }
        return result
    }

    /// Reads what starts at `index` and returns the index after it.
    private mutating func step(at index: Int) -> Int {
        guard mayOpen(tokens[index], at: index) else { return index + 1 }
        if isFootnoteMark(at: index) { return index + 1 }
        if let length = numbers.value.notQuantities.longestMatch(tokens, at: index) { return index + length }
        if let end = referenceChain(at: index) { return end }
        if let interval = dateParser.interval(at: index),
           !(interval.start.map { $0.isYearOnly && $0.mod == nil && $0.first == index } == true && isNamedYear(at: index)) {
            var expression = make(.interval, interval.first, interval.endIndex)
            if let start = interval.start {
                expression.start = start.timex
                expression.startMod = start.mod
                expression.earliest = bounds.bounds(of: start).earliest
            }
            if let end = interval.end {
                expression.end = end.timex
                expression.endMod = end.mod
                expression.latest = bounds.bounds(of: end).latest
            }
            result.append(expression)
            return interval.endIndex
        }
        if let quantity = quantities.money(at: index) ?? quantities.percent(at: index) {
            return add(quantity)
        }
        if let end = durationOrRelative(at: index) { return end }
        if let qualifier = quantities.qualifierBefore(at: index),
           let count = quantities.count(at: index + qualifier.length) {
            return add(QuantityParser.Quantity(type: .number, value: count.value, qualifier: qualifier.qualifier,
                                               first: index, end: count.end))
        }
        if let collective = quantities.collective(at: index) { return add(collective) }
        if var point = dateParser.point(at: index) {
            point = dateParser.coordinated(point)
            if point.isYearOnly, point.mod == nil, isNamedYear(at: index) {
                // The name's years, one or a span: "Meerjarenagenda Slachtofferbeleid 2022 – 2025".
                return dateParser.interval(at: index)?.endIndex ?? index + 1
            }
            if point.isCalendarPoint {
                addDate(point, anchored: false)
                return point.end
            }
        }
        if let (low, high) = quantities.range(at: index), !isReference(low) {
            return add(QuantityParser.Quantity(type: .range, min: low.value, max: high.value, first: low.first, end: high.end))
        }
        if let count = quantities.count(at: index), !isReference(count) {
            var quantity = QuantityParser.Quantity(type: .number, value: count.value, first: index, end: count.end)
            // "73 miljoen euro …, 45 miljoen …": an amount in millions after money in the same text is money too.
            if let currency, count.end - count.first >= 2, tokens[count.end - 1].kind == .word,
               numbers.value.scales[tokens[count.end - 1].folded] != nil {
                quantity.type = .money
                quantity.currency = currency
            }
            if let after = quantities.qualifierAfter(at: count.end) {
                quantity.qualifier = after.qualifier
                quantity.end += after.length
            }
            return add(quantity)
        }
        return index + 1
    }

    /// True when an expression can start at this token: a number, a number word, "Q3"/"H1", "1x", or an opening word.
    private func mayOpen(_ token: Token, at index: Int) -> Bool {
        switch token.kind {
        case .number: return true
        case .symbol: return openingWords.contains(token.folded)
        case .word: return readings[index]?.opens == true || quantities.isNumberWord(at: index)
        }
    }

    /// "over 19 weken", "twee jaar", "vorig jaar", "dit najaar".
    private mutating func durationOrRelative(at index: Int) -> Int? {
        let ahead = numbers.value.relativeAhead.longestMatch(tokens, at: index)
        if var duration = quantities.duration(at: index + (ahead ?? 0)) {
            var expression = make(.duration, duration.first, duration.end)
            expression.timex = duration.duration
            expression.qualifier = duration.qualifier
            let ago = numbers.value.relativeAgo.longestMatch(tokens, at: duration.end)
            if let relative, let unit = duration.durationUnit, let amount = duration.value, ahead != nil || ago != nil,
               let day = relative.shifted(by: ago != nil ? -amount : amount, unit: unit) {
                expression.earliest = day
                expression.latest = day
                expression.anchored = true
                duration.end += ago ?? 0
            }
            result.append(expression)
            return duration.end
        }
        if let relative, let point = relative.point(tokens, at: index) {
            addDate(point, anchored: true)
            return point.end
        }
        return nil
    }

    /// A footnote number glued to a word or to the punctuation after one: "…van de overheid.1", "(Wrb)3",
    /// "rechtsbijstand’.2", "d.d. 9 september2".
    private func isFootnoteMark(at index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .number, token.text.count <= 3, index >= 1 else { return false }
        if tokens[index - 1].kind == .word, tokens[index - 1].end == token.start { return true }
        guard index >= 2 else { return false }
        let mark = tokens[index - 1]
        guard mark.kind == .symbol, mark.end == token.start, Self.footnoteMarks.contains(mark.text),
              tokens[index - 2].end == mark.start else { return false }
        guard index + 1 < tokens.count else { return true }
        let next = tokens[index + 1]
        return next.start > token.end || next.kind == .symbol
    }

    private static let footnoteMarks: Set<String> = [".", ",", ";", ":", ")", "]", "’", "”", "\"", "'", "?", "!"]

    /// A year that ends a name rather than dates something: "Besluit vergoedingen rechtsbijstand 2000", "Agenda 2030".
    private func isNamedYear(at index: Int) -> Bool {
        var cursor = index - 1
        var words = 0
        while cursor >= 0, words < dates.value.namedYearMaxWords, tokens[cursor].kind == .word,
              tokens[cursor].end < tokens[cursor + 1].start || cursor + 1 == index {
            let word = tokens[cursor]
            if cursor == index - 1, dates.value.namedYearPrepositions.contains(word.folded) { return false }
            if word.text.first?.isUppercase == true, dates.value.namedYearHeads.contains(where: { word.folded.hasSuffix($0) }) {
                return true
            }
            cursor -= 1
            words += 1
        }
        return false
    }

    /// Skips a reference word and the numbers it names: "fase 1", "p. 5", "criteria 1 en 2", "nr. 190",
    /// "Kamerstukken II 2019/20, 31 753".
    private func referenceChain(at index: Int) -> Int? {
        guard tokens[index].kind == .word, numbers.value.references.contains(tokens[index].folded) else { return nil }
        var cursor = index + 1
        if cursor < tokens.count, tokens[cursor].text == "." { cursor += 1 }
        if cursor < tokens.count, tokens[cursor].kind == .word, tokens[cursor].text.allSatisfy({ "IVX".contains($0) }) { cursor += 1 }
        guard cursor < tokens.count, tokens[cursor].kind == .number || quantities.isNumberWord(at: cursor) else { return nil }
        cursor += 1
        // The list runs on through connectors, numbers ("34a" too) and words such as "zesde lid".
        var end = cursor
        while cursor < tokens.count {
            let token = tokens[cursor]
            if token.kind == .number || (token.kind == .word && token.folded.first?.isNumber == true) {
                cursor += 1
                end = cursor
            } else if [",", "en", "of", "-", "–", "t/m", "/"].contains(token.folded) || numbers.value.referenceChainWords.contains(token.folded) {
                cursor += 1
            } else {
                break
            }
        }
        cursor = end
        return cursor
    }

    /// Numbers that name rather than count: enumerators "1)" and "1. … 2. …", ordinals "7°" and "2^e",
    /// a footnote number opening the text ("1 De invoeringsdatum"), identifiers glued to a word ("COVID-19")
    /// or written in spaced groups ("31 753").
    private func isReference(_ count: Count) -> Bool {
        let token = tokens[count.first]
        guard token.kind == .number else { return false }
        let next = count.end < tokens.count ? tokens[count.end] : nil
        let previous = count.first > 0 ? tokens[count.first - 1] : nil
        if next?.text == ")", depth == 0 { return true }
        if next?.text == ")", previous?.text == "(", let value = Int(token.text),
           bracketedItems.contains(value - 1) || bracketedItems.contains(value + 1) { return true }
        if let next, ["°", "º", "^"].contains(next.text), next.start == token.end { return true }
        if let previous, previous.text == "-", previous.end == token.start, count.first >= 2,
           tokens[count.first - 2].kind == .word, tokens[count.first - 2].end == previous.start { return true }
        if let next, next.text == ".", next.start == token.end, let value = Int(token.text) {
            let following = count.end + 1 < tokens.count ? tokens[count.end + 1] : nil
            if numberedItems.contains(value - 1) || numberedItems.contains(value + 1) { return true }
            if let following, following.kind == .word, following.text.first?.isLowercase == true { return true }
        }
        if count.first == 0, let next, next.kind == .word, next.text.first?.isUppercase == true { return true }
        // A postcode: four digits and two capitals ("5201 CD").
        if token.text.count == 4, let next, next.kind == .word, next.text.count == 2,
           next.text.allSatisfy({ $0.isUppercase && $0.isLetter }) { return true }
        if let next, next.kind == .number, next.text.count == 3, next.start == token.end + 1 { return true }
        if let previous, previous.kind == .number, previous.text.count <= 3, token.text.count == 3,
           token.start == previous.end + 1 { return true }
        return false
    }

    private mutating func add(_ quantity: QuantityParser.Quantity) -> Int {
        if quantity.type == .money, let unit = quantity.currency { currency = unit }
        var expression = make(quantity.type, quantity.first, quantity.end)
        expression.value = quantity.value
        expression.min = quantity.min
        expression.max = quantity.max
        expression.qualifier = quantity.qualifier
        expression.currency = quantity.currency
        expression.per = quantity.per
        result.append(expression)
        return quantity.end
    }

    private mutating func addDate(_ point: DatePoint, anchored: Bool) {
        var expression = make(.date, point.first, point.end)
        expression.timex = point.timex
        expression.mod = point.mod
        (expression.earliest, expression.latest) = bounds.bounds(of: point)
        if anchored { expression.anchored = true }
        result.append(expression)
    }

    private func make(_ type: TypedExpression.Kind, _ first: Int, _ end: Int) -> TypedExpression {
        let begin = tokens[first].start
        let finish = tokens[end - 1].end
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[begin..<finish])
        return TypedExpression(type: type, text: String(view), at: [begin, finish])
    }
}
