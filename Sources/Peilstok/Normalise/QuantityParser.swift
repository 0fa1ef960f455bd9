import Foundation

/// Reads numbers, amounts, percentages, ranges and durations from tokens with `Rules/numbers.yml`.
struct QuantityParser {
    let vocabulary: Shared<NumberVocabulary>
    /// The tokens of the text being read: every reading below is of these.
    let tokens: [Token]
    /// The number-word value of each token, computed once: (as a count, before a unit).
    private let wordValues: [(Double?, Double?)]
    /// The value of each collective number word ("tweetal": 2), computed once.
    private let collectiveValues: [Double?]
    /// Counts and qualifiers already read, by index: money, percentages, ranges and durations each begin by reading
    /// the same count at the same token.
    private let memo: Memo

    private final class Memo {
        var counts: [Count??]
        var countsBeforeUnit: [Count??]
        var qualifiers: [(qualifier: String, length: Int)??]

        init(count: Int) {
            counts = Array(repeating: nil, count: count)
            countsBeforeUnit = Array(repeating: nil, count: count)
            qualifiers = Array(repeating: nil, count: count)
        }
    }

    /// A parser for one text's tokens, with what `readings` found in each word token (`nil` for the others).
    init(vocabulary: Shared<NumberVocabulary>, tokens: [Token], readings: [WordReadings.Reading?]) {
        self.vocabulary = vocabulary
        self.tokens = tokens
        wordValues = zip(tokens, readings).map { token, reading in
            guard let reading else { return (nil, nil) }
            let values = reading.accentSensitive && vocabulary.value.isAccentedOne(token) ? (strict: 1, allowingPlainOne: 1) : reading.values
            return (values.strict, values.strict ?? values.allowingPlainOne)
        }
        collectiveValues = readings.map { $0?.collective }
        memo = Memo(count: tokens.count)
    }

    /// A quantity before it becomes an `TypedExpression`.
    struct Quantity {
        var type: TypedExpression.Kind
        var value: Double?
        var min: Double?
        var max: Double?
        var qualifier: String?
        var currency: String?
        var per: String?
        /// ISO 8601 duration, for durations.
        var duration: String?
        var durationUnit: NumberVocabulary.DurationUnit?
        var first: Int
        var end: Int
    }

    // MARK: Numbers

    /// True when the token at `index` is a number word, the article "een" included.
    func isNumberWord(at index: Int) -> Bool { wordValues[index].1 != nil || collectiveValues[index] != nil }

    /// A bare number at `index`: digits ("200.000", "1,5", "1x"), a number word, either with a scale ("10 miljoen").
    ///
    /// `beforeUnit` also reads the article "een" and fractions such as "een half" as numbers, for a duration unit to
    /// follow; before a scale word they always count ("een miljoen", "een half miljoen").
    func count(at index: Int, beforeUnit: Bool = false) -> Count? {
        guard index >= 0, index < tokens.count else { return nil }
        if let known = beforeUnit ? memo.countsBeforeUnit[index] : memo.counts[index] { return known }
        let found = readCount(at: index, beforeUnit: beforeUnit)
        if beforeUnit { memo.countsBeforeUnit[index] = found } else { memo.counts[index] = found }
        return found
    }

    private func readCount(at index: Int, beforeUnit: Bool) -> Count? {
        let token = tokens[index]
        if token.kind == .word, let fraction = unitFraction(at: index) {
            let after = index + fraction.length
            if after < tokens.count, tokens[after].kind == .word, let scale = vocabulary.value.scales[tokens[after].folded] {
                return Count(value: fraction.value * scale, first: index, end: after + 1)
            }
            if beforeUnit { return Count(value: fraction.value, first: index, end: after) }
        }
        if token.kind == .word, token.folded == vocabulary.value.onePlain, index + 1 < tokens.count, tokens[index + 1].kind == .word,
           let scale = vocabulary.value.scales[tokens[index + 1].folded] {
            return Count(value: scale, first: index, end: index + 2)
        }
        let allowPlainOne = beforeUnit
        // The value: a whole number a double holds exactly (most counts), or else a decimal, made only then.
        var exact: Int?
        var value: Decimal?
        var end = index + 1
        switch token.kind {
        case .number:
            let ungrouped = !token.text.contains(where: { $0 == "." || $0 == "," })
            // An unbroken run of many digits is an identifier ("no.2023000960", "postbus 70503"), not a quantity.
            if ungrouped, token.text.count > vocabulary.value.maxUngroupedDigits { return nil }
            if ungrouped, token.text.utf8.count <= 15, !Self.hasLeadingZero(token.text), let whole = Int(token.text) {
                exact = whole
            } else {
                guard let digits = Self.digits(token.text) else { return nil }
                value = digits
            }
            // Thousands set apart by a space: "18 700", "€ 16 800,–": groups of three digits right after it.
            if ungrouped, token.text.count <= 3 {
                while end < tokens.count, tokens[end].kind == .number, tokens[end].start == tokens[end - 1].end + 1,
                      case let whole = tokens[end].text.prefix(while: { $0 != "," }), whole.count == 3, whole.allSatisfy(\.isNumber),
                      let next = Self.digits(tokens[end].text) {
                    value = (value ?? Decimal(exact!)) * 1000 + next
                    exact = nil
                    end += 1
                }
            }
        case .word:
            if token.folded.count > 1, token.folded.hasSuffix("x"), let times = Double(token.folded.dropLast()),
               token.folded.dropLast().allSatisfy(\.isNumber) {
                return Count(value: times, first: index, end: index + 1)
            }
            guard let word = allowPlainOne ? wordValues[index].1 : wordValues[index].0 else { return nil }
            if word == word.rounded(), abs(word) < 1e15 { exact = Int(word) } else { value = Decimal(word) }
        case .symbol:
            return nil
        }
        if end < tokens.count, tokens[end].kind == .word, let scale = vocabulary.value.scales[tokens[end].folded] {
            value = (value ?? Decimal(exact!)) * Decimal(scale)
            exact = nil
            end += 1
        }
        return Count(value: exact.map(Double.init) ?? Self.double(value!), first: index, end: end)
    }

    /// "0900", but not "0" or "0,5": a leading zero that makes digits no quantity.
    private static func hasLeadingZero(_ text: String) -> Bool {
        text.count > 1 && text.hasPrefix("0") && !text.hasPrefix("0,")
    }

    /// The double nearest a decimal: "10,88" is 10.88, not the 10.879999999999999 `NSDecimalNumber.doubleValue` gives.
    static func double(_ value: Decimal) -> Double {
        Double(value.description) ?? NSDecimalNumber(decimal: value).doubleValue
    }

    /// A fraction phrase of `unit_fractions` at `index` ("een half", "halve") and its token count.
    private func unitFraction(at index: Int) -> (value: Double, length: Int)? {
        for fraction in vocabulary.value.unitFractions {
            if let length = fraction.phrase.match(tokens, at: index) { return (fraction.value, length) }
        }
        return nil
    }

    /// A collective number at `index`, with or without the article: "een tweetal" (2), "een dertigtal" (about 30).
    func collective(at index: Int) -> Quantity? {
        guard index < tokens.count else { return nil }
        let article = tokens[index].folded == vocabulary.value.onePlain ? 1 : 0
        let word = index + article
        guard word < tokens.count, let value = collectiveValues[word] else { return nil }
        let qualifier = value >= vocabulary.value.collective.approxFrom ? vocabulary.value.collective.qualifier : nil
        return Quantity(type: .number, value: value, qualifier: qualifier, first: index, end: word + 1)
    }

    /// Dutch digits, in decimal arithmetic so "8,3 miljoen" is exactly 8300000: "." groups thousands,
    /// "," marks decimals; a leading zero ("0900") is no quantity.
    static func digits(_ text: String) -> Decimal? {
        if hasLeadingZero(text) { return nil }
        if text.utf8.count <= 18, let whole = Int(text) { return Decimal(whole) }
        let plain: String
        if text.contains(",") {
            plain = text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        } else {
            let groups = text.split(separator: ".")
            if groups.count > 1 {
                guard groups.dropFirst().allSatisfy({ $0.count == 3 }), groups[0].count <= 3 else { return nil }
            }
            plain = groups.joined()
        }
        // No locale: the separator is then ".", as in en_US_POSIX, without loading a locale's data from ICU (a
        // few milliseconds of a worker's first document).
        return Decimal(string: plain)
    }

    // MARK: Qualifiers

    /// A qualifier phrase before a number, also in brackets as in "(maximaal) 750": the qualifier and its token count.
    func qualifierBefore(at index: Int) -> (qualifier: String, length: Int)? {
        guard index >= 0, index < tokens.count else { return readQualifierBefore(at: index) }
        if let known = memo.qualifiers[index] { return known }
        let found = readQualifierBefore(at: index)
        memo.qualifiers[index] = found
        return found
    }

    private func readQualifierBefore(at index: Int) -> (qualifier: String, length: Int)? {
        let bracketed = index < tokens.count && tokens[index].text == "("
        let start = bracketed ? index + 1 : index
        var best: (qualifier: String, length: Int)?
        for qualifier in vocabulary.value.qualifiers {
            if let length = qualifier.before.longestMatch(tokens, at: start), length > (best?.length ?? 0) {
                best = (qualifier.qualifier, length)
            }
        }
        guard let best else { return nil }
        if bracketed {
            guard start + best.length < tokens.count, tokens[start + best.length].text == ")" else { return nil }
            return (best.qualifier, best.length + 2)
        }
        return best
    }

    /// A qualifier phrase after a number ("drie of meer").
    func qualifierAfter(at index: Int) -> (qualifier: String, length: Int)? {
        for qualifier in vocabulary.value.qualifiers {
            if let length = qualifier.after.longestMatch(tokens, at: index) { return (qualifier.qualifier, length) }
        }
        return nil
    }

    // MARK: Amounts, percentages, ranges, durations

    /// "€ 350.000", "8.000 euro", "€ 10 miljoen", "tussen de 200.000 en 300.000 euro", with a `per` phrase after it.
    func money(at index: Int) -> Quantity? {
        let qualifier = qualifierBefore(at: index)
        let start = index + (qualifier?.length ?? 0)
        var result: Quantity?
        if let sign = vocabulary.value.currencyBefore.longestMatch(tokens, at: start), let low = count(at: start + sign) {
            var amount = Quantity(type: .money, value: low.value, first: index, end: low.end)
            var cursor = low.end
            if let connector = vocabulary.value.rangeConnectors.longestMatch(tokens, at: cursor) {
                cursor += connector
                cursor += vocabulary.value.currencyBefore.longestMatch(tokens, at: cursor) ?? 0
                if let high = count(at: cursor), high.value > low.value {
                    amount = Quantity(type: .money, min: low.value, max: high.value, first: index, end: high.end)
                }
            }
            amount.end += vocabulary.value.currencyAfter.longestMatch(tokens, at: amount.end) ?? 0
            result = amount
        } else if let (low, high) = range(at: start),
                  let sign = vocabulary.value.currencyAfter.longestMatch(tokens, at: high.end) {
            result = Quantity(type: .money, min: low.value, max: high.value, first: index, end: high.end + sign)
        } else if let amount = count(at: start), let sign = vocabulary.value.currencyAfter.longestMatch(tokens, at: amount.end) {
            result = Quantity(type: .money, value: amount.value, first: index, end: amount.end + sign)
        }
        guard var money = result else { return nil }
        money.currency = vocabulary.value.currencyCode
        money.qualifier = qualifier?.qualifier
        if money.min != nil, qualifier != nil {
            // A range says how sure it is by itself: "naar schatting tussen de 200.000 en 300.000 euro".
            money.qualifier = nil
            money.first = start
        }
        // An abbreviated scale's full stop ("€ 10 mln. per jaar") stands between the amount and its period.
        let periodIndex = money.end < tokens.count && tokens[money.end].text == "." && tokens[money.end].start == tokens[money.end - 1].end
            ? money.end + 1 : money.end
        for period in vocabulary.value.per where period.phrases.longestMatch(tokens, at: periodIndex) != nil
            || (index > 0 && period.before.contains(tokens[index - 1].folded)) {
            money.per = period.per
        }
        return money
    }

    /// "93%", "bijna 70 procent".
    func percent(at index: Int) -> Quantity? {
        let qualifier = qualifierBefore(at: index)
        let start = index + (qualifier?.length ?? 0)
        guard let amount = count(at: start), let sign = vocabulary.value.percent.longestMatch(tokens, at: amount.end) else {
            return nil
        }
        return Quantity(type: .percent, value: amount.value, qualifier: qualifier?.qualifier, first: index, end: amount.end + sign)
    }

    /// Two counts joined as a range: "tussen de 20 en 30", "20 à 30", "20-30".
    func range(at index: Int) -> (Count, Count)? {
        if let opener = vocabulary.value.rangeOpeners.longestMatch(tokens, at: index),
           let low = count(at: index + opener),
           let connector = vocabulary.value.rangeBetweenConnector.match(tokens, at: low.end),
           let high = count(at: low.end + connector) {
            return (Count(value: low.value, first: index, end: low.end), high)
        }
        if let low = count(at: index), let connector = vocabulary.value.rangeConnectors.longestMatch(tokens, at: low.end),
           let high = count(at: low.end + connector), high.value > low.value {
            return (low, high)
        }
        return nil
    }

    /// "19 weken", "twee jaar", "een jaar", "een half jaar", "anderhalf uur" as an ISO 8601 duration.
    func duration(at index: Int) -> Quantity? {
        let qualifier = qualifierBefore(at: index)
        let start = index + (qualifier?.length ?? 0)
        guard let amount = count(at: start, beforeUnit: true) else { return nil }
        for unit in vocabulary.value.durations {
            guard let length = unit.words.longestMatch(tokens, at: amount.end) else { continue }
            let value = amount.value * Double(unit.factor)
            // A duration longer than any a report means ("1.000.000.000 jaar") is no duration.
            guard abs(value) <= RelativeDates.largestShift else { return nil }
            return Quantity(type: .duration, value: value, qualifier: qualifier?.qualifier,
                            duration: Self.iso(value, designator: unit.designator, isTime: unit.isTime),
                            durationUnit: unit, first: index, end: amount.end + length)
        }
        return nil
    }

    /// An ISO 8601 duration; a fraction is written in the next smaller unit when that makes it whole
    /// ("een half jaar" is P6M, "anderhalf jaar" P18M, "een half uur" PT30M).
    static func iso(_ value: Double, designator: String, isTime: Bool) -> String {
        if value != value.rounded(), let (smaller, factor, smallerIsTime) = smallerUnit[isTime ? "T" + designator : designator],
           (value * factor).rounded() == value * factor {
            return iso(value * factor, designator: smaller, isTime: smallerIsTime)
        }
        let number = value == value.rounded() ? String(Int(value)) : String(value)
        return isTime ? "PT\(number)\(designator)" : "P\(number)\(designator)"
    }

    /// The next smaller ISO 8601 unit of each unit (time units marked "T"), how many of it make one, and whether it is a time unit.
    private static let smallerUnit: [String: (String, Double, Bool)] = [
        "Y": ("M", 12, false), "W": ("D", 7, false), "D": ("H", 24, true), "TH": ("M", 60, true), "TM": ("S", 60, true),
    ]
}
