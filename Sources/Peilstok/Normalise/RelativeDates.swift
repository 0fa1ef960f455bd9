/// Resolves relative expressions ("vorig jaar", "dit najaar", "over 19 weken") against a peildatum.
struct RelativeDates {
    let numbers: Shared<NumberVocabulary>
    let dates: Shared<DateVocabulary>
    let peildatum: (year: Int, month: Int, day: Int)

    init?(numbers: Shared<NumberVocabulary>, dates: Shared<DateVocabulary>, peildatum: String?) {
        guard let peildatum else { return nil }
        let parts = peildatum.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        self.numbers = numbers
        self.dates = dates
        self.peildatum = (parts[0], parts[1], parts[2])
    }

    /// "dit jaar", "vorige maand", "volgend kwartaal", "dit najaar" at `index`, as a date point.
    func point(_ tokens: [Token], at index: Int) -> DatePoint? {
        let shifts: [(phrases: PhraseSet, delta: Int)] = [(numbers.value.relativeThis, 0), (numbers.value.relativePrevious, -1),
                                                          (numbers.value.relativeNext, 1)]
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
            if let unit = dates.value.quarterWords.longestMatch(tokens, at: unitIndex) {
                let quarters = peildatum.year * 4 + (peildatum.month - 1) / 3 + delta
                return DatePoint(year: quarters / 4, quarter: quarters % 4 + 1, first: index, end: unitIndex + unit)
            }
            for season in dates.value.seasons {
                if let unit = season.names.longestMatch(tokens, at: unitIndex) {
                    return DatePoint(year: peildatum.year + delta, season: season.code, first: index, end: unitIndex + unit)
                }
            }
        }
        return nil
    }

    /// The length of a year or month word ("jaar", "maand") at `index`, from the duration units.
    private func calendarUnit(_ tokens: [Token], at index: Int, designator: String) -> Int? {
        for unit in numbers.value.durations where unit.designator == designator && !unit.isTime && unit.factor == 1 {
            if let length = unit.words.longestMatch(tokens, at: index) { return length }
        }
        return nil
    }

    /// The calendar day `amount` units of `unit` after (or, with a negative amount, before) the peildatum, or `nil`
    /// when it falls outside the years a report can mean (`CalendarBounds.years`). Computed, not counted day by day.
    func shifted(by amount: Double, unit: NumberVocabulary.DurationUnit) -> String? {
        guard amount == amount.rounded(), !unit.isTime, abs(amount) <= Self.largestShift else { return nil }
        let whole = Int(amount)
        var (year, month, day) = peildatum
        switch unit.designator {
        case "Y": year += whole
        case "M":
            let months = year * 12 + month - 1 + whole
            (year, month) = (Self.floorDivide(months, 12), Self.modulo(months, 12) + 1)
        case "W", "D":
            let days = CalendarBounds.dayNumber(year, month, day) + (unit.designator == "W" ? whole * 7 : whole)
            (year, month, day) = CalendarBounds.civil(dayNumber: days)
        default: return nil
        }
        guard CalendarBounds.years.contains(year) else { return nil }
        day = min(day, CalendarBounds.daysIn(month: month, year: year))
        return CalendarBounds.iso(year, month, day)
    }

    /// The largest amount of any unit shifted; beyond it no date falls within `CalendarBounds.years` anyway.
    static let largestShift = 10_000_000.0

    private static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    }

    private static func modulo(_ value: Int, _ divisor: Int) -> Int { value - floorDivide(value, divisor) * divisor }
}
