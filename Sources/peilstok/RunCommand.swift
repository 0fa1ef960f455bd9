import ArgumentParser
import Foundation
import Peilstok

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Read every report in the inbox; write records.jsonl, documents.jsonl and run.json to the output directory.",
        discussion: "Exits 0 when every document was read, 1 when any failed (the others are still written), 2 on a usage or rule error.")

    @Option(name: .long, help: "The directory of reports to read.")
    var inbox: String = "Inbox"

    @Option(name: .long, help: "The directory the outputs are written to.")
    var output: String = "Output"

    @OptionGroup var rules: RulesOption

    @Option(name: .long, help: "How many documents are processed at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: "A file holding the password of encrypted PDFs.")
    var passwordFile: String?

    @Option(name: .long, help: "Seconds one PDF may take before it is given up.")
    var timeout: Double = 60

    @Flag(name: .long, help: "Print only failures and the summary.")
    var quiet = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard timeout.isFinite, timeout > 0, timeout <= 86_400 else {
            throw ValidationError("--timeout must be a number of seconds from more than 0 to 86400")
        }
    }

    func run() async throws {
        let loaded = try rules.load()
        var files: [InputFile]
        do {
            files = try Inbox.files(in: URL(filePath: inbox), displayName: inbox)
            let manifest = try InboxManifest.load(from: URL(filePath: inbox).appending(path: "inbox.yml"),
                                                  displayPath: "\(inbox)/inbox.yml", rules: loaded)
            let applied = manifest.apply(to: files)
            files = applied.files
            for warning in applied.warnings { printError("\(inbox)/\(warning)") }
        } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
        let reporter = ProgressReporter(quiet: quiet)
        let password = try passwordFile.map { try PasswordFile.read($0) }
        let outcomes = await Pipeline(rules: loaded, jobs: jobs, password: password, timeout: timeout).run(files) { done, total, outcome in
            reporter.report(done: done, total: total, outcome: outcome)
        }
        reporter.finish()
        let report: RunReport
        do {
            report = try await Emitter(outputDirectory: URL(filePath: output)).write(outcomes, rulesHash: loaded.hash)
        } catch {
            printError("\(error)")
            throw ExitCode(1)
        }
        for outcome in outcomes {
            if let error = outcome.error { printError("\(inbox)/\(error.description)") }
        }
        print(report.summary)
        if report.totals.failed > 0 { throw ExitCode(1) }
    }
}
