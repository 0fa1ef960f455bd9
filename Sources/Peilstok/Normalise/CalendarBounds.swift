/// The first and last calendar day a date point may mean, from the month ranges in `Rules/dates.yml`.
struct CalendarBounds {
    let vocabulary: Shared<DateVocabulary>

    /// ISO dates, or `nil` on a side that is open or unknown.
    func bounds(of point: DatePoint) -> (earliest: String?, latest: String?) {
        guard let year = point.year else { return (nil, nil) }
        var first = (year: year, month: 1, day: 1)
        var last = (year: year, month: 12, day: 31)
        if let month = point.month {
            first = (year, month, point.day ?? 1)
            last = (year, month, point.day ?? Self.daysIn(month: month, year: year))
        } else if let code = point.season, let season = vocabulary.value.seasons.first(where: { $0.code == code }) {
            let endYear = season.months.last < season.months.first ? year + 1 : year
            first = (year, season.months.first, 1)
            last = (endYear, season.months.last, Self.daysIn(month: season.months.last, year: endYear))
        } else if let quarter = point.quarter {
            first = (year, quarter * 3 - 2, 1)
            last = (year, quarter * 3, Self.daysIn(month: quarter * 3, year: year))
        } else if let half = point.half {
            first = (year, half * 6 - 5, 1)
            last = (year, half * 6, Self.daysIn(month: half * 6, year: year))
        } else if let mod = point.mod, let months = vocabulary.value.modifiers.first(where: { $0.mod == mod })?.months {
            first = (year, months.first, 1)
            last = (year, months.last, Self.daysIn(month: months.last, year: year))
        }
        var earliest: String? = Self.iso(first.year, first.month, first.day)
        var latest: String? = Self.iso(last.year, last.month, last.day)
        if point.mod == "ON_OR_BEFORE" { earliest = nil }
        if point.mod == "ON_OR_AFTER" { latest = nil }
        return (earliest, latest)
    }

    /// The years a date in a report may fall in; a value outside them is not a date of this world.
    static let years = 1000...9999

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
    static func dayNumber(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date of a day number (`civil_from_days`), the inverse of `dayNumber`.
    static func civil(dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func iso(_ year: Int, _ month: Int, _ day: Int) -> String {
        year.zeroPadded(4) + "-" + month.zeroPadded(2) + "-" + day.zeroPadded(2)
    }

    /// The ISO date of a day number: the inverse of `dayNumber` (Howard Hinnant's `civil_from_days`).
    static func isoDate(_ days: Int) -> String {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return year.zeroPadded(4) + "-" + month.zeroPadded(2) + "-" + day.zeroPadded(2)
    }
}
