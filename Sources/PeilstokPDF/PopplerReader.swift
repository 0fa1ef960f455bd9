import Foundation
import Peilstok

/// The PDF reader through poppler-glib, which `peilstok-reader` and the tests install in `PDFSupport.reader`.
public struct PopplerReader: PDFReading {
    public init() {}

    public func read(url: URL, file: String, options: PDFReadOptions) throws(DocumentError) -> TextDocument {
        try PDFExtractor(options: options).extract(url: url, file: file).document
    }

    public func render(url: URL, file: String, options: PDFReadOptions, pages: Set<Int>?, into directory: URL) throws(DocumentError) -> [URL] {
        try PageRenderer.render(url: url, file: file, options: options, pages: pages, into: directory)
    }
}
