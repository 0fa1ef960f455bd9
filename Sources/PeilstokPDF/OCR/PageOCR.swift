import Foundation
import Peilstok

/// Reads PDF pages by OCR: renders each through poppler and cairo, and turns Tesseract's words into words of the
/// page model, in PDF points. Starts Tesseract on the first page it reads, once per document.
struct PageOCR {
    enum Outcome {
        case read([Word])
        /// The page could not be read by OCR: the warning that says why.
        case gaveUp(String)
    }

    let rules: OCRRules
    let file: String
    private var engine: TesseractEngine?

    init(rules: OCRRules, file: String) {
        self.rules = rules
        self.file = file
    }

    mutating func read(_ page: PopplerPage, number: Int) throws(DocumentError) -> Outcome {
        if engine == nil { engine = try TesseractEngine(languages: rules.languages, file: file) }
        guard let engine else { return .gaveUp("page \(number): OCR could not start") }
        guard let rendered = GreyImage.render(page, dpi: rules.dpi) else {
            return .gaveUp("page \(number): could not be rendered for OCR")
        }
        // The page is turned level first; then ruled lines go: a third of an inch of unbroken ink upright, or more
        // than an inch across.
        let (levelled, turned) = rendered.levelled()
        let image = levelled.erasingRules(vertical: rules.dpi / 3, horizontal: rules.dpi * 6 / 5)
        guard let page = engine.recognise(grey: image.pixels, width: image.width, height: image.height, dpi: rules.dpi,
                                          deadlineMilliseconds: Int(rules.pageSeconds * 1000),
                                          rereading: { Self.lostLines(in: image, besides: $0, dpi: rules.dpi)
                                                       + Self.doubtfulWords($0, below: rules.minWordConfidence, dpi: rules.dpi) }) else {
            return .gaveUp("page \(number): OCR gave up after \(Int(rules.pageSeconds)) s (page_seconds in ocr.yml)")
        }
        let level = Deskew(angle: page.deskewAngle, centreX: Double(image.width) / 2, centreY: Double(image.height) / 2)
        var kept = Self.merging(page.words, rereads: page.rereads).compactMap(Self.trimmingMarks).filter { !Self.isRule($0) && !Self.isSpeck($0) }
        let sizes = kept.map(\.pointSize).filter { $0 > 0 }.sorted()
        let typicalSize = sizes.isEmpty ? 0 : sizes[sizes.count / 2]
        // Icons, logos and coloured bars read as large, doubtful words; doubtful words of body size are kept, as
        // a worn scan's text is doubtful too. A doubtful word read the same twice is kept.
        kept.removeAll { !$0.confirmed && $0.confidence < rules.minWordConfidence
            && ($0.pointSize >= typicalSize * 1.25 || $0.confidence < rules.minWordConfidence / 3) }
        kept.removeAll { $0.text.count <= 3 && $0.pointSize > 0 && $0.pointSize < typicalSize * 0.6 && $0.confidence < 90 }
        // A line whose words were read with little confidence on the whole is what shading or an icon gives; a line
        // of one lone letter is a panel's corner or a rule's end read as "L" or "l".
        let doubtfulLines = Set(Dictionary(grouping: kept, by: \.line).filter { _, words in
            words.count == 1 && Self.isLoneLetter(words[0].text)
                || !words.contains(where: \.confirmed)
                && words.map(\.confidence).reduce(0, +) / Double(words.count) < rules.minWordConfidence
        }.keys)
        kept.removeAll { doubtfulLines.contains($0.line) }
        for index in kept.indices where Self.isBullet(kept, index, in: image) { kept[index].text = "•" }
        let bold = InkWeight.boldWords(kept.map { ($0.text, $0.box) }, in: image)
        let boxes = Self.typeBoxes(kept.map { ($0.line, level.apply($0.box)) })
        let words = zip(kept.indices, kept).map { index, word in
            let box = boxes[index]
            return Word(text: word.text,
                        box: Box(x0: box.x0 / image.scale, y0: box.y0 / image.scale, x1: box.x1 / image.scale, y1: box.y1 / image.scale),
                        fontSize: word.pointSize > 0 ? word.pointSize : box.height / image.scale,
                        bold: bold[index], confidence: word.confidence)
        }
        let mean = kept.isEmpty ? 0 : kept.map(\.confidence).reduce(0, +) / Double(kept.count)
        Log.peilstok.info("OCR", metadata: ["file": "\(file)", "page": "\(number)", "words": "\(words.count)",
                                           "confidence": "\(Int(mean.rounded()))", "turned": "\(turned)", "deskew": "\(page.deskewAngle * 180 / .pi)"])
        return .read(words)
    }
}

extension PageOCR {
    /// The boxes of words read with a confidence below `minimum`, worth reading again on their own: a word read
    /// together with a box's edge or a rule under it is often read right alone. Only words as tall as small type.
    static func doubtfulWords(_ words: [TesseractEngine.RecognisedWord], below minimum: Double, dpi: Int) -> [Box] {
        let (shortest, margin) = (Double(dpi) / 30, Double(dpi) / 24)
        return words.filter { $0.confidence < minimum && $0.box.height >= shortest && isText($0.text) }
            .map { $0.box.grown(by: margin) }
    }

    /// The page's words with what a second reading found: a word read the same again is confirmed; a word read
    /// otherwise replaces the words it overlaps when it was read with more confidence than each of them, and a word
    /// where none was read is added.
    static func merging(_ words: [TesseractEngine.RecognisedWord], rereads: [TesseractEngine.RecognisedWord])
        -> [TesseractEngine.RecognisedWord] {
        var result = words
        for word in rereads where isText(word.text) {
            let overlapped = result.indices.filter { overlapShare(result[$0].box, word.box) > 0.5 }
            if overlapped.count == 1, result[overlapped[0]].text == word.text {
                result[overlapped[0]].confirmed = true
                continue
            }
            guard overlapped.allSatisfy({ result[$0].confidence < word.confidence }) else { continue }
            let replaced = Set(overlapped)
            result = result.indices.filter { !replaced.contains($0) }.map { result[$0] } + [word]
        }
        return result
    }

    /// How much of the smaller of two boxes the other covers, 0–1.
    static func overlapShare(_ a: Box, _ b: Box) -> Double {
        let width = min(a.x1, b.x1) - max(a.x0, b.x0), height = min(a.y1, b.y1) - max(a.y0, b.y0)
        guard width > 0, height > 0 else { return 0 }
        return width * height / max(1, min(a.width * a.height, b.width * b.height))
    }

    /// Where Tesseract's layout analysis may have lost a line (it drops a large title now and then, and a sign
    /// standing alone, like the "€" over a paragraph): runs of ink shaped like a line of text that no word it read
    /// touches, padded by a little white. A run is as tall as small type to a large title, wider than tall or a
    /// glyph of body type (up to a sixth of an inch), and not solid (a filled icon or bar is mostly ink, text is
    /// not); the letters and words of a line join into one run across gaps of a twelfth of an inch.
    static func lostLines(in image: GreyImage, besides words: [TesseractEngine.RecognisedWord], dpi: Int) -> [Box] {
        let gap = max(1, dpi / 12)
        let (shortest, tallest, glyph) = (Double(dpi) / 30, Double(dpi) * 40 / 72, Double(dpi) / 6)
        let read = words.map { $0.box.grown(by: 2) }
        var lost: [Box] = []
        for run in image.inkLines(gap: gap) {
            let box = Box(x0: Double(run.x), y0: Double(run.y), x1: Double(run.x + run.width), y1: Double(run.y + run.height))
            guard box.height >= shortest, box.height <= tallest,
                  box.width >= box.height || (box.height <= glyph && box.width >= box.height * 0.4),
                  !read.contains(where: { $0.intersects(box) }),
                  InkWeight.density(of: box, in: image) < 0.5 else { continue }
            lost.append(box.grown(by: Double(gap) / 2))
        }
        return lost
    }

    /// Boxes as a text layer gives them: OCR boxes hold only a word's ink ("-" is a few pixels tall), a text layer's
    /// span the line from ascender to descender and include the letters' side bearings. Each word gets its line's
    /// height (the median top and bottom of the line's full-height words), stretched by a tenth above and a fifth
    /// below (the ink of most words stops at the baseline; the type's body does not), and a twentieth of it on
    /// either side. A line's full height is that of its taller words, not its tallest: a speck or an icon read as a
    /// tall word on the line would stretch every box of it over the next line.
    static func typeBoxes(_ words: [(line: Int, box: Box)]) -> [Box] {
        var extents: [Int: (top: Double, bottom: Double)] = [:]
        for (line, members) in Dictionary(grouping: words.indices, by: { words[$0].line }) {
            let heights = members.map { words[$0].box.height }.sorted()
            let median = heights[heights.count / 2]
            let tall = heights.last { $0 <= median * 1.5 } ?? median
            let full = members.filter { words[$0].box.height >= tall * 0.7 && words[$0].box.height <= tall * 1.3 }
            let tops = full.map { words[$0].box.y0 }.sorted()
            let bottoms = full.map { words[$0].box.y1 }.sorted()
            extents[line] = (tops[tops.count / 2], bottoms[bottoms.count / 2])
        }
        return words.map { word in
            guard let extent = extents[word.line] else { return word.box }
            let height = extent.bottom - extent.top
            return Box(x0: word.box.x0 - height * 0.05, y0: extent.top - height * 0.1,
                       x1: word.box.x1 + height * 0.05, y1: extent.bottom + height * 0.2)
        }
    }

    /// True when `text` holds a letter, a digit or a currency sign ("€" alone heads a factsheet's paragraph on
    /// financing), as any text does and marks read from lines and specks do not.
    static func isText(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.isLetterOrDigit || $0.properties.generalCategory == .currencySymbol }
    }

    /// One letter and nothing else: no line of text stands so.
    static func isLoneLetter(_ text: String) -> Bool {
        text.count == 1 && text.unicodeScalars.allSatisfy(\.isQuickLetter)
    }

    /// A "word" OCR reads from a drawn line, not from text: the edge of a box or a table rule ("|", "||", "_"),
    /// with no letter or digit and drawn far taller than wide, or made only of bars.
    static func isRule(_ word: TesseractEngine.RecognisedWord) -> Bool {
        guard !isText(word.text) else { return false }
        return word.text.unicodeScalars.allSatisfy { "|¦_".unicodeScalars.contains($0) } || word.box.width < word.box.height * 0.2
    }

    /// The word without the marks a ruled line or a panel's edge leaves glued to it ("‚ook", "|Doel", "_|__sinds"), its
    /// box shrunk by their share of its letters; `nil` when nothing else is left.
    static func trimmingMarks(_ word: TesseractEngine.RecognisedWord) -> TesseractEngine.RecognisedWord? {
        let marks = Set("‚„|¦_")
        let characters = Array(word.text)
        let leading = characters.prefix { marks.contains($0) }.count
        let trailing = characters.reversed().prefix { marks.contains($0) }.count
        guard leading + trailing > 0 else { return word }
        guard leading + trailing < characters.count else { return nil }
        var trimmed = word
        trimmed.text = String(characters[leading..<(characters.count - trailing)])
        let share = word.box.width / Double(characters.count)
        trimmed.box.x0 += share * Double(leading)
        trimmed.box.x1 -= share * Double(trailing)
        return trimmed
    }

    /// A bullet OCR read as a letter ("e", "a", "o"): one character opening its line, a solid dot of ink where a
    /// letter leaves most of its box blank.
    static func isBullet(_ words: [TesseractEngine.RecognisedWord], _ index: Int, in image: GreyImage) -> Bool {
        let word = words[index]
        guard word.text.count == 1, index == 0 || words[index - 1].line != word.line,
              index + 1 < words.count, words[index + 1].line == word.line,
              word.box.width < word.box.height * 1.5, word.box.height < words[index + 1].box.height else { return false }
        return InkWeight.density(of: word.box, in: image) > 0.55
    }

    /// A mark OCR reads from a speck of dirt: no letter or digit, and read with little confidence.
    static func isSpeck(_ word: TesseractEngine.RecognisedWord) -> Bool {
        !isText(word.text) && word.confidence < 60
    }
}

/// Levels a skewed scan's word boxes: each box keeps its size and moves its centre by the rotation that makes the
/// page's lines horizontal, so lines and columns line up for the XY-cut as on a page with a text layer.
struct Deskew {
    let angle: Double
    let centreX: Double
    let centreY: Double

    /// Rotates the box's centre anticlockwise by `angle` (Tesseract's deskew angle) about the page centre; y grows down.
    func apply(_ box: Box) -> Box {
        guard angle != 0 else { return box }
        let (x, y) = ((box.x0 + box.x1) / 2 - centreX, (box.y0 + box.y1) / 2 - centreY)
        let (cosine, sine) = (cos(angle), sin(angle))
        let levelledX = centreX + x * cosine + y * sine
        let levelledY = centreY - x * sine + y * cosine
        let (halfWidth, halfHeight) = (box.width / 2, box.height / 2)
        return Box(x0: levelledX - halfWidth, y0: levelledY - halfHeight, x1: levelledX + halfWidth, y1: levelledY + halfHeight)
    }
}
