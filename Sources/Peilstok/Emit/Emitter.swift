import Foundation

/// The emit stage: writes a run's outputs so that `records.jsonl`, `documents.jsonl` and `run.json` change together.
///
/// The three files of a run are written into a directory of their own (`.peilstok/runs/ID/`), and one symbolic
/// link, `.peilstok/current`, is then turned to it in a single rename. `records.jsonl`, `documents.jsonl` and
/// `run.json` in the output directory are links through `current`, so a reader sees the three files of one run,
/// the previous run's until the rename and the new run's after it, whenever the process is killed.
public actor Emitter {
    public let outputDirectory: URL
    /// The files a run writes, in the order they are written.
    public static let fileNames = ["records.jsonl", "documents.jsonl", "run.json"]

    public init(outputDirectory: URL) {
        self.outputDirectory = outputDirectory
    }

    private var state: URL { outputDirectory.appending(path: ".peilstok") }

    /// Writes `records.jsonl` (records in input order, then document order), `documents.jsonl` and `run.json`.
    public func write(_ outcomes: [DocumentOutcome], rulesHash: String) throws -> RunReport {
        let ordered = outcomes.sorted { $0.index < $1.index }
        let report = RunReport(outcomes: ordered, rulesHash: rulesHash)
        var records = Data()
        var documents = Data()
        for outcome in ordered {
            records.append(try outcome.encoded?.lines
                           ?? JSONLines.join(outcome.recordLines(threads: Cores.available)))
            if let line = outcome.encoded?.document {
                documents.append(line)
            } else if let document = outcome.document {
                documents.append(try JSONLines.encode([document]))
            }
        }
        let contents = [records, documents, try JSONLines.encodePretty(report)]
        if unchanged(contents) { return report }
        let runs = state.appending(path: "runs")
        let id = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt64(Date().timeIntervalSince1970 * 1_000_000))"
        let generation = runs.appending(path: id)
        do {
            try AtomicFile.write(zip(Self.fileNames, contents).map { (generation.appending(path: $0), $1) })
            try adoptPlainFiles(in: runs)
            for name in Self.fileNames {
                try Self.link(outputDirectory.appending(path: name), to: ".peilstok/current/\(name)")
            }
            try Self.link(state.appending(path: "current"), to: "runs/\(id)")
        } catch {
            try? FileManager.default.removeItem(at: generation)
            throw error
        }
        removeRuns(in: runs, except: id)
        return report
    }

    /// True when the current run's files, and the links to them, already hold exactly `contents`: nothing to write.
    private func unchanged(_ contents: [Data]) -> Bool {
        guard (try? FileManager.default.destinationOfSymbolicLink(atPath: state.appending(path: "current").path)) != nil else {
            return false
        }
        for (name, data) in zip(Self.fileNames, contents) {
            guard (try? FileManager.default.destinationOfSymbolicLink(atPath: outputDirectory.appending(path: name).path))
                    == ".peilstok/current/\(name)",
                  FileManager.default.contents(atPath: state.appending(path: "current/\(name)").path) == data else { return false }
        }
        return true
    }

    /// Output files of an earlier version, written in place, become a run of their own that `current` names,
    /// so turning them into links shows no mix of old and new.
    private func adoptPlainFiles(in runs: URL) throws {
        let current = state.appending(path: "current")
        guard (try? FileManager.default.destinationOfSymbolicLink(atPath: current.path)) == nil else { return }
        let adopted = runs.appending(path: "0-earlier")
        try FileManager.default.createDirectory(at: adopted, withIntermediateDirectories: true)
        for name in Self.fileNames {
            let plain = outputDirectory.appending(path: name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: plain.path, isDirectory: &isDirectory) else { continue }
            guard !isDirectory.boolValue else {
                throw OutputError.cannotWrite(file: plain.path, reason: "a directory stands where the output file goes")
            }
            try? FileManager.default.copyItem(at: plain, to: adopted.appending(path: name))
        }
        try Self.link(current, to: "runs/0-earlier")
    }

    /// Makes `url` a symbolic link to `target`, replacing what was there in one rename.
    static func link(_ url: URL, to target: String) throws {
        if (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) == target { return }
        let temporary = url.deletingLastPathComponent()
            .appending(path: ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).link")
        try? FileManager.default.removeItem(at: temporary)
        guard symlink(target, temporary.path) == 0 else {
            throw OutputError.cannotWrite(file: url.path, reason: String(cString: strerror(errno)))
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError.cannotWrite(file: url.path, reason: reason)
        }
    }

    private func removeRuns(in runs: URL, except kept: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: runs.path) else { return }
        for name in names where name != kept { try? FileManager.default.removeItem(at: runs.appending(path: name)) }
    }
}
