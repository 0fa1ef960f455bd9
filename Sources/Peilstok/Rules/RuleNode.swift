import Yams

/// A node of a rule file, with typed accessors whose errors name the file, line and column.
///
/// Unchecked: a file is composed on one thread and handed whole to the thread that reads it, and nothing changes a
/// composed node (Yams' `Node` holds a class for its tag, so it is not `Sendable` by itself).
struct RuleNode: @unchecked Sendable {
    let node: Node
    let file: String

    /// Reads and composes a YAML rule file; a YAML syntax error becomes a `RuleError` with its position.
    static func load(yaml: String, file: String) throws(RuleError) -> RuleNode {
        do {
            // UTF-8, as Swift's strings are: Yams' default encoding reads the whole environment on every parse (and
            // prints to standard output when YAMS_DEFAULT_ENCODING is set there).
            guard let node = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else {
                throw RuleError(file: file, message: "the file is empty")
            }
            return RuleNode(node: node, file: file)
        } catch let error as RuleError {
            throw error
        } catch let error as YamlError {
            throw Self.ruleError(from: error, file: file)
        } catch {
            throw RuleError(file: file, message: "\(error)")
        }
    }

    private static func ruleError(from error: YamlError, file: String) -> RuleError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            RuleError(file: file, line: mark.line, column: mark.column, message: "YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            RuleError(file: file, line: context.mark.line, column: context.mark.column,
                      message: "duplicate keys: \(duplicates.joined(separator: ", "))")
        default:
            RuleError(file: file, message: "YAML: \(error)")
        }
    }

    /// An error located at this node.
    func error(_ message: String) -> RuleError {
        RuleError(file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0, message: message)
    }

    /// The entries of a mapping, in file order; keys outside `allowed` are an error.
    func entries(allowed: Set<String>? = nil) throws(RuleError) -> [(key: String, keyNode: RuleNode, value: RuleNode)] {
        guard let mapping = node.mapping else { throw error("expected a mapping of keys to values") }
        var result: [(key: String, keyNode: RuleNode, value: RuleNode)] = []
        for (keyNode, valueNode) in mapping {
            let key = RuleNode(node: keyNode, file: file)
            guard let name = keyNode.scalar?.string else { throw key.error("a key must be a plain string") }
            if let allowed, !allowed.contains(name) {
                throw key.error("unknown key '\(name)' (expected one of: \(allowed.sorted().joined(separator: ", ")))")
            }
            result.append((name, key, RuleNode(node: valueNode, file: file)))
        }
        return result
    }

    /// The value under `key` of a mapping, or `nil` when absent.
    func optional(_ key: String) throws(RuleError) -> RuleNode? {
        guard let mapping = node.mapping else { throw error("expected a mapping of keys to values") }
        // Compared as strings: Yams' `mapping[key]` makes a node of `key` and compares whole nodes, key by key.
        for (keyNode, value) in mapping where keyNode.scalar?.string == key { return RuleNode(node: value, file: file) }
        return nil
    }

    /// The value under `key` of a mapping; its absence is an error.
    func required(_ key: String) throws(RuleError) -> RuleNode {
        guard let value = try optional(key) else { throw error("missing key '\(key)'") }
        return value
    }

    /// The items of a sequence.
    func items() throws(RuleError) -> [RuleNode] {
        guard let sequence = node.sequence else { throw error("expected a list") }
        return sequence.map { RuleNode(node: $0, file: file) }
    }

    /// A non-empty string scalar.
    func string() throws(RuleError) -> String {
        guard let scalar = node.scalar else { throw error("expected a string") }
        guard !scalar.string.isEmpty else { throw error("expected a non-empty string") }
        return scalar.string
    }

    /// An integer scalar, optionally within a range.
    func int(in range: ClosedRange<Int>? = nil) throws(RuleError) -> Int {
        // A plain decimal is read directly; Yams' reading (hexadecimal, `1_000`, sexagesimal) is the fallback.
        guard let value = node.scalar.flatMap({ Int($0.string) }) ?? node.int else { throw error("expected a whole number") }
        if let range, !range.contains(value) {
            throw error("\(value) is out of range \(range.lowerBound)...\(range.upperBound)")
        }
        return value
    }

    /// The text of a literal block scalar (`key: |`) and the 1-based line its first line has in the file; `nil` for
    /// any other node. A literal block keeps every line, so its n-th line is the file's line `first + n`.
    func literalBlock() -> (text: String, first: Int)? {
        guard let scalar = node.scalar, scalar.style == .literal, let mark = node.mark else { return nil }
        // The block's mark is its '|', on the line before its text.
        return (scalar.string, mark.line + 1)
    }

    /// A list of non-empty strings; a single string counts as a list of one.
    func strings() throws(RuleError) -> [String] {
        if node.scalar != nil { return [try string()] }
        var result: [String] = []
        for item in try items() { result.append(try item.string()) }
        guard !result.isEmpty else { throw error("expected at least one string") }
        return result
    }

    /// A list of exactly two whole numbers, such as a month range `[5, 8]`.
    func intPair(in range: ClosedRange<Int>) throws(RuleError) -> (Int, Int) {
        let values = try items()
        guard values.count == 2 else { throw error("expected two numbers, like [5, 8]") }
        return (try values[0].int(in: range), try values[1].int(in: range))
    }
}
