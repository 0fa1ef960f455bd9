import Foundation

/// Why a document could not be turned into records. Each prints as one line naming the file.
public enum DocumentError: Error, Sendable, Equatable, Codable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case empty(file: String)
    case binary(file: String)
    case unsupportedType(file: String, fileExtension: String)
    case encrypted(file: String)
    /// The worker process reading the file died of a signal (a crash, or the memory cap).
    case workerCrashed(file: String, signal: Int32?, page: Int? = nil)
    /// The file took longer than `--timeout`; the worker process reading it was stopped.
    case timedOut(file: String, seconds: Double, page: Int? = nil)

    /// The file the error is about.
    public var file: String {
        switch self {
        case .unreadable(let file, _), .empty(let file), .binary(let file), .unsupportedType(let file, _),
             .encrypted(let file), .workerCrashed(let file, _, _), .timedOut(let file, _, _):
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
        case .workerCrashed(_, let signal?, let page):
            "the process reading it crashed (signal \(signal), \(String(cString: strsignal(signal)))\(signal == SIGABRT || signal == SIGKILL ? "; over --max-memory?" : ""))\(Self.on(page))"
        case .workerCrashed(_, nil, let page): "the process reading it ended without an answer\(Self.on(page))"
        case .timedOut(_, let seconds, let page):
            "gave up after \(Self.seconds(seconds)) s (--timeout)\(Self.on(page)); the process reading it was stopped"
        }
    }

    public var description: String { "\(file): \(reason)" }

    private static func on(_ page: Int?) -> String {
        page.map { " while reading page \($0)" } ?? ""
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
