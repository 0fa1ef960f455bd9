import Foundation

/// Folds text the way headings, names and gold answers are compared.
public enum TextFolding {
    /// Lowercases, strips diacritics and folds runs of white space to one space.
    public static func fold(_ text: String) -> String {
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
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }
}
