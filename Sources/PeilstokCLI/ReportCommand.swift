import ArgumentParser
import Foundation
import Peilstok

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write report.html: every pilot over time, its timeline, sources and changes, as one self-contained page.")

    @OptionGroup var reading: StoreReading

    @Option(name: .long, help: "The directory report.html is written to.")
    var output: String = "Output"

    func run() throws {
        let loaded = try reading.rules.load()
        let store = try reading.open(loaded)
        let report = try storeCall { () throws(StoreError) in try PilotReport.make(store, rules: loaded) }
        let url = URL(filePath: output).appending(path: "report.html")
        do {
            try AtomicFile.write(Data(ReportHTML(report: report).render().utf8), to: url)
        } catch {
            printError("\(output)/report.html: cannot write: \(error)")
            throw ExitCode(1)
        }
        print("\(output)/report.html: \(report.pilots.count) pilots, \(report.peildata.filter { $0.date != nil }.count) peildata")
    }
}
