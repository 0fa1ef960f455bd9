/// Dates as Dutch readers write them: "1 december 2021".
enum DutchDate {
    static let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                         "oktober", "november", "december"]

    /// "2021-12-01" as "1 december 2021", "2021-12" as "december 2021"; anything else as it is.
    static func format(_ iso: String?) -> String {
        guard let iso else { return "zonder peildatum" }
        let parts = iso.split(separator: "-").map(String.init)
        guard let year = parts.first.flatMap({ Int($0) }) else { return iso }
        guard parts.count >= 2, let month = Int(parts[1]), (1...12).contains(month) else { return String(year) }
        guard parts.count >= 3, let day = Int(parts[2]) else { return "\(months[month - 1]) \(year)" }
        return "\(day) \(months[month - 1]) \(year)"
    }

    /// Days since 1970-01-01 of an ISO date, or of the first (`end` false) or last (`end` true) day of a TIMEX3 year or
    /// month; `nil` for anything else (a quarter, a season, a week, a day that does not exist).
    static func day(_ value: String?, end: Bool = false) -> Int? {
        guard let value else { return nil }
        let parts = value.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let year = Int(parts[0]), parts[0].count == 4, CalendarBounds.years.contains(year), parts.count <= 3 else { return nil }
        guard parts.count >= 2 else {
            return end ? CalendarBounds.dayNumber(year, 12, 31) : CalendarBounds.dayNumber(year, 1, 1)
        }
        guard let month = Int(parts[1]), (1...12).contains(month) else { return nil }
        let last = CalendarBounds.daysIn(month: month, year: year)
        guard parts.count == 3 else { return CalendarBounds.dayNumber(year, month, end ? last : 1) }
        guard let day = Int(parts[2]), (1...last).contains(day) else { return nil }
        return CalendarBounds.dayNumber(year, month, day)
    }
}
