import Foundation

/// One document a worker process is asked to read: a line of JSON on the worker's standard input.
public struct WorkerRequest: Sendable, Codable, Equatable {
    /// The document's place in the batch.
    public var index: Int
    public var path: String
    /// The name records and messages use (the path below the inbox).
    public var name: String
    public var manifest: ManifestEntry?
    public var skipReason: String?
    /// Threads that read the pages of this document; `nil` for the worker's own `--page-threads`.
    public var pageThreads: Int?

    public init(index: Int, file: InputFile, pageThreads: Int? = nil) {
        self.index = index
        path = file.url.path
        name = file.name
        manifest = file.manifest
        skipReason = file.skipReason
        self.pageThreads = pageThreads
    }

    /// The input file the request names.
    public var file: InputFile {
        InputFile(url: URL(filePath: path), name: name, manifest: manifest, skipReason: skipReason)
    }
}
