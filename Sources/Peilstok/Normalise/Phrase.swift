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

extension Array where Element == Phrase {
    /// The longest phrase of the list that starts at `tokens[index]`, as its token count.
    func longestMatch(_ tokens: [Token], at index: Int) -> Int? {
        compactMap { $0.match(tokens, at: index) }.max()
    }
}
