import Foundation

/// The Dutch municipalities (`Rules/gemeenten.yml`): every current one with its CBS code and province, the short
/// forms documents use ("Den Haag", "Den Bosch"), and the former municipalities that merged into current ones.
public struct Gazetteer: Sendable {
    /// The current municipalities, by CBS code.
    public let municipalities: [String: Municipality]
    /// Folded name → the name as written and the codes of the current municipalities it is, or became part of.
    private let entries: [String: (name: String, codes: [String])]
    /// Folded names as scalars, by their first two scalars, for `find(in:)`; `isWord` for a name that is also a word
    /// ("best", "heel"), taken for a municipality only inside a sentence.
    private let byOpening: [UInt64: [(scalars: [Unicode.Scalar], name: String, isWord: Bool)]]
    /// The most words any name has.
    private let mostWords: Int

    /// One current municipality.
    public struct Municipality: Sendable, Hashable, Codable {
        /// The CBS code, `GM` and four digits.
        public var code: String
        /// The official name, as CBS writes it ("'s-Gravenhage").
        public var name: String
        public var province: String

        public init(code: String, name: String, province: String) {
            self.code = code
            self.name = name
            self.province = province
        }
    }

    /// A gazetteer of current municipalities and, per written name (with its `TextFolding.fold`), the codes it stands
    /// for; of two names that fold alike the first is kept. `commonWords` are folded too.
    init(municipalities: [Municipality], names: [(name: String, folded: String, codes: [String])], commonWords: Set<String> = []) {
        self.municipalities = Dictionary(municipalities.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        var entries: [String: (name: String, codes: [String])] = [:]
        entries.reserveCapacity(names.count)
        var mostWords = 1
        var byOpening: [UInt64: [(scalars: [Unicode.Scalar], name: String, isWord: Bool)]] = [:]
        for (name, folded, codes) in names where entries[folded] == nil {
            entries[folded] = (name, codes)
            mostWords = max(mostWords, folded.utf8.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 })
            let scalars = Array(folded.unicodeScalars)
            guard scalars.count >= 2 else { continue }
            byOpening[Self.opening(scalars, at: 0), default: []].append((scalars, name, commonWords.contains(folded)))
        }
        self.entries = entries
        self.byOpening = byOpening
        self.mostWords = mostWords
    }

    /// The current municipality a name stands for: itself, the one a short form names, or the one a former
    /// municipality became part of; `nil` for an unknown name or one split among several.
    public func municipality(named name: String) -> Municipality? {
        guard let codes = entries[TextFolding.fold(name)]?.codes, codes.count == 1 else { return nil }
        return municipalities[codes[0]]
    }

    /// The municipality a pilot's opening text names for it: the one after a marker ("… in de gemeente Zwolle …"),
    /// none when the marker opens a list ("gemeente Venray en Hengelo": the pilot is in several), or else the
    /// longest one named in its first sentence.
    public func gemeente(opening text: String, names rules: NameRules) -> String? {
        switch findAfter(markers: rules.gemeenteMarkers, listWords: rules.listWords, in: text) {
        case .one(let name): return name
        case .several: return nil
        case nil: return find(in: text.split(separator: ".", maxSplits: 1).first.map(String.init) ?? text)
        }
    }

    /// What follows a municipality marker.
    public enum Marked: Equatable, Sendable {
        case one(String)
        /// A comma or a list word joins the name to another known one.
        case several
    }

    /// The known municipality written right after one of `markers`: the longest name the next words begin with, or
    /// `several` when a comma or one of `listWords` joins it to another; `nil` when no marker is followed by a name.
    public func findAfter(markers: [String], listWords: [String] = [], in text: String) -> Marked? {
        let written = TextFolding.fold(text).split(separator: " ")
        let words = written.map { $0.trimmingPunctuation() }
        for (index, word) in words.enumerated() where markers.contains(word) {
            guard let (name, count) = longestName(at: index + 1, in: words) else { continue }
            let end = index + 1 + count
            let joined = written[end - 1].hasSuffix(",") ? end : (end < words.count && listWords.contains(words[end]) ? end + 1 : nil)
            if let joined, longestName(at: joined, in: words) != nil { return .several }
            return .one(name)
        }
        return nil
    }

    /// The longest known name `words` begin with at `start`, and how many words it has.
    private func longestName(at start: Int, in words: [String]) -> (String, Int)? {
        guard start < words.count else { return nil }
        let following = words[start...].prefix(mostWords)
        for count in stride(from: following.count, through: 1, by: -1) {
            if let entry = entries[following.prefix(count).joined(separator: " ")] { return (entry.name, count) }
        }
        return nil
    }

    /// The longest known municipality named in `text` as whole words, or before a hyphen ("Amsterdam-Noord"), and
    /// written as a name: capitalised ("Buren", not "de buren"; "Best", not "het best"), or after "'s-".
    public func find(in text: String) -> String? {
        let written = Self.foldingKeepingCase(text)
        let scalars = written.map(Self.lowercased)
        var best: String?
        for start in scalars.indices.dropLast() {
            if start > 0, scalars[start - 1].isLetterOrDigit || scalars[start - 1] == "-" { continue }
            guard let candidates = byOpening[Self.opening(scalars, at: start)] else { continue }
            for (key, name, isWord) in candidates where start + key.count <= scalars.count {
                guard scalars[start..<(start + key.count)].elementsEqual(key) else { continue }
                let end = start + key.count
                guard end == scalars.count || !scalars[end].isLetterOrDigit else { continue }
                guard Self.isCapitalised(written[start..<end]) else { continue }
                if isWord, Self.opensSentence(written, at: start) { continue }
                if let current = best, (current.count, current) >= (name.count, name) { continue }
                best = name
            }
        }
        return best
    }

    /// Text folded as `TextFolding.fold` does but for its case: diacritics dropped, white space collapsed.
    private static func foldingKeepingCase(_ text: String) -> [Unicode.Scalar] {
        let plain = text.utf8.allSatisfy { $0 < 0x80 } ? text
            : text.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        return Array(TextFolding.collapseWhitespace(plain).unicodeScalars)
    }

    /// The scalar in lower case, and a typographic apostrophe as the plain one names are written with.
    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar == "\u{2019}" { return "'" }
        if scalar.isASCII { return ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : scalar
    }

    /// True when `start` is the first word of the text or of a sentence in it.
    private static func opensSentence(_ scalars: [Unicode.Scalar], at start: Int) -> Bool {
        var index = start - 1
        while index >= 0, scalars[index] == " " || scalars[index] == "\"" || scalars[index] == "(" { index -= 1 }
        return index < 0 || ".!?:;•".unicodeScalars.contains(scalars[index])
    }

    /// True when the first letter of a name as written is a capital, or, after "'s-", the first letter after the hyphen.
    private static func isCapitalised(_ span: ArraySlice<Unicode.Scalar>) -> Bool {
        var letters = span.drop { !$0.isQuickLetter }
        if let s = letters.first, s == "s", span.first == "'" || span.first == "\u{2019}",
           letters.dropFirst().first == "-" {
            letters = letters.dropFirst(2)
        }
        return letters.first?.properties.isUppercase ?? false
    }

    /// The first two scalars from `start` (there must be two), the key names are filed under.
    private static func opening(_ scalars: [Unicode.Scalar], at start: Int) -> UInt64 {
        UInt64(scalars[start].value) << 32 | UInt64(scalars[start + 1].value)
    }
}

extension Gazetteer {
    /// Reads `gemeenten.yml`: the tables `municipalities` (code | name | province | customary names) and `former`
    /// (name | code | year ended | now part of), and the list `common_words`.
    static func parse(_ root: RuleNode) throws(RuleError) -> Gazetteer {
        _ = try root.entries(allowed: ["as_of", "source", "municipalities", "former", "common_words"])
        var municipalities: [Municipality] = []
        var names: [(name: String, folded: String, codes: [String])] = []
        var shortForms: [(name: String, codes: [String], row: RuleTable.Row)] = []
        var officialNames: [String: String] = [:]
        var known: Set<String> = []
        let current = try RuleTable(try root.required("municipalities"), columns: ["code", "name", "province", "customary names"], required: 3)
        for row in current.rows {
            let code = try Self.code(try row.field(0, "code"), in: row)
            guard known.insert(code).inserted else { throw row.error("code \(code) is listed twice") }
            let name = try row.field(1, "name")
            let folded = TextFolding.fold(name)
            if let other = officialNames.updateValue(code, forKey: folded) {
                throw row.error("'\(name)' is already the name of \(other)")
            }
            municipalities.append(Municipality(code: code, name: name, province: try row.field(2, "province")))
            names.append((name, folded, [code]))
            for form in try row.list(3, "customary names") { shortForms.append((form, [code], row)) }
        }
        for (form, codes, row) in shortForms {
            let folded = TextFolding.fold(form)
            if let other = officialNames[folded], other != codes[0] {
                throw row.error("customary name '\(form)' is the official name of \(other)")
            }
            names.append((form, folded, codes))
        }
        if let formerNode = try root.optional("former") {
            for row in try RuleTable(formerNode, columns: ["name", "code", "year ended", "now part of"], required: 4).rows {
                let name = try row.field(0, "name")
                _ = try Self.code(try row.field(1, "code"), in: row)
                let year = try row.field(2, "year ended")
                guard let ended = Int(year), (1800...2100).contains(ended) else {
                    throw row.error("'\(year)' is not a year from 1800 to 2100")
                }
                var into: [String] = []
                for item in try row.list(3, "now part of") {
                    let code = try Self.code(item, in: row)
                    guard known.contains(code) else { throw row.error("\(code) is not a current municipality's code") }
                    if !into.contains(code) { into.append(code) }
                }
                guard !into.isEmpty else { throw row.error("missing now part of") }
                // A current municipality of the same name is meant before a former one.
                names.append((name, TextFolding.fold(name), into))
            }
        }
        var commonWords: Set<String> = []
        if let wordsNode = try root.optional("common_words") {
            let folded = Set(names.map(\.folded))
            for item in try wordsNode.items() {
                let word = try item.string()
                let foldedWord = TextFolding.fold(word)
                guard folded.contains(foldedWord) else { throw item.error("'\(word)' is no municipality's name") }
                commonWords.insert(foldedWord)
            }
        }
        return Gazetteer(municipalities: municipalities, names: names, commonWords: commonWords)
    }

    private static func code(_ code: String, in row: RuleTable.Row) throws(RuleError) -> String {
        guard code.utf8.count == 6, code.hasPrefix("GM"), code.utf8.dropFirst(2).allSatisfy({ (0x30...0x39).contains($0) }) else {
            throw row.error("'\(code)' is not a CBS municipality code (GM and four digits)")
        }
        return code
    }
}
