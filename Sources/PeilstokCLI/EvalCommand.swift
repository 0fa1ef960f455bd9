import ArgumentParser
import Foundation
import Peilstok

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score records against gold files: pilot precision, recall and section accuracy.",
        discussion: "Exits 1 when any document, or the total, scores below a threshold.")

    @Option(name: .long, help: "A gold file (peilstok.gold/1); repeat for several.")
    var gold: [String]

    @Argument(help: "The records to score.")
    var records: String = "Output/records.jsonl"

    @Option(name: .long, help: "Lowest acceptable pilot precision.")
    var minPrecision: Double = 0

    @Option(name: .long, help: "Lowest acceptable pilot recall.")
    var minRecall: Double = 0

    @Option(name: .long, help: "Lowest acceptable section accuracy.")
    var minSections: Double = 0

    @Flag(name: .long, help: "List missing pilots and wrong sections.")
    var verbose = false

    func validate() throws {
        guard !gold.isEmpty else { throw ValidationError("name at least one --gold file") }
        for value in [minPrecision, minRecall, minSections] where !(0...1).contains(value) {
            throw ValidationError("thresholds lie between 0 and 1")
        }
    }

    func run() throws {
        let scores: [Scorer.DocumentScore]
        do {
            let loaded = try RecordsFile.load(URL(filePath: records))
            scores = try gold.map { try Scorer.score(gold: GoldFile.load(URL(filePath: $0)), records: loaded) }
        } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
        func row(_ name: String, _ precision: Double, _ recall: Double, _ sections: Double, _ detail: String) -> String {
            name.padding(toLength: 32, withPad: " ", startingAt: 0)
                + String(format: "  %9.3f  %6.3f  %8.3f  ", precision, recall, sections) + detail
        }
        print("document".padding(toLength: 32, withPad: " ", startingAt: 0) + "  precision  recall  sections")
        var failed = false
        for score in scores {
            let detail = "(\(score.foundPilots)/\(score.goldPilots) pilots, \(score.rightSections)/\(score.goldSections) sections"
                + (score.peildatumRight ? ")" : ", peildatum differs)")
            print(row(score.document, score.precision, score.recall, score.sectionAccuracy, detail))
            if verbose {
                for name in score.missing { print("    missing pilot: \(name)") }
                for section in score.wrongSections { print("    wrong section: \(section)") }
            }
            failed = failed || !passes(score.precision, score.recall, score.sectionAccuracy)
        }
        let records = scores.reduce(0) { $0 + $1.records }
        let matched = scores.reduce(0) { $0 + $1.matchedRecords }
        let goldPilots = scores.reduce(0) { $0 + $1.goldPilots }
        let found = scores.reduce(0) { $0 + $1.foundPilots }
        let goldSections = scores.reduce(0) { $0 + $1.goldSections }
        let right = scores.reduce(0) { $0 + $1.rightSections }
        let precision = records == 0 ? 0 : Double(matched) / Double(records)
        let recall = goldPilots == 0 ? 1 : Double(found) / Double(goldPilots)
        let sections = goldSections == 0 ? 1 : Double(right) / Double(goldSections)
        print(row("total", precision, recall, sections, "(\(found)/\(goldPilots) pilots, \(right)/\(goldSections) sections)"))
        failed = failed || !passes(precision, recall, sections)
        if failed {
            printError(String(format: "below threshold (precision %.2f, recall %.2f, sections %.2f)", minPrecision, minRecall, minSections))
            throw ExitCode(1)
        }
    }

    private func passes(_ precision: Double, _ recall: Double, _ sections: Double) -> Bool {
        precision >= minPrecision && recall >= minRecall && sections >= minSections
    }
}
