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

    /// Sends every logger to standard error, at the level and in the format `--log-level` and `--log-format` give in
    /// `arguments` (warning and text without them). Called once, before the command is parsed, so that every
    /// command, and the library under it, logs the same way and never to standard output.
    static func bootstrap(arguments: [String]) {
        func value(_ option: String) -> String? {
            if let index = arguments.firstIndex(of: option), index + 1 < arguments.count { return arguments[index + 1] }
            return arguments.first { $0.hasPrefix(option + "=") }.map { String($0.dropFirst(option.count + 1)) }
        }
        bootstrap(level: value("--log-level"), format: value("--log-format"))
    }

    /// Sends every logger to standard error at `level` in `format` (warning and text for `nil` or an unknown name).
    static func bootstrap(level: String?, format: String?) {
        let level = level.flatMap(Logger.Level.init(rawValue:)) ?? .warning
        let format = format.flatMap(Format.init(rawValue:)) ?? .text
        LoggingSystem.bootstrap { label in
            var handler: any LogHandler = format == .json ? JSONLogHandler(label: label) : StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}
