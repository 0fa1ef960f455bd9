import Foundation
import Testing
@testable import Peilstok

@Suite struct GazetteerTests {
    let gazetteer = TestPaths.loadedRules.gazetteer

    @Test func holdsEveryCurrentMunicipalityWithItsCodeAndProvince() {
        let municipalities = Array(gazetteer.municipalities.values)
        #expect(municipalities.count == 342)
        #expect(Set(municipalities.map(\.province)).count == 12)
        #expect(gazetteer.municipalities["GM0363"] == .init(code: "GM0363", name: "Amsterdam", province: "Noord-Holland"))
        #expect(gazetteer.municipalities["GM1991"]?.name == "Maashorst")
        #expect(gazetteer.municipalities["GM1900"]?.name == "Súdwest-Fryslân")
    }

    @Test func shortFormsAndFormerMunicipalitiesNameTheCurrentOne() {
        #expect(gazetteer.municipality(named: "Den Bosch")?.code == "GM0796")
        #expect(gazetteer.municipality(named: "den haag")?.name == "'s-Gravenhage")
        #expect(gazetteer.municipality(named: "Hengelo")?.code == "GM0164")
        #expect(gazetteer.municipality(named: "Weesp")?.name == "Amsterdam")
        #expect(gazetteer.municipality(named: "Heerhugowaard")?.name == "Dijk en Waard")
        #expect(gazetteer.municipality(named: "Uden")?.name == "Maashorst")
        #expect(gazetteer.municipality(named: "Leeuwarderadeel")?.name == "Leeuwarden")
        // Divided among four municipalities: no one of them is its successor.
        #expect(gazetteer.municipality(named: "Haaren") == nil)
        // Bergen (NH.) and Bergen (L.) share the short form, so neither has it.
        #expect(gazetteer.municipality(named: "Bergen") == nil)
        #expect(gazetteer.municipality(named: "Atlantis") == nil)
    }

    @Test func findsANameWrittenAsANameAndNotAWord() {
        #expect(gazetteer.find(in: "Pilot Buren") == "Buren")
        #expect(gazetteer.find(in: "samen met de buren") == nil)
        #expect(gazetteer.find(in: "Heel veel mensen weten de weg") == nil)
        #expect(gazetteer.find(in: "Spreekuren in Heel en omgeving") == "Heel")
        #expect(gazetteer.find(in: "Wijkteams Amsterdam-Noord") == "Amsterdam")
        #expect(gazetteer.find(in: "Noord-Amsterdam") == nil)
        #expect(gazetteer.find(in: "Rechtswinkel Bergen op Zoom") == "Bergen op Zoom")
        #expect(gazetteer.find(in: "Het Juridisch Loket in ’s-Hertogenbosch") == "'s-Hertogenbosch")
        #expect(gazetteer.find(in: "Het Juridisch Loket in 's-Hertogenbosch") == "'s-Hertogenbosch")
        #expect(gazetteer.find(in: "Een pilot in Súdwest-Fryslân") == "Súdwest-Fryslân")
        #expect(gazetteer.find(in: "Een pilot in Sudwest-Fryslan") == "Súdwest-Fryslân")
        #expect(gazetteer.find(in: "In de provincie Zeeland") == nil)
        #expect(gazetteer.findAfter(markers: ["gemeente"], in: "samen met de gemeente Capelle aan den IJssel.") == .one("Capelle aan den IJssel"))
        #expect(gazetteer.findAfter(markers: ["gemeente"], in: "de gemeente Weesp") == .one("Weesp"))
    }

    @Test func aMarkerOpeningAListOfMunicipalitiesGivesNoneOfThem() {
        let names = TestPaths.loadedRules.names
        #expect(gazetteer.gemeente(opening: "Er zijn experimenten in de gemeente Venray en Hengelo. Daarna meer.", names: names) == nil)
        #expect(gazetteer.gemeente(opening: "Spreekuren in de gemeente Venray, Hengelo en Heerenveen.", names: names) == nil)
        #expect(gazetteer.gemeente(opening: "Een pilot van de gemeente Venray en het Juridisch Loket.", names: names) == "Venray")
        #expect(gazetteer.gemeente(opening: "Een wijkteam in Kralingen (Rotterdam). In Den Haag later.", names: names) == "Rotterdam")
    }

    @Test func theCommittedFileIsWhatTheScriptMakesOfItsSources() throws {
        let output = try TemporaryDirectory()
        defer { output.cleanup() }
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = ["python3", TestPaths.repository.appending(path: "Scripts/make_gazetteer.py").path,
                             "--output", output.file("gemeenten.yml").path]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try Data(contentsOf: output.file("gemeenten.yml")) == Data(contentsOf: TestPaths.rules.appending(path: "gemeenten.yml")))
    }

    @Test func aBadCodeIsReportedAtItsLine() throws {
        let directory = try TestPaths.copyOfRules()
        defer { directory.cleanup() }
        let url = directory.file("gemeenten.yml")
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.replacingOccurrences(of: "| GM0363\n", with: "| GM9999\n").write(to: url, atomically: true, encoding: .utf8)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasSuffix("| GM0363") }.map { $0 + 1 }
        do {
            _ = try Rules.load(from: directory.url, displayDirectory: "Rules")
            Issue.record("an unknown municipality code was accepted")
        } catch {
            #expect(error.line == line)
            #expect(error.description.contains("Rules/gemeenten.yml:\(line ?? 0):"))
            #expect(error.description.contains("GM9999 is not a current municipality's code"))
        }
    }

    /// Rows of `yaml`'s table `rows` read with `columns`, or the error.
    private func table(_ yaml: String, columns: [String] = ["a", "b", "c"], required: Int = 2) throws(RuleError) -> RuleTable {
        try RuleTable(try RuleNode.load(yaml: yaml, file: "t.yml").required("rows"), columns: columns, required: required)
    }

    @Test func aTableRowIsReadWithItsLineAndCommentsAndBlankLinesAreNoRows() throws {
        let rows = try table("# a table\nrows: |\n  # a | b | c\n  one | two\n\n    three|  four  | x; y ;z\nafter: 1\n").rows
        #expect(rows.map(\.line) == [4, 6])
        #expect(rows.map { $0.fields.map(String.init) } == [["one", "two"], ["three", "four", "x; y ;z"]])
        #expect(try rows[1].list(2, "c") == ["x", "y", "z"])
        #expect(try rows[0].list(2, "c") == [])
        #expect(throws: RuleError(file: "t.yml", line: 4, message: "an empty item in c")) {
            try table("rows: |\n  one | a\n\n  two | three | x;;y\n").rows[1].list(2, "c")
        }
    }

    @Test func aTableRowWithTooFewOrTooManyFieldsIsReportedAtItsLine() {
        #expect(throws: RuleError(file: "t.yml", line: 5, message: "expected 2 to 3 fields separated by '|' (a | b | c), found 1")) {
            try table("x: 1\nrows: |\n  a | b\n  # c\n  d\n")
        }
        #expect(throws: RuleError(file: "t.yml", line: 2, message: "expected 2 to 3 fields separated by '|' (a | b | c), found 4")) {
            try table("rows: |\n  a | b | c | d\n")
        }
        #expect(throws: RuleError(file: "t.yml", line: 2, message: "missing b")) {
            try table("rows: |\n  a |  \n").rows[0].field(1, "b")
        }
    }

    @Test func aTableMustBeALiteralBlock() {
        for yaml in ["rows: [a, b]\n", "rows: a | b\n", "rows: >\n  a | b\n"] {
            #expect(throws: RuleError.self) { try table(yaml) }
        }
    }
}
