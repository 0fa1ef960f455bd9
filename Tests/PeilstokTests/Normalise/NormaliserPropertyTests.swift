import Foundation
import Testing
@testable import Peilstok

/// Generated Dutch dates and amounts read back to their values; random junk never breaks the normaliser.
@Suite struct NormaliserPropertyTests {
    private let normaliser = Normaliser(rules: TestPaths.loadedRules)
    private let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                          "oktober", "november", "december"]

    private func only(_ text: String) -> TypedExpression? {
        let found = normaliser.expressions(in: text)
        return found.count == 1 ? found[0] : nil
    }

    /// Writes a whole number the Dutch way: "1.234.567".
    private func dutchDigits(_ value: Int) -> String {
        var digits = String(value)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        return groups.joined(separator: ".")
    }

    /// Writes 1 to 99 as a Dutch number word, independently of the rules: "vijfentwintig", "tweeëntwintig".
    private func dutchWord(_ value: Int) -> String {
        let units = ["", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
                     "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"]
        let tens = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]
        if value < 20 { return units[value] }
        let unit = value % 10
        guard unit > 0 else { return tens[value / 10] }
        let first = unit == 1 ? "een" : units[unit]
        let joiner = first.hasSuffix("e") ? "ën" : "en"
        return first + joiner + tens[value / 10]
    }

    @Test func generatedDatesReadBackToTheirTimex() {
        var random = SplitMix64(seed: 20_221_012)
        for _ in 0..<400 {
            let year = Int.random(in: 1990...2039, using: &random)
            let month = Int.random(in: 1...12, using: &random)
            let day = Int.random(in: 1...CalendarBounds.daysIn(month: month, year: year), using: &random)
            let name = months[month - 1]
            let quarter = Int.random(in: 1...4, using: &random)
            let cases: [(String, String, String?)] = [
                ("op \(day) \(name) \(year) gestart", String(format: "%04d-%02d-%02d", year, month, day), nil),
                ("sinds \(name.capitalized) \(year)", String(format: "%04d-%02d", year, month), "interval"),
                ("in \(name) \(year) afgerond", String(format: "%04d-%02d", year, month), nil),
                ("medio \(year)", "\(year)", "MID"),
                ("eind \(year)", "\(year)", "END"),
                ("in het najaar van \(year)", "\(year)-FA", nil),
                ("Q\(quarter) \(year)", "\(year)-Q\(quarter)", nil),
            ]
            for (text, timex, extra) in cases {
                let expression = only(text)
                if extra == "interval" {
                    #expect(expression?.start == timex, "\(text)")
                } else {
                    #expect(expression?.timex == timex, "\(text)")
                    #expect(expression?.mod == extra, "\(text)")
                }
            }
            let endYear = Int.random(in: year...min(year + 5, 2039), using: &random)
            let endMonth = endYear == year ? Int.random(in: month...12, using: &random) : Int.random(in: 1...12, using: &random)
            let interval = only("\(name.capitalized) \(year) – \(months[endMonth - 1]) \(endYear)")
            #expect(interval?.start == String(format: "%04d-%02d", year, month))
            #expect(interval?.end == String(format: "%04d-%02d", endYear, endMonth))
        }
    }

    @Test func generatedAmountsReadBackToTheirValue() {
        var random = SplitMix64(seed: 350_000)
        for _ in 0..<400 {
            let value = Int.random(in: 1...99_999_999, using: &random)
            let written = dutchDigits(value)
            #expect(only("€ \(written)")?.value == Double(value), "€ \(written)")
            #expect(only("\(written) euro per jaar")?.per == "year", "\(written) euro per jaar")
            #expect(only("ruim \(written) zaken")?.qualifier == "more-than")
            let small = Int.random(in: 1...99, using: &random)
            let word = dutchWord(small)
            #expect(only("\(word) zaken")?.value == Double(small), "\(word) zaken")
            let millions = Double(Int.random(in: 11...99, using: &random)) / 10
            let decimal = String(format: "%.1f", millions).replacingOccurrences(of: ".", with: ",")
            #expect(only("\(decimal) miljoen euro")?.value == (millions * 1_000_000).rounded(), "\(decimal) miljoen euro")
        }
    }

    @Test func randomJunkNeverBreaksTheNormaliser() {
        var random = SplitMix64(seed: 7)
        let alphabet = Array("0123456789 .,;:()-–/€%°^'’xXeEé jaarweken medio tot en met van vanaf tussen de één twee Q H") + ["\u{00A0}", "🙂", "\u{301}"]
        for _ in 0..<2000 {
            let length = Int.random(in: 0...200, using: &random)
            let text = String((0..<length).map { _ in alphabet.randomElement(using: &random)! })
            let scalars = Array(text.unicodeScalars)
            var previousEnd = 0
            for expression in normaliser.expressions(in: text, peildatum: "2022-10-12") {
                #expect(expression.at[0] >= previousEnd && expression.at[0] < expression.at[1] && expression.at[1] <= scalars.count)
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[expression.at[0]..<expression.at[1]])
                #expect(String(view) == expression.text)
                previousEnd = expression.at[1]
            }
        }
    }
}
