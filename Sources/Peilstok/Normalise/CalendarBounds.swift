/// The first and last calendar day a date point may mean, from the month ranges in `Rules/dates.yml`.
struct CalendarBounds {
    let vocabulary: DateVocabulary

    /// ISO dates, or `nil` on a side that is open or unknown.
    func bounds(of point: DatePoint) -> (earliest: String?, latest: String?) {
        guard let year = point.year else { return (nil, nil) }
        var first = (year: year, month: 1, day: 1)
        var last = (year: year, month: 12, day: 31)
        if let month = point.month {
            first = (year, month, point.day ?? 1)
            last = (year, month, point.day ?? Self.daysIn(month: month, year: year))
        } else if let code = point.season, let season = vocabulary.seasons.first(where: { $0.code == code }) {
            let endYear = season.months.last < season.months.first ? year + 1 : year
            first = (year, season.months.first, 1)
            last = (endYear, season.months.last, Self.daysIn(month: season.months.last, year: endYear))
        } else if let quarter = point.quarter {
            first = (year, quarter * 3 - 2, 1)
            last = (year, quarter * 3, Self.daysIn(month: quarter * 3, year: year))
        } else if let half = point.half {
            first = (year, half * 6 - 5, 1)
            last = (year, half * 6, Self.daysIn(month: half * 6, year: year))
        } else if let mod = point.mod, let months = vocabulary.modifiers.first(where: { $0.mod == mod })?.months {
            first = (year, months.first, 1)
            last = (year, months.last, Self.daysIn(month: months.last, year: year))
        }
        var earliest: String? = Self.iso(first.year, first.month, first.day)
        var latest: String? = Self.iso(last.year, last.month, last.day)
        if point.mod == "ON_OR_BEFORE" { earliest = nil }
        if point.mod == "ON_OR_AFTER" { latest = nil }
        return (earliest, latest)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func iso(_ year: Int, _ month: Int, _ day: Int) -> String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }
}
