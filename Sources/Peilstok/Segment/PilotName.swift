import Foundation

/// A pilot's name and municipality as read from its heading.
struct PilotName: Equatable {
    var name: String
    var gemeente: String?

    /// Reads a heading with `Rules/names.yml` and the gazetteer: drops a leading "Pilot" and a trailing
    /// "(gemeente X)", joins words broken at a hyphen, and finds the municipality.
    init(heading: String, rules: NameRules, gazetteer: Gazetteer) {
        var name = Hyphenation.paragraph([heading], elisionWords: rules.elisionWords)
        let words = name.split(separator: " ", maxSplits: 1)
        if words.count == 2, rules.stripPrefixes.contains(TextFolding.fold(String(words[0]))) {
            name = String(words[1])
        }
        var gemeente: String?
        if let open = name.lastIndex(of: "("), name.hasSuffix(")") {
            let inner = name[name.index(after: open)..<name.index(before: name.endIndex)]
            if let found = Self.afterMarker(String(inner), markers: rules.gemeenteMarkers) {
                gemeente = found
                name = String(name[..<open]).trimmingCharacters(in: .whitespaces)
            }
        }
        if gemeente == nil {
            gemeente = Self.afterMarker(name, markers: rules.gemeenteMarkers) ?? gazetteer.find(in: name)
        }
        self.name = name
        self.gemeente = gemeente
    }

    /// The words after "gemeente" up to a closing bracket or the end, if the marker occurs.
    private static func afterMarker(_ text: String, markers: [String]) -> String? {
        let words = text.split(separator: " ").map(String.init)
        guard let markerIndex = words.firstIndex(where: { markers.contains(TextFolding.fold($0)) }),
              markerIndex + 1 < words.count else { return nil }
        var rest = words[(markerIndex + 1)...].joined(separator: " ")
        if let close = rest.firstIndex(of: ")") { rest = String(rest[..<close]) }
        rest = rest.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
        return rest.isEmpty ? nil : rest
    }
}
