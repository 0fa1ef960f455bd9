/// One section of a document kind and what opens it (an entry of `Rules/sections.yml`).
public struct SectionRule: Sendable {
    public var key: String
    /// The section's first heading in words as `Rules/sections.yml` writes it, for people ("AVG", "Financiering"
    /// rather than "€"); `nil` for a section opened by cues alone.
    public var title: String?
    /// Folded heading variants.
    public var headings: [String]
    /// Folded headings that may share their line with the start of the body ("€", "AVG").
    public var inline: [String]
    /// Folded cue words that open the section in a kind without headings.
    public var cues: [String]
    /// The headings' canonical forms for OCR-tolerant matching (`Rules/ocr.yml`), and the tolerance.
    var ocrHeadings: [CanonicalHeading] = []
    var tolerance: OCRTolerance?

    /// A heading in canonical form, as scalars, with the edits a reading of it may differ by.
    struct CanonicalHeading: Sendable {
        let scalars: [Unicode.Scalar]
        let allowedEdits: Int

        init(_ canonical: String, tolerance: OCRTolerance) {
            scalars = Array(canonical.unicodeScalars)
            allowedEdits = tolerance.allowedEdits(canonical)
        }
    }

    /// The rule with its headings prepared for OCR-tolerant matching.
    func tolerating(_ tolerance: OCRTolerance) -> SectionRule {
        var rule = self
        rule.tolerance = tolerance
        rule.ocrHeadings = headings.map { CanonicalHeading(tolerance.canonical($0), tolerance: tolerance) }
        return rule
    }

    /// The section key a heading opens, if any: folded, trailing colon dropped, with the errors OCR makes tolerated
    /// (`OCRTolerance`): none beyond confusions in a short heading, more in a long one.
    static func key(forHeading text: String, in rules: [SectionRule]) -> String? {
        key(forFoldedHeading: TextFolding.fold(text), in: rules)
    }

    /// `key(forHeading:in:)` for text already folded.
    static func key(forFoldedHeading text: String, in rules: [SectionRule]) -> String? {
        let folded = trimmedHeading(text)
        guard !folded.isEmpty else { return nil }
        if let exact = rules.first(where: { $0.headings.contains(folded) }) { return exact.key }
        var canonicalRead: [Unicode.Scalar]?
        for rule in rules {
            guard let tolerance = rule.tolerance else { continue }
            let read = canonicalRead ?? tolerance.canonicalScalars(folded)
            canonicalRead = read
            for heading in rule.ocrHeadings
            where tolerance.matches(canonicalRead: read, canonicalExpected: heading.scalars, allowedEdits: heading.allowedEdits) {
                return rule.key
            }
        }
        return nil
    }

    /// A heading that opens a line and is followed by body text on the same line ("AVG Er is …"): key and the rest.
    static func inlineHeading(_ line: String, in rules: [SectionRule]) -> (key: String, rest: String)? {
        inlineHeading(line, folded: TextFolding.fold(line), in: rules)
    }

    /// `inlineHeading(_:in:)` for a line whose folded form (`TextFolding.fold`) is at hand.
    static func inlineHeading(_ line: String, folded: String, in rules: [SectionRule]) -> (key: String, rest: String)? {
        for rule in rules {
            for heading in rule.inline where folded.hasPrefix(heading + " ") {
                let words = TextFolding.collapseWhitespace(line).split(separator: " ")
                let headingWords = heading.split(separator: " ").count
                return (rule.key, words.dropFirst(headingWords).joined(separator: " "))
            }
        }
        return nil
    }

    /// True when folded `text` could be the first line of a heading broken over two lines.
    static func isHeadingStart(folded text: String, in rules: [SectionRule]) -> Bool {
        let folded = trimmedHeading(text)
        // At least eight characters, counted no further than that: most lines are far longer.
        guard !folded.dropFirst(7).isEmpty else { return false }
        return rules.contains { $0.headings.contains { $0.hasPrefix(folded) && $0 != folded } }
    }

    private static func trimmedHeading(_ folded: String) -> String {
        var folded = folded
        while let last = folded.last, last == ":" || last == "." || last == " " { folded.removeLast() }
        return folded
    }

    static func parseFile(_ root: RuleNode, kinds: Set<String>) throws(RuleError) -> [String: [SectionRule]] {
        var result: [String: [SectionRule]] = [:]
        for (kind, keyNode, list) in try root.entries() {
            guard kinds.contains(kind) else {
                throw keyNode.error("unknown document kind '\(kind)' (kinds are listed in kinds.yml)")
            }
            var rules: [SectionRule] = []
            var seen: [String: String] = [:]
            for item in try list.items() {
                _ = try item.entries(allowed: ["key", "headings", "inline", "cues"])
                let keyValue = try item.required("key")
                let key = try keyValue.string()
                guard key.allSatisfy({ $0.isLowercase || $0 == "_" }) else {
                    throw keyValue.error("section key '\(key)' must be lowercase letters and '_'")
                }
                var headings: [String] = []
                var title: String?
                if let headingsNode = try item.optional("headings") {
                    let written = try headingsNode.strings()
                    title = written.first { $0.contains(where: \.isLetter) } ?? written.first
                    headings = written.map(TextFolding.fold)
                    for heading in headings {
                        if let other = seen[heading] {
                            throw headingsNode.error("heading '\(heading)' already opens section '\(other)'")
                        }
                        seen[heading] = key
                    }
                }
                var cues: [String] = []
                if let cuesNode = try item.optional("cues"), cuesNode.node.sequence?.isEmpty == false {
                    cues = try cuesNode.strings().map(TextFolding.fold)
                }
                if headings.isEmpty, try item.optional("cues") == nil {
                    throw item.error("section '\(key)' needs 'headings' or 'cues'")
                }
                var inline: [String] = []
                if let inlineNode = try item.optional("inline") {
                    inline = try inlineNode.strings().map(TextFolding.fold)
                    for heading in inline where !headings.contains(heading) {
                        throw inlineNode.error("inline heading '\(heading)' is not one of the section's headings")
                    }
                }
                rules.append(SectionRule(key: key, title: title, headings: headings, inline: inline, cues: cues))
            }
            result[kind] = rules
        }
        return result
    }
}
