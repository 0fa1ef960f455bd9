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
    private let byOpening: [String: [(scalars: [Unicode.Scalar], name: String, isWord: Bool)]]
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

    /// A gazetteer of current municipalities and, per written name, the codes it stands for; of two names that fold
    /// alike the first is kept.
    init(municipalities: [Municipality], names: [(name: String, codes: [String])], commonWords: Set<String> = []) {
        self.municipalities = Dictionary(municipalities.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        var entries: [String: (name: String, codes: [String])] = [:]
        for (name, codes) in names {
            let folded = TextFolding.fold(name)
            if entries[folded] == nil { entries[folded] = (name, codes) }
        }
        self.entries = entries
        let words = Set(commonWords.map(TextFolding.fold))
        var byOpening: [String: [(scalars: [Unicode.Scalar], name: String, isWord: Bool)]] = [:]
        for (folded, entry) in entries {
            let scalars = Array(folded.unicodeScalars)
            guard scalars.count >= 2 else { continue }
            byOpening[Self.opening(scalars, at: 0), default: []].append((scalars, entry.name, words.contains(folded)))
        }
        self.byOpening = byOpening
        mostWords = entries.keys.map { $0.split(separator: " ").count }.max() ?? 1
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

    /// The first two scalars from `start`, the key names are filed under.
    private static func opening(_ scalars: [Unicode.Scalar], at start: Int) -> String {
        var key = String.UnicodeScalarView()
        key.append(contentsOf: scalars[start..<min(start + 2, scalars.count)])
        return String(key)
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
        var known: Set<String> = []
        for item in try root.required("municipalities").items() {
            _ = try item.entries(allowed: ["code", "name", "province", "also"])
            let code = try Self.code(try item.required("code"))
            guard known.insert(code).inserted else {
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
            let folded = Set(names.map { TextFolding.fold($0.name) })
            for item in try wordsNode.items() {
                let word = try item.string()
                guard folded.contains(TextFolding.fold(word)) else { throw item.error("'\(word)' is no municipality's name") }
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
