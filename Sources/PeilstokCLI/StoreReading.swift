import ArgumentParser
import Foundation
import Peilstok

/// The options of the commands that read the store (`pilots`, `history`, `link`, `unlink`, `diff`).
struct StoreReading: ParsableArguments {
    @Option(name: .long, help: "The store (default: Output/peilstok.sqlite).")
    var store: String?

    @OptionGroup var rules: RulesOption

    var path: String { StoreOption(store: store, output: "Output").path }

    /// Opens an existing store, or stops the command with a one-line error.
    func open(_ loaded: Rules) throws -> PilotStore {
        guard FileManager.default.fileExists(atPath: path) else {
            printError("\(path): no store here; `peilstok run` writes it")
            throw ExitCode(2)
        }
        return try StoreOption(store: store, output: "Output").open(rules: loaded)
    }
}

/// Runs a store call, or stops the command with its error on one line.
func storeCall<T>(_ body: () throws(StoreError) -> T) throws -> T {
    do { return try body() } catch {
        printError(error.description)
        throw ExitCode(1)
    }
}

/// The one pilot a query names, or a one-line error (none, or several).
func resolvePilot(_ query: String, in store: PilotStore) throws -> String {
    let found = try storeCall { () throws(StoreError) in try store.pilots(named: query) }
    guard !found.isEmpty else {
        printError("\(store.displayName): no pilot is called '\(query)' (give a pilot id or a name; `peilstok pilots` lists them)")
        throw ExitCode(1)
    }
    guard found.count == 1 else {
        printError("\(store.displayName): '\(query)' names \(found.count) pilots: \(found.joined(separator: ", ")); give a pilot id")
        throw ExitCode(1)
    }
    return found[0]
}

/// The output formats of `pilots` and `history`.
enum TextOrJSON: String, ExpressibleByArgument { case text, json }
