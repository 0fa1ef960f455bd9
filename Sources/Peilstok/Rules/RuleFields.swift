/// The values of one mapping of a rule file, read once, by key: for an item read many times over (a municipality of
/// the gazetteer), where looking each key up in the mapping again would cost more than reading it.
struct RuleFields {
    /// The mapping the fields are of, for errors about a missing key.
    let owner: RuleNode
    private let values: [(key: String, value: RuleNode)]

    /// The entries of `owner`, a mapping; keys outside `allowed` are an error, as with `RuleNode.entries(allowed:)`.
    init(of owner: RuleNode, allowed: Set<String>) throws(RuleError) {
        self.owner = owner
        values = try owner.entries(allowed: allowed).map { ($0.key, $0.value) }
    }

    /// The value under `key`, or `nil` when absent.
    func optional(_ key: String) -> RuleNode? {
        values.first { $0.key == key }?.value
    }

    /// The value under `key`; its absence is an error, as with `RuleNode.required(_:)`.
    func required(_ key: String) throws(RuleError) -> RuleNode {
        guard let value = optional(key) else { throw owner.error("missing key '\(key)'") }
        return value
    }
}
