/// Resolves relative expressions ("vorig jaar", "dit najaar", "over 19 weken") against a peildatum.
struct RelativeDates {
    let numbers: NumberVocabulary
    let dates: DateVocabulary
    let peildatum: (year: Int, month: Int, day: Int)

    init?(numbers: NumberVocabulary, dates: DateVocabulary, peildatum: String?) {
        guard let peildatum else { return nil }
        let parts = peildatum.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        self.numbers = numbers
        self.dates = dates
        self.peildatum = (parts[0], parts[1], parts[2])
    }

    /// "dit jaar", "vorige maand", "volgend kwartaal", "dit najaar" at `index`, as a date point.
    func point(_ tokens: [Token], at index: Int) -> DatePoint? {
        let shifts: [(phrases: PhraseSet, delta: Int)] = [(numbers.relativeThis, 0), (numbers.relativePrevious, -1),
                                                          (numbers.relativeNext, 1)]
        for (phrases, delta) in shifts {
            guard let length = phrases.longestMatch(tokens, at: index) else { continue }
            let unitIndex = index + length
            if let unit = calendarUnit(tokens, at: unitIndex, designator: "Y") {
                return DatePoint(year: peildatum.year + delta, first: index, end: unitIndex + unit)
            }
            if let unit = calendarUnit(tokens, at: unitIndex, designator: "M") {
                let months = peildatum.year * 12 + peildatum.month - 1 + delta
                return DatePoint(year: months / 12, month: months % 12 + 1, first: index, end: unitIndex + unit)
            }
            if let unit = dates.quarterWords.longestMatch(tokens, at: unitIndex) {
                let quarters = peildatum.year * 4 + (peildatum.month - 1) / 3 + delta
                return DatePoint(year: quarters / 4, quarter: quarters % 4 + 1, first: index, end: unitIndex + unit)
            }
            for season in dates.seasons {
                if let unit = season.names.longestMatch(tokens, at: unitIndex) {
                    return DatePoint(year: peildatum.year + delta, season: season.code, first: index, end: unitIndex + unit)
                }
            }
        }
        return nil
    }

    /// The length of a year or month word ("jaar", "maand") at `index`, from the duration units.
    private func calendarUnit(_ tokens: [Token], at index: Int, designator: String) -> Int? {
        for unit in numbers.durations where unit.designator == designator && !unit.isTime {
            if let length = unit.words.longestMatch(tokens, at: index) { return length }
        }
        return nil
    }

    /// The calendar day `amount` units of `unit` after (or, with a negative amount, before) the peildatum.
    func shifted(by amount: Double, unit: NumberVocabulary.DurationUnit) -> String? {
        guard amount == amount.rounded(), !unit.isTime else { return nil }
        let whole = Int(amount)
        var (year, month, day) = peildatum
        switch unit.designator {
        case "Y": year += whole
        case "M":
            let months = year * 12 + month - 1 + whole
            (year, month) = (months / 12, months % 12 + 1)
        case "W", "D":
            var days = unit.designator == "W" ? whole * 7 : whole
            while days != 0 {
                if days > 0 {
                    day += 1
                    days -= 1
                    if day > CalendarBounds.daysIn(month: month, year: year) {
                        day = 1
                        month += 1
                        if month > 12 { (month, year) = (1, year + 1) }
                    }
                } else {
                    day -= 1
                    days += 1
                    if day < 1 {
                        month -= 1
                        if month < 1 { (month, year) = (12, year - 1) }
                        day = CalendarBounds.daysIn(month: month, year: year)
                    }
                }
            }
        default: return nil
        }
        day = min(day, CalendarBounds.daysIn(month: month, year: year))
        return CalendarBounds.iso(year, month, day)
    }
}
