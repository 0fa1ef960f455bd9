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
        guard data.count <= largestFile else {
            throw RuleError(file: displayPath, message: "larger than \(largestFile / 1_048_576) MiB: not a rule file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RuleError(file: displayPath, message: "not valid UTF-8")
        }
        return RuleFile(displayPath: displayPath, text: text)
    }

    /// The largest rule file read, in bytes.
    static let largestFile = 4 * 1_048_576

    /// The composed YAML; a file with anchors or aliases is refused before composing, since an alias bomb
    /// ("billion laughs") would expand without end and rules never need one.
    func root() throws(RuleError) -> RuleNode {
        if let (line, column) = Self.firstAnchorOrAlias(in: text) {
            throw RuleError(file: displayPath, line: line, column: column,
                            message: "YAML anchors and aliases (& and *) are not allowed in rule files")
        }
        return try RuleNode.load(yaml: text, file: displayPath)
    }

    /// The 1-based position of the first `&name` or `*name` outside quotes and comments, where YAML reads an
    /// anchor or an alias (at the start of a value or item).
    static func firstAnchorOrAlias(in text: String) -> (line: Int, column: Int)? {
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var quote: Character?
            var previous: Character = " "
            var column = 0
            var characters = line.makeIterator()
            while let character = characters.next() {
                column += 1
                if let open = quote {
                    if character == open { quote = nil }
                } else if character == "\"" || character == "'" {
                    if " [{,:-".contains(previous) || column == 1 { quote = character }
                } else if character == "#", previous == " " || column == 1 {
                    break
                } else if character == "&" || character == "*", " [{,:-".contains(previous) || column == 1 {
                    if let next = characters.next() {
                        if next.isLetter || next.isNumber || next == "_" || next == "-" { return (number + 1, column) }
                        column += 1
                        previous = next
                        continue
                    }
                }
                previous = character
            }
        }
        return nil
    }
}
