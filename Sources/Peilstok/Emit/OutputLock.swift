import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A lock on an output directory (`.peilstok/lock`, `flock`), so two runs never write into one directory at once.
/// The kernel drops it when the process ends, however it ends.
public final class OutputLock {
    private let descriptor: Int32

    /// Takes the lock, or throws naming the run that holds it; messages name the directory as `displayName`.
    public init(directory: URL, displayName: String) throws {
        let state = directory.appending(path: ".peilstok")
        do {
            try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        } catch {
            throw OutputError.cannotWrite(file: displayName, reason: error.localizedDescription)
        }
        let path = state.appending(path: "lock").path
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw OutputError.cannotWrite(file: path, reason: String(cString: strerror(errno)))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            var holder = [UInt8](repeating: 0, count: 32)
            let count = pread(descriptor, &holder, holder.count, 0)
            let pid = count > 0 ? String(decoding: holder[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : "?"
            close(descriptor)
            throw OutputError.busy(directory: displayName, pid: pid)
        }
        let pid = Array("\(ProcessInfo.processInfo.processIdentifier)\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pwrite(descriptor, pid, pid.count, 0)
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
