import ArgumentParser
import Foundation
import Peilstok

public struct PeilstokCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "peilstok",
        abstract: "Turns Dutch evaluation reports about legal-aid pilots into validated pilot records.",
        version: PeilstokInfo.version,
        subcommands: [RunCommand.self, PilotsCommand.self, HistoryCommand.self, DiffCommand.self, ExportCommand.self, ReportCommand.self, LinkCommand.self, UnlinkCommand.self,
                      EvalCommand.self, EvalLinksCommand.self, NormaliseCommand.self, EvalNormaliseCommand.self, InspectCommand.self, BenchCommand.self,
                      RulesCommand.self],
        defaultSubcommand: RunCommand.self)

    public init() {}

    /// Parses and runs the command; a usage error exits with 2 rather than argument-parser's 64. A worker
    /// (`worker`, which only `run` starts) parses nothing: it takes its settings from its input.
    public static func launch() async {
        handOverToReader()
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == WorkerCommand.name { await WorkerCommand.run(Array(arguments.dropFirst())) }
        // A run's first worker starts before its arguments are parsed, to load its libraries meanwhile.
        if RunCommand.mayRead(arguments) { WorkerPool.startEarly(executable: reader) }
        LoggingOption.bootstrap(arguments: arguments)
        do {
            var command = try parseAsRoot(arguments)
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

    /// The subcommands that read documents in this process, and so need the PDF reader.
    static let readingCommands = ["worker", "inspect", "bench", "diff"]

    /// The program that reads documents: `peilstok-reader` beside this one (this one itself when it is that program,
    /// or when none is there).
    public static var reader: URL {
        if PDFSupport.reader != nil { return URL(filePath: program) }
        let beside = (program.lastIndex(of: "/").map { String(program[...$0]) } ?? "") + "peilstok-reader"
        return URL(filePath: access(beside, X_OK) == 0 ? beside : program)
    }

    /// This program's file, its links resolved (found with the C library's `realpath`: a run starts its first worker
    /// before it parses its arguments, and Foundation's URLs take longer to start).
    private static let program: String = {
        guard let resolved = realpath("/proc/self/exe", nil) else { return CommandLine.arguments[0] }
        defer { free(resolved) }
        return String(cString: resolved)
    }()

    /// In the front end, a subcommand that reads documents runs as `peilstok-reader` (same arguments, same process).
    private static func handOverToReader() {
        guard PDFSupport.reader == nil, let subcommand = CommandLine.arguments.dropFirst().first,
              readingCommands.contains(subcommand) else { return }
        let program = reader.path
        guard program != Self.program else { return }
        var arguments = [program] + CommandLine.arguments.dropFirst()
        let pointers = arguments.indices.map { strdup(arguments[$0]) } + [nil]
        execv(program, pointers)
        arguments.removeAll()
    }
}
