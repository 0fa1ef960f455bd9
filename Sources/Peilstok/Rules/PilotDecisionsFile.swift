import Foundation

/// Writes `Rules/pilots.yml` for `peilstok link` and `unlink`: decisions are added as lines at the end of the file
/// and removed by line (a decision on one line, as these commands write them), so the analyst's comments and order
/// stay as they were. The change is checked on a copy of the rules, and the file written (in one rename) only when
/// they still load.
public struct PilotDecisionsFile: Sendable {
    public let rulesDirectory: URL
    public let displayDirectory: String

    public init(rulesDirectory: URL, displayDirectory: String) {
        self.rulesDirectory = rulesDirectory
        self.displayDirectory = displayDirectory
    }

    var url: URL { rulesDirectory.appending(path: "pilots.yml") }

    /// Adds `decisions` and removes the decisions on `removedLines`; returns the rules as they load afterwards.
    public func change(adding decisions: [(PilotDecisions.Decision.Verdict, [String])],
                       removingLines removedLines: Set<Int> = []) throws(RuleError) -> Rules {
        let display = "\(displayDirectory)/pilots.yml"
        guard let data = FileManager.default.contents(atPath: url.path), let original = String(data: data, encoding: .utf8) else {
            throw RuleError(file: display, message: "cannot read the decisions file")
        }
        var lines = original.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        lines = lines.enumerated().filter { !removedLines.contains($0.offset + 1) }.map(\.element)
        for (verdict, names) in decisions {
            lines.append("  - \(verdict.rawValue): [\(names.map(Self.quoted).joined(separator: ", "))]")
        }
        let changed = lines.joined(separator: "\n") + "\n"
        // The change is checked on a copy of the rules first, so the file is written only when they still load.
        let scratch = FileManager.default.temporaryDirectory.appending(path: "peilstok-rules-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            for name in Rules.allFileNames where name != "pilots.yml" {
                try FileManager.default.copyItem(at: rulesDirectory.appending(path: name), to: scratch.appending(path: name))
            }
            try Data(changed.utf8).write(to: scratch.appending(path: "pilots.yml"))
        } catch {
            throw RuleError(file: display, message: "cannot check the change: \(error.localizedDescription)")
        }
        let rules = try Rules.load(from: scratch, displayDirectory: displayDirectory)
        do { try AtomicFile.write(Data(changed.utf8), to: url) } catch {
            throw RuleError(file: display, message: "cannot write: \(error)")
        }
        return rules
    }

    /// A YAML double-quoted string (JSON's escapes are YAML's).
    static func quoted(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        let data = (try? encoder.encode(text)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
