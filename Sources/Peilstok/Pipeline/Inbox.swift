import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The entries of a batch: every non-hidden file below the inbox, sorted by path. An entry that cannot be read as a
/// document (a FIFO, a dangling or looping link, a name that is not UTF-8) is still listed, with the reason, so the
/// batch names it instead of passing it over in silence.
public enum Inbox {
    /// Files peilstok keeps in the inbox for itself rather than as documents.
    public static let reservedNames: Set<String> = ["inbox.yml"]

    /// Lists the inbox; a missing or unreadable inbox is an error naming it.
    public static func files(in directory: URL, displayName: String) throws -> [InputFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InboxError(path: displayName, reason: "no such directory")
        }
        guard let root = realPath(directory.path) else { throw InboxError(path: displayName, reason: "cannot resolve the directory") }
        var files: [InputFile] = []
        guard walk(root, relative: "", root: root, into: &files) else {
            throw InboxError(path: displayName, reason: "cannot list the directory")
        }
        return files.sorted { $0.name < $1.name }
    }

    /// Lists `path` (the directory at `relative` below the inbox) into `files`; false when it cannot be opened.
    private static func walk(_ path: String, relative: String, root: String, into files: inout [InputFile]) -> Bool {
        guard let handle = opendir(path) else { return false }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if bytes.first == UInt8(ascii: ".") { continue }
            guard let name = String(validating: bytes, as: UTF8.self) else {
                let shown = String(decoding: bytes, as: UTF8.self)
                files.append(InputFile(url: URL(filePath: path), name: join(relative, shown),
                                       skipReason: "the file name is not valid UTF-8"))
                continue
            }
            let full = path + "/" + name
            let display = join(relative, name)
            if relative.isEmpty, reservedNames.contains(name) { continue }
            var info = stat()
            guard lstat(full, &info) == 0 else {
                files.append(InputFile(url: URL(filePath: full), name: display, skipReason: "cannot read: \(String(cString: strerror(errno)))"))
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                files.append(InputFile(url: URL(filePath: full), name: display))
            case S_IFDIR:
                if !walk(full, relative: display, root: root, into: &files) {
                    files.append(InputFile(url: URL(filePath: full), name: display, skipReason: "cannot list the directory"))
                }
            case S_IFLNK:
                files.append(link(full, display: display, root: root))
            case S_IFIFO:
                files.append(InputFile(url: URL(filePath: full), name: display, skipReason: "a FIFO (named pipe), not a file"))
            case S_IFSOCK:
                files.append(InputFile(url: URL(filePath: full), name: display, skipReason: "a socket, not a file"))
            default:
                files.append(InputFile(url: URL(filePath: full), name: display, skipReason: "a device, not a file"))
            }
        }
        return true
    }

    /// A symbolic link is followed once: to a regular file inside the inbox it is read under its own name; a link
    /// that dangles, loops, leaves the inbox or names a directory is listed with the reason.
    private static func link(_ full: String, display: String, root: String) -> InputFile {
        let url = URL(filePath: full)
        guard let target = realPath(full) else {
            let reason = errno == ELOOP ? "a symbolic link loop" : "a dangling symbolic link"
            return InputFile(url: url, name: display, skipReason: reason)
        }
        guard target.hasPrefix(root + "/") else {
            return InputFile(url: url, name: display, skipReason: "a symbolic link out of the inbox (not followed)")
        }
        var info = stat()
        guard stat(target, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            return InputFile(url: url, name: display, skipReason: "a symbolic link to a directory or special file (not followed)")
        }
        return InputFile(url: URL(filePath: target), name: display)
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func join(_ relative: String, _ name: String) -> String {
        relative.isEmpty ? name : relative + "/" + name
    }
}

/// The inbox itself could not be read.
public struct InboxError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
}
