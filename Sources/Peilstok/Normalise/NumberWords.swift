/// Reads Dutch number words, including compounds: "vijfentwintig", "tweehonderd", "tweeënhalf".
struct NumberWords {
    let vocabulary: NumberVocabulary
    /// The openings as two ASCII bytes each (first byte high), or `nil` when one of them is not two ASCII letters.
    private let openingPairs: Set<UInt16>?

    init(vocabulary: NumberVocabulary) {
        self.vocabulary = vocabulary
        var pairs = Set<UInt16>()
        for opening in vocabulary.openings {
            let bytes = Array(opening.utf8)
            guard bytes.count == 2, bytes.allSatisfy({ $0 < 0x80 }) else {
                openingPairs = nil
                return
            }
            pairs.insert(UInt16(bytes[0]) << 8 | UInt16(bytes[1]))
        }
        openingPairs = pairs
    }

    /// The value of a folded word (not written as an accented one, `NumberVocabulary.isAccentedOne`) as a count, and
    /// before a unit, where the plain article "een" counts too; `nil` for a word that is no number word.
    func values(ofFolded word: String) -> (strict: Double?, allowingPlainOne: Double?) {
        guard mayOpenNumber(word) else { return (nil, nil) }
        if word == vocabulary.onePlain { return (nil, 1) }
        guard !word.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return (nil, nil) }
        let value = vocabulary.fractions[word] ?? belowMillion(Substring(word))
        return (value, value)
    }

    /// True when `word` starts as some number word does (its first two letters are an opening).
    private func mayOpenNumber(_ word: String) -> Bool {
        // An ASCII word's first two characters are its first two bytes.
        if let openingPairs, word.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes = word.utf8.makeIterator()
            guard let first = bytes.next(), let second = bytes.next() else { return false }
            return openingPairs.contains(UInt16(first) << 8 | UInt16(second))
        }
        return vocabulary.openings.contains(String(word.prefix(2)))
    }

    /// The value of a folded word that is a number word in full ("twee", "dertig"), or `nil`; never the article.
    func value(ofWord word: String) -> Double? {
        guard mayOpenNumber(word), word != vocabulary.onePlain else { return nil }
        return vocabulary.fractions[word] ?? belowMillion(Substring(word))
    }

    private func belowMillion(_ word: Substring) -> Double? {
        if let range = Self.find(vocabulary.thousand, in: word) {
            let prefix = word[..<range.lowerBound]
            let rest = word[range.upperBound...]
            guard let multiplier = prefix.isEmpty ? 1 : belowThousand(prefix) else { return nil }
            guard let remainder = rest.isEmpty ? 0 : belowThousand(stripEn(rest)) else { return nil }
            return multiplier * 1000 + remainder
        }
        return belowThousand(word)
    }

    private func belowThousand(_ word: Substring) -> Double? {
        if let range = Self.find(vocabulary.hundred, in: word) {
            let prefix = word[..<range.lowerBound]
            let rest = word[range.upperBound...]
            guard let multiplier = prefix.isEmpty ? 1 : unit(prefix), multiplier < 10 else { return nil }
            guard let remainder = rest.isEmpty ? 0 : belowHundred(stripEn(rest)) else { return nil }
            return multiplier * 100 + remainder
        }
        return belowHundred(word)
    }

    private func belowHundred(_ word: Substring) -> Double? {
        if let value = unit(word) ?? vocabulary.tens[String(word)] { return value }
        // "vijfentwintig": unit + "en" + tens; "tweeënhalf": unit + "en" + half.
        for (tens, value) in vocabulary.tens where word.hasSuffix(tens) {
            let prefix = word.dropLast(tens.count)
            if prefix.hasSuffix("en"), let first = unit(prefix.dropLast(2)), first < 10 { return value + first }
        }
        if word.hasSuffix("en" + vocabulary.half), let first = unit(word.dropLast(vocabulary.half.count + 2)) {
            return first + 0.5
        }
        return nil
    }

    private func unit(_ word: Substring) -> Double? {
        if word == vocabulary.onePlain { return 1 }
        return vocabulary.units[String(word)]
    }

    /// The first place `needle` occurs in `word`, compared by scalar.
    private static func find(_ needle: String, in word: Substring) -> Range<Substring.Index>? {
        let pattern = Array(needle.unicodeScalars)
        let scalars = word.unicodeScalars
        var start = scalars.startIndex
        while start != scalars.endIndex {
            var cursor = start
            var matched = 0
            while matched < pattern.count, cursor != scalars.endIndex, scalars[cursor] == pattern[matched] {
                matched += 1
                cursor = scalars.index(after: cursor)
            }
            if matched == pattern.count { return start..<cursor }
            start = scalars.index(after: start)
        }
        return nil
    }

    /// "honderdentien" reads as "honderd" + "tien".
    private func stripEn(_ word: Substring) -> Substring {
        word.hasPrefix("en") && word.count > 2 && belowHundred(word) == nil ? word.dropFirst(2) : word
    }
}

extension NumberVocabulary {
    /// True for "één" and the like: a word whose accents make it the number one rather than the article.
    func isAccentedOne(_ token: Token) -> Bool {
        oneAccentedFolded.contains(token.folded) && oneAccented.contains(token.text.lowercased())
    }
}
