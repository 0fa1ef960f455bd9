import Foundation
import Peilstok
#if canImport(Glibc)
import Glibc
#endif

/// The process `run` reads documents in (`peilstok worker`, no arguments): its `WorkerSettings` as the first line on
/// standard input, then one JSON request per line; one JSON outcome per line on standard output. Not for people;
/// `run` starts and supervises it. It parses no command line, so it is ready to read sooner.
enum WorkerCommand {
    static let name = "worker"

    /// A worker ends with the run that started it, even when that run is killed outright in the middle of a
    /// document: a thread looks for a new parent each second.
    static func endWithParent() {
        let parent = getppid()
        let watcher = Thread {
            while getppid() == parent { sleep(1) }
            _exit(3)
        }
        watcher.stackSize = 1 << 16
        watcher.start()
    }

    /// Reads the settings, then every request, and exits: 0 when its input ends, 2 on settings or rules it cannot
    /// use (the run then reports the document it sent as read by a worker that died).
    static func run(_ arguments: [String]) async -> Never {
        guard arguments.isEmpty else { stop("worker: takes no arguments (run starts it, and sends its settings on standard input)") }
        endWithParent()
        // Until a run sends the settings, a worker started early waits here; a run that needs none closes its input.
        guard let first = readLine(strippingNewline: true) else { Foundation.exit(0) }
        guard let settings = try? JSONDecoder().decode(WorkerSettings.self, from: Data(first.utf8)) else {
            stop("worker: not its settings: \(first.prefix(80))")
        }
        LoggingOption.bootstrap(level: settings.logLevel, format: settings.logFormat)
        do {
            try await serve(settings)
        } catch {
            stop("worker: \(error)")
        }
        // Every reply is written (unbuffered): end here rather than spend the run's time freeing what this holds.
        Foundation.exit(0)
    }

    private static func stop(_ message: String) -> Never {
        printError(message)
        Foundation.exit(2)
    }

    private static func serve(_ settings: WorkerSettings) async throws {
        if settings.maxMemory > 0 {
            var limit = rlimit(rlim_cur: rlim_t(settings.maxMemory), rlim_max: rlim_t(settings.maxMemory))
            setrlimit(Int32(RLIMIT_AS.rawValue), &limit)
        }
        // The rules load on threads of their own while this one reads the first request and the pages of its
        // document, which need only the OCR rules: those load first, then the others (one thread at a time: the cores
        // are the run's, which loads its own rules meanwhile, and then the pages'). The document waits for the
        // others only once its text is read.
        let directory = settings.rules
        let loadingOCR = Background { () throws(RuleError) in try RulesOption.loadOCRRules(from: directory) }
        let loading = Background { () throws(RuleError) in
            _ = try? loadingOCR.value()
            return try RulesOption.loadRules(from: directory, threads: 1)
        }
        @Sendable func loaded() -> Rules {
            do { return try loading.value() } catch { stop(error.description) }
        }
        // When ocr.yml has an error, the whole load reports the first error of all the rules.
        @Sendable func ocrRules() -> OCRRules {
            do { return try loadingOCR.value() } catch { return loaded().ocr }
        }
        let password = try settings.passwordFile.map { try PasswordFile.read($0) }
        // The supervisor enforces --timeout by killing this process; the in-process limit only backs it up.
        let timeout = 86_400.0
        var pipelines: [Int: Pipeline] = [:]
        func pipeline(threads: Int) throws -> Pipeline {
            if let made = pipelines[threads] { return made }
            let made = Pipeline(rules: loaded(), jobs: 1, password: password, ocr: settings.ocr, timeout: timeout, pageThreads: threads)
            pipelines[threads] = made
            return made
        }
        let fault = WorkerFault(ProcessInfo.processInfo.environment["PEILSTOK_WORKER_FAULT"])
        // Before each page, its number, so the supervisor can name the page a crash or hang happened on: in the page
        // slot it gave, or else as a line `{"page": N}`.
        let pages = WorkerPageSlot.takeOver()
        PageProgress.observe { page in
            if let pages {
                pages.write(page)
            } else {
                try? FileHandle.standardOutput.write(contentsOf: Data("{\"page\":\(page)}\n".utf8))
            }
            fault?.strike(page: page)
        }
        while let line = readLine(strippingNewline: true) {
            guard let request = try? JSONDecoder().decode(WorkerRequest.self, from: Data(line.utf8)) else {
                stop("worker: not a request: \(line.prefix(80))")
            }
            fault?.strike(request.name)
            WorkerFault.current = request.name
            let threads = max(1, request.pageThreads ?? 1)
            // The PDF is opened and its first pages' text read while the OCR rules may still be loading.
            let options = PDFReadOptions(password: password, ocr: settings.ocr, loadingOCRRules: ocrRules, pageThreads: threads)
            let text = await Pipeline.extract(request.file, options: options, timeout: timeout)
            let outcome = try await pipeline(threads: threads).read(request.file, text: text, index: request.index)
            // Each record's JSON is the validator's, or encoded here on `threads` threads.
            var reply = try WorkerReplyLayout.reply(outcome, records: outcome.recordLines(threads: threads))
            reply.append(UInt8(ascii: "\n"))
            try FileHandle.standardOutput.write(contentsOf: reply)
        }
    }
}

/// A fault the tests inject into workers through `PEILSTOK_WORKER_FAULT=kind:name`: on the document whose name
/// contains `name`, `crash` (SIGSEGV), `hang` (sleep past any time limit) or `memory` (allocate without end);
/// `crash@N` crashes when page N of that document is about to be read.
struct WorkerFault: Sendable {
    let kind: String
    let name: String
    /// The document being read now (the worker reads one at a time).
    nonisolated(unsafe) static var current = ""

    init?(_ setting: String?) {
        guard let setting, let colon = setting.firstIndex(of: ":") else { return nil }
        kind = String(setting[..<colon])
        name = String(setting[setting.index(after: colon)...])
    }

    func strike(page: Int) {
        if kind == "crash@\(page)", Self.current.contains(name) { raise(SIGSEGV) }
    }

    func strike(_ document: String) {
        guard document.contains(name) else { return }
        switch kind {
        case "crash": raise(SIGSEGV)
        case "hang": sleep(100_000)
        case "memory":
            var hoard: [[UInt8]] = []
            while true { hoard.append([UInt8](repeating: 1, count: 64 << 20)) }
        default: return
        }
    }
}
