/// Why a document could not be turned into records. Each prints as one line naming the file.
public enum DocumentError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case empty(file: String)
    case binary(file: String)
    case unsupportedType(file: String, fileExtension: String)
    case encrypted(file: String)

    /// The file the error is about.
    public var file: String {
        switch self {
        case .unreadable(let file, _), .empty(let file), .binary(let file), .unsupportedType(let file, _),
             .encrypted(let file):
            file
        }
    }

    /// The reason without the file name, as `run.json` stores it.
    public var reason: String {
        switch self {
        case .unreadable(_, let reason): "cannot read: \(reason)"
        case .empty: "empty file"
        case .binary: "binary content, not a text report"
        case .unsupportedType(_, let ext):
            ext.isEmpty ? "no file extension: expected .txt, .md, .html or .pdf"
                : "unsupported file type '.\(ext)': expected .txt, .md, .html or .pdf"
        case .encrypted: "encrypted PDF: give its password with --password-file"
        }
    }

    public var description: String { "\(file): \(reason)" }
}
