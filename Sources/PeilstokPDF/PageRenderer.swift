internal import CPoppler
import Foundation
import Peilstok

/// Renders PDF pages to PNG through poppler and cairo, with peilstok's blocks outlined and numbered in reading order.
public enum PageRenderer {
    /// Writes `page-N.png` for each page (or only `pages`) into `directory`; returns the files written.
    public static func render(url: URL, file: String, options: PDFReadOptions, pages wanted: Set<Int>? = nil,
                              scale: Double = 1.5, into directory: URL) throws(DocumentError) -> [URL] {
        let layout = try PDFExtractor(options: options).extract(url: url, file: file).pages
        let document = try PopplerDocument(url: url, file: file, password: options.password)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .unreadable(file: directory.path, reason: "cannot create the directory: \(error.localizedDescription)")
        }
        var written: [URL] = []
        for page in layout where wanted?.contains(page.number) ?? true {
            guard let poppler = document.page(page.number - 1) else { continue }
            let target = directory.appending(path: "page-\(page.number).png")
            try draw(poppler, blocks: page.blocks, width: page.width, height: page.height, scale: scale, to: target, file: file)
            written.append(target)
        }
        return written
    }

    /// Calls `poppler_page_render` on a cairo image surface, strokes each block and writes the PNG;
    /// the surface and context are destroyed on every path.
    private static func draw(_ page: PopplerPage, blocks: [TextBlock], width: Double, height: Double, scale: Double,
                             to target: URL, file: String) throws(DocumentError) {
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width * scale), Int32(height * scale)) else {
            throw .unreadable(file: file, reason: "cairo could not make an image surface")
        }
        defer { cairo_surface_destroy(surface) }
        guard let cairo = cairo_create(surface) else { throw .unreadable(file: file, reason: "cairo could not draw") }
        defer { cairo_destroy(cairo) }
        cairo_set_source_rgb(cairo, 1, 1, 1)
        cairo_paint(cairo)
        cairo_scale(cairo, scale, scale)
        page.render(cairo)
        cairo_set_line_width(cairo, 1)
        cairo_select_font_face(cairo, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD)
        cairo_set_font_size(cairo, 9)
        for (index, block) in blocks.enumerated() {
            cairo_set_source_rgba(cairo, 0.85, 0.1, 0.1, 0.9)
            cairo_rectangle(cairo, block.box.x0 - 2, block.box.y0 - 2, block.box.width + 4, block.box.height + 4)
            cairo_stroke(cairo)
            cairo_move_to(cairo, block.box.x0 - 2, block.box.y0 - 4)
            cairo_show_text(cairo, "\(index + 1)")
        }
        let status = cairo_surface_write_to_png(surface, target.path)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .unreadable(file: target.path, reason: "cannot write the PNG (cairo status \(status.rawValue))")
        }
    }
}
