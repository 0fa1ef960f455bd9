import Foundation

extension Unicode.Scalar {
    /// Punctuation as `CharacterSet.punctuationCharacters` has it: Unicode general category P; quick for ASCII.
    package var isPunctuation: Bool {
        if value < 0x80 { return Self.asciiPunctuation.contains(self) }
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    private static let asciiPunctuation = Set(##"!"#%&'()*,-./:;?@[\]_{}"##.unicodeScalars)
}

extension Substring {
    /// The text without punctuation at either end, as `trimmingCharacters(in: .punctuationCharacters)` gives it,
    /// without Foundation's round trip through `NSString` for every word.
    package func trimmingPunctuation() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isPunctuation }),
              let last = scalars.lastIndex(where: { !$0.isPunctuation }) else { return "" }
        return String(scalars[first...last])
    }
}

extension String {
    /// `Substring.trimmingPunctuation()`.
    package func trimmingPunctuation() -> String { self[...].trimmingPunctuation() }
}
