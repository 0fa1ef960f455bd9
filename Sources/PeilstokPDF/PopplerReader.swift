import Foundation
import Peilstok

/// The PDF reader through poppler-glib, which `peilstok-reader` and the tests install in `PDFSupport.reader`.
public struct PopplerReader: PDFReading {
    public init() {}

    public func read(url: URL, file: String, password: String?) throws(DocumentError) -> TextDocument {
        try PDFExtractor().extract(url: url, file: file, password: password).document
    }

    public func render(url: URL, file: String, password: String?, pages: Set<Int>?, into directory: URL) throws(DocumentError) -> [URL] {
        try PageRenderer.render(url: url, file: file, password: password, pages: pages, into: directory)
    }
}
