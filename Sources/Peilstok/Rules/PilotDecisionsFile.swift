import Foundation

/// Writes `Rules/pilots.yml` for `peilstok link` and `unlink`: decisions are added as lines at the end of the file
/// and removed by line, so the analyst's comments and order stay as they were. The file is written only when the
/// rules still load with the change.
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
        do { try AtomicFile.write(Data(changed.utf8), to: url) } catch {
            throw RuleError(file: display, message: "cannot write: \(error)")
        }
        do {
            return try Rules.load(from: rulesDirectory, displayDirectory: displayDirectory)
        } catch {
            try? AtomicFile.write(data, to: url)
            throw error
        }
    }

    /// A YAML double-quoted string (JSON's escapes are YAML's).
    static func quoted(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        let data = (try? encoder.encode(text)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
