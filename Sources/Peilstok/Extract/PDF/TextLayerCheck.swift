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
            let letters = words.map { word in
                var kept = String.UnicodeScalarView()
                kept.append(contentsOf: word.text.unicodeScalars.lazy.filter(\.isQuickLetter))
                return TextFolding.fold(String(kept))
            }
            let common = letters.filter { rules.commonWords.contains($0) }.count
            let vowelless = letters.filter { $0.count >= 2 && !$0.contains(where: rules.vowels.contains) }.count
            if Double(common) / Double(words.count) < rules.minCommonShare,
               Double(vowelless) / Double(words.count) > rules.maxVowellessShare {
                return .unusable("only \(common) of its \(words.count) words are common words, and \(vowelless) have no vowel")
            }
        }
        return .usable
    }
}
