/// A word of a PDF page: glyphs between white space, with the union of their boxes.
package struct Word: Sendable, Hashable {
    var text: String
    var box: Box
    var fontSize: Double
    var bold: Bool
    var italic: Bool
    var underlined: Bool
    var colour: String?
    /// For a word read by OCR: the engine's confidence, 0–100.
    var confidence: Double?

    /// A word read by OCR: only its weight is known of its style, and its confidence.
    package init(text: String, box: Box, fontSize: Double, bold: Bool, confidence: Double) {
        self.init(text: text, box: box, fontSize: fontSize, bold: bold, italic: false, underlined: false, colour: nil,
                  confidence: confidence)
    }

    init(text: String, box: Box, fontSize: Double, bold: Bool, italic: Bool, underlined: Bool, colour: String?,
         confidence: Double? = nil) {
        self.text = text
        self.box = box
        self.fontSize = fontSize
        self.bold = bold
        self.italic = italic
        self.underlined = underlined
        self.colour = colour
        self.confidence = confidence
    }

    var style: TextStyle { TextStyle(fontSize: fontSize, bold: bold, italic: italic, underlined: underlined, colour: colour) }

    /// True when this word's `style` equals `other`'s, compared without making either.
    func hasStyle(of other: Word) -> Bool {
        fontSize == other.fontSize && bold == other.bold && italic == other.italic && underlined == other.underlined
            && colour == other.colour
    }

    /// Groups glyphs into words at white space, at a new line and at a gap wider than half the font size.
    package static func words(from glyphs: [Glyph]) -> [Word] {
        var words: [Word] = []
        var utf8: [UInt8] = []
        // The first glyph of the word being read, if any: a word is a run of glyphs side by side.
        var start: Int?
        for index in glyphs.indices {
            let glyph = glyphs[index]
            let scalar = glyph.character
            if scalar == " " || scalar == "\n" || scalar == "\t" || (!scalar.isASCII && scalar.properties.isWhitespace) {
                if let first = start { words.append(word(glyphs[first..<index], utf8: &utf8)) }
                start = nil
                continue
            }
            if let first = start {
                let last = glyphs[index - 1]
                let sameLine = abs((glyph.box.y0 + glyph.box.y1) / 2 - (last.box.y0 + last.box.y1) / 2) < last.box.height / 2
                let gap = glyph.box.x0 - last.box.x1
                if !sameLine || gap > max(last.fontSize, 4) / 2 || gap < -last.box.width {
                    words.append(word(glyphs[first..<index], utf8: &utf8))
                    start = index
                }
            } else {
                start = index
            }
        }
        if let first = start { words.append(word(glyphs[first...], utf8: &utf8)) }
        return words
    }

    /// A word of glyphs, in one pass: its box, its largest font size, its majority style and its text. `utf8` is
    /// room for the text's bytes, kept from one word to the next.
    private static func word(_ glyphs: ArraySlice<Glyph>, utf8: inout [UInt8]) -> Word {
        let first = glyphs[glyphs.startIndex]
        var box = first.box
        var fontSize = first.fontSize
        var (bold, underlined, italic) = (0, 0, 0)
        utf8.removeAll(keepingCapacity: true)
        for glyph in glyphs {
            box = box.union(glyph.box)
            fontSize = max(fontSize, glyph.fontSize)
            if glyph.bold { bold += 1 }
            if glyph.underlined { underlined += 1 }
            if glyph.italic { italic += 1 }
            UTF8.encode(glyph.character) { utf8.append($0) }
        }
        return Word(text: String(decoding: utf8, as: UTF8.self), box: box, fontSize: fontSize,
                    bold: bold * 2 > glyphs.count, italic: italic * 2 > glyphs.count,
                    underlined: underlined * 2 > glyphs.count, colour: glyphs[glyphs.startIndex + glyphs.count / 2].colour?.hex)
    }
}
