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
        /// Read the same a second time, on its own: a real word, however doubtful (specks and icons read differently).
        var confirmed = false
    }

    /// A page's words, and the angle (radians) Tesseract found its lines skewed by.
    struct Page {
        var words: [RecognisedWord]
        var deskewAngle: Double
        /// The words read again, each place on its own (see `recognise`), in the order the places were given.
        var rereads: [RecognisedWord] = []
    }

    private let library: OCRLibrary
    private let handle: OpaquePointer

    /// Calls `TessBaseAPICreate` and `TessBaseAPIInit3` with `languages` ("nld", "nld+eng") from the system's tessdata.
    init(languages: String, file: String) throws(DocumentError) {
        let library: OCRLibrary
        switch OCRLibrary.shared {
        case .success(let opened): library = opened
        case .failure(let error): throw .unreadable(file: file, reason: "OCR: \(error)")
        }
        self.library = library
        guard let handle = library.baseAPICreate() else { throw .unreadable(file: file, reason: "OCR: Tesseract could not start") }
        guard library.baseAPIInit3(handle, nil, languages) == 0 else {
            library.baseAPIDelete(handle)
            throw .unreadable(file: file, reason: "OCR: no Tesseract language data for '\(languages)' (install tesseract-ocr-nld)")
        }
        // Quiet: no "Estimating resolution" or debug lines on standard error.
        _ = library.baseAPISetVariable(handle, "debug_file", "/dev/null")
        library.baseAPISetPageSegMode(handle, PSM_AUTO)
        self.handle = handle
    }

    deinit {
        library.baseAPIEnd(handle)
        library.baseAPIDelete(handle)
    }

    /// Recognises an 8-bit grey image (`TessBaseAPISetImage`, `TessBaseAPIRecognize` with a deadline) and walks its words
    /// with a result iterator; `nil` when the deadline passed first.
    ///
    /// Tesseract's layout analysis now and then loses a whole line, most often a large title, or misreads a word it
    /// took together with a rule or a box's edge. `rereading` is given the page's words and names the places (boxes
    /// in pixels, clipped here to the image) worth a second look; each is read again on its own as one block of
    /// text (`TessBaseAPISetRectangle`, `PSM_SINGLE_BLOCK`: a place may hold two lines whose letters touch), into
    /// `rereads`.
    func recognise(grey: [UInt8], width: Int, height: Int, dpi: Int, deadlineMilliseconds: Int,
                   rereading: ([RecognisedWord]) -> [Box]) -> Page? {
        // Tesseract's OpenMP threads spin on the cores the other workers use and make a page several times slower.
        library.ompSetNumThreads(1)
        library.ompSetDynamic(1)
        grey.withUnsafeBufferPointer { pixels in
            library.baseAPISetImage(handle, pixels.baseAddress, Int32(width), Int32(height), 1, Int32(width))
        }
        library.baseAPISetSourceResolution(handle, Int32(dpi))
        defer {
            library.baseAPIClear(handle)
            library.baseAPISetPageSegMode(handle, PSM_AUTO)
        }
        guard let monitor = library.monitorCreate() else { return nil }
        defer { library.monitorDelete(monitor) }
        library.monitorSetDeadlineMSecs(monitor, Int32(clamping: deadlineMilliseconds))
        guard library.baseAPIRecognize(handle, monitor) == 0 else { return nil }
        guard var page = readWords(firstLine: 0) else { return Page(words: [], deskewAngle: 0) }
        let regions = rereading(page.words)
        guard !regions.isEmpty else { return page }
        library.baseAPISetPageSegMode(handle, PSM_SINGLE_BLOCK)
        for region in regions {
            let (left, top) = (max(0, Int(region.x0)), max(0, Int(region.y0)))
            let (right, bottom) = (min(width, Int(region.x1.rounded(.up))), min(height, Int(region.y1.rounded(.up))))
            guard right > left, bottom > top else { continue }
            library.baseAPISetRectangle(handle, Int32(left), Int32(top), Int32(right - left), Int32(bottom - top))
            guard library.baseAPIRecognize(handle, monitor) == 0 else { return nil }
            let firstLine = ((page.rereads.last ?? page.words.last)?.line ?? -1) + 1
            page.rereads += readWords(firstLine: firstLine)?.words ?? []
        }
        return page
    }

    /// The words of the last recognition, their lines counted from `firstLine`, and the skew Tesseract found.
    private func readWords(firstLine: Int) -> Page? {
        guard let iterator = library.baseAPIGetIterator(handle) else { return nil }
        defer { library.resultIteratorDelete(iterator) }
        let pages = library.resultIteratorGetPageIterator(iterator)
        var (orientation, direction, order, deskew) = (ORIENTATION_PAGE_UP, WRITING_DIRECTION_LEFT_TO_RIGHT,
                                                       TEXTLINE_ORDER_TOP_TO_BOTTOM, Float(0))
        library.pageIteratorOrientation(pages, &orientation, &direction, &order, &deskew)

        var words: [RecognisedWord] = []
        var line = firstLine - 1
        repeat {
            if library.pageIteratorIsAtBeginningOf(pages, RIL_TEXTLINE) != 0 { line += 1 }
            guard let text = library.resultIteratorGetUTF8Text(iterator, RIL_WORD) else { continue }
            defer { library.deleteText(text) }
            let word = String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !word.isEmpty, let box = box(pages, RIL_WORD) else { continue }
            var (bold, italic, underlined, monospace, serif, smallCaps): (Int32, Int32, Int32, Int32, Int32, Int32) = (0, 0, 0, 0, 0, 0)
            var (pointSize, font): (Int32, Int32) = (0, 0)
            _ = library.resultIteratorWordFontAttributes(iterator, &bold, &italic, &underlined, &monospace, &serif, &smallCaps,
                                                     &pointSize, &font)
            words.append(RecognisedWord(text: word, box: box, pointSize: Double(pointSize),
                                        confidence: Double(library.resultIteratorConfidence(iterator, RIL_WORD)), line: max(firstLine, line)))
        } while library.resultIteratorNext(iterator, RIL_WORD) != 0
        return Page(words: words, deskewAngle: Double(deskew))
    }

    private func box(_ iterator: OpaquePointer?, _ level: TessPageIteratorLevel) -> Box? {
        var (left, top, right, bottom): (Int32, Int32, Int32, Int32) = (0, 0, 0, 0)
        guard library.pageIteratorBoundingBox(iterator, level, &left, &top, &right, &bottom) != 0 else { return nil }
        return Box(x0: Double(left), y0: Double(top), x1: Double(right), y1: Double(bottom))
    }
}
