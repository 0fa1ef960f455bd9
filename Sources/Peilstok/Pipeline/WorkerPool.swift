import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a batch in worker processes (`peilstok worker`), so that no document can take the batch down with it.
///
/// Each of `jobs` supervising threads keeps one worker process and hands it one document at a time. A worker that
/// crashes (any signal, the memory cap included) or runs past `timeout` (it is killed, not abandoned) costs exactly
/// that document one error, and a fresh worker takes over; a worker is also replaced after `recycleAfter`
/// documents. Outcomes come back in input order, whatever `jobs` is. A finished document is kept in `cache` (the
/// store) at once, and one the cache already holds is not read again.
public struct WorkerPool: Sendable {
    /// The program the workers run, as `executable worker`.
    public let executable: URL
    /// What each worker is told before its first document.
    public let settings: WorkerSettings
    public let jobs: Int
    public let timeout: Double
    public let recycleAfter: Int
    /// Workers started before the batch is known (`prestart`), for the supervising threads that need one.
    private let spare = SpareWorker()
    /// The worker `startEarly` started, not yet taken by a pool.
    private static let early = SpareWorker()

    public init(executable: URL, settings: WorkerSettings, jobs: Int, timeout: Double, recycleAfter: Int = 50) {
        self.executable = executable
        self.settings = settings
        self.jobs = max(1, jobs)
        self.timeout = timeout
        self.recycleAfter = max(1, recycleAfter)
    }

    /// Starts one worker before the caller knows its settings, or even its own arguments: its start-up (loading
    /// poppler's libraries) overlaps the caller's. The first pool of the same `executable` that needs a worker
    /// takes it and sends it its settings; one no pool takes ends with the process, when its input closes.
    public static func startEarly(executable: URL) {
        signal(SIGPIPE, SIG_IGN)
        early.put(try? WorkerProcess(executable: executable, arguments: ["worker"]))
    }

    /// Stops the worker `startEarly` started, for a caller that found out it will likely read nothing.
    public static func stopEarly() {
        while let worker = early.take() { worker.abandon() }
    }

    /// Starts `count` workers now (at most `jobs`), so that their start-up (loading their libraries and rules)
    /// overlaps the caller's own before `run`; a worker `run` does not need is killed at its end, without waiting
    /// for it. The worker `startEarly` started counts as one of them.
    public func prestart(_ count: Int = 1) {
        signal(SIGPIPE, SIG_IGN)
        for _ in 0..<min(count, jobs) { spare.put(takeEarly() ?? (try? start())) }
    }

    /// A new worker with this pool's settings.
    private func start() throws -> WorkerProcess {
        try WorkerProcess(executable: executable, arguments: ["worker"], settings: settings)
    }

    /// The worker `startEarly` started to run this pool's program, told this pool's settings; `nil` when there is
    /// none.
    private func takeEarly() -> WorkerProcess? {
        guard let worker = Self.early.take(running: executable) else { return nil }
        worker.configure(settings)
        return worker
    }

    /// The outcomes, in input order. `pageThreads`: threads that read the pages of one PDF in a worker.
    public func run(_ inputs: [InputFile], cache: StoreCache? = nil, pageThreads: Int? = nil,
                    progress: Pipeline.Progress? = nil) async -> [DocumentOutcome] {
        signal(SIGPIPE, SIG_IGN)
        defer {
            while let unused = spare.take() { unused.abandon() }
            Self.early.take(running: executable)?.abandon()
        }
        // The largest files first, so no large one is left to run alone at the end of the batch.
        let sizes = inputs.map { file in
            ((try? FileManager.default.attributesOfItem(atPath: file.url.path)[.size]) as? NSNumber)?.intValue ?? 0
        }
        let order = inputs.indices.sorted { (sizes[$0], -$0) > (sizes[$1], -$1) }
        let board = Board(order: order)
        let slots = min(jobs, max(1, inputs.count))
        return await withCheckedContinuation { continuation in
            let group = DispatchGroup()
            for _ in 0..<slots {
                group.enter()
                let thread = Thread {
                    supervise(inputs, board: board, cache: cache, pageThreads: pageThreads, progress: progress)
                    group.leave()
                }
                thread.stackSize = 1 << 20
                thread.start()
            }
            group.notify(queue: .global()) { continuation.resume(returning: board.outcomes(inputs)) }
        }
    }

    /// One supervising thread: takes documents off the board until none is left.
    private func supervise(_ inputs: [InputFile], board: Board, cache: StoreCache?, pageThreads: Int?,
                           progress: Pipeline.Progress?) {
        var worker: WorkerProcess?
        // A store that cannot be opened keeps nothing: the batch stops, and its caller reports why.
        while cache?.cannotOpen != true, let index = board.take() {
            let file = inputs[index]
            let key = cache?.key(for: file)
            let outcome: DocumentOutcome
            let began = DispatchTime.now()
            if let key, let kept = cache?.outcome(for: key, index: index) {
                outcome = kept
                Log.peilstok.debug("kept from the store, not read again", metadata: ["file": "\(file.name)"])
            } else if let reason = file.skipReason {
                outcome = DocumentOutcome(index: index, file: file.name, error: .unreadable(file: file.name, reason: reason))
            } else {
                if let current = worker, current.served >= recycleAfter {
                    current.finish()
                    worker = nil
                }
                if worker == nil { worker = spare.take() ?? takeEarly() ?? (try? start()) }
                // An outcome the store keeps is kept from its records' JSON as the worker wrote it, and written from
                // there: the records are decoded only when there is no store to keep them in, or it cannot be opened.
                let keeping = key != nil && cache != nil
                switch worker?.read(WorkerRequest(index: index, file: file, pageThreads: pageThreads), seconds: timeout,
                                    decoding: !keeping) {
                case .undecoded(var read, let json, let warnings)?:
                    read.index = index
                    // With documents left to read, this thread keeps the document while its worker waits for the next
                    // one (the other cores are reading); the last ones are kept on the store's thread, while the run
                    // writes its outputs.
                    let encoded = key.flatMap { key in
                        board.isEmpty
                            ? cache?.keepInBackground(read, recordJSON: json, recordWarnings: warnings, key: key)
                            : cache?.keep(read, recordJSON: json, key: key)
                    }
                    if let encoded {
                        read.encoded = encoded
                    } else if let decoded = WorkerReplyLayout.decoding(json, into: read, threads: Cores.available) {
                        read = decoded
                    } else {
                        read = DocumentOutcome(index: index, file: file.name, sha256: key?.sha256,
                                               error: .unreadable(file: file.name, reason: "its worker sent records that are not records"))
                    }
                    outcome = read
                    Self.logRead(read, file: file, since: began)
                case .outcome(var read)?:
                    read.index = index
                    if let key, let encoded = cache?.keep(read, key: key) {
                        // Kept in the store: the batch needs only the records' lines and warnings from here on, as
                        // for a document the store already held, not the records themselves twice over.
                        read.encoded = encoded
                        read.records = []
                        read.recordJSON = nil
                    }
                    outcome = read
                    Self.logRead(read, file: file, since: began)
                case .died(let signal)?:
                    let page = worker?.page
                    Log.peilstok.info("worker died", metadata: ["file": "\(file.name)", "signal": "\(signal.map(String.init) ?? "-")", "page": "\(page.map(String.init) ?? "-")"])
                    worker = nil
                    outcome = DocumentOutcome(index: index, file: file.name, sha256: key?.sha256,
                                              error: .workerCrashed(file: file.name, signal: signal, page: page))
                case .timedOut?:
                    let page = worker?.page
                    worker = nil
                    outcome = DocumentOutcome(index: index, file: file.name, sha256: key?.sha256,
                                              error: .timedOut(file: file.name, seconds: timeout, page: page))
                case nil:
                    outcome = DocumentOutcome(index: index, file: file.name,
                                              error: .unreadable(file: file.name, reason: "cannot start a worker process (\(executable.path))"))
                }
            }
            if cache?.cannotOpen == true { break }
            let done = board.finish(outcome)
            progress?(done, inputs.count, outcome)
        }
        worker?.finish()
    }

    private static func logRead(_ read: DocumentOutcome, file: InputFile, since began: DispatchTime) {
        let milliseconds = (DispatchTime.now().uptimeNanoseconds - began.uptimeNanoseconds) / 1_000_000
        Log.peilstok.info("read", metadata: ["file": "\(file.name)", "records": "\(read.recordCount)",
                                            "ms": "\(milliseconds)", "failed": "\(read.error != nil)"])
    }

    /// Workers started and waiting to be taken, the first started first.
    private final class SpareWorker: @unchecked Sendable {
        private let lock = NSLock()
        private var workers: [WorkerProcess] = []

        func put(_ started: WorkerProcess?) {
            guard let started else { return }
            lock.withLock { workers.append(started) }
        }

        func take() -> WorkerProcess? {
            lock.withLock { workers.isEmpty ? nil : workers.removeFirst() }
        }

        /// The first worker that runs `executable`.
        func take(running executable: URL) -> WorkerProcess? {
            lock.withLock { workers.firstIndex { $0.executable == executable }.map { workers.remove(at: $0) } }
        }
    }

    /// The documents still to read and the outcomes so far, shared by the supervising threads.
    private final class Board: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private let order: [Int]
        private var results: [DocumentOutcome?]
        private var done = 0

        /// `order`: the indices of the documents, in the order they are handed out.
        init(order: [Int]) {
            self.order = order
            results = Array(repeating: nil, count: order.count)
        }

        func take() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < order.count else { return nil }
            next += 1
            return order[next - 1]
        }

        /// Whether every document has been taken.
        var isEmpty: Bool { lock.withLock { next >= order.count } }

        /// Records an outcome; returns how many are done.
        func finish(_ outcome: DocumentOutcome) -> Int {
            lock.lock()
            defer { lock.unlock() }
            results[outcome.index] = outcome
            done += 1
            return done
        }

        func outcomes(_ inputs: [InputFile]) -> [DocumentOutcome] {
            lock.lock()
            defer { lock.unlock() }
            return results.enumerated().map { index, outcome in
                outcome ?? DocumentOutcome(index: index, file: inputs[index].name,
                                           error: .unreadable(file: inputs[index].name, reason: "the batch lost this document"))
            }
        }
    }
}
