import Foundation
import Testing
@testable import Peilstok

/// Sentences that once trapped or looped: huge amounts of time, shifted dates far from the peildatum.
@Suite struct HugeValueTests {
    private let normaliser = Normaliser(rules: TestPaths.loadedRules)

    @Test(arguments: ["1.000.000.000.000.000.000.000 jaar", "over 9.000.000.000.000.000.000 weken",
                      "over 30.000.000.000 dagen", "over 5000000000000 maanden", "-9.000.000.000.000.000.000 dagen geleden"])
    func aHugeDurationIsANumberAndNoDate(text: String) {
        let found = normaliser.expressions(in: text, peildatum: "2022-10-12")
        #expect(!found.contains { $0.type == .duration })
        #expect(found.allSatisfy { $0.earliest == nil && $0.latest == nil })
    }

    @Test func aShiftFarOutsideTheCalendarGivesNoDate() throws {
        let found = normaliser.expressions(in: "over 400.000 jaar", peildatum: "2022-10-12")
        let duration = try #require(found.first { $0.type == .duration })
        #expect(duration.timex == "P400000Y")
        #expect(duration.earliest == nil)
    }

    @Test(arguments: [("over 1000 dagen", "2025-07-08"), ("over 19 weken", "2023-02-22"), ("3 dagen geleden", "2022-10-09"),
                      ("over 40.000 weken", "2789-05-24"), ("over 14 maanden", "2023-12-12")])
    func shiftsAreComputedNotCounted(text: String, date: String) throws {
        let duration = try #require(normaliser.expressions(in: text, peildatum: "2022-10-12").first { $0.type == .duration })
        #expect(duration.earliest == date)
    }

    @Test func dayNumbersRoundTripOverCenturies() {
        for day in stride(from: -1_000_000, through: 3_000_000, by: 997) {
            let (year, month, dayOfMonth) = CalendarBounds.civil(dayNumber: day)
            #expect(CalendarBounds.dayNumber(year, month, dayOfMonth) == day)
        }
        #expect(CalendarBounds.dayNumber(1970, 1, 1) == 0)
        #expect(CalendarBounds.civil(dayNumber: 19_277) == (2022, 10, 12))
    }
}
