/// Phrases after which a document states its reference date (`Rules/peildatum.yml`).
public struct PeildatumRules: Sendable {
    var markers: [Phrase]

    static func parse(_ root: RuleNode) throws(RuleError) -> PeildatumRules {
        _ = try root.entries(allowed: ["markers"])
        return PeildatumRules(markers: try root.required("markers").strings().map(Phrase.init))
    }
}
