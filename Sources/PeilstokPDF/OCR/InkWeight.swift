import Peilstok

/// Tells bold words of a scanned page from regular ones by their ink: the share of dark pixels in a word's box,
/// against the page's typical word. OCR gives no font; headings are told apart by weight as on a text layer.
enum InkWeight {
    /// A word is bold when its ink covers this much more of its box than the page's median word.
    static let boldRatio = 1.3
    /// Grey levels below this count as ink.
    static let inkLevel: UInt8 = 128

    /// Per word (text and box in pixels), whether it is set in a heavier weight than most words of the page.
    static func boldWords(_ words: [(text: String, box: Box)], in image: GreyImage) -> [Bool] {
        let densities = words.map { density(of: $0.box, in: image) }
        // The typical weight comes from words of several letters, which fill their boxes as body text does.
        let typical = zip(words, densities).filter { $0.0.text.count >= 4 }.map { $0.1 }.sorted()
        guard typical.count >= 5 else { return words.map { _ in false } }
        let median = typical[typical.count / 2]
        return zip(words, densities).map { word, density in
            word.text.contains(where: \.isLetter) && density > median * boldRatio
        }
    }

    /// The share of ink pixels in `box`, clipped to the image.
    static func density(of box: Box, in image: GreyImage) -> Double {
        let x0 = max(0, Int(box.x0)), x1 = min(image.width, Int(box.x1.rounded(.up)))
        let y0 = max(0, Int(box.y0)), y1 = min(image.height, Int(box.y1.rounded(.up)))
        guard x1 > x0, y1 > y0 else { return 0 }
        var ink = 0
        image.pixels.withUnsafeBufferPointer { pixels in
            for row in y0..<y1 {
                let start = row * image.width
                for column in x0..<x1 where pixels[start + column] < inkLevel { ink += 1 }
            }
        }
        return Double(ink) / Double((x1 - x0) * (y1 - y0))
    }
}
