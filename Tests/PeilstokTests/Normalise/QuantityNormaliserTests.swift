import Testing
@testable import Peilstok

@Suite struct QuantityNormaliserTests {
    private let normaliser = Normaliser(rules: TestPaths.loadedRules)

    private func only(_ text: String, peildatum: String? = nil) throws -> TypedExpression {
        let found = normaliser.expressions(in: text, peildatum: peildatum)
        #expect(found.count == 1, "expected one expression in \(text), found \(found.map(\.text))")
        return try #require(found.first)
    }

    @Test func readsDutchSeparatorsAndNumberWords() throws {
        #expect(try only("200.000 mensen").value == 200_000)
        #expect(try only("1,5 keer").value == 1.5)
        #expect(try only("vijftien pilots").value == 15)
        #expect(try only("eenentwintig zaken").value == 21)
        #expect(try only("tweeënhalf keer").value == 2.5)
        #expect(try only("tweehonderdvijftig zaken").value == 250)
        #expect(try only("in één pilot").value == 1)
        #expect(normaliser.expressions(in: "een pilot in de wijk").isEmpty)
    }

    @Test(arguments: [
        ("ruim 300 rechtzoekenden", "more-than", 300.0),
        ("meer dan 50 partijen", "more-than", 50),
        ("ca. 1000 zaken", "approx", 1000),
        ("zo'n 40 zaken", "approx", 40),
        ("bijna 70 zaken", "less-than", 70),
        ("ten minste 12 zaken", "at-least", 12),
        ("drie of meer bezwaren", "at-least", 3),
        ("hooguit 5 zaken", "at-most", 5),
        ("(maximaal) 750 zaken", "at-most", 750),
    ])
    func readsQualifiers(text: String, qualifier: String, value: Double) throws {
        let number = try only(text)
        #expect(number.type == .number)
        #expect(number.qualifier == qualifier)
        #expect(number.value == value)
    }

    @Test func readsMoneyWithItsPeriod() throws {
        let yearly = try only("Globale kostenraming € 350.000 (op jaarbasis)")
        #expect(yearly.type == .money)
        #expect(yearly.text == "€ 350.000")
        #expect(yearly.value == 350_000)
        #expect(yearly.currency == "EUR")
        #expect(yearly.per == "year")
        #expect(try only("1,2 miljoen euro").value == 1_200_000)
        let range = try only("tussen de 200.000 en 300.000 euro per jaar")
        #expect(range.min == 200_000)
        #expect(range.max == 300_000)
        #expect(range.per == "year")
        #expect(try only("€ 60.000 per maand").per == "month")
    }

    @Test func readsPercentagesAndRanges() throws {
        let percent = try only("ongeveer 29% van de zaken")
        #expect(percent.type == .percent)
        #expect(percent.value == 29)
        #expect(percent.qualifier == "approx")
        let range = try only("tussen de 20 en 30 zaken")
        #expect(range.type == .range)
        #expect(range.min == 20)
        #expect(range.max == 30)
    }

    @Test(arguments: [("19 weken", "P19W"), ("twee jaar", "P2Y"), ("een jaar", "P1Y"), ("48 uur", "PT48H"),
                      ("6 maanden", "P6M"), ("anderhalf jaar", "P18M"), ("een half jaar", "P6M"),
                      ("ieder half jaar", "P6M"), ("een half uur", "PT30M"), ("twee kwartalen", "P6M"),
                      ("anderhalve dag", "PT36H"), ("een decennium", "P10Y")])
    func readsDurations(text: String, iso: String) throws {
        let duration = try only(text)
        #expect(duration.type == .duration)
        #expect(duration.timex == iso)
    }

    @Test func anchorsRelativeExpressionsToThePeildatum() throws {
        let ahead = try only("over 19 weken", peildatum: "2022-10-12")
        #expect(ahead.timex == "P19W")
        #expect(ahead.anchored == true)
        #expect(ahead.earliest == "2023-02-22")
        let lastYear = try only("vorig jaar", peildatum: "2022-10-12")
        #expect(lastYear.timex == "2021")
        #expect(lastYear.anchored == true)
        let autumn = try only("dit najaar", peildatum: "2022-10-12")
        #expect(autumn.timex == "2022-FA")
        let nextQuarter = try only("volgend kwartaal", peildatum: "2022-11-30")
        #expect(nextQuarter.timex == "2023-Q1")
        #expect(normaliser.expressions(in: "vorig jaar").isEmpty)
        #expect(try only("over 19 weken").anchored == nil)
    }

    @Test(arguments: [
        "De kernelementen: 1) de piketdienst, 2) een overleg en 3) de best practices.",
        "Zie hoofdstuk 4, figuur 7, p. 5 en aanbeveling 11.",
        "de 0900 telefoontjes, de 7° voortgangsbrief en de 2e lijn",
        "In verband met COVID-19 werd de pilot uitgesteld.",
        "Kamerstukken 31 753, nr. 190",
        "fasen: 1. advisering, 2. aanvullende hulp en 3. bijstand",
        "Dit is één van de projecten.",
        "bijna geen instroom, enkele tientallen zaken",
    ])
    func findsNoQuantityInReferencesEnumeratorsAndIdentifiers(text: String) {
        let quantities = normaliser.expressions(in: text).filter { $0.type == .number }
        #expect(quantities.isEmpty, "found \(quantities.map(\.text))")
    }

    @Test func keepsASentenceFinalCount() {
        #expect(normaliser.expressions(in: "Er zijn 12. Daarna 3 zaken.").map(\.value) == [12, 3])
    }
}
