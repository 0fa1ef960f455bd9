import Testing
@testable import Peilstok

@Suite struct DateNormaliserTests {
    private let normaliser = Normaliser(rules: TestPaths.loadedRules)

    private func only(_ text: String) throws -> TypedExpression {
        let found = normaliser.expressions(in: text)
        #expect(found.count == 1, "expected one expression in \(text), found \(found.map(\.text))")
        return try #require(found.first)
    }

    @Test func readsAClosedIntervalOfMonths() throws {
        let interval = try only("Januari 2020 – juli 2022")
        #expect(interval.type == .interval)
        #expect(interval.start == "2020-01")
        #expect(interval.end == "2022-07")
        #expect(interval.earliest == "2020-01-01")
        #expect(interval.latest == "2022-07-31")
        #expect(interval.at == [0, 24])
    }

    @Test func readsModifiersSeasonsAndQuarters() throws {
        let medio = try only("Oktober 2019 – medio 2022")
        #expect(medio.end == "2022")
        #expect(medio.endMod == "MID")
        #expect(medio.latest == "2022-08-31")
        let season = try only("Najaar 2019 – december 2021")
        #expect(season.start == "2019-FA")
        #expect(season.earliest == "2019-09-01")
        let quarter = try only("Tweede kwartaal 2021 – eerste kwartaal 2022")
        #expect(quarter.start == "2021-Q2")
        #expect(quarter.end == "2022-Q1")
        #expect(quarter.latest == "2022-03-31")
        let deadline = try only("Mei 2021 – uiterlijk februari 2022")
        #expect(deadline.end == "2022-02")
        #expect(deadline.endMod == "ON_OR_BEFORE")
    }

    @Test func readsIntervalsWithVanAndTot() throws {
        let interval = try only("Afgerond. Liep van 1 maart 2019 tot 1 maart 2020.")
        #expect(interval.text == "van 1 maart 2019 tot 1 maart 2020")
        #expect(interval.start == "2019-03-01")
        #expect(interval.end == "2020-03-01")
    }

    @Test func readsIntervalsOpenOnOneSide() throws {
        let found = normaliser.expressions(in: "Deel 1: december 2019 – december 2021; deel 2: vanaf 1 januari 2022")
        #expect(found.map(\.type) == [.interval, .interval])
        #expect(found[1].text == "vanaf 1 januari 2022")
        #expect(found[1].start == "2022-01-01")
        #expect(found[1].end == nil)
        let until = try only("De pilot loopt tot en met juni 2023.")
        #expect(until.start == nil)
        #expect(until.end == "2023-06")
    }

    @Test func readsSingleDatesWithBounds() throws {
        let medio = try only("de aantallen (medio 2022).")
        #expect(medio.timex == "2022")
        #expect(medio.mod == "MID")
        #expect(medio.earliest == "2022-05-01")
        #expect(medio.latest == "2022-08-31")
        let winter = try only("in de winter van 2021")
        #expect(winter.timex == "2021-WI")
        #expect(winter.latest == "2022-02-28")
        let month = try only("Gestart in september.")
        #expect(month.timex == "XXXX-09")
        #expect(month.earliest == nil)
    }

    @Test func readsCountsButNotReferenceNumbersAsNumbers() {
        let found = normaliser.expressions(in: "In 49 van de 72 zaken, nr. 190, Kamerstuk 31 753.")
        #expect(found.map(\.text) == ["49", "72"])
        #expect(found.allSatisfy { $0.type == .number })
    }
}
