/// Joins words that a line end or a narrow box broke at a hyphen.
enum Hyphenation {
    /// Joins "huur- recht" into "huurrecht", but keeps "gewelds- en zedenmisdrijven" (an elided compound). Words
    /// come out separated by single spaces.
    static func joinBrokenWords(_ text: String, elisionWords: [String]) -> String {
        var joined = ""
        joined.reserveCapacity(text.utf8.count)
        // The word being built: a word that ends in a hyphen may be joined to the next, and that one to the next.
        var current: Substring?
        for next in text.split(separator: " ", omittingEmptySubsequences: true) {
            guard let word = current else {
                current = next
                continue
            }
            if word.utf8.last == UInt8(ascii: "-"), word.dropLast().last?.isLetter == true,
               next.first?.isLowercase == true, !elisionWords.contains(TextFolding.fold(String(next))) {
                current = Substring(String(word.dropLast()) + next)
                continue
            }
            if !joined.isEmpty { joined.append(" ") }
            joined.append(contentsOf: word)
            current = next
        }
        if let word = current {
            if !joined.isEmpty { joined.append(" ") }
            joined.append(contentsOf: word)
        }
        return joined
    }

    /// Lines of a text layer as one paragraph: white space folded, broken words joined.
    static func paragraph(_ lines: [String], elisionWords: [String]) -> String {
        let text = TextFolding.collapseWhitespace(lines.joined(separator: " "))
        // Folded white space leaves single spaces: with no hyphen before one, no word was broken.
        return hasHyphenBeforeSpace(text) ? joinBrokenWords(text, elisionWords: elisionWords) : text
    }

    private static func hasHyphenBeforeSpace(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: " "), previous == UInt8(ascii: "-") { return true }
            previous = byte
        }
        return false
    }
}
