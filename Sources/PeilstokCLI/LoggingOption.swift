import ArgumentParser
import Logging

extension Logger.Level: @retroactive ExpressibleByArgument {}

/// `--log-level` and `--log-format`: how much of a run's inner workings is logged to standard error, and how.
struct LoggingOption: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(name: .long, help: ArgumentHelp("trace, debug, info, notice, warning, error or critical.", valueName: "level"))
    var logLevel: Logger.Level = .warning

    @Option(name: .long, help: ArgumentHelp("text, or json (one object per line).", valueName: "format"))
    var logFormat: Format = .text

    /// The arguments that give another process the same logging.
    var forwarded: [String] { ["--log-level", logLevel.rawValue, "--log-format", logFormat.rawValue] }

    /// Sends every logger to standard error, at the level and in the format `--log-level` and `--log-format` give in
    /// `arguments` (warning and text without them). Called once, before the command is parsed, so that every
    /// command, and the library under it, logs the same way and never to standard output.
    static func bootstrap(arguments: [String]) {
        func value(_ option: String) -> String? {
            if let index = arguments.firstIndex(of: option), index + 1 < arguments.count { return arguments[index + 1] }
            return arguments.first { $0.hasPrefix(option + "=") }.map { String($0.dropFirst(option.count + 1)) }
        }
        let level = value("--log-level").flatMap(Logger.Level.init(rawValue:)) ?? .warning
        let format = value("--log-format").flatMap(Format.init(rawValue:)) ?? .text
        LoggingSystem.bootstrap { label in
            var handler: any LogHandler = format == .json ? JSONLogHandler(label: label) : StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}
