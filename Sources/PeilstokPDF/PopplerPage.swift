internal import CPoppler
import Foundation
import Peilstok

/// One page of a `PopplerDocument`. Owns its `PopplerPage` and keeps the document alive.
final class PopplerPage {
    private let page: OpaquePointer
    private let document: PopplerDocument

    init(page: OpaquePointer, document: PopplerDocument) {
        self.page = page
        self.document = document
    }

    deinit { peilstok_object_unref(UnsafeMutableRawPointer(page)) }

    /// Calls `poppler_page_get_size`: width and height in points.
    var size: (width: Double, height: Double) {
        var width = 0.0
        var height = 0.0
        poppler_page_get_size(page, &width, &height)
        return (width, height)
    }

    /// True when the page shows at least one image; calls `poppler_page_get_image_mapping`.
    var hasImages: Bool {
        guard let mapping = poppler_page_get_image_mapping(page) else { return false }
        poppler_page_free_image_mapping(mapping)
        return true
    }

    /// Calls `poppler_page_render` onto a cairo context.
    func render(_ cairo: OpaquePointer) {
        poppler_page_render(page, cairo)
    }

    /// Every character with its box and font, from `poppler_page_get_text`, `poppler_page_get_text_layout`
    /// and `poppler_page_get_text_attributes`.
    func glyphs() -> [Glyph] {
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        guard poppler_page_get_text_layout(page, &rectangles, &count) != 0, let rectangles else { return [] }
        defer { g_free(rectangles) }
        guard let raw = poppler_page_get_text(page) else { return [] }
        defer { g_free(raw) }

        var fonts: [(start: Int, end: Int, size: Double, bold: Bool, italic: Bool, underlined: Bool, colour: Glyph.Colour?)] = []
        // A page names a few fonts over many runs: each name is read once.
        var weights: [String: (bold: Bool, italic: Bool)] = [:]
        if let attributes = poppler_page_get_text_attributes(page) {
            defer { poppler_page_free_text_attributes(attributes) }
            var node: UnsafeMutablePointer<GList>? = attributes
            while let current = node {
                let attribute = peilstok_attributes(current).pointee
                let name = attribute.font_name.map { String(cString: $0) } ?? ""
                let weight = weights[name] ?? {
                    let lowered = name.lowercased()
                    let weight = (["bold", "black", "heavy"].contains { lowered.contains($0) },
                                  ["italic", "oblique"].contains { lowered.contains($0) })
                    weights[name] = weight
                    return weight
                }()
                let colour = attribute.color
                fonts.append((Int(attribute.start_index), Int(attribute.end_index), attribute.font_size,
                              weight.bold, weight.italic, attribute.is_underlined != 0,
                              Self.colour(red: colour.red, green: colour.green, blue: colour.blue)))
                node = current.pointee.next
            }
        }

        // One layout rectangle per Unicode scalar of the page text.
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(Int(count))
        var fontIndex = 0
        for (index, scalar) in String(cString: raw).unicodeScalars.enumerated() where index < Int(count) {
            let rectangle = rectangles[index]
            while fontIndex < fonts.count, fonts[fontIndex].end < index { fontIndex += 1 }
            let font = fontIndex < fonts.count && fonts[fontIndex].start <= index ? fonts[fontIndex] : nil
            glyphs.append(Glyph(character: scalar,
                                // A rotated page may give a rectangle's corners the other way round.
                                box: Box(x0: min(rectangle.x1, rectangle.x2), y0: min(rectangle.y1, rectangle.y2),
                                         x1: max(rectangle.x1, rectangle.x2), y1: max(rectangle.y1, rectangle.y2)),
                                fontSize: font?.size ?? 0, bold: font?.bold ?? false, italic: font?.italic ?? false,
                                underlined: font?.underlined ?? false, colour: font?.colour))
        }
        return glyphs
    }

    /// A colour from poppler's 16-bit channels; `nil` for black, the colour of ordinary text.
    private static func colour(red: UInt16, green: UInt16, blue: UInt16) -> Glyph.Colour? {
        let (red, green, blue) = (UInt8(red >> 8), UInt8(green >> 8), UInt8(blue >> 8))
        guard max(red, green, blue) > 0x30 else { return nil }
        return Glyph.Colour(red: red, green: green, blue: blue)
    }
}
