import Foundation

/// Reads and renders PDFs. The implementation (poppler-glib, module `PeilstokPDF`) is linked only into the
/// programs that read documents (`peilstok-reader` and the tests), which install it in `PDFSupport.reader`; the
/// `peilstok` front end, which mostly re-emits what the store holds, starts without loading poppler's libraries.
public protocol PDFReading: Sendable {
    /// The PDF's text in reading order, in the document model; pages are OCR'd as `options` say.
    func read(url: URL, file: String, options: PDFReadOptions) throws(DocumentError) -> TextDocument
    /// Writes `page-N.png` for each page (or only `pages`) into `directory`, with the blocks outlined.
    func render(url: URL, file: String, options: PDFReadOptions, pages: Set<Int>?, into directory: URL) throws(DocumentError) -> [URL]
}

/// Where the program's PDF reader is installed.
public enum PDFSupport {
    nonisolated(unsafe) public static var reader: (any PDFReading)?

    /// The installed reader, or the error a document meets without one.
    static func installed(file: String) throws(DocumentError) -> any PDFReading {
        guard let reader else { throw .unreadable(file: file, reason: "this program reads no PDFs (run it as peilstok-reader)") }
        return reader
    }
}
