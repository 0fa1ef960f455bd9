/// A number read from tokens, with the token range it came from.
struct Count: Sendable, Hashable {
    var value: Double
    var first: Int
    var end: Int
}
