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
        // Every mark that matters is ASCII, so the text is scanned byte by byte; a column is counted in characters
        // only for the line an anchor is found on.
        let delimiters = Set(" [{,:-".utf8)
        let utf8 = text.utf8
        var (line, lineStart) = (1, utf8.startIndex)
        var quote: UInt8?
        var previous: UInt8 = 0x20
        var comment = false
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            if byte == 0x0A {
                (line, lineStart, quote, previous, comment) = (line + 1, next, nil, 0x20, false)
            } else if comment {
                // The rest of the line is a comment.
            } else if let open = quote {
                if byte == open { quote = nil }
                previous = byte
            } else if byte == 0x22 || byte == 0x27 {
                if delimiters.contains(previous) { quote = byte }
                previous = byte
            } else if byte == 0x23, previous == 0x20 {
                comment = true
            } else if byte == 0x26 || byte == 0x2A, delimiters.contains(previous), next != utf8.endIndex, utf8[next] != 0x0A {
                if Self.startsName(text.unicodeScalars[next]) {
                    return (line, text[lineStart..<index].count + 1)
                }
                // The character after the mark is read too, as the mark's, and stands before what follows.
                let after = text.unicodeScalars.index(after: next)
                previous = utf8[utf8.index(before: after)]
                index = after
                continue
            } else {
                previous = byte
            }
            index = next
        }
        return nil
    }

    /// A letter, digit, `_` or `-`: what a YAML anchor's or alias's name starts with.
    private static func startsName(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isLetterOrDigit || scalar == "_" || scalar == "-"
    }
}
