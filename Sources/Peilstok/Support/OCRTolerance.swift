/// Matching that forgives the errors OCR makes (`Rules/ocr.yml`): confused letters ("rn" for "m", "1" for "l"),
/// dropped accents (text is folded), split words (spaces are ignored), and beyond those one edit per
/// `lettersPerEdit` letters of the expected text, so a short heading must match closely and a long one may differ more.
public struct OCRTolerance: Sendable {
    /// Folded confusions, each written as the form it reads as.
    private let confusions: [(String, String)]
    private let lettersPerEdit: Int

    public init(rules: OCRRules) {
        confusions = rules.confusions.map { (TextFolding.fold($0.0), TextFolding.fold($0.1)) }
        lettersPerEdit = rules.lettersPerEdit
    }

    /// Folded text with confusions replaced by one form and spaces dropped: equal canonical forms read alike.
    public func canonical(_ folded: String) -> String {
        var text = folded.replacingOccurrences(of: " ", with: "")
        for (misread, meant) in confusions { text = text.replacingOccurrences(of: misread, with: meant) }
        return text
    }

    /// How many edits a canonical expected text of this length may differ by.
    public func allowedEdits(_ canonicalExpected: String) -> Int { canonicalExpected.count / lettersPerEdit }

    /// True when folded `text` may be an OCR reading of `expected`, whose canonical form is given.
    public func matches(_ text: String, canonicalExpected expected: String) -> Bool {
        let read = canonical(text)
        if read == expected { return true }
        let allowed = allowedEdits(expected)
        return allowed > 0 && EditDistance.within(allowed, read, expected)
    }
}
