/// How scanned pages are read, and how much OCR errors are forgiven (`Rules/ocr.yml`).
public struct OCRRules: Sendable {
    /// Tesseract language models, e.g. "nld" or "nld+eng".
    public var languages: String
    public var dpi: Int
    public var pageSeconds: Double
    public var maxGarbageShare: Double
    public var minWords: Int
    public var minCommonShare: Double
    public var maxVowellessShare: Double
    /// Folded vowels of the documents' languages.
    public var vowels: Set<Character>
    /// Folded common words of the documents' languages.
    public var commonWords: Set<String>
    public var lowConfidence: Double
    public var minWordConfidence: Double
    /// Pairs of strings OCR confuses, as written in the rule file.
    public var confusions: [(String, String)]
    public var lettersPerEdit: Int

    static func parse(_ root: RuleNode) throws(RuleError) -> OCRRules {
        _ = try root.entries(allowed: ["languages", "dpi", "page_seconds", "max_garbage_share", "min_words", "min_common_share",
                                      "max_vowelless_share", "vowels", "common_words", "low_confidence", "min_word_confidence", "confusions", "letters_per_edit"])
        func share(_ key: String) throws(RuleError) -> Double {
            let node = try root.required(key)
            guard let value = node.node.float, (0...1).contains(value) else { throw node.error("expected a share between 0 and 1") }
            return value
        }
        let languagesNode = try root.required("languages")
        let languages = try languagesNode.string()
        guard !languages.isEmpty, languages.allSatisfy({ $0.isLetter || $0 == "+" || $0 == "_" }) else {
            throw languagesNode.error("expected Tesseract language codes joined by '+', e.g. nld+eng")
        }
        let secondsNode = try root.required("page_seconds")
        guard let seconds = secondsNode.node.float, seconds > 0 else { throw secondsNode.error("expected a positive number of seconds") }
        let confidenceNode = try root.required("low_confidence")
        guard let low = confidenceNode.node.float, (0...100).contains(low) else {
            throw confidenceNode.error("expected a confidence between 0 and 100")
        }
        let minimumNode = try root.required("min_word_confidence")
        guard let minimum = minimumNode.node.float, (0...100).contains(minimum) else {
            throw minimumNode.error("expected a confidence between 0 and 100")
        }
        var confusions: [(String, String)] = []
        for item in try root.required("confusions").items() {
            let pair = try item.strings()
            guard pair.count == 2, pair.allSatisfy({ !$0.isEmpty }), pair[0] != pair[1] else {
                throw item.error("expected a pair of two different strings, e.g. [rn, m]")
            }
            confusions.append((pair[0], pair[1]))
        }
        return OCRRules(
            languages: languages, dpi: try root.required("dpi").int(in: 72...1200), pageSeconds: seconds,
            maxGarbageShare: try share("max_garbage_share"), minWords: try root.required("min_words").int(in: 1...100_000),
            minCommonShare: try share("min_common_share"), maxVowellessShare: try share("max_vowelless_share"),
            vowels: Set(TextFolding.fold(try root.required("vowels").string())),
            commonWords: Set(try root.required("common_words").strings().map(TextFolding.fold)),
            lowConfidence: low, minWordConfidence: minimum, confusions: confusions, lettersPerEdit: try root.required("letters_per_edit").int(in: 2...100))
    }
}
