/// Names compared by their character n-grams, after folding and dropping stop words, punctuation and spaces:
/// "Regie op geschil-oplossing in het huurdomein" and "Ketenregie Geschiloplossing Huurdomein" share most.
struct NameSimilarity: Sendable {
    let ngram: Int
    let stopWords: Set<String>

    /// A name's n-grams, each as a number this `NameSimilarity`'s names share, with how often it occurs.
    struct Bag: Sendable {
        /// Gram numbers in ascending order, and each one's count.
        var grams: [Int32] = []
        var counts: [Int32] = []
        /// The sum of the counts.
        var total = 0
    }

    /// The n-gram bags of each name, in order: as written, and without the words in parentheses when it has any.
    /// The grams are numbered across all the names, so names are compared by numbers rather than by text.
    func variants(of names: [String]) -> [[Bag]] {
        var numbers: [String: Int32] = [:]
        return names.map { name in
            var texts = [name]
            let bare = Self.removingParentheses(name)
            if bare != name, !bare.trimmingCharacters(in: .whitespaces).isEmpty { texts.append(bare) }
            return texts.map { text in
                var counted: [Int32: Int32] = [:]
                for gram in grams(text) {
                    let number = numbers[gram] ?? {
                        let next = Int32(numbers.count)
                        numbers[gram] = next
                        return next
                    }()
                    counted[number, default: 0] += 1
                }
                var bag = Bag()
                for (gram, count) in counted.sorted(by: { $0.key < $1.key }) {
                    bag.grams.append(gram)
                    bag.counts.append(count)
                    bag.total += Int(count)
                }
                return bag
            }
        }
    }

    /// The Dice coefficient of the closest variants, 0...1.
    static func score(_ a: [Bag], _ b: [Bag]) -> Double {
        var best = 0.0
        for x in a {
            for y in b {
                let total = x.total + y.total
                guard total > 0 else { continue }
                var shared = 0
                SharedTerms.forEach(x.grams, y.grams) { i, j in shared += Int(min(x.counts[i], y.counts[j])) }
                best = max(best, 2 * Double(shared) / Double(total))
            }
        }
        return best
    }

    /// A name's n-grams, one per position: its folded words without stop words, run together; a name shorter than
    /// `ngram` is one gram.
    private func grams(_ name: String) -> [String] {
        let joined = Array(Self.words(name).filter { !stopWords.contains($0) }.joined())
        guard joined.count >= ngram else { return joined.isEmpty ? [] : [String(joined)] }
        return (0...(joined.count - ngram)).map { String(joined[$0..<($0 + ngram)]) }
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
