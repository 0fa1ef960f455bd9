/// A malformed rule file. Prints as `Rules/kinds.yml:12:5: error: unknown key 'alias'`.
public struct RuleError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The rule file's path as the user named it.
    public var file: String
    /// 1-based line, or 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based column, or 0 when unknown.
    public var column: Int
    public var message: String

    public init(file: String, line: Int = 0, column: Int = 0, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var location = file
        if line > 0 { location += ":\(line)" }
        if column > 0 { location += ":\(column)" }
        return "\(location): error: \(message)"
    }
}
