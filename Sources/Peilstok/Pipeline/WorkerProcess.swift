import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One `peilstok worker` child process, spoken to in JSON lines over its standard input and output: its
/// `WorkerSettings` first, then one `WorkerRequest` at a time. The page it is reading it keeps in a
/// `WorkerPageSlot`, or, where none could be made, tells in a line `{"page":N}` before each page.
///
/// Owned by one supervising thread; its calls block that thread (never the cooperative pool).
final class WorkerProcess {
    let executable: URL
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    /// What the worker wrote that is not yet a whole line; the first `scanned` bytes hold no newline.
    private var buffer = [UInt8]()
    private var scanned = 0
    /// Documents read since the process started.
    private(set) var served = 0
    /// Where the worker keeps the page it is reading.
    private let pages = WorkerPageSlot.make()
    /// The page of a PDF the worker said in a progress line it was reading, for the document now being read.
    private var pageLine: Int?
    /// The page of a PDF the worker last said it was reading, for the document now being read.
    var page: Int? { pages?.page ?? pageLine }

    /// Starts `executable` with `arguments`, and sends it `settings` when given (else `configure` sends them).
    init(executable: URL, arguments: [String], settings: WorkerSettings? = nil) throws {
        self.executable = executable
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = input
        process.standardOutput = output
        var environment = ProcessInfo.processInfo.environment
        if let pages {
            process.standardError = FileHandle(fileDescriptor: pages.descriptor, closeOnDealloc: false)
            environment[WorkerPageSlot.variable] = "stderr"
        } else {
            process.standardError = FileHandle.nullDevice
            environment[WorkerPageSlot.variable] = nil
        }
        // A crashing worker should die at once, not spend seconds printing a backtrace nobody reads.
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment["GLIBC_TUNABLES"] = Self.tunables(environment["GLIBC_TUNABLES"])
        environment["LD_PRELOAD"] = Self.preload(environment["LD_PRELOAD"])
        process.environment = environment
        try process.run()
        if let settings { configure(settings) }
    }

    /// Sends the worker its settings, once, before its first request. A worker that has died meanwhile is found
    /// out by `read`.
    func configure(_ settings: WorkerSettings) {
        try? input.fileHandleForWriting.write(contentsOf: settings.line)
    }

    /// The worker's glibc tunables: the user's, and room for 1024 freed blocks of each size in a thread's cache
    /// (glibc keeps 7). A worker frees and allocates small blocks by the million (glyphs, words, tokens, JSON); with
    /// the larger cache it takes about a tenth less time on a large PDF, for a few megabytes more at its peak. A
    /// cache size the user set is left as it is.
    static func tunables(_ user: String?) -> String {
        let cache = "glibc.malloc.tcache_count"
        guard let user, !user.isEmpty else { return "\(cache)=1024" }
        return user.contains(cache) ? user : "\(user):\(cache)=1024"
    }

    /// What the worker preloads: the user's `LD_PRELOAD` where they set one (an empty one preloads nothing), else
    /// jemalloc where the system has it (Debian's `libjemalloc2`). A worker allocates and frees small blocks by the
    /// million; with jemalloc it reads a large PDF in about a tenth less time, for a few megabytes more.
    static func preload(_ user: String?, allocator: String? = jemalloc) -> String? {
        user ?? allocator
    }

    /// The path of jemalloc's shared library, where one of the usual library directories holds it.
    static let jemalloc: String? = {
        let directories = ["/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib", "/usr/local/lib"]
        return directories.map { "\($0)/libjemalloc.so.2" }.first { FileManager.default.isReadableFile(atPath: $0) }
    }()

    /// What reading one document came to.
    enum Reply {
        case outcome(DocumentOutcome)
        /// The outcome with its `records` left empty, each record's JSON as the worker wrote it, not decoded
        /// (`read(_:seconds:decoding:)` with `decoding` false), and the records' warnings. The outcome keeps the
        /// document record's JSON as the worker wrote it too (`documentJSON`).
        case undecoded(DocumentOutcome, recordJSON: [Data], recordWarnings: [String])
        /// The process died; the signal that ended it, if one did.
        case died(signal: Int32?)
        case timedOut
    }

    /// Sends `request` and waits at most `seconds` for the reply line. `decoding`: whether the records are decoded,
    /// or left as their JSON for a caller that keeps and writes them as they are.
    func read(_ request: WorkerRequest, seconds: Double, decoding: Bool = true) -> Reply {
        served += 1
        pages?.clear()
        pageLine = nil
        var layout: WorkerReplyLayout?
        guard var line = try? JSONEncoder().encode(request) else { return .died(signal: nil) }
        line.append(UInt8(ascii: "\n"))
        do { try input.fileHandleForWriting.write(contentsOf: line) } catch { return stop(killing: false) }
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                let data = Data(buffer[..<newline])
                buffer.removeSubrange(...newline)
                scanned = 0
                // A large reply leaves its room behind; the lines that follow are short, so the room goes with it.
                if buffer.capacity > Self.keptRoom, buffer.count <= Self.keptRoom / 2 {
                    var smaller = [UInt8]()
                    smaller.reserveCapacity(Self.keptRoom / 2)
                    smaller.append(contentsOf: buffer)
                    buffer = smaller
                }
                if data.starts(with: Self.progressPrefix), let progress = Self.page(in: data) {
                    pageLine = progress
                    continue
                }
                if data.starts(with: WorkerReplyLayout.prefix) {
                    layout = try? JSONDecoder().decode(WorkerReplyLayout.self, from: data)
                    continue
                }
                // With a layout that fits, the records are decoded on every core, each from its own JSON, or not at all.
                if let layout, let (outcome, records) = layout.undecodedOutcome(in: data) {
                    if !decoding { return .undecoded(outcome, recordJSON: records, recordWarnings: layout.recordWarnings) }
                    if let decoded = WorkerReplyLayout.decoding(records, into: outcome,
                                                                threads: Cores.available) {
                        return .outcome(decoded)
                    }
                }
                guard let outcome = try? JSONDecoder().decode(DocumentOutcome.self, from: data) else {
                    return stop(killing: true)
                }
                return .outcome(outcome)
            }
            scanned = buffer.count
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else {
                _ = stop(killing: true)
                return .timedOut
            }
            var poller = pollfd(fd: output.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(max(1, min(left * 1000, 1000))))
            if ready < 0, errno != EINTR { return stop(killing: true) }
            guard ready > 0 else { continue }
            let count = chunk.withUnsafeMutableBufferPointer { Glibc.read(poller.fd, $0.baseAddress!, $0.count) }
            if count <= 0 { return stop(killing: false) }
            buffer.append(contentsOf: chunk[..<count])
        }
    }

    /// The room `buffer` keeps between replies.
    private static let keptRoom = 1 << 22
    /// Where each read from the worker lands before it joins `buffer`.
    private var chunk = [UInt8](repeating: 0, count: 1 << 16)
    private static let progressPrefix = Data(#"{"page":"#.utf8)

    /// The page of a progress line `{"page":N}`, which the worker writes before each page of a PDF: one a page, so
    /// read directly rather than through a JSON decoder; `nil` for a line not of that form.
    static func page(in line: Data) -> Int? {
        guard line.count > progressPrefix.count + 1, line.last == UInt8(ascii: "}") else { return nil }
        return WorkerPageSlot.number(line.dropFirst(progressPrefix.count).dropLast())
    }

    /// Ends the process (killing it first if asked) and tells how it ended.
    @discardableResult
    func stop(killing: Bool) -> Reply {
        if killing, process.isRunning { kill(process.processIdentifier, SIGKILL) }
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return .died(signal: process.terminationReason == .uncaughtSignal ? process.terminationStatus : nil)
    }

    /// Kills the process without waiting for it to end (Foundation reaps it): for a worker no document needed,
    /// whose start-up the caller should not wait out.
    func abandon() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        try? input.fileHandleForWriting.close()
    }

    /// Closes the worker's input, so it finishes and exits by itself; nothing waits for that (Foundation reaps it),
    /// as nothing it could still do concerns the run.
    func finish() {
        try? input.fileHandleForWriting.close()
    }
}
