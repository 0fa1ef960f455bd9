import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The page a worker is reading, kept in a few bytes of a file both processes share, so that the supervisor learns
/// it only when it asks (after a crash or a hang), rather than being woken by a line before every page.
///
/// The supervisor makes the file and removes its name at once: no run, however it ends, leaves it behind. The
/// worker gets it as its standard error (the one descriptor besides its input and output that a started process
/// keeps), takes it over, and points its standard error at `/dev/null`, where it pointed before.
package final class WorkerPageSlot: @unchecked Sendable {
    /// The environment variable that tells a worker its standard error is its page slot.
    package static let variable = "PEILSTOK_WORKER_PAGES"
    /// Bytes a page number takes, padded with spaces, so a shorter number overwrites a longer one whole.
    private static let width = 12
    package let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// A new slot in the temporary directory, empty; `nil` when no file can be made there.
    package static func make() -> WorkerPageSlot? {
        var template = Array(FileManager.default.temporaryDirectory.appending(path: "peilstok-page.XXXXXX").path.utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        let slot = WorkerPageSlot(descriptor: descriptor)
        slot.clear()
        return slot
    }

    /// In a worker its supervisor told so (`variable`): the slot it was given as standard error, which from now on
    /// is `/dev/null` again. `nil` otherwise.
    package static func takeOver(environment: [String: String] = ProcessInfo.processInfo.environment) -> WorkerPageSlot? {
        guard environment[variable] == "stderr" else { return nil }
        let descriptor = dup(STDERR_FILENO)
        let null = open("/dev/null", O_WRONLY)
        if null >= 0 {
            dup2(null, STDERR_FILENO)
            close(null)
        }
        guard descriptor >= 0 else { return nil }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        return WorkerPageSlot(descriptor: descriptor)
    }

    /// Keeps `page` as the page being read.
    package func write(_ page: Int) {
        put(String(page).utf8)
    }

    /// Forgets the page, before the next document.
    package func clear() {
        put([])
    }

    /// Writes `text`, padded with spaces to `width`, over the slot.
    private func put(_ text: some Collection<UInt8>) {
        var bytes = Array(text.prefix(Self.width))
        bytes += Array(repeating: UInt8(ascii: " "), count: Self.width - bytes.count)
        _ = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, Self.width, 0) }
    }

    /// The page last kept; `nil` when none has been since `clear`.
    package var page: Int? {
        var bytes = [UInt8](repeating: 0, count: Self.width)
        let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, Self.width, 0) }
        guard count > 0 else { return nil }
        return Self.number(bytes[..<count].filter { $0 != UInt8(ascii: " ") })
    }

    /// The page number `digits` spell: one to nine decimal digits, nothing else.
    static func number(_ digits: some Collection<UInt8>) -> Int? {
        guard (1...9).contains(digits.count),
              digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
}
