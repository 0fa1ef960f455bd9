/// A calendar point or period read from text, before it becomes an `TypedExpression`.
struct DatePoint: Sendable, Hashable {
    var year: Int?
    var month: Int?
    var day: Int?
    var season: String?
    var quarter: Int?
    var half: Int?
    var mod: String?
    /// Token range the point was read from.
    var first: Int
    var end: Int

    /// The TIMEX3 value, with `XXXX` for an unknown year.
    var timex: String {
        let yearText = year?.zeroPadded(4) ?? "XXXX"
        if let season { return "\(yearText)-\(season)" }
        if let quarter { return "\(yearText)-Q\(quarter)" }
        if let half { return "\(yearText)-H\(half)" }
        guard let month else { return yearText }
        guard let day else { return yearText + "-" + month.zeroPadded(2) }
        return yearText + "-" + month.zeroPadded(2) + "-" + day.zeroPadded(2)
    }

    /// True when the point names a year, month, season or quarter: something a calendar shows, even without its year.
    var isCalendarPoint: Bool { year != nil || month != nil || season != nil || quarter != nil }

    /// True when the point names no calendar unit below the year.
    var isYearOnly: Bool { month == nil && season == nil && quarter == nil && half == nil }
}
