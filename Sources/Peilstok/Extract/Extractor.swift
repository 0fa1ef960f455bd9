import Foundation

/// The extract stage: reads a file's bytes and yields its text lines in reading order.
public actor Extractor: Stage {
    /// The password for encrypted PDFs and when to OCR.
    private let options: PDFReadOptions
    /// How long one PDF may take before it is given up.
    private let timeout: Double

    public init(options: PDFReadOptions, timeout: Double = 60) {
        self.options = options
        self.timeout = timeout
    }

    public func process(_ input: InputFile) async throws(DocumentError) -> TextDocument {
        if let reason = input.skipReason { throw .unreadable(file: input.name, reason: reason) }
        guard let format = InputFormat(fileExtension: input.fileExtension) else {
            throw .unsupportedType(file: input.name, fileExtension: input.fileExtension)
        }
        if format == .pdf {
            let (url, file, options) = (input.url, input.name, self.options)
            var document = try await Deadline.run(
                seconds: timeout, onTimeout: .unreadable(file: file, reason: "gave up after \(Int(timeout)) s (--timeout)")) {
                    () throws(DocumentError) -> TextDocument in
                    try PDFSupport.installed(file: file).read(url: url, file: file, options: options)
                }
            document.manifest = input.manifest
            return document
        }
        let data: Data
        do {
            data = try Data(contentsOf: input.url)
        } catch {
            throw .unreadable(file: input.name, reason: Self.reason(for: error, url: input.url))
        }
        var document = try Self.extract(data: data, format: format, file: input.name)
        document.manifest = input.manifest
        return document
    }

    /// Extracts text from bytes already read; the entry point tests use.
    public static func extract(data: Data, format: InputFormat, file: String) throws(DocumentError) -> TextDocument {
        if data.isEmpty { throw .empty(file: file) }
        if TextDecoding.looksBinary(data) { throw .binary(file: file) }
        let decoded = TextDecoding.decode(data)
        let text = UnicodeCleanup.clean(decoded.text)
        if text.allSatisfy(\.isWhitespace) { throw .empty(file: file) }
        let source = SourceInfo(file: file, sha256: data.sha256Hex, format: format, encoding: decoded.encoding)
        var warnings: [String] = []
        if decoded.encoding == "Windows-1252" {
            warnings.append("not valid UTF-8: decoded as Windows-1252")
        }
        var document: TextDocument
        switch format {
        case .text, .markdown:
            document = TextDocument(source: source, lines: UnicodeCleanup.lines(text), warnings: warnings)
            document.pages = TableRows.separate(document.pages)
        case .html:
            let (lines, blocks) = try HTMLDocument(html: text, file: file).blocks()
            document = TextDocument(source: source, lines: lines, pages: [DocumentPage(number: 1, blocks: blocks)],
                                    warnings: warnings)
        case .pdf:
            throw .unreadable(file: file, reason: "a PDF is read from its file, not from bytes")
        }
        if format == .markdown { document.pages = document.pages.map(Self.markingHeadings) }
        if decoded.replacedInvalidBytes {
            let damaged = document.lines.indices.filter { document.lines[$0].contains("\u{FFFD}") }.map { $0 + 1 }
            let shown = damaged.prefix(5).map(String.init).joined(separator: ", ") + (damaged.count > 5 ? ", …" : "")
            document.warnings.append("invalid UTF-8 bytes replaced by U+FFFD on line\(damaged.count == 1 ? "" : "s") \(shown)")
        }
        return document
    }

    /// A Markdown page whose `#` lines carry their heading level, as styled spans.
    private static func markingHeadings(_ page: DocumentPage) -> DocumentPage {
        var page = page
        for blockIndex in page.blocks.indices {
            page.blocks[blockIndex].lines = page.blocks[blockIndex].lines.map { line in
                let hashes = line.text.prefix { $0 == "#" }.count
                guard (1...6).contains(hashes), line.text.dropFirst(hashes).first == " " else { return line }
                return DocumentLine(number: line.number, text: line.text, style: TextStyle(bold: true, headingLevel: hashes))
            }
        }
        return page
    }

    private static func reason(for error: any Error, url: URL) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) { return "no such file" }
        if isDirectory.boolValue { return "is a directory" }
        if !FileManager.default.isReadableFile(atPath: url.path) { return "permission denied" }
        return error.localizedDescription
    }
}
