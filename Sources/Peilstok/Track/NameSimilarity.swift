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

    /// The folded words of a text: letters and digits, split at everything else.
    static func words(_ text: String) -> [String] {
        TextFolding.fold(text).split { !$0.isLetter && !$0.isNumber }.map(String.init)
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
