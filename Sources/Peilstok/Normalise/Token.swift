/// A word, number or symbol of a text, with its position in Unicode scalars.
struct Token: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case word, number, symbol }

    let kind: Kind
    /// The token exactly as written.
    let text: String
    /// Lowercased and without diacritics, for matching against rules.
    let folded: String
    /// Offset of the first scalar.
    let start: Int
    /// Offset one past the last scalar.
    let end: Int
}
