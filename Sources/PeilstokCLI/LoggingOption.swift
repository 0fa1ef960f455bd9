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

    /// Sends every logger to standard error at this level and in this format; once per process.
    func bootstrap() {
        let (level, format) = (logLevel, logFormat)
        LoggingSystem.bootstrap { label in
            var handler: any LogHandler = format == .json ? JSONLogHandler(label: label) : StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}
