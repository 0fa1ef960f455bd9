/// How CSV files are written for their readers.
public enum CSVProfile: String, Sendable, CaseIterable {
    /// Dutch Excel: UTF-8 with a byte order mark, `;` between fields, a decimal comma, CRLF, and every text cell a
    /// spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return first) neutralised with a `'`.
    case excelNL = "excel-nl"
    /// RFC 4180: UTF-8 without a byte order mark, `,`, a decimal point, LF (as most tools other than Excel expect).
    case rfc4180

    public var delimiter: Character { self == .excelNL ? ";" : "," }
    public var decimalCharacter: Character { self == .excelNL ? "," : "." }
    public var lineTerminator: String { self == .excelNL ? "\r\n" : "\n" }
    public var byteOrderMark: Bool { self == .excelNL }
    public var neutralisesFormulas: Bool { self == .excelNL }
}
