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
    /// The first bytes and the byte counts (up to 63; 63 for longer) of the first tokens, one bit each: most
    /// tokens start no phrase, and these tell so without hashing the token.
    private let firstBytes: [UInt64]
    private let firstLengths: UInt64

    init(_ phrases: [Phrase]) {
        var index: [String: [Phrase]] = [:]
        for phrase in phrases {
            guard let first = phrase.tokens.first else { continue }
            index[first, default: []].append(phrase)
        }
        byFirstToken = index.mapValues { $0.sorted { $0.tokens.count > $1.tokens.count } }
        var bytes: [UInt64] = [0, 0, 0, 0]
        var lengths: UInt64 = 0
        for first in index.keys {
            let byte = Int(first.utf8.first ?? 0)
            bytes[byte >> 6] |= 1 << UInt64(byte & 63)
            lengths |= 1 << UInt64(min(first.utf8.count, 63))
        }
        firstBytes = bytes
        firstLengths = lengths
    }

    /// False when no phrase can start with `folded`; true when one may.
    private func mayStart(_ folded: String) -> Bool {
        let utf8 = folded.utf8
        guard firstLengths & (1 << UInt64(min(utf8.count, 63))) != 0 else { return false }
        let byte = Int(utf8.first ?? 0)
        return firstBytes[byte >> 6] & (1 << UInt64(byte & 63)) != 0
    }

    init(_ texts: [String]) {
        self.init(texts.map(Phrase.init))
    }

    /// Every phrase of the set.
    var phrases: [Phrase] { byFirstToken.keys.sorted().flatMap { byFirstToken[$0] ?? [] } }

    /// The folded words phrases of this set start with.
    var firstTokens: Set<String> { Set(byFirstToken.keys) }

    /// The token count of the longest phrase that starts at `tokens[index]`, or `nil`.
    func longestMatch(_ tokens: [Token], at index: Int) -> Int? {
        guard index < tokens.count, mayStart(tokens[index].folded), let candidates = byFirstToken[tokens[index].folded] else {
            return nil
        }
        for phrase in candidates {
            if let length = phrase.match(tokens, at: index) { return length }
        }
        return nil
    }
}
