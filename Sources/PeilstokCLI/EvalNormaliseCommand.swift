import ArgumentParser
import Foundation
import Peilstok

struct EvalNormaliseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-normalise",
        abstract: "Score `peilstok normalise --jsonl` output (or any in its format) against expected expressions.",
        discussion: "Exits 1 when the total, or any type, scores below a threshold.",
        aliases: ["eval-normalize"])

    @Option(name: .long, help: "Expected expressions: JSON Lines with id, text and expect.")
    var expected: String

    @Argument(help: "The output to score: JSON Lines with id and expressions.")
    var outputs: String

    @Option(name: .long, help: "Lowest acceptable total recall and precision.")
    var minTotal: Double = 0

    @Option(name: .long, help: "Lowest acceptable recall and precision for every type.")
    var minType: Double = 0

    @Flag(name: .long, help: "Print the report as JSON.")
    var json = false

    @Flag(name: .long, help: "List missed and spurious expressions.")
    var verbose = false

    func run() throws {
        let report: NormalisationScorer.Report
        do {
            report = NormalisationScorer.score(expected: try NormalisationScorer.readLines(URL(filePath: expected)),
                                               outputs: try NormalisationScorer.readLines(URL(filePath: outputs)))
        } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            print("type        expected  found  recall  outputs  matching  precision")
            for (type, tally) in report.types.sorted(by: { $0.key < $1.key }) + [("total", report.total)] {
                print(type.padding(toLength: 10, withPad: " ", startingAt: 0)
                      + String(format: "  %8d  %5d  %6.3f  %7d  %8d  %9.3f", tally.expected, tally.found, tally.recall,
                               tally.outputs, tally.matching, tally.precision))
            }
            if verbose {
                for line in report.missed { print("missed:   \(line)") }
                for line in report.spurious { print("spurious: \(line)") }
            }
        }
        let weakest = report.types.values.filter { $0.expected > 0 || $0.outputs > 0 }
        let failed = report.total.recall < minTotal || report.total.precision < minTotal
            || weakest.contains { $0.recall < minType || $0.precision < minType }
        if failed {
            printError(String(format: "below threshold (total %.2f, every type %.2f)", minTotal, minType))
            throw ExitCode(1)
        }
    }
}
