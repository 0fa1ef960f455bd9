import ArgumentParser
import Foundation
import Peilstok

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the store as CSV tables (pilots, sections, expressions, links) with a datapackage.json.",
        discussion: """
            --profile excel-nl (default) is for Dutch Excel: UTF-8 with a byte order mark, ';', a decimal comma, \
            CRLF, and text a spreadsheet would run as a formula neutralised with a leading '. --profile rfc4180 is \
            comma, decimal point, LF, no byte order mark.
            """)

    @OptionGroup var reading: StoreReading

    @Option(name: .long, help: "The directory the tables are written to.")
    var output: String = "Output"

    @Option(name: .long, help: "excel-nl or rfc4180.")
    var profile: CSVProfile = .excelNL

    func run() throws {
        let loaded = try reading.rules.load()
        let store = try reading.open(loaded)
        try Self.export(store, profile: profile, into: output)
    }

    /// Writes the tables and, unless `quiet`, prints each file written.
    static func export(_ store: PilotStore, profile: CSVProfile, into output: String, quiet: Bool = false) throws {
        let tables = try storeCall { () throws(StoreError) in try store.exportTables() }
        do {
            for file in try DataPackage.write(tables, profile: profile, into: URL(filePath: output)) {
                if !quiet { print("\(output)/\(file.lastPathComponent)") }
            }
        } catch {
            printError("\(output): cannot write the export: \(error)")
            throw ExitCode(1)
        }
    }
}

extension CSVProfile: ExpressibleByArgument {}
