/// Reads dates and intervals from one text's tokens with the vocabulary of `Rules/dates.yml`.
struct DateParser {
    let vocabulary: Shared<DateVocabulary>
    let tokens: [Token]
    /// The points already read, by index: an interval, the point alone and a coordinated point read the same ones.
    private let memo: Memo

    private final class Memo {
        var points: [DatePoint??]

        init(count: Int) { points = Array(repeating: nil, count: count) }
    }

    init(vocabulary: Shared<DateVocabulary>, tokens: [Token]) {
        self.vocabulary = vocabulary
        self.tokens = tokens
        memo = Memo(count: tokens.count)
    }

    /// A date point starting at `tokens[index]`: an optional modifier, then a day, month, season, quarter, half or year.
    func point(at index: Int) -> DatePoint? {
        guard index >= 0, index < tokens.count else { return readPoint(at: index) }
        if let known = memo.points[index] { return known }
        let found = readPoint(at: index)
        memo.points[index] = found
        return found
    }

    private func readPoint(at index: Int) -> DatePoint? {
        var cursor = index
        var mod: String?
        var bestLength = 0
        for modifier in vocabulary.value.modifiers {
            if let length = modifier.words.longestMatch(tokens, at: index), length > bestLength {
                bestLength = length
                mod = modifier.mod
            }
        }
        if mod != nil {
            cursor = skipFillers(from: index + bestLength)
        }
        guard var point = base(at: cursor) else { return nil }
        point.first = index
        point.mod = mod
        return point
    }

    /// An interval starting at `tokens[index]`: "A – B", "van A tot B", "tussen A en B", "vanaf A", "tot (en met) B".
    func interval(at index: Int) -> (start: DatePoint?, end: DatePoint?, first: Int, endIndex: Int)? {
        // Closed: optional opener, point, connector, point.
        var cursor = index
        var connectors = vocabulary.value.connectors
        if let length = vocabulary.value.openers.longestMatch(tokens, at: index) {
            cursor += length
        } else if let length = vocabulary.value.betweenOpener.match(tokens, at: index) {
            cursor += length
            connectors = PhraseSet([vocabulary.value.betweenConnector])
        }
        if var start = point(at: cursor),
           let connector = connectors.longestMatch(tokens, at: start.end),
           let end = point(at: start.end + connector) {
            if start.year == nil, let year = end.year {
                start.year = year
            }
            if isOrdered(start, end) {
                return (start, end, index, end.end)
            }
        }
        // Open on one side.
        if let length = vocabulary.value.openStart.longestMatch(tokens, at: index),
           let start = point(at: skipFillers(from: index + length)), start.isCalendarPoint {
            return (start, nil, index, start.end)
        }
        let followsPointWord = index > 0 && vocabulary.value.pointAfterWords.contains(tokens[index - 1].folded)
        if !followsPointWord, let length = vocabulary.value.openEnd.longestMatch(tokens, at: index),
           let end = point(at: skipFillers(from: index + length)), end.isCalendarPoint {
            return (nil, end, index, end.end)
        }
        return nil
    }

    private func isOrdered(_ start: DatePoint, _ end: DatePoint) -> Bool {
        guard let startYear = start.year, let endYear = end.year else { return true }
        if startYear != endYear { return startYear < endYear }
        guard let startMonth = start.month, let endMonth = end.month else { return true }
        return startMonth <= endMonth
    }

    /// A point without a year takes the year of a coordinated point: "de zomer en het najaar 2021".
    func coordinated(_ point: DatePoint) -> DatePoint {
        guard point.year == nil, let length = vocabulary.value.coordinators.longestMatch(tokens, at: point.end),
              let next = self.point(at: skipFillers(from: point.end + length)), let year = next.year,
              next.month != nil || next.season != nil else { return point }
        var resolved = point
        resolved.year = year
        return resolved
    }

    func skipFillers(from index: Int) -> Int {
        var cursor = index
        while let length = vocabulary.value.fillers.longestMatch(tokens, at: cursor) { cursor += length }
        return cursor
    }

    private func base(at index: Int) -> DatePoint? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]

        // Day and month: "1 december 2021", "12 okt. 2022", "1 maart".
        if token.kind == .number, token.text.count <= 2, let day = Int(token.text), (1...31).contains(day),
           let (month, afterMonth) = monthName(at: index + 1, allowAbbreviation: true) {
            var point = DatePoint(month: month, day: day, first: index, end: afterMonth)
            if let year = year(at: afterMonth, afterMonth: true) {
                point.year = year
                point.end = afterMonth + 1
            }
            return day <= CalendarBounds.daysIn(month: month, year: point.year ?? 2000) ? point : nil
        }
        // Month: "december 2019", "okt 2022", "september".
        if let (month, afterMonth) = monthName(at: index, allowAbbreviation: true) {
            if let year = year(at: afterMonth, afterMonth: true) {
                return DatePoint(year: year, month: month, first: index, end: afterMonth + 1)
            }
            let names = vocabulary.value.months[token.folded] ?? []
            guard names.contains(where: { $0.isFullName && $0.month == month && $0.phrase.match(tokens, at: index) != nil })
            else { return nil }
            return DatePoint(month: month, first: index, end: afterMonth)
        }
        // Season: "najaar 2022", "zomer van 2021".
        for season in vocabulary.value.seasons {
            if let length = season.names.longestMatch(tokens, at: index) {
                let yearIndex = skipFillers(from: index + length)
                guard let year = year(at: yearIndex) else {
                    // A season without a year counts only where a coordinated date lends it one.
                    return DatePoint(season: season.code, first: index, end: index + length)
                }
                return DatePoint(year: year, season: season.code, first: index, end: yearIndex + 1)
            }
        }
        // Ordinal quarter or half: "derde kwartaal van 2022", "eerste helft van 2023".
        if token.kind == .word, let ordinal = vocabulary.value.ordinals[token.folded] {
            let next = index + 1
            let isQuarter = vocabulary.value.quarterWords.longestMatch(tokens, at: next)
            let isHalf = vocabulary.value.halfWords.longestMatch(tokens, at: next)
            if let length = isQuarter ?? isHalf {
                let yearIndex = skipFillers(from: next + length)
                guard let year = year(at: yearIndex) else {
                    // "het derde kwartaal": a quarter of a year the text does not name. A half ("de eerste helft")
                    // needs its year, as it so often halves something else.
                    return isQuarter != nil ? DatePoint(quarter: ordinal, first: index, end: next + length) : nil
                }
                if isQuarter != nil { return DatePoint(year: year, quarter: ordinal, first: index, end: yearIndex + 1) }
                guard ordinal <= 2 else { return nil }
                return DatePoint(year: year, half: ordinal, first: index, end: yearIndex + 1)
            }
        }
        // "Q3 2022", "H1 2023".
        if token.kind == .word, token.folded.count == 2, let digit = Int(token.folded.dropFirst()) {
            let prefix = String(token.folded.prefix(1))
            if let year = year(at: index + 1) {
                if prefix == vocabulary.value.quarterPrefix, (1...4).contains(digit) {
                    return DatePoint(year: year, quarter: digit, first: index, end: index + 2)
                }
                if prefix == vocabulary.value.halfPrefix, (1...2).contains(digit) {
                    return DatePoint(year: year, half: digit, first: index, end: index + 2)
                }
            }
        }
        if let point = numericDate(at: index) { return point }
        // A year alone.
        if let year = year(at: index) {
            return DatePoint(year: year, first: index, end: index + 1)
        }
        return nil
    }

    /// An all-numeric date: "22-07-2024", "22/07/2024", "22.07.2024" (day first) or "2024-07-22", written without spaces.
    private func numericDate(at index: Int) -> DatePoint? {
        let token = tokens[index]
        guard token.kind == .number else { return nil }
        var parts: [Substring] = []
        var end = index + 1
        if token.text.contains(".") {
            parts = token.text.split(separator: ".", omittingEmptySubsequences: false)
            guard vocabulary.value.numericSeparators.contains("."), parts.count == 3 else { return nil }
        } else {
            guard index + 4 < tokens.count, vocabulary.value.numericSeparators.contains(tokens[index + 1].text),
                  tokens[index + 3].text == tokens[index + 1].text,
                  tokens[index + 2].kind == .number, tokens[index + 4].kind == .number,
                  (index + 1...index + 4).allSatisfy({ tokens[$0].start == tokens[$0 - 1].end }) else { return nil }
            parts = [Substring(token.text), Substring(tokens[index + 2].text), Substring(tokens[index + 4].text)]
            end = index + 5
        }
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return nil }
        let (yearText, monthText, dayText) = parts[0].count == 4 ? (parts[0], parts[1], parts[2]) : (parts[2], parts[1], parts[0])
        guard yearText.count == 4, monthText.count <= 2, dayText.count <= 2, let year = Int(yearText), vocabulary.value.years.contains(year),
              let month = Int(monthText), (1...12).contains(month), let day = Int(dayText),
              (1...CalendarBounds.daysIn(month: month, year: year)).contains(day) else { return nil }
        return DatePoint(year: year, month: month, day: day, first: index, end: end)
    }

    /// A month name at `index` (an abbreviation may carry a full stop) and the index after it.
    private func monthName(at index: Int, allowAbbreviation: Bool) -> (Int, Int)? {
        guard index < tokens.count else { return nil }
        var best: (month: Int, length: Int, full: Bool)?
        for name in vocabulary.value.months[tokens[index].folded] ?? [] {
            if let length = name.phrase.match(tokens, at: index), length > (best?.length ?? 0) {
                best = (name.month, length, name.isFullName)
            }
        }
        guard let best, best.full || allowAbbreviation else { return nil }
        var after = index + best.length
        if !best.full, after < tokens.count, tokens[after].text == ".", tokens[after].start == tokens[after - 1].end {
            after += 1
        }
        return (best.month, after)
    }

    /// A four-digit year within the rule's range at `index`; right after a month name also one with a footnote
    /// number glued to it ("31 december 20062").
    func year(at index: Int, afterMonth: Bool = false) -> Int? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        let digits = afterMonth && (5...6).contains(token.text.count) ? String(token.text.prefix(4)) : token.text
        guard token.kind == .number, digits.count == 4, digits.allSatisfy(\.isNumber), let year = Int(digits),
              vocabulary.value.years.contains(year) else {
            return nil
        }
        return year
    }
}
