/// Phrases after which a document states its reference date (`Rules/peildatum.yml`).
public struct PeildatumRules: Sendable {
    var markers: PhraseSet

    static func parse(_ root: RuleNode) throws(RuleError) -> PeildatumRules {
        _ = try root.entries(allowed: ["markers"])
        return PeildatumRules(markers: PhraseSet(try root.required("markers").strings()))
    }
}
