import ArgumentParser
import Foundation
import Peilstok

/// The `--rules` option every command that reads documents shares, and where the rules come from without it:
/// `--rules DIR`, else the `PEILSTOK_RULES` variable, else a `Rules` directory in the working directory, else the
/// rules this build carries.
struct RulesOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The rules directory (default: $PEILSTOK_RULES, else ./Rules if there is one, else the built-in rules).",
        valueName: "dir"))
    var rules: String?

    /// Where the rules come from: a directory as the user named it, or `nil` for the built-in rules.
    var directory: String? {
        if let rules { return rules }
        if let variable = ProcessInfo.processInfo.environment["PEILSTOK_RULES"], !variable.isEmpty { return variable }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: "Rules/kinds.yml", isDirectory: &isDirectory), !isDirectory.boolValue {
            return "Rules"
        }
        return nil
    }

    /// The directory that makes another process use the same rules (an absolute path), or `nil` for the built-in.
    var forwarded: String? { directory.map { URL(filePath: $0).path } }

    /// Loads the rules on `threads` threads, or stops the command with the rule error on one line.
    func load(threads: Int = Cores.available) throws -> Rules {
        do { return try Self.loadRules(from: directory, threads: threads) } catch {
            printError(error.description)
            throw ExitCode(2)
        }
    }

    /// The rules of `directory`, or the built-in ones for `nil`, parsed on `threads` threads (by default every
    /// core); throws the first rule error.
    static func loadRules(from directory: String?, threads: Int = Cores.available) throws(RuleError) -> Rules {
        Log.peilstok.info("rules", metadata: ["from": "\(directory ?? Rules.embeddedDisplayDirectory)"])
        guard let directory else { return try Rules.loadEmbedded(threads: threads) }
        return try Rules.load(from: URL(filePath: directory), displayDirectory: directory, threads: threads)
    }

    /// The OCR rules alone (`Rules.loadOCR`) of `directory`, or the built-in ones for `nil`.
    static func loadOCRRules(from directory: String?) throws(RuleError) -> OCRRules {
        try Rules.loadOCR(from: directory.map { URL(filePath: $0) }, displayDirectory: directory)
    }
}
