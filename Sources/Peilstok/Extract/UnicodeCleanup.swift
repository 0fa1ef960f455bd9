import Foundation

/// Normalises extracted text: NFC, ligatures spelled out, odd spaces made plain, soft hyphens and zero-width marks removed.
package enum UnicodeCleanup {
    private static let replacements: [Unicode.Scalar: String] = [
        "\u{FB00}": "ff", "\u{FB01}": "fi", "\u{FB02}": "fl", "\u{FB03}": "ffi", "\u{FB04}": "ffl",
        "\u{FB05}": "st", "\u{FB06}": "st",
        "\u{00A0}": " ", "\u{2007}": " ", "\u{202F}": " ", "\u{2000}": " ", "\u{2001}": " ", "\u{2002}": " ",
        "\u{2003}": " ", "\u{2004}": " ", "\u{2005}": " ", "\u{2006}": " ", "\u{2008}": " ", "\u{2009}": " ",
        "\u{200A}": " ", "\u{3000}": " ",
        "\u{00AD}": "", "\u{200B}": "", "\u{200C}": "", "\u{200D}": "", "\u{2060}": "", "\u{FEFF}": "",
    ]

    package static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsCleaning) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if let replacement = replacements[scalar] {
                scalars.append(contentsOf: replacement.unicodeScalars)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars).precomposedStringWithCanonicalMapping
    }

    /// True for a scalar that is replaced, or that may change under NFC (combining marks and everything above them).
    private static func needsCleaning(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00A0, 0x00AD: true
        case 0x0300...: true
        default: false
        }
    }

    /// Splits on `\n`, `\r\n` and `\r`.
    static func lines(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
    }
}
