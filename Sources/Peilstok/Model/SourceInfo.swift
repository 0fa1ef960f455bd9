/// What is known about an input file once its bytes are read.
public struct SourceInfo: Sendable, Codable, Hashable {
    /// The file's name relative to the inbox.
    public var file: String
    /// The SHA-256 of the file's bytes.
    public var sha256: String
    /// The physical format.
    public var format: InputFormat
    /// The text encoding the bytes were decoded from.
    public var encoding: String

    public init(file: String, sha256: String, format: InputFormat, encoding: String) {
        self.file = file
        self.sha256 = sha256
        self.format = format
        self.encoding = encoding
    }
}
