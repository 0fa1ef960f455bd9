import ArgumentParser
import Foundation
import Peilstok

struct EvalLinksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-links",
        abstract: "Score the registry's links in the store against gold links (peilstok.links/1): precision and recall.",
        discussion: "Exits 1 when precision or recall is below its threshold.")

    @Option(name: .long, help: "The gold links file.")
    var gold: String

    @Option(name: .long, help: "The store (default: Output/peilstok.sqlite).")
    var store: String?

    @Option(name: .long, help: "Lowest acceptable precision.")
    var minPrecision: Double = 0

    @Option(name: .long, help: "Lowest acceptable recall.")
    var minRecall: Double = 0

    @Flag(name: .long, help: "List missed and wrong links.")
    var verbose = false

    func run() throws {
        let path = StoreOption(store: store, output: "Output").path
        guard FileManager.default.fileExists(atPath: path) else {
            printError("\(path): no store here; `peilstok run` writes it")
            throw ExitCode(2)
        }
        let score: LinkScorer.Score
        do {
            let goldLinks = try GoldLinks.load(URL(filePath: gold))
            let pilotStore = try PilotStore(url: URL(filePath: path), displayName: path)
            let linked = try pilotStore.versions().map {
                LinkScorer.Linked(document: $0.document, name: $0.record.name, pilot: $0.pilotID)
            }
            score = LinkScorer.score(linked, gold: goldLinks)
        } catch let error as EvalError {
            printError(error.description)
            throw ExitCode(2)
        } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
        print(String(format: "links  precision %.3f  recall %.3f  (%d of %d links right, %d of %d gold pairs found)",
                     score.precision, score.recall, score.truePositives, score.predicted, score.truePositives, score.gold))
        if verbose || !score.unknown.isEmpty {
            for side in score.unknown { print("  not in the store: \(side.document): \(side.name)") }
        }
        if verbose {
            for (a, b) in score.missed { print("  missed: \(a.document): \(a.name)  ~  \(b.document): \(b.name)") }
            for (a, b) in score.wrong { print("  wrong:  \(a.document): \(a.name)  ~  \(b.document): \(b.name)") }
        }
        if score.precision < minPrecision || score.recall < minRecall { throw ExitCode(1) }
    }
}
