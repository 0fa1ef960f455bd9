/// Matching that forgives the errors OCR makes (`Rules/ocr.yml`): confused letters ("rn" for "m", "1" for "l"),
/// dropped accents (text is folded), split words (spaces are ignored), and beyond those one edit per
/// `lettersPerEdit` letters of the expected text, so a short heading must match closely and a long one may differ more.
public struct OCRTolerance: Sendable {
    /// Folded confusions as scalars, each written as the form it reads as, applied in this order.
    private let confusions: [([Unicode.Scalar], [Unicode.Scalar])]
    private let lettersPerEdit: Int

    public init(rules: OCRRules) {
        confusions = rules.confusions.map {
            (Array(TextFolding.fold($0.0).unicodeScalars), Array(TextFolding.fold($0.1).unicodeScalars))
        }
        lettersPerEdit = rules.lettersPerEdit
    }

    /// Folded text with confusions replaced by one form and spaces dropped: equal canonical forms read alike.
    public func canonical(_ folded: String) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: canonicalScalars(folded))
        return String(result)
    }

    /// `canonical(_:)` as scalars, for comparing by edit distance.
    func canonicalScalars(_ folded: String) -> [Unicode.Scalar] {
        var text: [Unicode.Scalar] = folded.unicodeScalars.filter { $0 != " " }
        for (misread, meant) in confusions where !misread.isEmpty {
            text = Self.replacing(misread, with: meant, in: text)
        }
        return text
    }

    /// Every non-overlapping occurrence of `pattern` in `text`, left to right, replaced by `replacement`.
    private static func replacing(_ pattern: [Unicode.Scalar], with replacement: [Unicode.Scalar],
                                  in text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        // Where the pattern first occurs: text without it is returned as it is, and the text before it is copied whole.
        guard text.count >= pattern.count,
              let first = (0...(text.count - pattern.count)).first(where: { start in
                  text[start] == pattern[0] && pattern.indices.allSatisfy { text[start + $0] == pattern[$0] }
              }) else { return text }
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(text.count)
        result.append(contentsOf: text[..<first])
        var index = first
        while index < text.count {
            if index + pattern.count <= text.count, text[index] == pattern[0],
               pattern.indices.allSatisfy({ text[index + $0] == pattern[$0] }) {
                result.append(contentsOf: replacement)
                index += pattern.count
            } else {
                result.append(text[index])
                index += 1
            }
        }
        return result
    }

    /// How many edits a canonical expected text of this length may differ by.
    public func allowedEdits(_ canonicalExpected: String) -> Int { canonicalExpected.count / lettersPerEdit }

    /// True when folded `text` may be an OCR reading of `expected`, whose canonical form is given.
    public func matches(_ text: String, canonicalExpected expected: String) -> Bool {
        matches(canonicalRead: canonical(text), canonicalExpected: expected)
    }

    /// `matches(_:canonicalExpected:)` for a reading already in canonical form, so that one line is put in that form
    /// once however many headings it is compared with.
    public func matches(canonicalRead read: String, canonicalExpected expected: String) -> Bool {
        if read == expected { return true }
        return matches(canonicalRead: Array(read.unicodeScalars), canonicalExpected: Array(expected.unicodeScalars),
                       allowedEdits: allowedEdits(expected))
    }

    /// `matches(canonicalRead:canonicalExpected:)` for texts already split into scalars, with the edits the expected
    /// text allows (`allowedEdits`), for a caller that compares many readings with it.
    func matches(canonicalRead read: [Unicode.Scalar], canonicalExpected expected: [Unicode.Scalar], allowedEdits allowed: Int) -> Bool {
        read == expected || (allowed > 0 && EditDistance.within(allowed, read, expected))
    }
}
