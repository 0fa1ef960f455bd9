internal import CPoppler
import Foundation
import Peilstok

/// A page rendered to 8-bit grey for OCR: one byte per pixel, rows top to bottom.
struct GreyImage {
    var pixels: [UInt8]
    var width: Int
    var height: Int
    /// Pixels per PDF point.
    var scale: Double

    /// Renders `page` through poppler and cairo at `dpi` onto white, then to grey (ITU-R BT.601 weights);
    /// the cairo surface and context are destroyed on every path. `nil` when cairo cannot make the surface.
    static func render(_ page: PopplerPage, dpi: Int) -> GreyImage? {
        let scale = Double(dpi) / 72
        let size = page.size
        let width = Int((size.width * scale).rounded(.up))
        let height = Int((size.height * scale).rounded(.up))
        guard width > 0, height > 0, width * height <= 20_000 * 20_000,
              let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)) else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let cairo = cairo_create(surface) else { return nil }
        defer { cairo_destroy(cairo) }
        cairo_set_source_rgb(cairo, 1, 1, 1)
        cairo_paint(cairo)
        cairo_scale(cairo, scale, scale)
        page.render(cairo)
        cairo_surface_flush(surface)
        guard let data = cairo_image_surface_get_data(surface) else { return nil }
        let stride = Int(cairo_image_surface_get_stride(surface))
        var pixels = [UInt8](repeating: 255, count: width * height)
        pixels.withUnsafeMutableBufferPointer { grey in
            for row in 0..<height {
                let line = data + row * stride
                for column in 0..<width {
                    // RGB24 is a native-endian 32-bit word per pixel: on little-endian machines the bytes are B, G, R, x.
                    let pixel = UnsafeRawPointer(line + column * 4).loadUnaligned(as: UInt32.self)
                    let red = (pixel >> 16) & 0xFF, green = (pixel >> 8) & 0xFF, blue = pixel & 0xFF
                    grey[row * width + column] = UInt8((red * 299 + green * 587 + blue * 114) / 1000)
                }
            }
        }
        return GreyImage(pixels: pixels, width: width, height: height, scale: scale)
    }

    /// The image with ruled lines whitened: table borders and box edges, which OCR otherwise reads as "|", "‚" or
    /// "_" glued to the words beside them. A line is a run of ink at least `vertical` pixels tall (or `horizontal`
    /// wide), followed through a band five pixels wide so a skewed scan's lines are found whole, and thin: a run
    /// whose ink also lies three pixels to either side for most of its length is a filled area, and stays. Text never
    /// runs that far without a break.
    func erasingRules(vertical: Int, horizontal: Int) -> GreyImage {
        let (width, height) = (self.width, self.height)
        guard width > 8, height > 8 else { return self }
        var ink = [UInt8](repeating: 0, count: width * height)
        for index in 0..<(width * height) where pixels[index] < InkWeight.inkLevel { ink[index] = 1 }
        var erase = [(x: Int, y: Int, length: Int, upright: Bool)]()
        ink.withUnsafeBufferPointer { mask in
            let m = mask.baseAddress!
            // Upright runs, row by row: `runs[x]` counts the rows the band around column x has had ink in, and
            // `filled[x]` how many of them had ink four pixels left and right as well.
            var runs = [Int](repeating: 0, count: width)
            var filled = [Int](repeating: 0, count: width)
            for y in 0...height {
                let row = m + y * width
                for x in 4..<(width - 4) {
                    if y < height, row[x - 2] | row[x - 1] | row[x] | row[x + 1] | row[x + 2] != 0 {
                        runs[x] += 1
                        if row[x - 4] & row[x + 4] != 0 { filled[x] += 1 }
                        continue
                    }
                    if runs[x] >= vertical, filled[x] * 2 < runs[x] { erase.append((x, y - runs[x], runs[x], true)) }
                    runs[x] = 0
                    filled[x] = 0
                }
            }
            for y in 4..<(height - 4) {
                let rows = (-2...2).map { m + (y + $0) * width }
                let (farAbove, farBelow) = (m + (y - 4) * width, m + (y + 4) * width)
                var run = 0
                var filledRun = 0
                for x in 0...width {
                    if x < width, rows[0][x] | rows[1][x] | rows[2][x] | rows[3][x] | rows[4][x] != 0 {
                        run += 1
                        if farAbove[x] & farBelow[x] != 0 { filledRun += 1 }
                        continue
                    }
                    if run >= horizontal, filledRun * 2 < run { erase.append((x - run, y, run, false)) }
                    run = 0
                    filledRun = 0
                }
            }
        }
        var result = self
        result.pixels.withUnsafeMutableBufferPointer { target in
            let t = target.baseAddress!
            for line in erase {
                if line.upright {
                    for y in line.y..<(line.y + line.length) {
                        let row = t + y * width
                        for x in (line.x - 2)...(line.x + 2) { row[x] = 255 }
                    }
                } else {
                    for y in (line.y - 2)...(line.y + 2) {
                        let row = t + y * width
                        for x in line.x..<(line.x + line.length) { row[x] = 255 }
                    }
                }
            }
        }
        return result
    }
}
