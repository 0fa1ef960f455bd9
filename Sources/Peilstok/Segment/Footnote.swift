/// Footnotes in a text layer: a line "N Text …" (N from 1 to 99, then a capitalised word) that a reader leaves out
/// of the body it interrupts, because its marker N stands glued to a word before it ("werkgroep3"), or because it
/// stands alone between blank lines as a page's foot does.
enum Footnote {
    /// The footnote number a line opens with, if it has the shape of a footnote.
    static func number(_ line: String) -> Int? {
        let words = line.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 1)
        guard words.count == 2, let number = Int(words[0]), (1...99).contains(number),
              words[1].first?.isUppercase == true else { return nil }
        return number
    }

    /// True when a word of `text` is letters with `number` glued to its end ("werkgroep3").
    static func hasMarker(in text: String, number: Int) -> Bool {
        let suffix = String(number)
        return text.split(separator: " ").contains { word in
            let trimmed = word.trimmingPunctuation()
            guard trimmed.hasSuffix(suffix) else { return false }
            return trimmed.dropLast(suffix.count).last?.isLetter == true
        }
    }
}
