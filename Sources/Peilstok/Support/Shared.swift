/// An immutable value held by reference: copying what holds it retains one object, not each of the value's arrays,
/// sets and strings (a rule vocabulary has dozens, and the normaliser's parsers are made anew for every text).
final class Shared<Value: Sendable>: Sendable {
    let value: Value

    init(_ value: Value) { self.value = value }
}
