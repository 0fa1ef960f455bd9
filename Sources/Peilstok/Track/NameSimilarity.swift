/// Names compared by their character n-grams, after folding and dropping stop words, punctuation and spaces:
/// "Regie op geschil-oplossing in het huurdomein" and "Ketenregie Geschiloplossing Huurdomein" share most.
struct NameSimilarity: Sendable {
    let ngram: Int
    let stopWords: Set<String>

    /// The n-gram bags of a name: as written, and without the words in parentheses when it has any.
    func variants(of name: String) -> [[String: Int]] {
        var texts = [name]
        let bare = Self.removingParentheses(name)
        if bare != name, !bare.trimmingCharacters(in: .whitespaces).isEmpty { texts.append(bare) }
        return texts.map(grams)
    }

    /// The Dice coefficient of the closest variants, 0...1.
    static func score(_ a: [[String: Int]], _ b: [[String: Int]]) -> Double {
        var best = 0.0
        for x in a {
            for y in b {
                let total = x.values.reduce(0, +) + y.values.reduce(0, +)
                guard total > 0 else { continue }
                var shared = 0
                for (gram, count) in x { shared += min(count, y[gram] ?? 0) }
                best = max(best, 2 * Double(shared) / Double(total))
            }
        }
        return best
    }

    private func grams(_ name: String) -> [String: Int] {
        let joined = Array(Self.words(name).filter { !stopWords.contains($0) }.joined())
        var bag: [String: Int] = [:]
        guard joined.count >= ngram else {
            if !joined.isEmpty { bag[String(joined)] = 1 }
            return bag
        }
        for start in 0...(joined.count - ngram) { bag[String(joined[start..<(start + ngram)]), default: 0] += 1 }
        return bag
    }

    /// The folded words of a text: runs of letters and digits, lower case and without accents, split at everything
    /// else. Works scalar by scalar, since texts are long and most of their letters are ASCII.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func close() {
            if !current.isEmpty { words.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if (0x41...0x5A).contains(value) {
                    current.append(Unicode.Scalar(UInt8(value + 0x20)))
                } else if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                    current.append(scalar)
                } else {
                    close()
                }
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if scalar.isLetterOrDigit {
                current.append(contentsOf: TextFolding.fold(String(scalar)).unicodeScalars)
            } else {
                close()
            }
        }
        close()
        return words
    }

    static func removingParentheses(_ text: String) -> String {
        var result = ""
        var depth = 0
        for character in text {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) } else if depth == 0 { result.append(character) }
        }
        return result
    }
}
