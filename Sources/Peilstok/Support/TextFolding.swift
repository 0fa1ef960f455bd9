import Foundation

/// Folds text the way headings, names and gold answers are compared.
public enum TextFolding {
    /// Lowercases, strips diacritics and folds runs of white space to one space.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return collapseWhitespace(text.lowercased()) }
        let lowered = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return collapseWhitespace(lowered)
    }

    /// `fold(_:)`, and also drops punctuation and symbols: the key gold names and sections are scored by.
    public static func foldForScoring(_ text: String) -> String {
        let folded = fold(text)
        var scalars = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            if CharacterSet.punctuationCharacters.contains(scalar) || CharacterSet.symbols.contains(scalar) { continue }
            scalars.append(scalar)
        }
        return collapseWhitespace(String(scalars))
    }

    /// Replaces every run of white space with one space and trims both ends.
    public static func collapseWhitespace(_ text: String) -> String {
        if isCollapsed(text) { return text }
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !scalars.isEmpty
            } else {
                if pendingSpace { scalars.append(" ") }
                pendingSpace = false
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// True when `text` has no white space but single spaces between words: nothing to collapse.
    private static func isCollapsed(_ text: String) -> Bool {
        var previousSpace = true
        for byte in text.utf8 {
            if byte == 0x20 {
                if previousSpace { return false }
                previousSpace = true
            } else if byte < 0x20 || byte == 0xC2 || (0xE1...0xE3).contains(byte) {
                // Control characters, and the lead bytes of every non-ASCII white space (U+0085, U+00A0, U+1680,
                // U+2000–U+205F, U+3000): take the careful path.
                return false
            } else {
                previousSpace = false
            }
        }
        return !previousSpace || text.isEmpty
    }
}
