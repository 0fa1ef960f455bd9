import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that a reader sees either the old or the new contents, never a half-written file.
public enum AtomicFile {
    /// Writes `data` to a temporary file beside `url`, flushes it, then renames it into place.
    public static func write(_ data: Data, to url: URL) throws {
        try write([(url, data)])
    }

    /// Writes every file in full beside its place, flushes them, then renames them all into place: a failed write
    /// replaces none. All are written before any is flushed, so that one flush of the file system's journal can
    /// carry them all.
    public static func write(_ files: [(url: URL, data: Data)]) throws {
        var staged: [(temporary: URL, url: URL)] = []
        var handles: [FileHandle] = []
        defer {
            for handle in handles { try? handle.close() }
            for file in staged { try? FileManager.default.removeItem(at: file.temporary) }
        }
        for (url, data) in files {
            let (temporary, handle) = try stage(data, beside: url)
            staged.append((temporary, url))
            handles.append(handle)
        }
        for (file, handle) in zip(staged, handles) {
            do { try handle.synchronize() } catch {
                throw OutputError.cannotWrite(file: file.url.path, reason: error.localizedDescription)
            }
        }
        for handle in handles { try? handle.close() }
        handles.removeAll()
        for (index, file) in staged.enumerated() where rename(file.temporary.path, file.url.path) != 0 {
            throw OutputError.cannotWrite(file: file.url.path, reason: String(cString: strerror(errno)) +
                                          (index > 0 ? " (after \(index) of \(staged.count) files were replaced)" : ""))
        }
        staged.removeAll()
    }

    /// A temporary file holding `data`, beside `url`, and the open handle to flush it with.
    private static func stage(_ data: Data, beside url: URL) throws -> (URL, FileHandle) {
        let directory = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let temporary = directory.appending(path: ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw OutputError.cannotWrite(file: url.path, reason: "cannot create a temporary file in \(directory.path): "
                                          + String(cString: strerror(errno)))
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: data)
            return (temporary, handle)
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError.cannotWrite(file: url.path, reason: error.localizedDescription)
        }
    }
}
