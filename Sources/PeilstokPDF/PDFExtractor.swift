import Foundation
import Peilstok

/// Reads a PDF through poppler-glib into lines in reading order, each with the page and box it came from.
///
/// A page without a usable text layer is rendered and read by Tesseract (as `options.ocr` says); its words enter
/// the same model as text-layer words. Each page is cut into blocks by XY-cut; a blank line separates blocks. In the
/// top and bottom margins, running headers and footers (the same text at the same height on most pages) and bare
/// page numbers are left out.
struct PDFExtractor {
    var options: PDFReadOptions
    /// The narrowest white space between columns and between bands, in points.
    var columnGap = 9.0
    var rowGap = 9.0
    /// Share of pages a line must repeat on, at the same height, to count as a running header or footer.
    var runningShare = 0.5
    /// Height of the top and bottom margins where a bare number is a page number, as a share of the page.
    var margin = 0.08

    func extract(url: URL, file: String) throws(DocumentError) -> (document: TextDocument, pages: [PageLayout]) {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw .unreadable(file: file, reason: error.localizedDescription) }
        if data.isEmpty { throw .empty(file: file) }
        guard data.prefix(1024).range(of: Data("%PDF-".utf8)) != nil else {
            throw .unreadable(file: file, reason: "not a PDF (no %PDF- header)")
        }
        let pdf = try PopplerDocument(url: url, file: file, password: options.password)
        var metadata = pdf.metadata
        guard metadata.pageCount > 0 else { throw .unreadable(file: file, reason: "the PDF has no pages") }

        let reads = try readPages(of: pdf, count: metadata.pageCount, url: url, file: file)
        var pages: [PageLayout] = []
        var warnings: [String] = []
        var (unloaded, scanned) = (0, 0)
        var ocrPages: [Int] = []
        for (index, read) in reads.enumerated() {
            warnings += read.warnings
            if read.scanned { scanned += 1 }
            guard let layout = read.layout else {
                unloaded += 1
                continue
            }
            if layout.ocr { ocrPages.append(index + 1) }
            pages.append(layout)
        }
        if !ocrPages.isEmpty { metadata.ocrPages = ocrPages }
        let (kept, furniture) = separatingRunningLines(pages)

        var lines: [String] = []
        var documentPages: [DocumentPage] = []
        // Each block's lines and a blank line after it: the document's line numbers, page by page.
        var firstLine: [Int] = []
        var count = 0
        for page in kept {
            firstLine.append(count + 1)
            count += page.blocks.reduce(0) { $0 + $1.lines.count + 1 }
        }
        let built = Array(zip(zip(kept, furniture), firstLine)).concurrentMap(threads: options.pageThreads) { item in
            let ((page, moved), first) = item
            var number = first
            var texts: [String] = []
            var blocks: [DocumentBlock] = []
            for block in page.blocks {
                var blockLines: [DocumentLine] = []
                for line in block.lines {
                    let spans = line.spans.map { StyledSpan(text: UnicodeCleanup.clean($0.text), style: $0.style, box: $0.box) }
                    texts.append(spans.map(\.text).joined(separator: " "))
                    blockLines.append(DocumentLine(number: number, spans: spans, box: line.box, confidence: line.confidence))
                    number += 1
                }
                texts.append("")
                number += 1
                blocks.append(DocumentBlock(lines: blockLines, box: block.box))
            }
            let furnitureLines = moved.map { DocumentLine(number: 0, spans: $0.spans, box: $0.box) }
            return (texts, DocumentPage(number: page.number, width: page.width, height: page.height, blocks: blocks,
                                        furniture: furnitureLines, ocr: page.ocr))
        }
        for (texts, page) in built {
            lines += texts
            documentPages.append(page)
        }
        if lines.allSatisfy(\.isEmpty) {
            if scanned > 0 {
                throw .unreadable(file: file, reason: options.ocr == .never
                    ? "a scanned PDF: its pages are images without a text layer (--ocr never)"
                    : "a scanned PDF, and OCR found no text on its pages")
            }
            if unloaded > 0 { throw .unreadable(file: file, reason: "damaged: poppler could not load \(unloaded) of its \(metadata.pageCount) pages and the rest hold no text") }
            throw .unreadable(file: file, reason: "no text on any page: a blank or damaged PDF")
        }
        var document = TextDocument(source: SourceInfo(file: file, sha256: data.sha256Hex, format: .pdf, encoding: "PDF"),
                                    lines: lines, pages: documentPages, warnings: warnings)
        document.pdf = metadata
        return (document, kept)
    }

    /// What reading one page came to: its layout (`nil` when poppler could not load it) and its warnings.
    private struct PageRead {
        var layout: PageLayout?
        var warnings: [String] = []
        var scanned = false
    }

    /// Every page read, in page order. With `options.pageThreads` above one, the pages are shared among that many
    /// threads, each with a poppler document and an OCR engine of its own; the result is the same.
    private func readPages(of pdf: PopplerDocument, count: Int, url: URL, file: String) throws(DocumentError) -> [PageRead] {
        let threads = min(max(1, options.pageThreads), count)
        guard threads > 1 else {
            var reader: PageOCR?
            var reads: [PageRead] = []
            for index in 0..<count { reads.append(try readPage(index, of: pdf, file: file, reader: &reader)) }
            return reads
        }
        let results = PageResults(count: count)
        // Only thread 0 touches the document already open; the others open their own.
        nonisolated(unsafe) let opened = pdf
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            let document: PopplerDocument
            do throws(DocumentError) {
                document = thread == 0 ? opened : try PopplerDocument(url: url, file: file, password: options.password)
            } catch {
                results.fail(error)
                return
            }
            var reader: PageOCR?
            // Each thread takes the next page not yet taken: pages differ in cost (a text page, a page of icons, a
            // scan), so a fixed share would leave one thread working alone.
            while let index = results.take() {
                do throws(DocumentError) { results.set(index, try readPage(index, of: document, file: file, reader: &reader)) } catch {
                    results.fail(error)
                }
            }
        }
        return try results.all()
    }

    /// One page read: its glyphs turned upright, words found, and OCR'd when `options.ocr` and its text layer say so
    /// (with `reader`, made when a page first needs it).
    private func readPage(_ index: Int, of pdf: PopplerDocument, file: String, reader: inout PageOCR?) throws(DocumentError) -> PageRead {
        PageProgress.reading(page: index + 1)
        guard let page = pdf.page(index) else {
            return PageRead(layout: nil, warnings: ["page \(index + 1): poppler could not load it"])
        }
        var read = PageRead()
        var glyphs = page.glyphs()
        var size = page.size
        let direction = TextDirection.of(glyphs)
        if direction != .leftToRight {
            (glyphs, size.width, size.height) = direction.turned(glyphs, width: size.width, height: size.height)
        }
        var words = Word.words(from: glyphs)
        let verdict = TextLayerCheck.verdict(words, rules: options.ocrRules)
        var ocr = false
        if options.ocr == .always || (options.ocr == .auto && verdict != .usable) {
            var ocrReader = reader ?? PageOCR(rules: options.ocrRules, file: file)
            defer { reader = ocrReader }
            switch try ocrReader.read(page, number: index + 1) {
            case .read(let found):
                (words, ocr) = (found, true)
                size = page.size
            case .gaveUp(let warning):
                read.warnings.append(warning)
                if verdict != .usable { words = [] }
            }
            if case .unusable(let reason) = verdict { read.warnings.append("page \(index + 1): text layer unusable (\(reason)), read by OCR") }
        }
        if words.isEmpty, page.hasImages {
            read.warnings.append(options.ocr == .never ? "page \(index + 1): no text layer, only images — a scanned page, not read (--ocr never)"
                                                       : "page \(index + 1): a scanned page, and OCR found no text on it")
            read.scanned = true
        } else if words.isEmpty {
            read.warnings.append("page \(index + 1): no text")
        }
        let cut = XYCut(columnGap: columnGap, rowGap: rowGap, preferColumns: true)
        read.layout = PageLayout(number: index + 1, width: size.width, height: size.height, blocks: cut.blocks(words), ocr: ocr)
        return read
    }

    /// The pages still to read, their reads as threads finish them, and the first error one of them met.
    private final class PageResults: @unchecked Sendable {
        private let lock = NSLock()
        private var reads: [PageRead?]
        private var next = 0
        private var error: DocumentError?

        init(count: Int) { reads = Array(repeating: nil, count: count) }

        /// The next page to read, in page order; `nil` when none is left or a thread failed.
        func take() -> Int? {
            lock.withLock {
                guard error == nil, next < reads.count else { return nil }
                next += 1
                return next - 1
            }
        }

        func set(_ index: Int, _ read: PageRead) { lock.withLock { reads[index] = read } }

        func fail(_ failure: DocumentError) { lock.withLock { if error == nil { error = failure } } }

        func all() throws(DocumentError) -> [PageRead] {
            if let error { throw error }
            return reads.map { $0 ?? PageRead(layout: nil) }
        }
    }

    /// Pages without lines repeated at the same height on most pages and without page numbers in the margins,
    /// and, per page, the lines taken out.
    private func separatingRunningLines(_ pages: [PageLayout]) -> (pages: [PageLayout], furniture: [[TextBlock.Line]]) {
        @Sendable func key(_ line: TextBlock.Line) -> String {
            let shape = String(line.text.map { $0.isNumber ? "#" : $0 })
            return "\(Int((line.box.y0 / 4).rounded()))|\(shape)"
        }
        let margin = self.margin
        @Sendable func inMargin(_ line: TextBlock.Line, _ page: PageLayout) -> Bool {
            line.box.y1 < page.height * margin || line.box.y0 > page.height * (1 - margin)
        }
        let threads = options.pageThreads
        // Each page's margin lines with their keys, made once (on every page thread).
        let margins = pages.concurrentMap(threads: threads) { page in
            page.blocks.flatMap(\.lines).filter { inMargin($0, page) }.map { (line: $0, key: key($0)) }
        }
        var counts: [String: Int] = [:]
        for lines in margins {
            for line in Set(lines.map(\.key)) { counts[line, default: 0] += 1 }
        }
        let repeated = pages.count >= 3 ? Set(counts.filter { Double($0.value) >= runningShare * Double(pages.count) }.keys) : []
        let scanned = ScannedRunningLines(tolerance: OCRTolerance(rules: options.ocrRules), share: runningShare)
            .running(zip(pages, margins).map { page, lines in page.ocr ? lines.map(\.line) : [] })
        let separated = Array(zip(zip(pages, margins), scanned)).concurrentMap(threads: threads) { item in
            let ((page, marginLines), scanned) = item
            // The margin lines taken out, by their place among the page's margin lines (in reading order).
            let running = marginLines.map { line, key in
                repeated.contains(key) || (!scanned.isEmpty && scanned.contains(line)) || RunningLines.isPageNumber(line.text)
            }
            var next = 0
            var kept = page
            var moved: [TextBlock.Line] = []
            kept.blocks = page.blocks.compactMap { block in
                var block = block
                block.lines = block.lines.filter { line in
                    guard inMargin(line, page) else { return true }
                    defer { next += 1 }
                    if running[next] { moved.append(line) }
                    return !running[next]
                }
                return block.lines.isEmpty ? nil : block
            }
            return (kept, moved)
        }
        return (separated.map(\.0), separated.map(\.1))
    }
}
