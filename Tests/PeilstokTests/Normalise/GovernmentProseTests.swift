import Testing
@testable import Peilstok

/// The kinds of expression (and of non-expression) that Kamerbrieven and reports have and factsheets rarely do.
@Suite struct GovernmentProseTests {
    private let normaliser = Normaliser(rules: TestPaths.loadedRules)

    private func texts(_ text: String) -> [String] { normaliser.expressions(in: text).map(\.text) }

    @Test(arguments: [
        "Dat is in de eerste plaats een taak van de overheid.1",
        "Het gaat om de Wet op de rechtsbijstand (Wrb)3 en de uitvoering daarvan.",
        "zoals de commissie het noemde: ‘de ruggengraat van de rechtsstaat’.12 Ik deel dat.",
        "Het Besluit vergoedingen rechtsbijstand 2000 wordt daartoe gewijzigd.",
        "De Vreemdelingenwet 2000 en het Vreemdelingenbesluit 2000 blijven ongewijzigd.",
        "Het vermogen in box 3 telt mee voor de eigen bijdrage.",
        "Zie Stb. 2019, 123 voor de tekst.",
        "Zie Kamerstukken II 2019/20, 31 753, nr. 190.",
        "De conclusies staan in hoofdstuk zeven van het rapport.",
        "Het gaat om scenario 1 van de commissie en Richtlijn 2016/800/EU.",
        "In de Ontwerpbegroting 2022 is daar rekening mee gehouden.",
        "Bij Kabinetsmissive, no.2023000960, is het voorstel aanhangig gemaakt.",
        "Gelet op de artikelen 25, zesde lid, 34a, vierde lid, en 35 van de wet;",
        "U stuurt uw bezwaarschrift naar postbus 70503, 5201 CD 's-Hertogenbosch.",
        "de uitvoering van de Meerjarenagenda Slachtofferbeleid 2022 – 2025 (hierna: Meerjarenagenda).1",
        "Handelingen II 2021/22, nr. 89, items 4 en 7",
    ])
    func findsNothingInFootnotesNamesAndReferences(text: String) {
        #expect(texts(text).isEmpty, "\(text)")
    }

    @Test func anEnumerationInRunningTextIsNoCountButABracketedNumberAloneIs() {
        #expect(texts("Dit vraagt (1) een goede toegang, (2) kwaliteit en (3) betaalbaarheid.").isEmpty)
        #expect(texts("Er zijn veel zaken geregistreerd (557).") == ["557"])
    }

    @Test func aFootnoteGluedToAYearLeavesTheYear() {
        #expect(normaliser.expressions(in: "Dat gebeurde in 2022.1 Daarna niet.").map(\.timex) == ["2022"])
        #expect(normaliser.expressions(in: "Het gaat om 1.250.000 zaken.").map(\.value) == [1_250_000])
    }

    @Test func thousandsSetApartByASpaceAndFootnotesGluedToWordsAndYears() {
        #expect(normaliser.expressions(in: "gedaald naar 18 700 jongeren").map(\.value) == [18_700])
        #expect(normaliser.expressions(in: "als het inkomen niet hoger is dan € 16 800,–").map(\.value) == [16_800])
        #expect(normaliser.expressions(in: "in een signaalbrief d.d. 9 september2 eveneens").map(\.timex) == ["XXXX-09-09"])
        let span = normaliser.expressions(in: "van 1 april 2005 tot 31 december 20062 liep de regeling")
        #expect(span.map(\.end) == ["2006-12-31"])
    }

    @Test func anAmountThatLeavesOutItsCurrencyAfterMoneyIsMoney() {
        let found = normaliser.expressions(in: "Van de 73 miljoen euro is 45 miljoen toegevoegd en gaan 12 zaken door.")
        #expect(found.map(\.type) == [.money, .money, .number])
        #expect(found.map(\.value) == [73_000_000, 45_000_000, 12])
    }

    @Test func aPeriodBeforeTheAmountAndDecimalsAsWritten() throws {
        let money = try #require(normaliser.expressions(in: "jaarlijks ongeveer 36,5 miljoen euro").first)
        #expect(money.per == "year")
        #expect(money.qualifier == "approx")
        #expect(normaliser.expressions(in: "een toelage van 10,88 euro").first?.value == 10.88)
    }

    @Test func overDeIsNoQualifier() {
        #expect(normaliser.expressions(in: "over de twee routes").map(\.qualifier) == [nil])
    }

    @Test func anAbbreviatedScaleKeepsItsPeriod() throws {
        let money = try #require(normaliser.expressions(in: "De regeling kost € 10 mln. per jaar.").first)
        #expect(money.value == 10_000_000)
        #expect(money.per == "year")
    }

    @Test func aYearAfterANameIsADateWhenAPrepositionDatesIt() {
        let found = normaliser.expressions(in: "Het Besluit is in 2000 voor het laatst gewijzigd.")
        #expect(found.map(\.timex) == ["2000"])
        #expect(texts("De regeling liep af; 2021 was het laatste jaar.") == ["2021"])
    }

    @Test(arguments: [
        ("een tweetal evaluaties", 2.0, nil as String?),
        ("het drietal pilots", 3, nil),
        ("een dertigtal pilots", 30, "approx"),
        ("bijna een miljoen mensen", 1_000_000, "less-than"),
        ("een kleine 900.000 toevoegingen", 900_000, "less-than"),
        ("een ruime 300 zaken", 300, "more-than"),
        ("naar schatting 40.000 zaken", 40_000, "approx"),
        ("een half miljoen mensen", 500_000, nil),
    ])
    func readsCollectivesAndApproximations(text: String, value: Double, qualifier: String?) throws {
        let found = normaliser.expressions(in: text)
        let number = try #require(found.first, "\(text)")
        #expect(found.count == 1)
        #expect(number.type == .number)
        #expect(number.value == value)
        #expect(number.qualifier == qualifier)
    }

    @Test(arguments: [
        ("In het derde kwartaal volgt een brief.", "XXXX-Q3"),
        ("De wet treedt in de zomer in werking.", "XXXX-SU"),
        ("De beschikking is verzonden op 22-07-2024.", "2024-07-22"),
        ("Datum: 01/02/2023", "2023-02-01"),
        ("Peildatum 31.12.2022", "2022-12-31"),
        ("Gewijzigd op 2024-03-05.", "2024-03-05"),
    ])
    func readsDatesWithoutAYearOrInDigits(text: String, timex: String) throws {
        let found = normaliser.expressions(in: text)
        #expect(found.count == 1, "\(found.map(\.text))")
        #expect(found.first?.type == .date)
        #expect(found.first?.timex == timex)
    }

    @Test func impossibleNumericDatesAndHalvesOfOtherThingsAreNoDates() {
        #expect(normaliser.expressions(in: "Code 31-02-2024 is ongeldig.").allSatisfy { $0.type != .date || $0.timex != "2024-02-31" })
        #expect(normaliser.expressions(in: "De eerste helft van de zaken is afgerond.").isEmpty)
        #expect(normaliser.expressions(in: "Het aantal daalde per kwartaal.").isEmpty)
    }

    @Test func readsYearSpansOpenAndClosed() throws {
        let closed = try #require(normaliser.expressions(in: "Vanaf 2004 tot en met 2010 steeg het aantal.").first)
        #expect(closed.type == .interval)
        #expect(closed.start == "2004")
        #expect(closed.end == "2010")
        let open = try #require(normaliser.expressions(in: "Vanaf: 2004").first)
        #expect(open.type == .interval)
        #expect(open.start == "2004")
        #expect(open.end == nil)
        let month = try #require(normaliser.expressions(in: "De pilot loopt tot september.").first)
        #expect(month.type == .interval)
        #expect(month.end == "XXXX-09")
    }
}
