import Foundation

/// Reads what a document says about itself: title, metadata fields, outline and a stated peildatum.
struct DocumentDescriber: Sendable {
    let rules: Rules
    let normaliser: Normaliser
    /// How far into a document its title page and metadata are looked for.
    let openingLines = 80

    struct Description: Sendable {
        var title: String?
        var metadata: [String: String]
        var outline: [DocumentRecord.Heading]
        var peildatum: String?
    }

    func describe(_ document: TextDocument) -> Description {
        let lines = document.lines
        let outline = self.outline(lines, markdown: document.source.format == .markdown)
        let metadata = self.metadata(Array(lines.prefix(openingLines)))
        let markdownTitle = document.source.format == .markdown ? outline.first { $0.level == 1 }?.text : nil
        let title = document.pdf?.title ?? markdownTitle ?? lines.lazy.map(Self.plain).first { $0.filter(\.isLetter).count >= 3 }
        return Description(title: title, metadata: metadata, outline: outline,
                           peildatum: statedPeildatum(lines, metadata, pdfTitle: document.pdf?.title))
    }

    /// The text of a line without Markdown emphasis and heading marks.
    static func plain(_ line: String) -> String {
        if !line.utf8.contains(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") }) {
            return TextFolding.collapseWhitespace(line)
        }
        var text = line.trimmingCharacters(in: .whitespaces)
        while text.hasPrefix("#") { text.removeFirst() }
        text = text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        if text.hasPrefix("*"), text.hasSuffix("*"), text.count > 2 { text = String(text.dropFirst().dropLast()) }
        return TextFolding.collapseWhitespace(text)
    }

    /// Markdown headings; in other text, numbered headings such as "A. Beschrijving …" or "1.2 Doel …".
    private func outline(_ lines: [String], markdown: Bool) -> [DocumentRecord.Heading] {
        var headings: [DocumentRecord.Heading] = []
        for (index, line) in lines.enumerated() {
            if markdown {
                let hashes = line.prefix { $0 == "#" }.count
                guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { continue }
                let text = Self.plain(line)
                guard !text.isEmpty else { continue }
                let (number, rest) = Self.splitNumber(text)
                headings.append(.init(level: hashes, number: number, text: rest, line: index + 1))
            } else {
                guard Self.mayOpenWithNumber(line) else { continue }
                let text = Self.plain(line)
                guard text.count <= 90, !text.hasSuffix("."), !text.hasSuffix(","), case let (number?, rest) = Self.splitNumber(text),
                      number.contains(".") || number.first?.isLetter == true, rest.first?.isUppercase == true else { continue }
                headings.append(.init(level: number.split(separator: ".").count, number: number, text: rest, line: index + 1))
            }
        }
        return headings
    }

    /// False for a line whose first character (past white space and Markdown marks) is no digit, no capital before a
    /// full stop and not beyond ASCII: no numbered heading, whatever `splitNumber` would say.
    private static func mayOpenWithNumber(_ line: String) -> Bool {
        var bytes = line.utf8.drop { $0 == 0x20 || $0 == 0x09 || $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") }
        guard let first = bytes.popFirst() else { return false }
        if first >= 0x80 || (0x30...0x39).contains(first) { return true }
        return (0x41...0x5A).contains(first) && bytes.first == UInt8(ascii: ".")
    }

    /// "1.2 Doel" → ("1.2", "Doel"); "A. Beschrijving" → ("A", "Beschrijving").
    private static func splitNumber(_ text: String) -> (String?, String) {
        let parts = text.split(separator: " ", maxSplits: 1)
        guard parts.count == 2 else { return (nil, text) }
        var token = String(parts[0])
        if token.hasSuffix(".") { token.removeLast() }
        let isNumber = !token.isEmpty && token.split(separator: ".").allSatisfy { $0.allSatisfy(\.isNumber) && !$0.isEmpty }
        let isLetter = token.count == 1 && token.first?.isUppercase == true && parts[0].hasSuffix(".")
        return isNumber || isLetter ? (token, String(parts[1])) : (nil, text)
    }

    /// "LABEL: value" lines, or a run of labels followed by a run of values in the same order.
    private func metadata(_ lines: [String]) -> [String: String] {
        let plain = lines.map(Self.plain)
        var result: [String: String] = [:]
        var index = 0
        while index < plain.count {
            var labels: [String] = []
            var cursor = index
            while cursor < plain.count, let field = rules.metadata.field(forLabel: plain[cursor]) {
                labels.append(field)
                cursor += 1
            }
            if labels.count >= 2 {
                let values = plain[cursor...].filter { !$0.isEmpty }.prefix(labels.count)
                for (field, value) in zip(labels, values) where result[field] == nil { result[field] = value }
                index = cursor + 1
                continue
            }
            if let colon = plain[index].firstIndex(of: ":"), let field = rules.metadata.field(forLabel: String(plain[index][..<colon])) {
                let value = plain[index][plain[index].index(after: colon)...].trimmingCharacters(in: .whitespaces)
                if !value.isEmpty, result[field] == nil { result[field] = value }
            }
            index += 1
        }
        return result
    }

    /// A peildatum the document states: after a marker, in its date field, or in a dateline.
    /// Bytes before a dateline's comma at most ("Capelle aan den IJssel, 3 maart 2022").
    private static let longestPlace = 48

    private func statedPeildatum(_ lines: [String], _ metadata: [String: String], pdfTitle: String?) -> String? {
        // Each opening line with the next, so a date broken over a line end still counts; and a PDF's own title.
        let opening = Array(lines.prefix(openingLines))
        var candidates = zip(opening, opening.dropFirst() + [""]).map { "\($0) \($1)" }
        if let pdfTitle { candidates.insert(pdfTitle, at: 0) }
        for text in candidates {
            if let date = normaliser.dateAfter(markers: rules.peildatum.markers, in: text) { return date }
        }
        if let field = metadata["date"], let date = fullDate(field) { return date }
        for line in lines where Self.mayBeDateline(line) {
            let plain = Self.plain(line)
            // A place is a few words: a comma further on is not a dateline's.
            guard let comma = plain.utf8.prefix(Self.longestPlace).firstIndex(of: UInt8(ascii: ",")),
                  rules.peildatum.datelinePlaces.contains(TextFolding.fold(String(plain[..<comma]))) else { continue }
            if let date = fullDate(String(plain[plain.index(after: comma)...])) { return date }
        }
        return nil
    }

    /// False when `line` cannot be a dateline, found without making its plain text: it has no comma, or so many
    /// letters and digits before its first one that the plain text's comma lies past `longestPlace` (`plain` drops
    /// markup and spaces only, never a letter, a digit or a comma).
    private static func mayBeDateline(_ line: String) -> Bool {
        var kept = 0
        for byte in line.utf8 {
            if byte == UInt8(ascii: ",") { return true }
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                kept += 1
                if kept >= longestPlace { return false }
            default: break
            }
        }
        return false
    }

    /// The text as one full calendar date ("12 oktober 2022" → "2022-10-12"), or `nil`.
    private func fullDate(_ text: String) -> String? {
        let found = normaliser.expressions(in: text)
        guard found.count == 1, let date = found.first, date.type == .date, date.mod == nil,
              let timex = date.timex, RecordValidator.isISODate(timex) else { return nil }
        return timex
    }
}
