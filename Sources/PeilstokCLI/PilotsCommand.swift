import ArgumentParser
import Foundation
import Peilstok

struct PilotsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pilots",
        abstract: "List the registry: every pilot with its id, its names and its peildata; and the links left for review.")

    @OptionGroup var reading: StoreReading

    @Option(name: .long, help: "text or json.")
    var format: TextOrJSON = .text

    func run() throws {
        let loaded = try reading.rules.load()
        let store = try reading.open(loaded)
        let entries = try storeCall { () throws(StoreError) in try store.registry() }
        let reviews = try storeCall { () throws(StoreError) in try store.reviews() }
        if format == .json {
            FileHandle.standardOutput.write(try JSONLines.encode(entries))
            return
        }
        let width = min(48, entries.map(\.pilotID.count).max() ?? 0)
        for entry in entries {
            let id = entry.pilotID.padding(toLength: max(width, entry.pilotID.count), withPad: " ", startingAt: 0)
            let peildata = entry.peildata.isEmpty ? "undated" : entry.peildata.joined(separator: ", ")
            let documents = entry.documents == 1 ? "1 document" : "\(entry.documents) documents"
            print("\(id)  \(entry.names.joined(separator: " → "))  [\(peildata); \(documents)]")
        }
        print("\(entries.count) pilots")
        if !reviews.isEmpty {
            print("\nFor review (not linked by themselves; `peilstok link NAME --to PILOT` decides):")
            for review in reviews {
                print("  \(review.document): \(review.name): \(review.reason)")
                for candidate in review.candidates {
                    print(String(format: "    %@ %.3f (%@)", candidate.pilot, candidate.score, candidate.evidence))
                }
            }
        }
    }
}
