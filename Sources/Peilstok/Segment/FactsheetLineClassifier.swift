import Foundation

/// Decides what each line of a factsheet text layer is, from `Rules/kinds.yml` and `Rules/sections.yml`.
struct FactsheetLineClassifier {
    let layout: FactsheetLayoutRule
    let sections: [SectionRule]
    let years: ClosedRange<Int>

    func classify(_ lines: [String]) -> [FactsheetLine] {
        let trimmed = lines.map { $0.trimmingCharacters(in: .whitespaces) }
        let folded = trimmed.map(TextFolding.fold)
        var headingKeys = [String?](repeating: nil, count: lines.count)
        for index in folded.indices where !folded[index].isEmpty {
            headingKeys[index] = SectionRule.key(forFoldedHeading: folded[index], in: sections)
        }
        let context = Context(folded: folded, headingKeys: headingKeys)
        var kinds = [FactsheetLine](repeating: .blank, count: lines.count)
        var index = 0
        while index < trimmed.count {
            let kind = classify(at: index, trimmed, raw: lines[index], context)
            kinds[index] = kind
            // Lines a heading or figure spans stay `.blank`.
            switch kind {
            case .pilot(_, let consumed), .section(_, let consumed, _), .figure(_, _, _, let consumed):
                index += consumed
            default:
                index += 1
            }
        }
        return kinds
    }

    private func nextNonBlank(after index: Int, _ lines: [String]) -> Int? {
        var cursor = index + 1
        while cursor < lines.count {
            if !lines[cursor].isEmpty { return cursor }
            cursor += 1
        }
        return nil
    }

    /// Each line folded, and the section key a line opens on its own, computed once per document.
    struct Context {
        let folded: [String]
        let headingKeys: [String?]
    }

    /// A section heading at `index`: one line, a heading broken over two lines, or a heading with its body on the line.
    func sectionHeading(at index: Int, _ lines: [String], _ context: Context) -> FactsheetLine? {
        let line = lines[index]
        guard !line.isEmpty else { return nil }
        if let key = context.headingKeys[index] { return .section(key: key, consumed: 1, rest: nil) }
        if SectionRule.isHeadingStart(folded: context.folded[index], in: sections), let next = nextNonBlank(after: index, lines),
           let key = SectionRule.key(forFoldedHeading: context.folded[index] + " " + context.folded[next], in: sections) {
            return .section(key: key, consumed: next - index + 1, rest: nil)
        }
        if let inline = SectionRule.inlineHeading(line, in: sections) {
            return .section(key: inline.key, consumed: 1, rest: inline.rest)
        }
        return nil
    }

    private func classify(at index: Int, _ lines: [String], raw: String, _ context: Context) -> FactsheetLine {
        let line = lines[index]
        if line.isEmpty { return .blank }
        let folded = context.folded[index]
        if let heading = pilotHeading(at: index, lines, context) { return heading }
        if let section = sectionHeading(at: index, lines, context) { return section }
        if let kind = layoutKind(line, folded: folded) { return kind }
        // A legal-aid caption broken before its last word: "0e, 1e en 2e" / "lijn".
        if let next = nextNonBlank(after: index, lines), context.folded[next] == layout.lijnWord,
           let lijn = lijnCaption(folded + " " + layout.lijnWord) {
            return .lijn(lijn)
        }
        if let figure = figure(at: index, lines, context) { return figure }
        return .text
    }

    /// "Pilot …" followed, within a few lines, by a section heading; the lines between continue the heading,
    /// except caption and layout lines, which are skipped and keep their own meaning.
    private func pilotHeading(at index: Int, _ lines: [String], _ context: Context) -> FactsheetLine? {
        let line = lines[index]
        let words = line.split(separator: " ")
        guard words.count >= 2, context.folded[index].hasPrefix(layout.headingPrefix + " "), line.count <= 120,
              !line.hasSuffix(".") else { return nil }
        var parts = [line]
        var consumed = 1
        var continuing = true
        var cursor = index
        for _ in 0..<layout.headingLines {
            guard let next = nextNonBlank(after: cursor, lines) else { return nil }
            if sectionHeading(at: next, lines, context) != nil {
                return .pilot(heading: TextFolding.collapseWhitespace(parts.joined(separator: " ")), consumed: consumed)
            }
            if layoutKind(lines[next], folded: context.folded[next]) != nil {
                continuing = false
            } else {
                guard continuing, lines[next].count <= 60, !lines[next].hasSuffix(".") else { return nil }
                parts.append(lines[next])
                consumed = next - index + 1
            }
            cursor = next
        }
        return nil
    }

    /// What a caption, legend or other layout line is, judged from the line alone; `nil` for any other line.
    /// Such a line never continues a heading.
    private func layoutKind(_ line: String, folded: String) -> FactsheetLine? {
        if layout.pageEnd.contains(folded) || isAxis(line) { return .pageEnd }
        if let lijn = lijnCaption(folded) { return .lijn(lijn) }
        if folded == layout.lijnWord { return .caption }
        if let vorm = layout.vorm[folded] { return .vorm(vorm) }
        return nil
    }

    /// "1e lijn", "0e en 1e lijn", "1e en 2e lijn": the lines named. With the `tolerance` of a line OCR read, a level
    /// may be misread as OCR misreads ("Oe" for "0e"), and up to two marks an icon left before the caption are
    /// passed over ("& 1e en 2e lijn", "Ee Oe, 1e en 2e lijn").
    func lijnCaption(_ folded: String, tolerance: OCRTolerance? = nil) -> [String]? {
        let words = folded.replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
        guard words.count >= 2, words.count <= 7, words.last == layout.lijnWord else { return nil }
        let levels = ["0e", "1e", "2e"]
        func level(_ word: String) -> String? {
            if levels.contains(word) { return word }
            guard let tolerance else { return nil }
            let read = tolerance.canonical(word)
            return levels.first { tolerance.canonical($0) == read }
        }
        var found: [String] = []
        var passedOver = 0
        for (index, word) in words.dropLast().enumerated() {
            if let level = level(word) {
                found.append(level)
            } else if ["en", "of"].contains(word) {
                continue
            } else if tolerance != nil, found.isEmpty, index == passedOver, passedOver < 2, word.count <= 2 {
                passedOver += 1
            } else {
                return nil
            }
        }
        return found.isEmpty ? nil : Array(Set(found)).sorted()
    }

    /// Axis labels: only years, possibly run together ("2022 20232020 2021").
    func isAxis(_ line: String) -> Bool {
        let groups = line.split(separator: " ")
        guard !groups.isEmpty, groups.allSatisfy({ $0.allSatisfy(\.isNumber) && $0.count % 4 == 0 }) else { return false }
        for group in groups {
            var rest = Substring(group)
            while !rest.isEmpty {
                guard let year = Int(rest.prefix(4)), years.contains(year) else { return false }
                rest = rest.dropFirst(4)
            }
        }
        return true
    }

    /// A headline figure: a line that is only a number ("57", "1.361"), a qualifier and a number on one line or
    /// two ("Ca. 1000"), or a number with a short lowercase label on its line ("48 best practices").
    private func figure(at index: Int, _ lines: [String], _ context: Context) -> FactsheetLine? {
        let line = lines[index]
        if let value = Self.number(line) {
            return .figure(value: value, text: line, label: nil, consumed: 1)
        }
        if layout.figureQualifiers.contains(context.folded[index]), let next = nextNonBlank(after: index, lines),
           let value = Self.number(lines[next]) {
            return .figure(value: value, text: "\(line) \(lines[next])", label: nil, consumed: next - index + 1)
        }
        let words = line.split(separator: " ")
        if words.count == 2, layout.figureQualifiers.contains(TextFolding.fold(String(words[0]))),
           let value = Self.number(String(words[1])) {
            return .figure(value: value, text: line, label: nil, consumed: 1)
        }
        if words.count >= 2, words.count <= 4, line.count <= 30, let value = Self.number(String(words[0])),
           words[1].first?.isLowercase == true, let last = line.last, !".!?:;,".contains(last) {
            return .figure(value: value, text: String(words[0]), label: words.dropFirst().joined(separator: " "),
                           consumed: 1)
        }
        return nil
    }

    static func number(_ text: String) -> Double? {
        guard !text.isEmpty, text.allSatisfy({ $0.isNumber || $0 == "." }), text.first?.isNumber == true,
              text.last?.isNumber == true,
              let value = QuantityParser.digits(text) else { return nil }
        return NSDecimalNumber(decimal: value).doubleValue
    }
}
