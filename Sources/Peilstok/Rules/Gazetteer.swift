/// Known municipality names (`Rules/gemeenten.yml`).
public struct Gazetteer: Sendable {
    /// Names as documents write them, longest first so "Den Haag" wins over a shorter match.
    public var names: [String]

    static func parse(_ root: RuleNode) throws(RuleError) -> Gazetteer {
        _ = try root.entries(allowed: ["gemeenten"])
        let names = try root.required("gemeenten").strings()
        return Gazetteer(names: names.sorted { ($0.count, $0) > ($1.count, $1) })
    }

    /// The first known municipality written right after one of `markers` ("… de gemeente Zwolle …").
    public func findAfter(markers: [String], in text: String) -> String? {
        let words = TextFolding.fold(text).split(separator: " ").map { $0.trimmingCharacters(in: .punctuationCharacters) }
        for (index, word) in words.enumerated() where markers.contains(word) {
            let following = words[(index + 1)...].prefix(4).joined(separator: " ")
            if let name = names.first(where: { following == TextFolding.fold($0) || following.hasPrefix(TextFolding.fold($0) + " ") }) {
                return name
            }
        }
        return nil
    }

    /// The first known municipality named in `text` as whole words, or before a hyphen ("Amsterdam-Noord").
    public func find(in text: String) -> String? {
        let folded = TextFolding.fold(text)
        for name in names {
            let key = TextFolding.fold(name)
            var searchRange = folded.startIndex..<folded.endIndex
            while let range = folded.range(of: key, range: searchRange) {
                let before = range.lowerBound == folded.startIndex ? nil : folded[folded.index(before: range.lowerBound)]
                let after = range.upperBound == folded.endIndex ? nil : folded[range.upperBound]
                let startsWord = before.map { !$0.isLetter && !$0.isNumber && $0 != "-" } ?? true
                let endsWord = after.map { !$0.isLetter && !$0.isNumber } ?? true
                if startsWord && endsWord { return name }
                searchRange = range.upperBound..<folded.endIndex
            }
        }
        return nil
    }
}
