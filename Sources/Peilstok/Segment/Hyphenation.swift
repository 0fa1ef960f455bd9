/// Joins words that a line end or a narrow box broke at a hyphen.
enum Hyphenation {
    /// Joins "huur- recht" into "huurrecht", but keeps "gewelds- en zedenmisdrijven" (an elided compound).
    static func joinBrokenWords(_ text: String, elisionWords: [String]) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var index = 0
        while index + 1 < words.count {
            let word = words[index]
            let next = words[index + 1]
            if word.count > 1, word.hasSuffix("-"), word.dropLast().last?.isLetter == true,
               next.first?.isLowercase == true, !elisionWords.contains(TextFolding.fold(next)) {
                words[index] = String(word.dropLast()) + next
                words.remove(at: index + 1)
            } else {
                index += 1
            }
        }
        return words.joined(separator: " ")
    }

    /// Lines of a text layer as one paragraph: white space folded, broken words joined.
    static func paragraph(_ lines: [String], elisionWords: [String]) -> String {
        joinBrokenWords(TextFolding.collapseWhitespace(lines.joined(separator: " ")), elisionWords: elisionWords)
    }
}
