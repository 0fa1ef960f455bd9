import ArgumentParser
import Foundation
import Peilstok

/// Where the store is: `--store PATH`, or `peilstok.sqlite` in the output directory.
struct StoreOption {
    var store: String?
    var output: String

    var path: String { store ?? "\(output)/peilstok.sqlite" }

    /// Opens the store, or stops the command with its error on one line.
    func open(rules: Rules) throws -> PilotStore {
        do { return try maker(rules: rules)() } catch {
            printError(error.description)
            throw ExitCode(2)
        }
    }

    /// What opens (or makes) the store when called.
    func maker(rules: Rules) -> @Sendable () throws(StoreError) -> PilotStore {
        let path = path
        let statusSections = rules.diff.statusSections
        return { () throws(StoreError) in
            try PilotStore(url: URL(filePath: path), displayName: path, statusSections: statusSections)
        }
    }
}
