internal import CTesseract
import Foundation
import Peilstok

/// One Tesseract instance (`TessBaseAPI`), owning its handle: made with a language model, ended and deleted on deinit.
///
/// Not thread-safe: one engine per thread (the extractor makes one per document it OCRs).
final class TesseractEngine {
    /// A recognised word: its text, its box in pixels of the image, its confidence (0–100), and its size in points
    /// as Tesseract estimates it from its line.
    struct RecognisedWord {
        var text: String
        var box: Box
        var pointSize: Double
        var confidence: Double
        /// Which text line of the page (counted from 0) the word is on.
        var line: Int
    }

    /// A page's words, and the angle (radians) Tesseract found its lines skewed by.
    struct Page {
        var words: [RecognisedWord]
        var deskewAngle: Double
    }

    private let handle: OpaquePointer

    /// Calls `TessBaseAPICreate` and `TessBaseAPIInit3` with `languages` ("nld", "nld+eng") from the system's tessdata.
    init(languages: String, file: String) throws(DocumentError) {
        guard let handle = TessBaseAPICreate() else { throw .unreadable(file: file, reason: "OCR: Tesseract could not start") }
        guard TessBaseAPIInit3(handle, nil, languages) == 0 else {
            TessBaseAPIDelete(handle)
            throw .unreadable(file: file, reason: "OCR: no Tesseract language data for '\(languages)' (install tesseract-ocr-nld)")
        }
        // Quiet: no "Estimating resolution" or debug lines on standard error.
        _ = TessBaseAPISetVariable(handle, "debug_file", "/dev/null")
        TessBaseAPISetPageSegMode(handle, PSM_AUTO)
        self.handle = handle
    }

    deinit {
        TessBaseAPIEnd(handle)
        TessBaseAPIDelete(handle)
    }

    /// Recognises an 8-bit grey image (`TessBaseAPISetImage`, `TessBaseAPIRecognize` with a deadline) and walks its words
    /// with a result iterator; `nil` when the deadline passed first.
    func recognise(grey: [UInt8], width: Int, height: Int, dpi: Int, deadlineMilliseconds: Int) -> Page? {
        // Tesseract's OpenMP threads spin on the cores the other workers use and make a page several times slower.
        omp_set_num_threads(1)
        omp_set_dynamic(1)
        grey.withUnsafeBufferPointer { pixels in
            TessBaseAPISetImage(handle, pixels.baseAddress, Int32(width), Int32(height), 1, Int32(width))
        }
        TessBaseAPISetSourceResolution(handle, Int32(dpi))
        defer { TessBaseAPIClear(handle) }
        guard let monitor = TessMonitorCreate() else { return nil }
        defer { TessMonitorDelete(monitor) }
        TessMonitorSetDeadlineMSecs(monitor, Int32(clamping: deadlineMilliseconds))
        guard TessBaseAPIRecognize(handle, monitor) == 0 else { return nil }
        guard let iterator = TessBaseAPIGetIterator(handle) else { return Page(words: [], deskewAngle: 0) }
        defer { TessResultIteratorDelete(iterator) }
        let pages = TessResultIteratorGetPageIterator(iterator)
        var (orientation, direction, order, deskew) = (ORIENTATION_PAGE_UP, WRITING_DIRECTION_LEFT_TO_RIGHT,
                                                       TEXTLINE_ORDER_TOP_TO_BOTTOM, Float(0))
        TessPageIteratorOrientation(pages, &orientation, &direction, &order, &deskew)

        var words: [RecognisedWord] = []
        var line = -1
        repeat {
            if TessPageIteratorIsAtBeginningOf(pages, RIL_TEXTLINE) != 0 { line += 1 }
            guard let text = TessResultIteratorGetUTF8Text(iterator, RIL_WORD) else { continue }
            defer { TessDeleteText(text) }
            let word = String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !word.isEmpty, let box = Self.box(pages, RIL_WORD) else { continue }
            var (bold, italic, underlined, monospace, serif, smallCaps): (Int32, Int32, Int32, Int32, Int32, Int32) = (0, 0, 0, 0, 0, 0)
            var (pointSize, font): (Int32, Int32) = (0, 0)
            _ = TessResultIteratorWordFontAttributes(iterator, &bold, &italic, &underlined, &monospace, &serif, &smallCaps,
                                                     &pointSize, &font)
            words.append(RecognisedWord(text: word, box: box, pointSize: Double(pointSize),
                                        confidence: Double(TessResultIteratorConfidence(iterator, RIL_WORD)), line: max(0, line)))
        } while TessResultIteratorNext(iterator, RIL_WORD) != 0
        return Page(words: words, deskewAngle: Double(deskew))
    }

    private static func box(_ iterator: OpaquePointer?, _ level: TessPageIteratorLevel) -> Box? {
        var (left, top, right, bottom): (Int32, Int32, Int32, Int32) = (0, 0, 0, 0)
        guard TessPageIteratorBoundingBox(iterator, level, &left, &top, &right, &bottom) != 0 else { return nil }
        return Box(x0: Double(left), y0: Double(top), x1: Double(right), y1: Double(bottom))
    }
}
