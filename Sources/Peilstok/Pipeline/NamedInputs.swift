import Foundation

/// The documents of a batch named on the command line (`peilstok run FILE… DIR…`) rather than an inbox: each file as
/// named, each directory as an inbox of its own. Each file takes its entry from an `inbox.yml` beside it, if any.
public enum NamedInputs {
    /// The inputs in the order named, a directory's files sorted by path, each named by the path given; a path that
    /// does not exist is listed with the reason, so the batch names it.
    public static func files(_ paths: [String], rules: Rules) throws(RuleError) -> [InputFile] {
        var files: [InputFile] = []
        var manifests: [String: InboxManifest] = [:]
        func manifest(for directory: String) throws(RuleError) -> InboxManifest {
            if let known = manifests[directory] { return known }
            let displayPath = (directory == "." ? "" : directory + "/") + "inbox.yml"
            let loaded = try InboxManifest.load(from: URL(filePath: directory).appending(path: "inbox.yml"),
                                                displayPath: displayPath, rules: rules)
            manifests[directory] = loaded
            return loaded
        }
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                files.append(InputFile(url: URL(filePath: path), name: path, skipReason: "no such file or directory"))
                continue
            }
            if isDirectory.boolValue {
                let listed = (try? Inbox.files(in: URL(filePath: path), displayName: path)) ?? []
                let entries = try manifest(for: path)
                for file in listed {
                    files.append(InputFile(url: file.url, name: (path.hasSuffix("/") ? path : path + "/") + file.name,
                                           manifest: entries.entries[file.name], skipReason: file.skipReason))
                }
            } else {
                let directory = (path as NSString).deletingLastPathComponent
                let entry = try manifest(for: directory.isEmpty ? "." : directory).entries[(path as NSString).lastPathComponent]
                files.append(InputFile(url: URL(filePath: path), name: path, manifest: entry))
            }
        }
        return files
    }
}
