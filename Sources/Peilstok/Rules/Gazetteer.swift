import Foundation

/// The Dutch municipalities (`Rules/gemeenten.yml`): every current one with its CBS code and province, the short
/// forms documents use ("Den Haag", "Den Bosch"), and the former municipalities that merged into current ones.
public struct Gazetteer: Sendable {
    /// Every name a document may write, longest first, so "Bergen op Zoom" wins over a shorter match.
    public let names: [String]
    /// The current municipalities, by CBS code.
    public let municipalities: [String: Municipality]
    /// Folded name → the codes of the current municipalities it is, or became part of.
    private let codes: [String: [String]]
    /// Folded names as scalars, by their first two scalars, for `find(in:)`.
    private let byOpening: [String: [(scalars: [Unicode.Scalar], name: String)]]
    /// The most words any name has.
    private let longestName: Int
    /// Folded names that are also words ("best", "heel"), taken for a municipality only inside a sentence.
    private let commonWords: Set<String>

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

    /// A gazetteer of current municipalities and, per written name, the codes it stands for.
    init(municipalities: [Municipality], names: [(name: String, codes: [String])], commonWords: Set<String> = []) {
        self.commonWords = Set(commonWords.map(TextFolding.fold))
        self.municipalities = Dictionary(municipalities.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        var codes: [String: [String]] = [:]
        var written: [String] = []
        for (name, nameCodes) in names where codes[TextFolding.fold(name)] == nil {
            codes[TextFolding.fold(name)] = nameCodes
            written.append(name)
        }
        self.codes = codes
        self.names = written.sorted { ($0.count, $0) > ($1.count, $1) }
        var byOpening: [String: [(scalars: [Unicode.Scalar], name: String)]] = [:]
        for name in self.names {
            let scalars = Array(TextFolding.fold(name).unicodeScalars)
            guard scalars.count >= 2 else { continue }
            byOpening[Self.opening(scalars, at: 0), default: []].append((scalars, name))
        }
        self.byOpening = byOpening
        longestName = self.names.map { TextFolding.fold($0).split(separator: " ").count }.max() ?? 1
    }

    /// The current municipality a name stands for: itself, the one a short form names, or the one a former
    /// municipality became part of; `nil` for an unknown name or one split among several.
    public func municipality(named name: String) -> Municipality? {
        guard let found = codes[TextFolding.fold(name)], found.count == 1 else { return nil }
        return municipalities[found[0]]
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
        let words = written.map { $0.trimmingCharacters(in: .punctuationCharacters) }
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
        let following = words[start...].prefix(longestName)
        for count in stride(from: following.count, through: 1, by: -1) {
            let candidate = following.prefix(count).joined(separator: " ")
            if codes[candidate] != nil, let name = names.first(where: { TextFolding.fold($0) == candidate }) { return (name, count) }
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
            if start > 0, Self.joins(scalars[start - 1]) || scalars[start - 1] == "-" { continue }
            guard let candidates = byOpening[Self.opening(scalars, at: start)] else { continue }
            for (key, name) in candidates where start + key.count <= scalars.count {
                guard scalars[start..<(start + key.count)].elementsEqual(key) else { continue }
                let end = start + key.count
                guard end == scalars.count || !Self.joins(scalars[end]) else { continue }
                guard Self.isCapitalised(written[start..<end]) else { continue }
                if commonWords.contains(TextFolding.fold(name)), Self.opensSentence(written, at: start) { continue }
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

    /// The first two scalars from `start`, the key names are filed under.
    private static func opening(_ scalars: [Unicode.Scalar], at start: Int) -> String {
        var key = String.UnicodeScalarView()
        key.append(contentsOf: scalars[start..<min(start + 2, scalars.count)])
        return String(key)
    }

    /// True for a letter or digit: a name touching one is part of a longer word.
    private static func joins(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isQuickLetter || scalar.properties.numericType != nil
    }
}

extension Gazetteer {
    /// Reads `gemeenten.yml`: `municipalities` (code, name, province, and `also` for short forms) and `former`
    /// (name, code, year, and `into`, the codes of the current municipalities it became part of).
    static func parse(_ root: RuleNode) throws(RuleError) -> Gazetteer {
        _ = try root.entries(allowed: ["as_of", "source", "municipalities", "former", "common_words"])
        var municipalities: [Municipality] = []
        var names: [(name: String, codes: [String])] = []
        var shortForms: [(name: String, codes: [String], node: RuleNode)] = []
        var officialNames: [String: String] = [:]
        for item in try root.required("municipalities").items() {
            _ = try item.entries(allowed: ["code", "name", "province", "also"])
            let code = try Self.code(try item.required("code"))
            guard !municipalities.contains(where: { $0.code == code }) else {
                throw try item.required("code").error("code \(code) is listed twice")
            }
            let name = try item.required("name").string()
            if let other = officialNames[TextFolding.fold(name)] {
                throw try item.required("name").error("'\(name)' is already the name of \(other)")
            }
            officialNames[TextFolding.fold(name)] = code
            municipalities.append(Municipality(code: code, name: name, province: try item.required("province").string()))
            names.append((name, [code]))
            if let also = try item.optional("also") {
                for form in try also.strings() { shortForms.append((form, [code], also)) }
            }
        }
        for (form, codes, node) in shortForms {
            if let other = officialNames[TextFolding.fold(form)], other != codes[0] {
                throw node.error("short form '\(form)' is the official name of \(other)")
            }
            names.append((form, codes))
        }
        let known = Set(municipalities.map(\.code))
        for item in try root.optional("former")?.items() ?? [] {
            _ = try item.entries(allowed: ["name", "code", "year", "into"])
            let name = try item.required("name").string()
            if let codeNode = try item.optional("code") { _ = try Self.code(codeNode) }
            _ = try item.optional("year")?.int(in: 1800...2100)
            let intoNode = try item.required("into")
            var into: [String] = []
            for codeNode in try intoNode.items() {
                let code = try Self.code(codeNode)
                guard known.contains(code) else { throw codeNode.error("\(code) is not a current municipality's code") }
                if !into.contains(code) { into.append(code) }
            }
            guard !into.isEmpty else { throw intoNode.error("expected at least one code") }
            // A current municipality of the same name is meant before a former one.
            names.append((name, into))
        }
        var commonWords: Set<String> = []
        if let wordsNode = try root.optional("common_words") {
            let known = Set(names.map { TextFolding.fold($0.name) })
            for item in try wordsNode.items() {
                let word = try item.string()
                guard known.contains(TextFolding.fold(word)) else { throw item.error("'\(word)' is no municipality's name") }
                commonWords.insert(word)
            }
        }
        return Gazetteer(municipalities: municipalities, names: names, commonWords: commonWords)
    }

    private static func code(_ node: RuleNode) throws(RuleError) -> String {
        let code = try node.string()
        guard code.count == 6, code.hasPrefix("GM"), code.dropFirst(2).allSatisfy(\.isASCII), code.dropFirst(2).allSatisfy(\.isNumber) else {
            throw node.error("'\(code)' is not a CBS municipality code (GM and four digits)")
        }
        return code
    }
}
