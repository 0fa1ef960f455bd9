import ArgumentParser
import Foundation
import Peilstok

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Read every report in the inbox into the store; write records.jsonl, documents.jsonl and run.json to the output directory.",
        discussion: "Exits 0 when every document was read, 1 when any failed (the others are still written), 2 on a usage or rule error.")

    @Argument(help: "Files or directories to read instead of the inbox; each file takes its entry from an inbox.yml beside it.")
    var paths: [String] = []

    @Option(name: .long, help: "The directory of reports to read.")
    var inbox: String = "Inbox"

    @Option(name: .long, help: "The directory the outputs are written to.")
    var output: String = "Output"

    @Option(name: .long, help: "The store of every peildatum (default: peilstok.sqlite in the output directory).")
    var store: String?

    @OptionGroup var rules: RulesOption
    @OptionGroup var ocr: OCROption
    @OptionGroup var logging: LoggingOption

    @Option(name: .long, help: "How many documents are processed at once (default: the number of cores); with fewer documents than that, the pages of each PDF are read by several threads.")
    var jobs: Int = Cores.available

    @Option(name: .long, help: "A file holding the password of encrypted PDFs.")
    var passwordFile: String?

    @Option(name: .long, help: "Seconds one document may take; past it the process reading it is stopped.")
    var timeout: Double = 60

    @Option(name: .long, help: "Megabytes of memory one reading process may use.")
    var maxMemory: Int = 2048

    @Flag(name: .long, help: "Read every document again, even those the store holds with the same file, rules and build.")
    var fresh = false

    @Option(name: .long, help: "Also export the store: csv writes pilots.csv, sections.csv, expressions.csv, links.csv and datapackage.json (profile excel-nl).")
    var export: ExportFormat?

    enum ExportFormat: String, ExpressibleByArgument { case csv }

    @Flag(name: .long, help: "Print only failures and the summary.")
    var quiet = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard maxMemory >= 256 else { throw ValidationError("--max-memory must be at least 256 (megabytes)") }
        guard timeout.isFinite, timeout > 0, timeout <= 86_400 else {
            throw ValidationError("--timeout must be a number of seconds from more than 0 to 86400")
        }
    }

    func run() async throws {
        let settings = WorkerSettings(rules: rules.forwarded, ocr: ocr.ocr, maxMemory: maxMemory << 20,
                                      passwordFile: passwordFile.map { URL(filePath: $0).path },
                                      logLevel: logging.logLevel.rawValue, logFormat: logging.logFormat.rawValue)
        let pool = WorkerPool(executable: Self.executable, settings: settings, jobs: jobs, timeout: timeout)
        let storeOption = StoreOption(store: store, output: output)
        // Where every document will be read (no store yet, or --fresh), the workers the batch will use start while
        // this process loads the rules, lists the inbox and opens the store, the one started before the arguments
        // were parsed among them. With a store, a run may read nothing at all, and a worker starting beside it would
        // only slow it down: that one is stopped, and a worker starts when a document needs one.
        let storeIsNew = !FileManager.default.fileExists(atPath: storeOption.path)
        let readsEverything = fresh || storeIsNew
        if readsEverything {
            pool.prestart(documentCount)
        } else {
            WorkerPool.stopEarly()
        }
        // Beside a worker that is starting, the rules load on one thread: the worker's start-up (loading its
        // libraries) has one thread too, and one core each keeps either from waiting for the other.
        let loaded = try rules.load(threads: readsEverything ? 1 : Cores.available)
        var files: [InputFile]
        // Errors name an inbox's files below the inbox, and named files by the path given.
        let prefix = paths.isEmpty ? "\(inbox)/" : ""
        do {
            if !paths.isEmpty {
                files = try NamedInputs.files(paths, rules: loaded)
            } else {
                files = try Inbox.files(in: URL(filePath: inbox), displayName: inbox)
                let manifest = try InboxManifest.load(from: URL(filePath: inbox).appending(path: "inbox.yml"),
                                                      displayPath: "\(inbox)/inbox.yml", rules: loaded)
                let applied = manifest.apply(to: files)
                files = applied.files
                for warning in applied.warnings { printError("\(inbox)/\(warning)") }
            }
        } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
        let outputURL = URL(filePath: output)
        let lock: OutputLock
        do { lock = try OutputLock(directory: outputURL, displayName: output) } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
        defer { withExtendedLifetime(lock) {} }
        let reporter = ProgressReporter(quiet: quiet)
        let password = try passwordFile.map { try PasswordFile.read($0) }
        let executable = Self.executable
        // Cores no document needs read the pages of the ones there are: one 300-page PDF uses every core too.
        let pageThreads = max(1, jobs / min(jobs, max(1, files.count)))
        let reader = (Self.buildIdentity(executable) + (password.map { "password:" + $0.sha256Hex } ?? "")
            + (ocr.ocr == .auto ? "" : "ocr:" + ocr.ocr.rawValue)).sha256Hex
        // A new store is made while the first documents are read: none of them is in it.
        let cache = storeIsNew
            ? StoreCache(making: storeOption.maker(rules: loaded), rulesHash: loaded.hash, reader: reader, fresh: fresh)
            : StoreCache(store: try storeOption.open(rules: loaded), rulesHash: loaded.hash, reader: reader, fresh: fresh)
        let outcomes = await pool.run(files, cache: cache, pageThreads: pageThreads) { done, total, outcome in
            reporter.report(done: done, total: total, outcome: outcome)
        }
        reporter.finish()
        let pilotStore: PilotStore
        do { pilotStore = try cache.store() } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        // The outputs are written while the store keeps the documents read last and links its pilots again: neither
        // reads what the other writes.
        let rulesHash = loaded.hash
        async let written = Emitter(outputDirectory: outputURL).write(outcomes, rulesHash: rulesHash)
        cache.finishKeeping()
        var storeFailed = !cache.errors.isEmpty
        for error in cache.errors { printError(error.description) }
        do {
            try pilotStore.relink(with: PilotLinker(rules: loaded),
                                  trackingHash: loaded.trackingHash)
        } catch {
            printError(error.description)
            storeFailed = true
        }
        let report: RunReport
        do {
            report = try await written
        } catch {
            printError("\(error)")
            throw ExitCode(1)
        }
        for outcome in outcomes {
            if let error = outcome.error { printError(prefix + error.description) }
        }
        print(report.summary)
        if export == .csv {
            try ExportCommand.export(pilotStore, profile: .excelNL, into: output, quiet: true)
        }
        do { try pilotStore.close() } catch {
            printError(error.description)
            storeFailed = true
        }
        // Everything is written and the store closed: end here rather than spend the run's time freeing what it
        // holds (the lock goes with the process).
        Foundation.exit(report.totals.failed > 0 || storeFailed ? 1 : 0)
    }

    /// Whether `arguments` (the program's, without its name) may be a run: `run …`, nothing, or options of the
    /// default subcommand; not `--help` or `--version`, nor another subcommand.
    static func mayRead(_ arguments: [String]) -> Bool {
        guard let first = arguments.first else { return true }
        if first == configuration.commandName { return true }
        return first.hasPrefix("-") && !["-h", "--help", "--version", "--generate-completion-script",
                                          "--experimental-dump-help"].contains { first.hasPrefix($0) }
    }

    /// About how many documents there are to read: the named paths, or the inbox's entries other than `inbox.yml`.
    private var documentCount: Int {
        guard paths.isEmpty else { return paths.count }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: inbox)) ?? []
        return names.count { !$0.hasPrefix(".") && $0 != "inbox.yml" }
    }

    /// The program the worker processes run.
    static var executable: URL { PeilstokCommand.reader }

    /// The size and time of the program file: a rebuilt peilstok does not take outcomes an older one kept.
    static func buildIdentity(_ executable: URL) -> String {
        let attributes = try? FileManager.default.attributesOfItem(atPath: executable.path)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        let time = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(size)-\(time)"
    }
}
