import Foundation

/// How a worker process reads: the first line on its standard input, as JSON, before any `WorkerRequest`.
///
/// A worker takes its settings from its input rather than its command line, so that `run` can start it before it
/// has parsed its own arguments, and the worker starts without parsing any.
public struct WorkerSettings: Sendable, Codable, Equatable {
    /// The rules directory; `nil` for the rules this build carries.
    public var rules: String?
    public var ocr: OCRMode
    /// The most memory (bytes of address space) the process may use; 0 for no limit.
    public var maxMemory: Int
    /// A file holding the password of encrypted PDFs.
    public var passwordFile: String?
    /// swift-log's level name (`trace` … `critical`).
    public var logLevel: String
    /// `text` or `json`.
    public var logFormat: String

    public init(rules: String? = nil, ocr: OCRMode = .auto, maxMemory: Int = 0, passwordFile: String? = nil,
                logLevel: String = "warning", logFormat: String = "text") {
        self.rules = rules
        self.ocr = ocr
        self.maxMemory = maxMemory
        self.passwordFile = passwordFile
        self.logLevel = logLevel
        self.logFormat = logFormat
    }

    /// The settings as the line a worker reads first, newline included.
    public var line: Data {
        var line = (try? JSONEncoder().encode(self)) ?? Data("{}".utf8)
        line.append(UInt8(ascii: "\n"))
        return line
    }
}
