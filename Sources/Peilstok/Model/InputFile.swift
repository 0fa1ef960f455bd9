import Foundation

/// A file handed to the pipeline, before anything is read from it.
public struct InputFile: Sendable, Hashable {
    /// Where the file lies.
    public let url: URL
    /// The name records and messages use for it: its path relative to the inbox.
    public let name: String
    /// What the inbox manifest says about the file, if anything.
    public var manifest: ManifestEntry?
    /// Why the entry cannot be read as a document (a FIFO, a dangling link), when the inbox listing already knows.
    public var skipReason: String?

    public init(url: URL, name: String, manifest: ManifestEntry? = nil, skipReason: String? = nil) {
        self.url = url
        self.name = name
        self.manifest = manifest
        self.skipReason = skipReason
    }

    /// The file's extension, lowercased, without the dot.
    public var fileExtension: String { url.pathExtension.lowercased() }
}
