/// A table of a rule file: a YAML literal block (`key: |`) with one row a line, its fields separated by `|` and the
/// items of a list field by `;`; an empty line, or one starting with `#`, is no row. Hundreds of rows cost what one
/// YAML value costs to read (the gazetteer's 800), and a row's errors still name its line.
struct RuleTable {
    /// One row, its fields trimmed of spaces.
    struct Row {
        let fields: [Substring]
        let file: String
        /// 1-based line in the file.
        let line: Int

        func error(_ message: String) -> RuleError {
            RuleError(file: file, line: line, message: message)
        }

        /// The field at `index`, not empty.
        func field(_ index: Int, _ name: String) throws(RuleError) -> String {
            guard index < fields.count, !fields[index].isEmpty else { throw error("missing \(name)") }
            return String(fields[index])
        }

        /// The items of the list field at `index`, none when the row ends before it; an empty item is an error.
        func list(_ index: Int, _ name: String) throws(RuleError) -> [String] {
            guard index < fields.count else { return [] }
            let items = RuleTable.split(fields[index], at: UInt8(ascii: ";"))
            guard !items.contains(where: \.isEmpty) else { throw error("an empty item in \(name)") }
            return items.map(String.init)
        }
    }

    /// The parts of `text` between the `separator`s, each without the spaces and tabs around it. The text is cut
    /// byte by byte: every mark the grammar has is ASCII, so no cut falls inside a character.
    static func split(_ text: Substring, at separator: UInt8) -> [Substring] {
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        return text.utf8.split(separator: separator, omittingEmptySubsequences: false).map { part in
            guard let start = part.firstIndex(where: { !isBlank($0) }), let last = part.lastIndex(where: { !isBlank($0) }) else {
                return text[part.startIndex..<part.startIndex]
            }
            return Substring(part[start...last])
        }
    }

    let rows: [Row]

    /// The rows of `node`, which must be a literal block; each has from `required` to `columns.count` fields, and
    /// the error for a row with another number names the columns.
    init(_ node: RuleNode, columns: [String], required: Int) throws(RuleError) {
        guard let block = node.literalBlock() else {
            throw node.error("expected a table: a block of lines ('|' after the key), the fields of a row separated by '|'")
        }
        var rows: [Row] = []
        var line = block.first
        for content in Self.split(block.text[...], at: UInt8(ascii: "\n")) {
            defer { line += 1 }
            if content.isEmpty || content.utf8.first == UInt8(ascii: "#") { continue }
            let fields = Self.split(content, at: UInt8(ascii: "|"))
            let row = Row(fields: fields, file: node.file, line: line)
            guard (required...columns.count).contains(fields.count) else {
                let expected = required == columns.count ? "\(required)" : "\(required) to \(columns.count)"
                throw row.error("expected \(expected) fields separated by '|' (\(columns.joined(separator: " | "))), found \(fields.count)")
            }
            rows.append(row)
        }
        self.rows = rows
    }
}
