/// How the registry scores two pilots that do not carry the same name (`Rules/linking.yml`).
public struct LinkingRules: Sendable, Hashable {
    public var nameWeight: Double
    public var textWeight: Double
    public var gemeenteWeight: Double
    /// The least score a link needs.
    public var threshold: Double
    /// How far every other candidate must stay below the best for the link to be made.
    public var margin: Double
    /// The length of the character n-grams names are compared by.
    public var ngram: Int
    /// Words are cut to this many letters before texts are compared.
    public var stemLength: Int
    /// Folded words left out of names and texts.
    public var stopWords: Set<String>

    static func parse(_ root: RuleNode) throws(RuleError) -> LinkingRules {
        _ = try root.entries(allowed: ["weights", "threshold", "margin", "ngram", "stem_length", "stop_words"])
        let weights = try root.required("weights")
        _ = try weights.entries(allowed: ["name", "text", "gemeente"])
        func weight(_ node: RuleNode, in range: ClosedRange<Double>) throws(RuleError) -> Double {
            guard let value = node.node.float, range.contains(value) else {
                throw node.error("expected a number from \(range.lowerBound) to \(range.upperBound)")
            }
            return value
        }
        var stopWords: Set<String> = []
        for item in try root.required("stop_words").items() {
            let word = try item.string()
            guard word == TextFolding.foldForScoring(word), !word.contains(" ") else {
                throw item.error("a stop word is one folded word (lower case, no accents): '\(word)'")
            }
            stopWords.insert(word)
        }
        return LinkingRules(
            nameWeight: try weight(try weights.required("name"), in: 0...10),
            textWeight: try weight(try weights.required("text"), in: 0...10),
            gemeenteWeight: try weight(try weights.required("gemeente"), in: 0...10),
            threshold: try weight(try root.required("threshold"), in: 0...30),
            margin: try weight(try root.required("margin"), in: 0...30),
            ngram: try root.required("ngram").int(in: 2...6),
            stemLength: try root.required("stem_length").int(in: 3...40),
            stopWords: stopWords)
    }
}
