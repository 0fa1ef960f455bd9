import Foundation

/// One table of an export: its fields with their Table Schema types, and its rows.
public struct CSVTable: Sendable {
    /// A field and its Frictionless Table Schema type.
    public struct Field: Sendable {
        public enum Kind: String, Sendable { case string, integer, number, date }
        public var name: String
        public var kind: Kind
        public var description: String

        public init(_ name: String, _ kind: Kind, _ description: String) {
            self.name = name
            self.kind = kind
            self.description = description
        }
    }

    /// A value of a cell; `nil` cells are written empty.
    public enum Cell: Sendable, Hashable {
        case text(String)
        case integer(Int)
        case number(Double)
        case date(String)
    }

    public var name: String
    public var title: String
    public var fields: [Field]
    public var rows: [[Cell?]]

    public init(name: String, title: String, fields: [Field], rows: [[Cell?]] = []) {
        self.name = name
        self.title = title
        self.fields = fields
        self.rows = rows
    }

    public var fileName: String { "\(name).csv" }

    /// The table as CSV in `profile`: a header row, then the rows.
    public func encoded(_ profile: CSVProfile) -> Data {
        var text = profile.byteOrderMark ? "\u{FEFF}" : ""
        text += fields.map { Self.quoted($0.name, profile) }.joined(separator: String(profile.delimiter)) + profile.lineTerminator
        for row in rows {
            text += row.map { cell in cell.map { Self.render($0, profile) } ?? "" }.joined(separator: String(profile.delimiter))
            text += profile.lineTerminator
        }
        return Data(text.utf8)
    }

    static func render(_ cell: Cell, _ profile: CSVProfile) -> String {
        switch cell {
        case .text(let text):
            return quoted(profile.neutralisesFormulas ? neutralised(text) : text, profile)
        case .integer(let number): return String(number)
        case .number(let number):
            var text = number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
            if profile.decimalCharacter != "." { text = text.replacingOccurrences(of: ".", with: String(profile.decimalCharacter)) }
            return text
        case .date(let date): return date
        }
    }

    /// Text a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return;
    /// CWE-1236), with a `'` before it so that it stays text.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    /// A field quoted when it holds the delimiter, a quote or a line break, with quotes doubled.
    static func quoted(_ text: String, _ profile: CSVProfile) -> String {
        guard text.contains(where: { $0 == profile.delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
