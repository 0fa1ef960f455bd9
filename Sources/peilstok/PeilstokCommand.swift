import ArgumentParser
import Foundation
import Peilstok

@main
struct PeilstokCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "peilstok",
        abstract: "Turns Dutch evaluation reports about legal-aid pilots into validated pilot records.",
        version: PeilstokInfo.version,
        subcommands: [RunCommand.self, PilotsCommand.self, HistoryCommand.self, DiffCommand.self, LinkCommand.self, UnlinkCommand.self,
                      EvalCommand.self, EvalLinksCommand.self, NormalizeCommand.self, EvalNormaliseCommand.self, InspectCommand.self, BenchCommand.self,
                      WorkerCommand.self],
        defaultSubcommand: RunCommand.self)

    /// Parses and runs the command; a usage error exits with 2 rather than argument-parser's 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
