import ArgumentParser
import Foundation
import Peilstok

/// `peilstok rules`: the rules this build carries, and checking a rules directory.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Write out the built-in rules for editing, or check a rules directory.",
        subcommands: [Export.self, Check.self])

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the built-in rules into DIR, to edit and use with --rules DIR (or PEILSTOK_RULES).")

        @Argument(help: "The directory to write the rule files into (made if missing).")
        var directory: String

        @Flag(name: .long, help: "Overwrite rule files that already exist there.")
        var force = false

        func run() throws {
            do {
                let written = try Rules.exportEmbedded(to: URL(filePath: directory), overwrite: force)
                print("\(written.count) rule files written to \(directory)")
            } catch {
                printError(error.description)
                throw ExitCode(2)
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Load and check the rules (--rules DIR, PEILSTOK_RULES, ./Rules or the built-in ones); say which were used.")

        @OptionGroup var rules: RulesOption

        func run() throws {
            let loaded = try rules.load()
            print("\(rules.directory ?? Rules.embeddedDisplayDirectory): \(Rules.allFileNames.count) rule files, "
                  + "\(loaded.kinds.count) kinds, rules hash \(loaded.hash.prefix(12))")
        }
    }
}
