import Foundation

/// A file handed to the pipeline, before anything is read from it.
public struct InputFile: Sendable, Hashable {
    /// Where the file lies.
    public let url: URL
    /// The name records and messages use for it: its path relative to the inbox.
    public let name: String
    /// What the inbox manifest says about the file, if anything.
    public var manifest: ManifestEntry?

    public init(url: URL, name: String, manifest: ManifestEntry? = nil) {
        self.url = url
        self.name = name
        self.manifest = manifest
    }

    /// The file's extension, lowercased, without the dot.
    public var fileExtension: String { url.pathExtension.lowercased() }
}
