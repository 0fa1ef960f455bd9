/// A rule phrase as the folded tokens it must match, e.g. "tot en met" as `["tot", "en", "met"]`.
struct Phrase: Sendable, Hashable {
    let tokens: [String]

    init(_ text: String) {
        tokens = Tokenizer.tokenize(text).map(\.folded)
    }

    /// The number of tokens matched when this phrase starts at `tokens[index]`, or `nil`.
    func match(_ input: [Token], at index: Int) -> Int? {
        guard !tokens.isEmpty, index + tokens.count <= input.count else { return nil }
        for (offset, word) in tokens.enumerated() where input[index + offset].folded != word {
            return nil
        }
        return tokens.count
    }
}

/// Phrases indexed by their first token, so finding the longest one at a position costs one lookup.
struct PhraseSet: Sendable {
    private let byFirstToken: [String: [Phrase]]

    init(_ phrases: [Phrase]) {
        var index: [String: [Phrase]] = [:]
        for phrase in phrases {
            guard let first = phrase.tokens.first else { continue }
            index[first, default: []].append(phrase)
        }
        byFirstToken = index.mapValues { $0.sorted { $0.tokens.count > $1.tokens.count } }
    }

    init(_ texts: [String]) {
        self.init(texts.map(Phrase.init))
    }

    /// The folded words phrases of this set start with.
    var firstTokens: Set<String> { Set(byFirstToken.keys) }

    /// The token count of the longest phrase that starts at `tokens[index]`, or `nil`.
    func longestMatch(_ tokens: [Token], at index: Int) -> Int? {
        guard index < tokens.count, let candidates = byFirstToken[tokens[index].folded] else { return nil }
        for phrase in candidates {
            if let length = phrase.match(tokens, at: index) { return length }
        }
        return nil
    }
}
