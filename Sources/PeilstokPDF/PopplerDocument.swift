internal import CPoppler
import Foundation
import Peilstok

/// A PDF opened by poppler-glib. Owns its `PopplerDocument`; only Sendable values leave it.
final class PopplerDocument {
    private let document: OpaquePointer
    let file: String

    /// Calls `poppler_document_new_from_file`, first without a password, so a PDF that needs none (or only an
    /// owner password) opens whatever `password` is; then, if it is encrypted, with `password`. A `GError` becomes a
    /// `DocumentError` naming the file.
    init(url: URL, file: String, password: String?) throws(DocumentError) {
        var error: UnsafeMutablePointer<GError>?
        guard let uri = g_filename_to_uri(url.path, nil, &error) else {
            throw .unreadable(file: file, reason: Self.consume(error) ?? "cannot make a file URI")
        }
        defer { g_free(uri) }
        if let opened = poppler_document_new_from_file(uri, nil, &error) {
            document = opened
            self.file = file
            return
        }
        guard peilstok_is_encrypted_error(error) != 0 else {
            throw .unreadable(file: file, reason: "not a readable PDF (\(Self.consume(error) ?? "poppler gave no reason"))")
        }
        _ = Self.consume(error)
        error = nil
        guard let password else { throw .encrypted(file: file) }
        guard let opened = poppler_document_new_from_file(uri, password, &error) else {
            _ = Self.consume(error)
            throw .unreadable(file: file, reason: "the password does not open it")
        }
        document = opened
        self.file = file
    }

    deinit { peilstok_object_unref(UnsafeMutableRawPointer(document)) }

    /// Calls `poppler_document_get_n_pages`.
    var pageCount: Int { Int(poppler_document_get_n_pages(document)) }

    /// The page at a 0-based index; the page keeps this document alive.
    func page(_ index: Int) -> PopplerPage? {
        guard let page = poppler_document_get_page(document, Int32(index)) else { return nil }
        return PopplerPage(page: page, document: self)
    }

    var metadata: PDFMetadata {
        var created: String?
        if let date = poppler_document_get_creation_date_time(document) {
            if let text = g_date_time_format_iso8601(date) {
                created = String(cString: text)
                g_free(text)
            }
            g_date_time_unref(date)
        }
        return PDFMetadata(title: Self.take(poppler_document_get_title(document)),
                           author: Self.take(poppler_document_get_author(document)),
                           creator: Self.take(poppler_document_get_creator(document)),
                           creationDate: created, pageCount: pageCount)
    }

    /// A string poppler allocated, copied and released with `g_free`; empty strings become `nil`.
    static func take(_ pointer: UnsafeMutablePointer<gchar>?) -> String? {
        guard let pointer else { return nil }
        defer { g_free(pointer) }
        let text = String(cString: pointer).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// The message of a `GError`, which is then freed with `g_error_free`.
    private static func consume(_ error: UnsafeMutablePointer<GError>?) -> String? {
        guard let error else { return nil }
        defer { g_error_free(error) }
        return error.pointee.message.map { String(cString: $0) }
    }
}
