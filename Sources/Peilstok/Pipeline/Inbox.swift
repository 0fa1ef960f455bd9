import Foundation

/// The input files of a batch: every regular, non-hidden file below the inbox, sorted by path.
public enum Inbox {
    /// Files peilstok keeps in the inbox for itself rather than as documents.
    public static let reservedNames: Set<String> = ["inbox.yml"]

    /// Lists the inbox; a missing or unreadable inbox is an error naming it.
    public static func files(in directory: URL, displayName: String) throws -> [InputFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InboxError(path: displayName, reason: "no such directory")
        }
        guard let enumerator = FileManager.default.enumerator(
            at: directory, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else {
            throw InboxError(path: displayName, reason: "cannot list the directory")
        }
        let base = directory.standardizedFileURL.path
        var files: [InputFile] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            var relative = url.standardizedFileURL.path
            if relative.hasPrefix(base + "/") { relative.removeFirst(base.count + 1) }
            if reservedNames.contains(relative) { continue }
            files.append(InputFile(url: url, name: relative))
        }
        return files.sorted { $0.name < $1.name }
    }
}

/// The inbox itself could not be read.
public struct InboxError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
}
