/// Phrases after which a document states its reference date (`Rules/peildatum.yml`).
public struct PeildatumRules: Sendable {
    var markers: PhraseSet
    /// Places that open a dateline ("Den Haag, 19 december 2019"), folded.
    var datelinePlaces: [String]

    static func parse(_ root: RuleNode) throws(RuleError) -> PeildatumRules {
        _ = try root.entries(allowed: ["markers", "dateline_places"])
        return PeildatumRules(markers: PhraseSet(try root.required("markers").strings()),
                              datelinePlaces: try root.optional("dateline_places")?.strings().map(TextFolding.fold) ?? [])
    }
}
