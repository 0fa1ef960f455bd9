import Foundation

/// Reads the `factsheet` layout from a document's pages, by what a factsheet is rather than where one edition put
/// its boxes: a page's pilot is its title, the most prominent line (largest type; in a text layer without type,
/// the line that opens with the heading word, else the page's first line before its first section heading);
/// section headings are lines that match `Rules/sections.yml`; a section's body is the text that follows its
/// heading in reading order, up to the next heading, set like body text; icon captions give `lijn` and `vorm`, and a
/// headline figure is a number set much larger than the body (in a text layer: a line that is only a number), with
/// its caption the small text right after it.
///
/// Nothing depends on the order or position of the boxes, the number of columns or the fonts. A page with
/// sections but no title continues the pilot before it; a page with neither (a cover, contents) is skipped.
struct FactsheetPageReader {
    let layout: FactsheetLayoutRule
    let sections: [SectionRule]
    let names: NameRules
    let gazetteer: Gazetteer
    let years: ClosedRange<Int>
    /// How OCR misreads: used on the lines of OCR'd pages.
    let tolerance: OCRTolerance

    /// How much larger than the body a headline figure is set.
    static let figureScale = 1.4
    /// How much larger than the body (points) a title is set.
    static let titleMargin = 1.0
    /// How far from the section's own body size (points) a line may be set and still belong to the body.
    static let bodyTolerance = 0.25
    /// The most words a title, and a caption line, may have.
    static let titleWords = 16
    static let captionWords = 4

    /// What one line of a page is.
    enum Role: Equatable {
        case text
        case heading(key: String, rest: String?)
        /// The second line of a heading broken over two lines.
        case headingContinuation
        case title
        case lijn([String])
        case vorm(String)
        /// A caption that belongs to no section: a timeline's name, the second line of a caption.
        case caption
        case axis
        /// A line holding one or more headline figures (`PageReading.figures` has them).
        case figure
        case figureLabel
    }

    struct Item {
        let line: DocumentLine
        let block: Int
        let folded: String
        var role: Role = .text
        /// The line's text without surrounding white space, and how many words it has.
        let text: String
        let words: Int
        let size: Double

        init(line: DocumentLine, block: Int, folded: String) {
            self.line = line
            self.block = block
            self.folded = folded
            text = TextFolding.collapseWhitespace(line.text)
            words = text.isEmpty ? 0 : text.utf8.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) }
            size = line.largestFontSize
        }
    }

    /// One page as read: its title (if any), sections, figures and captions.
    struct PageReading {
        var number: Int
        var title: [Item] = []
        var sections: [(key: String, heading: Item, body: [Item])] = []
        /// Body text before the first heading: on a page without a title, it continues the previous page.
        var preamble: [Item] = []
        var figures: [TypedExpression] = []
        var lijn: Set<String> = []
        var vorm: String?

        var titleText: String? {
            title.isEmpty ? nil : TextFolding.collapseWhitespace(title.map(\.text).joined(separator: " "))
        }
    }

    private var classifier: FactsheetLineClassifier {
        FactsheetLineClassifier(layout: layout, sections: sections, years: years)
    }

    func blocks(in document: TextDocument, threads: Int = 1) -> (blocks: [PilotBlock], warnings: [String]) {
        let styled = document.hasLayout
        var pilots: [Pilot] = []
        var warnings: [String] = []
        let readings = document.pages.concurrentMap(threads: threads) { read($0, styled: styled) }
        for (page, reading) in zip(document.pages, readings) {
            if let title = reading.titleText, !reading.sections.isEmpty {
                pilots.append(Pilot(title: title, pages: [reading]))
            } else if !reading.sections.isEmpty || !reading.preamble.isEmpty, !pilots.isEmpty {
                pilots[pilots.count - 1].pages.append(reading)
            } else if !reading.sections.isEmpty {
                warnings.append("page \(page.number): sections before the first pilot title were not assigned")
            }
        }
        return (pilots.concurrentMap(threads: threads) { block(title: $0.title, pages: $0.pages) }, warnings)
    }

    /// A pilot's title and the pages it spans, in order.
    private struct Pilot: Sendable {
        var title: String
        var pages: [PageReading]
    }

    /// Reads one page: roles first, then the title, then the sections.
    func read(_ page: DocumentPage, styled: Bool) -> PageReading {
        var items: [Item] = []
        for (blockIndex, block) in page.blocks.enumerated() {
            for line in block.lines where !line.text.allSatisfy(\.isWhitespace) {
                items.append(Item(line: line, block: blockIndex, folded: TextFolding.fold(line.text)))
            }
        }
        var reading = PageReading(number: page.number)
        guard !items.isEmpty else { return reading }
        markHeadings(&items)
        markCaptions(&items, into: &reading)
        let bodySize = styled ? Self.bodySize(items) : nil
        markFigures(&items, bodySize: bodySize, into: &reading)
        markTitle(&items, bodySize: bodySize)
        markStrayCaptions(&items)
        reading.title = items.filter { $0.role == .title }

        var open: (key: String, heading: Item, body: [Item])?
        for item in items {
            switch item.role {
            case .heading(let key, let rest):
                if let done = open { reading.sections.append(done) }
                var body: [Item] = []
                if let rest, !rest.isEmpty {
                    body.append(Item(line: DocumentLine(number: item.line.number, spans: [StyledSpan(text: rest, style: item.line.style)],
                                                        box: item.line.box),
                                     block: item.block, folded: TextFolding.fold(rest)))
                }
                open = (key, item, body)
            case .text:
                if open != nil { open?.body.append(item) } else { reading.preamble.append(item) }
            default:
                continue
            }
        }
        if let done = open { reading.sections.append(done) }
        reading.sections = reading.sections.map { ($0.key, $0.heading, body($0.body, styled: styled)) }
        if !styled { reading.sections = stitchingSentences(sharingBodies(reading.sections)) }
        reading.preamble = body(reading.preamble, styled: styled)
        return reading
    }

    // MARK: Roles

    private func markHeadings(_ items: inout [Item]) {
        var index = 0
        while index < items.count {
            // A heading opens with a capital (or a sign): a lowercase line that reads like one carries a sentence on.
            if items[index].text.first?.isLowercase == true {
                index += 1
                continue
            }
            // The pieces of one row that wide word spacing split (justified text) are read as one line.
            var rowEnd = index + 1
            while continuesOnItsRow(items, rowEnd - 1) { rowEnd += 1 }
            let folded = items[index..<rowEnd].map(\.folded).joined(separator: " ")
            if let key = SectionRule.key(forFoldedHeading: folded, in: sections) {
                items[index].role = .heading(key: key, rest: nil)
                for piece in (index + 1)..<rowEnd { items[piece].role = .headingContinuation }
            } else if rowEnd < items.count, SectionRule.isHeadingStart(folded: folded, in: sections),
                      let key = SectionRule.key(forFoldedHeading: folded + " " + items[rowEnd].folded, in: sections) {
                items[index].role = .heading(key: key, rest: nil)
                for piece in (index + 1)...rowEnd { items[piece].role = .headingContinuation }
                index = rowEnd
            } else if rowEnd == index + 1, let inline = SectionRule.inlineHeading(items[index].text, folded: items[index].folded, in: sections) {
                items[index].role = .heading(key: inline.key, rest: inline.rest)
            }
            index = max(index + 1, rowEnd)
        }
    }

    /// True when the next line of the block stands on the same row, to the right: the line is a piece of a wider
    /// line that wide word spacing (justified text) split, not a line of its own.
    private func continuesOnItsRow(_ items: [Item], _ index: Int) -> Bool {
        guard index + 1 < items.count, items[index + 1].block == items[index].block,
              let box = items[index].line.box, let next = items[index + 1].line.box else { return false }
        return abs(next.y0 - box.y0) < box.height / 2 && next.x0 > box.x1
    }

    /// Icon captions (lijn, vorm), axes and page ends. On an OCR'd page an icon is often read as a mark or two
    /// before its caption ("® Werkwijze", "€ Online tool"); such a line is a caption too, even where the mark made it
    /// read as a heading with its text on the line.
    private func markCaptions(_ items: inout [Item], into reading: inout PageReading) {
        for index in items.indices {
            let ocr = items[index].line.confidence != nil
            switch items[index].role {
            case .text: break
            case .heading(_, .some) where ocr: break
            default: continue
            }
            let text = items[index].role == .text
            let folded = items[index].folded
            let tolerance = ocr ? self.tolerance : nil
            if folded.hasSuffix(layout.lijnWord), let lijn = classifier.lijnCaption(folded, tolerance: tolerance) {
                items[index].role = .lijn(lijn)
                reading.lijn.formUnion(lijn)
            } else if index + 1 < items.count, items[index + 1].folded == layout.lijnWord,
                      let lijn = classifier.lijnCaption(folded + " " + layout.lijnWord, tolerance: tolerance) {
                items[index].role = .lijn(lijn)
                items[index + 1].role = .caption
                reading.lijn.formUnion(lijn)
            } else if let vorm = layout.vorm[folded] ?? (ocr ? layout.vorm[Self.passingOverIconMarks(folded)] : nil) {
                items[index].role = .vorm(vorm)
                if reading.vorm == nil { reading.vorm = vorm }
            } else if text, items[index].text.first?.isNumber == true, classifier.isAxis(items[index].text) {
                items[index].role = .axis
            } else if text, layout.pageEnd.contains(folded) {
                items[index].role = .caption
            }
        }
    }

    /// Folded text without up to two words of one or two characters before it: what OCR reads from an icon.
    static func passingOverIconMarks(_ folded: String) -> String {
        var words = folded.split(separator: " ")
        for _ in 0..<2 where words.count > 1 && words[0].count <= 2 { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// Headline figures. With type: the spans of a line set much larger than the body that are a number (after a
    /// qualifier such as "Ca."), each with the smaller spans after it as its caption; a line may hold several.
    /// Without type: a number alone on its line (or after a qualifier), or a number opening a short lowercase label.
    /// A caption continues on the smaller (in a text layer: short) lines right after the figure in the same block.
    private func markFigures(_ items: inout [Item], bodySize: Double?, into reading: inout PageReading) {
        for index in items.indices where items[index].role == .text {
            let item = items[index]
            var found = bodySize.map { styledFigures(item, bodySize: $0) } ?? plainFigure(item).map { [$0] } ?? []
            guard !found.isEmpty else { continue }
            if index > 0, items[index - 1].role == .text, items[index - 1].block == item.block,
               layout.figureQualifiers.contains(items[index - 1].folded), !found[0].text.contains(" ") {
                found[0].text = "\(items[index - 1].text) \(found[0].text)"
                items[index - 1].role = .figureLabel
            }
            var cursor = index + 1
            var following: [String] = []
            // Without type, a figure alone in its block takes its caption from the next block (a text layer
            // puts a blank line between them) when that block is made of caption lines only.
            let labelBlock = bodySize == nil && !items.indices.contains { $0 != index && items[$0].block == item.block }
                && cursor < items.count && items[cursor].role == .text
                && items.filter({ $0.block == items[cursor].block }).allSatisfy { isCaptionLike($0, words: 8) }
                ? items[cursor].block : item.block
            while cursor < items.count, items[cursor].block == labelBlock, items[cursor].role == .text, following.count < 3 {
                let next = items[cursor]
                let isLabel = bodySize.map { next.size < $0 - 0.3 } ?? (next.words <= 8)
                guard isLabel, FactsheetLineClassifier.number(next.text) == nil else { break }
                following.append(next.text)
                items[cursor].role = .figureLabel
                cursor += 1
            }
            found[found.count - 1].labels += following
            items[index].role = .figure
            for candidate in found {
                var figure = TypedExpression(type: .number, text: candidate.text, at: [0, candidate.text.unicodeScalars.count])
                figure.value = candidate.value
                if candidate.text.contains(" ") { figure.qualifier = "approx" }
                let labels = candidate.labels.filter { !layout.pageEnd.contains(TextFolding.fold($0)) }
                if !labels.isEmpty { figure.label = Hyphenation.paragraph(labels, elisionWords: names.elisionWords) }
                reading.figures.append(figure)
            }
        }
    }

    private struct FigureCandidate {
        var text: String
        var value: Double
        var labels: [String] = []
    }

    /// The figures of a line with type: numbers in spans set at least `figureScale` times the body. A line that opens
    /// with small text other than a qualifier, or holds a large span that is no number, holds none.
    private func styledFigures(_ item: Item, bodySize: Double) -> [FigureCandidate] {
        var found: [FigureCandidate] = []
        var qualifier: String?
        // Word by word: a line may run several figures, their qualifiers and their captions together.
        for span in item.line.spans {
            let large = span.style.fontSize >= bodySize * Self.figureScale
            // Word by word as far as needed: most lines are body text, and their first word ends the search.
            var rest = Substring(span.text)
            while !rest.isEmpty {
                let end = rest.firstIndex(of: " ") ?? rest.endIndex
                let word = String(rest[..<end])
                rest = end == rest.endIndex ? "" : rest[rest.index(after: end)...]
                if word.isEmpty { continue }
                if large, let value = FactsheetLineClassifier.number(word) {
                    found.append(FigureCandidate(text: qualifier.map { "\($0) \(word)" } ?? word, value: value))
                    qualifier = nil
                } else if layout.figureQualifiers.contains(TextFolding.fold(word)) {
                    qualifier = word
                } else if large || found.isEmpty {
                    return []
                } else {
                    found[found.count - 1].labels.append(word)
                }
            }
        }
        return found
    }

    /// The figure of a line without type.
    private func plainFigure(_ item: Item) -> FigureCandidate? {
        let words = item.text.split(separator: " ").map(String.init)
        if let value = FactsheetLineClassifier.number(item.text) { return FigureCandidate(text: item.text, value: value) }
        if words.count == 2, layout.figureQualifiers.contains(TextFolding.fold(words[0])),
           let value = FactsheetLineClassifier.number(words[1]) {
            return FigureCandidate(text: item.text, value: value)
        }
        if words.count >= 2, words.count <= Self.captionWords + 1, let value = FactsheetLineClassifier.number(words[0]),
           words[1].first?.isLowercase == true, let last = item.text.last, !".!?:;,".contains(last) {
            return FigureCandidate(text: words[0], value: value, labels: [words.dropFirst().joined(separator: " ")])
        }
        return nil
    }

    /// A short line that ends no sentence next to a caption, an axis or a figure in the same block is a caption too
    /// (a target group beside its icon), not body text: repeated until no more lines join.
    private func markStrayCaptions(_ items: inout [Item]) {
        func isLayout(_ role: Role) -> Bool {
            switch role {
            case .lijn, .vorm, .caption, .axis, .figure, .figureLabel: true
            default: false
            }
        }
        var changed = true
        while changed {
            changed = false
            for index in items.indices where items[index].role == .text && isCaptionLike(items[index]) {
                let before = index > 0 && items[index - 1].block == items[index].block && isLayout(items[index - 1].role)
                let after = index + 1 < items.count && items[index + 1].block == items[index].block
                    && isLayout(items[index + 1].role)
                if before || after {
                    items[index].role = .caption
                    changed = true
                }
            }
        }
    }

    /// The title: with type, the largest line set clearly larger than the body, one that opens with the heading
    /// word before any other (with the lines of the same size right after it); without, the line that opens with
    /// the heading word, else the first line before the first section heading that reads like a name.
    private func markTitle(_ items: inout [Item], bodySize: Double?) {
        let candidates = items.indices.filter { isTitleLike(items[$0], styled: bodySize != nil) }
        var chosen: Int?
        if let bodySize {
            // A line that opens with the heading word comes first: OCR misjudges sizes, and reads a shaded label as
            // large type.
            let larger = candidates.filter { items[$0].line.style.fontSize >= bodySize + Self.titleMargin }
            let named = larger.filter { items[$0].folded.hasPrefix(layout.headingPrefix + " ") }
            chosen = (named.isEmpty ? larger : named)
                .max { (items[$0].line.style.fontSize, -$0) < (items[$1].line.style.fontSize, -$1) }
        }
        if chosen == nil {
            chosen = candidates.first { items[$0].folded.hasPrefix(layout.headingPrefix + " ") }
        }
        if chosen == nil, bodySize == nil {
            let firstHeading = items.firstIndex { if case .heading = $0.role { true } else { false } } ?? items.count
            chosen = candidates.first { $0 < firstHeading }
        }
        guard let start = chosen else { return }
        items[start].role = .title
        var cursor = start + 1
        while cursor < items.count, items[cursor].block == items[start].block, items[cursor].role == .text,
              continuesTitle(items[cursor - 1], items[cursor], styled: bodySize != nil)
                || (bodySize == nil && cursor == start + 1 && endsTitle(items, cursor)) {
            items[cursor].role = .title
            cursor += 1
        }
    }

    /// Without type, a short line right under the title that a section heading follows is the title's second line
    /// ("Pilot Ketenregie" / "Geschiloplossing Huurdomein" / "Voorbeeld casus").
    private func endsTitle(_ items: [Item], _ index: Int) -> Bool {
        guard index + 1 < items.count, case .heading = items[index + 1].role, let last = items[index].text.last else {
            return false
        }
        return items[index].words <= 6 && !".,;:".contains(last)
    }

    /// A line that may be a title: a few words ending no sentence, not a list item; without type, one that opens in
    /// lowercase only when it is very short ("gemeente Utrecht"), since such a line usually continues another.
    private func isTitleLike(_ item: Item, styled: Bool) -> Bool {
        guard item.role == .text, item.words <= Self.titleWords, let first = item.text.first, let last = item.text.last,
              !".,;:".contains(last), first != "•", first != "-", styled || !first.isLowercase || item.words <= 3 else { return false }
        var letters = 0
        for character in item.text where character.isLetter {
            letters += 1
            if letters >= 3 { return true }
        }
        return false
    }

    /// A title broken over lines: with type, the next line in the same size and weight; without, a short next line
    /// that cannot stand alone (it opens in lowercase or with a bracket, or the line before ends in a hyphen or a
    /// short joining word, or leaves a bracket open).
    private func continuesTitle(_ previous: Item, _ next: Item, styled: Bool) -> Bool {
        if styled {
            return abs(next.size - previous.size) < 0.5 && next.line.style.bold == previous.line.style.bold
        }
        guard next.words <= 6, let first = next.text.first, let end = next.text.last,
              !".,;:".contains(end), !next.text.contains(". ") else { return false }
        let lastWord = previous.folded.split(separator: " ").last.map(String.init) ?? ""
        let unclosed = previous.text.filter { $0 == "(" }.count > previous.text.filter { $0 == ")" }.count
        return first.isLowercase || first == "(" || previous.text.hasSuffix("-") || unclosed
            || (lastWord.count <= 3 && lastWord.allSatisfy(\.isLetter) && lastWord == lastWord.lowercased())
    }

    // MARK: Bodies

    /// A text layer that reads columns one after another can cut a sentence and print its rest under another
    /// heading: a paragraph that opens in lowercase after a finished sentence is moved to the end of the section
    /// whose text stopped mid-sentence, the first such section before it on the page.
    private func stitchingSentences(_ sections: [(key: String, heading: Item, body: [Item])])
        -> [(key: String, heading: Item, body: [Item])] {
        var result = sections
        func endsSentence(_ items: [Item]) -> Bool { items.last.map { ".!?:;".contains($0.text.last ?? " ") } ?? true }
        var moved = true
        var rounds = 0
        while moved, rounds < 20 {
            moved = false
            rounds += 1
            for target in result.indices where !result[target].body.isEmpty && !endsSentence(result[target].body) {
                search: for source in result.indices where source != target {
                    let body = result[source].body
                    for start in body.indices where start > 0 && body[start].block != body[start - 1].block {
                        guard body[start].text.first?.isLowercase == true, endsSentence(Array(body[..<start])) else { continue }
                        let end = body[start...].firstIndex { $0.block != body[start].block } ?? body.endIndex
                        result[target].body += body[start..<end]
                        result[source].body.removeSubrange(start..<end)
                        moved = true
                        break search
                    }
                }
            }
        }
        return result
    }

    /// Headings set side by side come out of a text layer one after another, before their bodies ("Structuur …",
    /// "Tussentijdse bevindingen", then both texts): a run of headings without a body shares the paragraphs that
    /// follow the last of them, one paragraph each and the rest to the last, when there are enough paragraphs; when
    /// the last heading's text stands right under it (same block), that paragraph is its own and the waiting
    /// headings share the ones after it.
    private func sharingBodies(_ sections: [(key: String, heading: Item, body: [Item])])
        -> [(key: String, heading: Item, body: [Item])] {
        var result = sections
        var index = 0
        while index < result.count {
            var end = index
            while end < result.count, result[end].body.isEmpty { end += 1 }
            guard end > index, end < result.count else {
                index = end + 1
                continue
            }
            var paragraphs: [[Item]] = []
            for line in result[end].body {
                if let last = paragraphs.last?.last, last.block == line.block {
                    paragraphs[paragraphs.count - 1].append(line)
                } else {
                    paragraphs.append([line])
                }
            }
            let waiting = end - index + 1
            if paragraphs.count >= waiting {
                if result[end].body.first?.block == result[end].heading.block {
                    // The last heading's own text stands right under it; the waiting ones take what follows.
                    let rest = Array(paragraphs.dropFirst())
                    result[end].body = paragraphs[0]
                    for (offset, position) in (index..<end).enumerated() {
                        result[position].body = position == end - 1 ? rest[offset...].flatMap { $0 } : rest[offset]
                    }
                } else {
                    for (offset, position) in (index..<end).enumerated() { result[position].body = paragraphs[offset] }
                    result[end].body = paragraphs[(waiting - 1)...].flatMap { $0 }
                }
            }
            index = end + 1
        }
        return result
    }

    /// The body lines of a section: with type, the lines set like its first line; without, every paragraph but
    /// those made only of short caption lines that follow a finished sentence. Lines read by OCR count as without
    /// type: OCR guesses a line's size from its letters, a point or three off either way.
    private func body(_ lines: [Item], styled: Bool) -> [Item] {
        guard let first = lines.first else { return [] }
        if styled, first.size > 0, first.line.confidence == nil {
            let size = lines.first { $0.words >= 4 }?.size ?? first.size
            return lines.filter { abs($0.size - size) <= Self.bodyTolerance }
        }
        var kept: [Item] = []
        var block: [Item] = []
        func flush() {
            // A block of caption lines only counts as a caption where the text before it ended a sentence;
            // otherwise it carries that sentence on (a column broken by blank lines).
            let atSentenceEnd = kept.last.map { ".!?:;".contains($0.text.last ?? " ") } ?? false
            if kept.isEmpty || !atSentenceEnd || !block.allSatisfy({ isCaptionLike($0) }) { kept += block }
            block = []
        }
        for line in lines {
            if let last = block.last, last.block != line.block { flush() }
            block.append(line)
        }
        flush()
        return kept
    }

    private func isCaptionLike(_ item: Item, words limit: Int = captionWords) -> Bool {
        guard item.words <= limit, item.text.utf8.count <= limit * 12, let first = item.text.first,
              let last = item.text.last else { return false }
        return first != "•" && first != "-" && !".!?:;".contains(last)
    }

    /// The modal size of lines of running text (four words or more), by characters.
    private static func bodySize(_ items: [Item]) -> Double? {
        var weights: [Double: Int] = [:]
        for item in items where item.role == .text && item.words >= 4 {
            weights[(item.size * 4).rounded() / 4, default: 0] += item.text.count
        }
        return weights.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
    }

    // MARK: Pilot blocks

    private func block(title: String, pages: [PageReading]) -> PilotBlock {
        let pilot = PilotName(heading: title, rules: names, gazetteer: gazetteer)
        var found: [Section] = []
        var warnings: [String] = []
        var numbers: [Int] = pages.first?.title.map(\.line.number) ?? []
        for page in pages {
            if !page.preamble.isEmpty, page.titleText == nil, let last = found.indices.last {
                let text = Hyphenation.paragraph([found[last].text] + page.preamble.map(\.text), elisionWords: names.elisionWords)
                found[last] = Section(key: found[last].key, text: text,
                                      lines: found[last].lines.union(range(page.preamble)))
                numbers += page.preamble.map(\.line.number)
            }
            for (key, heading, body) in page.sections {
                let text = Hyphenation.paragraph(body.map(\.text), elisionWords: names.elisionWords)
                if body.isEmpty { warnings.append("page \(page.number): section '\(key)' is empty") }
                found.append(Section(key: key, text: text, lines: range(body.isEmpty ? [heading] : body)))
                numbers += [heading.line.number] + body.map(\.line.number)
            }
        }
        let order = sections.map(\.key)
        let merged = Section.mergingRepeated(found)
            .sorted { (order.firstIndex(of: $0.key) ?? 0) < (order.firstIndex(of: $1.key) ?? 0) }
        for rule in sections where !merged.contains(where: { $0.key == rule.key }) {
            warnings.append("no '\(rule.key)' section found on the page")
        }
        let structure = merged.first { $0.key == sections.first?.key }?.text ?? ""
        let gemeente = pilot.gemeente ?? gazetteer.gemeente(opening: structure, names: names)
        var lijn: Set<String> = []
        var vorm: String?
        for page in pages {
            lijn.formUnion(page.lijn)
            vorm = vorm ?? page.vorm
        }
        let lines = LineRange(numbers.min() ?? 1, numbers.max() ?? 1)
        return PilotBlock(name: pilot.name, heading: title, gemeente: gemeente, sections: merged, lines: lines,
                          lijn: lijn.sorted(), vorm: vorm, figures: pages.flatMap(\.figures), warnings: warnings)
    }

    private func range(_ items: [Item]) -> LineRange {
        let numbers = items.map(\.line.number)
        return LineRange(numbers.min() ?? 1, numbers.max() ?? 1)
    }
}
