/// Whether a PDF page's text layer can be read, or the page needs OCR (`Rules/ocr.yml`).
package enum TextLayerCheck {
    package enum Verdict: Sendable, Equatable {
        case usable
        /// No words at all: a scan, or text drawn as shapes.
        case missing
        /// Words that are not text: why.
        case unusable(String)
    }

    package static func verdict(_ words: [Word], rules: OCRRules) -> Verdict {
        guard !words.isEmpty else { return .missing }
        var scalars = 0
        var garbage = 0
        for word in words {
            for scalar in word.text.unicodeScalars {
                scalars += 1
                if scalar.value < 0x20 || scalar == "\u{FFFD}" || (0xE000...0xF8FF).contains(scalar.value)
                    || (scalar.value >= 0x7F && scalar.properties.generalCategory == .control) {
                    garbage += 1
                }
            }
        }
        if scalars > 0, Double(garbage) / Double(scalars) > rules.maxGarbageShare {
            return .unusable("\(garbage * 100 / scalars)% of its characters are unmapped glyphs")
        }
        if words.count >= rules.minWords {
            // Enough common words make the page usable whatever else it holds: most pages are known so after a
            // line or two, without folding all their words.
            let enough = rules.minCommonShare * Double(words.count)
            var (common, vowelless) = (0, 0)
            for word in words {
                let letters = Self.letters(word.text)
                if rules.commonWords.contains(letters) {
                    common += 1
                    if Double(common) >= enough { return .usable }
                }
                if letters.count >= 2, !letters.contains(where: rules.vowels.contains) { vowelless += 1 }
            }
            if Double(vowelless) / Double(words.count) > rules.maxVowellessShare {
                return .unusable("only \(common) of its \(words.count) words are common words, and \(vowelless) have no vowel")
            }
        }
        return .usable
    }

    /// The word's letters, folded.
    private static func letters(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.compactMap { byte -> UInt8? in
                switch byte {
                case 0x61...0x7A: byte
                case 0x41...0x5A: byte + 0x20
                default: nil
                }
            }, as: UTF8.self)
        }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.lazy.filter(\.isQuickLetter))
        return TextFolding.fold(String(kept))
    }
}
