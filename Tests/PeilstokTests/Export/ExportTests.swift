import Foundation
import Testing
@testable import Peilstok

/// `run --export csv` and `export`: read back by frictionless, DuckDB and LibreOffice (as Dutch Excel reads CSV).
@Suite(.serialized) struct ExportTests {
    /// A workspace whose inbox holds seed 002 with two names a spreadsheet would run as formulas, and the
    /// factsheets, so names with accents and figures with decimals are there too.
    private func workspace() throws -> TemporaryDirectory {
        let work = try TemporaryDirectory()
        var table = try String(contentsOf: TestPaths.standVanZakenSeed, encoding: .utf8)
        table = table.replacingOccurrences(of: "\nGezinsadvocaat\t", with: "\n=SOM(1;2) Gezinsadvocaat\t")
            .replacingOccurrences(of: "\nMIJN ZAAK\t", with: "\n@MIJN ZAAK\t")
        try work.write("Inbox/002_formules.txt", Data(table.utf8))
        for name in ["000_cad00d4029970908.txt", "inbox.yml"] {
            try work.write("Inbox/\(name)", try Data(contentsOf: TestPaths.sampleInbox.appending(path: name)))
        }
        return work
    }

    private struct Seen: Decodable {
        struct Frictionless: Decodable {
            var valid: Bool
            var errors: [String]
            var rows: [String: Int]
        }

        struct DuckDB: Decodable {
            var records: Int
            var csv: [String: Int]
            var store: [String: Int]
        }

        struct Sheet: Decodable {
            struct Column: Decodable {
                var types: [String]
                var texts: [String]
            }

            var rows: Int
            var columns: [String: Column]
        }

        var frictionless: Frictionless
        var duckdb: DuckDB
        var xlsx: [String: Sheet]?
    }

    private func check(_ work: TemporaryDirectory, xlsx: Bool) throws -> Seen {
        let result = try runProcess(URL(filePath: "/usr/bin/env"),
                                    ["python3", TestPaths.repository.appending(path: "Scripts/check_export.py").path, "Output"]
                                        + (xlsx ? ["--xlsx"] : []), in: work.url)
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode(Seen.self, from: Data(result.stdout.utf8))
    }

    @Test func theExcelProfileReadsBackEverywhereWithItsNumbersAccentsAndFormulasIntact() throws {
        let work = try workspace()
        defer { work.cleanup() }
        let run = try runProcess(TestPaths.executable, ["run", "--quiet", "--export", "csv", "--rules", TestPaths.rules.path], in: work.url)
        #expect(run.status == 0, "\(run.stderr)")
        let pilots = try Data(contentsOf: work.file("Output/pilots.csv"))
        #expect(pilots.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: pilots, as: UTF8.self)
        #expect(text.hasPrefix("\u{FEFF}pilot_id;name;gemeente;peildatum;"))
        #expect(text.contains("\r\n") && !text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(text.contains(";\"'=SOM(1;2) Gezinsadvocaat\";"))
        #expect(text.contains(";'@MIJN ZAAK;"))

        let store = try PilotStore(url: work.file("Output/peilstok.sqlite"))
        let tables = try store.exportTables()
        let expected = Dictionary(uniqueKeysWithValues: tables.map { ($0.name, $0.rows.count) })
        let seen = try check(work, xlsx: true)
        #expect(seen.frictionless.valid, "\(seen.frictionless.errors)")
        #expect(seen.frictionless.rows == expected)
        #expect(seen.duckdb.csv == expected)
        #expect(seen.duckdb.records == 63)
        #expect(seen.duckdb.store == ["pilot_peildata": expected["pilots"]!, "sections": expected["sections"]!,
                                      "expressions": expected["expressions"]!, "links": expected["links"]!])

        let sheets = try #require(seen.xlsx)
        #expect(sheets["pilots"]?.rows == expected["pilots"])
        // Numbers are numbers (a score with a decimal comma too), names keep their accents, formulas are text.
        #expect(sheets["pilots"]?.columns["first_line"]?.types == ["n"])
        #expect(sheets["links"]?.columns["score"]?.types == ["n"])
        let names = sheets["pilots"]?.columns["name"]
        #expect(names?.types == ["s"])
        #expect(names?.texts.contains("ADR cliëntenondersteuningstool") == true)
        #expect(names?.texts.contains("'=SOM(1;2) Gezinsadvocaat") == true)
        #expect(names?.texts.contains("'@MIJN ZAAK") == true)
    }

    @Test func theRFC4180ProfileIsPlainCSV() throws {
        let work = try workspace()
        defer { work.cleanup() }
        #expect(try runProcess(TestPaths.executable, ["run", "--quiet", "--rules", TestPaths.rules.path], in: work.url).status == 0)
        let export = try runProcess(TestPaths.executable, ["export", "--profile", "rfc4180", "--rules", TestPaths.rules.path], in: work.url)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout == ["pilots", "sections", "expressions", "links"].map { "Output/\($0).csv\n" }.joined() + "Output/datapackage.json\n")
        let links = String(decoding: try Data(contentsOf: work.file("Output/links.csv")), as: UTF8.self)
        #expect(links.hasPrefix("pilot_id,name,document,peildatum,decided,score,evidence\n"))
        #expect(!links.contains("\r"))
        #expect(links.contains(",=SOM(1;2) Gezinsadvocaat,"))
        #expect(links.range(of: #",auto,0\.\d+,"#, options: .regularExpression) != nil)
        let seen = try check(work, xlsx: false)
        #expect(seen.frictionless.valid, "\(seen.frictionless.errors)")
        #expect(seen.duckdb.csv == seen.frictionless.rows)
    }
}
