internal import CLeptonica
import Foundation

extension GreyImage {
    /// The image turned so its text lines run level, and the angle (degrees) it was turned by.
    ///
    /// Leptonica measures the skew (`pixFindSkewAndDeskew`: the angle at which the lines' ink gives the sharpest
    /// row profile) and rotates the page back, filling the corners with white. Tesseract finds lines on a skewed
    /// page too, but on a wide paragraph a degree of skew carries a line into the next one and lines are lost.
    /// A page leptonica finds level, or cannot measure, comes back as it was, with angle 0.
    func levelled() -> (image: GreyImage, angle: Double) {
        guard case .success(let library) = OCRLibrary.shared else { return (self, 0) }
        Self.quietLeptonica(library)
        guard width > 8, height > 8, let source = library.pixCreate(Int32(width), Int32(height), 8),
              let sourceData = library.pixGetData(source) else { return (self, 0) }
        var ownedSource = Optional(source)
        defer { library.pixDestroy(&ownedSource) }
        copy(into: sourceData, wordsPerLine: Int(library.pixGetWpl(source)))
        var (angle, confidence): (Float, Float) = (0, 0)
        guard let turned = library.pixFindSkewAndDeskew(source, 2, &angle, &confidence) else { return (self, 0) }
        var ownedTurned = Optional(turned)
        defer { library.pixDestroy(&ownedTurned) }
        guard angle != 0, library.pixGetDepth(turned) == 8, library.pixGetWidth(turned) == Int32(width), library.pixGetHeight(turned) == Int32(height),
              let turnedData = library.pixGetData(turned) else { return (self, 0) }
        var result = self
        result.copy(from: turnedData, wordsPerLine: Int(library.pixGetWpl(turned)))
        return (result, Double(angle))
    }

    /// The boxes (pixels) of the image's runs of ink that read as lines of text: its ink, with the gaps between
    /// letters and words up to `gap` pixels wide closed (`pixCloseBrick`), cut into connected pieces
    /// (`pixConnCompBB`). A piece may also be a picture or a rule; the caller tells them apart.
    func inkLines(gap: Int) -> [(x: Int, y: Int, width: Int, height: Int)] {
        guard case .success(let library) = OCRLibrary.shared else { return [] }
        Self.quietLeptonica(library)
        guard width > 8, height > 8, gap > 0, let grey = library.pixCreate(Int32(width), Int32(height), 8),
              let greyData = library.pixGetData(grey) else { return [] }
        var ownedGrey = Optional(grey)
        defer { library.pixDestroy(&ownedGrey) }
        copy(into: greyData, wordsPerLine: Int(library.pixGetWpl(grey)))
        guard let ink = library.pixConvertTo1(grey, Int32(InkWeight.inkLevel)) else { return [] }
        var ownedInk = Optional(ink)
        defer { library.pixDestroy(&ownedInk) }
        guard let closed = library.pixCloseBrick(nil, ink, Int32(gap), 1) else { return [] }
        var ownedClosed = Optional(closed)
        defer { library.pixDestroy(&ownedClosed) }
        guard let pieces = library.pixConnCompBB(closed, 8) else { return [] }
        var ownedPieces = Optional(pieces)
        defer { library.boxaDestroy(&ownedPieces) }
        return (0..<library.boxaGetCount(pieces)).compactMap { index in
            var (x, y, width, height): (Int32, Int32, Int32, Int32) = (0, 0, 0, 0)
            guard library.boxaGetBoxGeometry(pieces, index, &x, &y, &width, &height) == 0 else { return nil }
            return (Int(x), Int(y), Int(width), Int(height))
        }
    }

    /// Leptonica keeps an 8-bit image's pixels four to a 32-bit word, the first in the word's high byte: on a
    /// little-endian machine pixel x of a row is byte x ^ 3 of it.
    private static let byteOrderMask = 1.littleEndian == 1 ? 3 : 0

    private func copy(into data: UnsafeMutablePointer<UInt32>, wordsPerLine: Int) {
        pixels.withUnsafeBufferPointer { grey in
            for row in 0..<height {
                let line = UnsafeMutableRawPointer(data + row * wordsPerLine).assumingMemoryBound(to: UInt8.self)
                for column in 0..<width { line[column ^ Self.byteOrderMask] = grey[row * width + column] }
            }
        }
    }

    private mutating func copy(from data: UnsafeMutablePointer<UInt32>, wordsPerLine: Int) {
        let (width, height) = (self.width, self.height)
        pixels.withUnsafeMutableBufferPointer { grey in
            for row in 0..<height {
                let line = UnsafeRawPointer(data + row * wordsPerLine).assumingMemoryBound(to: UInt8.self)
                for column in 0..<width { grey[row * width + column] = line[column ^ Self.byteOrderMask] }
            }
        }
    }

    /// A page too blank to measure, or with no ink at all, is no error; leptonica would say so on standard error.
    private static func quietLeptonica(_ library: OCRLibrary) {
        _ = library.setMsgSeverity(Int32(L_SEVERITY_NONE))
    }
}
