import Foundation

/// Folds text the way headings, names and gold answers are compared.
public enum TextFolding {
    /// Lowercases, strips diacritics and folds runs of white space to one space.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return collapseWhitespace(text.lowercased()) }
        let lowered = ScalarFolding.shared.fold(text) ?? text.folding(options: options, locale: nil)
        return collapseWhitespace(lowered)
    }

    private static let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive, .widthInsensitive]

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
            if scalar.isQuickWhitespace {
                pendingSpace = !scalars.isEmpty
            } else {
                if pendingSpace { scalars.append(" ") }
                pendingSpace = false
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// True when `needle` occurs in `haystack`, compared byte for byte (both already folded).
    public static func contains(_ haystack: String, _ needle: String) -> Bool {
        guard !needle.isEmpty else { return true }
        var haystack = haystack
        var needle = needle
        return haystack.withUTF8 { text in
            needle.withUTF8 { pattern in
                guard pattern.count <= text.count else { return false }
                let first = pattern[0]
                var index = 0
                let last = text.count - pattern.count
                while index <= last {
                    if text[index] == first {
                        var offset = 1
                        while offset < pattern.count, text[index + offset] == pattern[offset] { offset += 1 }
                        if offset == pattern.count { return true }
                    }
                    index += 1
                }
                return false
            }
        }
    }

    /// True when `text` has no white space but single spaces between words: nothing to collapse.
    private static func isCollapsed(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(isCollapsed)
    }

    private static func isCollapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousSpace = true
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 {
                if previousSpace { return false }
                previousSpace = true
            } else if byte < 0x20 || byte == 0xC2 || byte == 0xE1 || byte == 0xE3 {
                // Control characters and the lead bytes of U+0085, U+00A0, U+1680 and U+3000: the careful path.
                return false
            } else if byte == 0xE2, index + 2 < bytes.count {
                // U+2000–U+200A, U+2028, U+2029, U+202F and U+205F are white space; other E2 characters (– ’ €) are not.
                let (second, third) = (bytes[index + 1], bytes[index + 2])
                if (second == 0x80 && (third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF))
                    || (second == 0x81 && third == 0x9F) {
                    return false
                }
                previousSpace = false
            } else {
                previousSpace = false
            }
            index += 1
        }
        return !previousSpace || bytes.isEmpty
    }
}
