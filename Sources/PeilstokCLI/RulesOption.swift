import ArgumentParser
import Foundation
import Peilstok

/// The `--rules` option every command that reads documents shares.
struct RulesOption: ParsableArguments {
    @Option(name: .long, help: "The rules directory.")
    var rules: String = "Rules"

    /// Loads the rules, or stops the command with the rule error on one line.
    func load() throws -> Rules {
        do {
            return try Rules.load(from: URL(filePath: rules), displayDirectory: rules)
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
    }
}
