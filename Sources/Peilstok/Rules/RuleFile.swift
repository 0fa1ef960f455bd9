import Foundation

/// One file of the rules directory, read as text.
struct RuleFile {
    /// The path messages print, e.g. `Rules/kinds.yml`.
    let displayPath: String
    let text: String

    /// Reads `name` from `directory`; a missing or unreadable file is a `RuleError`.
    static func read(_ name: String, in directory: URL, displayDirectory: String) throws(RuleError) -> RuleFile {
        let displayPath = displayDirectory.isEmpty ? name : "\(displayDirectory)/\(name)"
        let url = directory.appending(path: name)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw RuleError(file: displayPath, message: "missing rule file (looked in \(directory.path))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RuleError(file: displayPath, message: "not valid UTF-8")
        }
        return RuleFile(displayPath: displayPath, text: text)
    }

    func root() throws(RuleError) -> RuleNode {
        try RuleNode.load(yaml: text, file: displayPath)
    }
}
