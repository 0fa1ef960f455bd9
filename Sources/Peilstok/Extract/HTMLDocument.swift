internal import CLibXML2
import Foundation

/// An HTML document parsed by libxml2's forgiving HTML parser. Owns its `xmlDoc`.
final class HTMLDocument {
    private let document: htmlDocPtr
    private let library: LibXML2

    private static let blockElements: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section",
        "article", "header", "footer", "td", "th", "dd", "dt", "hr",
    ]
    private static let skippedElements: Set<String> = ["script", "style", "head", "title"]

    /// Calls `htmlReadMemory`; fails only when libxml2 returns no document at all.
    init(html: String, file: String) throws(DocumentError) {
        let library: LibXML2
        switch LibXML2.shared {
        case .success(let opened): library = opened
        case .failure(let error): throw DocumentError.unreadable(file: file, reason: "cannot read HTML: \(error)")
        }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
        let bytes = Array(html.utf8)
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                    library.htmlReadMemory(pointer, Int32(buffer.count), nil, "UTF-8", options)
                }
            }
        }
        guard let parsed else { throw DocumentError.unreadable(file: file, reason: "libxml2 could not parse the HTML") }
        document = parsed
        self.library = library
    }

    deinit { library.xmlFreeDoc(document) }

    /// The document's paragraphs of styled spans, in order: a block element starts a paragraph; the whole text of
    /// an emphasis element (`u`, `b`, `strong`, `i`, `em`) or a heading (`h1`–`h6`) is one span in its style.
    func paragraphs() -> [[StyledSpan]] {
        var paragraphs: [[StyledSpan]] = [[]]
        walk(document.pointee.children, into: &paragraphs)
        return paragraphs.filter { !$0.isEmpty }
    }

    /// The document as the text view and its blocks: a paragraph per block element, and a table row as a block of
    /// cells whose text-view line is the cells' plain text joined by tabs.
    func blocks() -> (lines: [String], blocks: [DocumentBlock]) {
        var lines: [String] = []
        var blocks: [DocumentBlock] = []
        var paragraphs: [[StyledSpan]] = [[]]
        func flush() {
            for spans in paragraphs where !spans.isEmpty {
                let text = TextFolding.collapseWhitespace(spans.map(\.text).joined())
                guard !text.isEmpty else { continue }
                lines.append(text)
                blocks.append(DocumentBlock(lines: [DocumentLine(number: lines.count, spans: spans.map(Self.folded))]))
            }
            paragraphs = [[]]
        }
        func visit(_ node: xmlNodePtr?) {
            var cursor = node
            while let node = cursor {
                defer { cursor = node.pointee.next }
                guard node.pointee.type == XML_ELEMENT_NODE else {
                    walk(node, into: &paragraphs, siblings: false)
                    continue
                }
                let name = Self.name(of: node)
                if Self.skippedElements.contains(name) { continue }
                if name == "tr" {
                    flush()
                    let cells = cells(of: node, line: lines.count + 1)
                    let text = cells.map { TextFolding.collapseWhitespace($0.lines.map(\.text).joined(separator: " ")) }
                        .joined(separator: "\t")
                    lines.append(text)
                    blocks.append(DocumentBlock(lines: [DocumentLine(number: lines.count, text: text)], cells: cells))
                } else if Self.holdsRow(node) {
                    flush()
                    visit(node.pointee.children)
                    flush()
                } else {
                    walk(node, into: &paragraphs, siblings: false)
                }
            }
        }
        visit(document.pointee.children)
        flush()
        return (lines, blocks)
    }

    /// The cells (`td`, `th`) of a table row, each a block of its paragraphs, numbered as the row's line.
    private func cells(of row: xmlNodePtr, line: Int) -> [DocumentBlock] {
        var cells: [DocumentBlock] = []
        var child = row.pointee.children
        while let cell = child {
            let cellName = Self.name(of: cell)
            if cellName == "td" || cellName == "th" {
                var paragraphs: [[StyledSpan]] = [[]]
                walk(cell.pointee.children, into: &paragraphs)
                cells.append(DocumentBlock(lines: paragraphs.filter { !$0.isEmpty }.map {
                    DocumentLine(number: line, spans: $0.map(Self.folded))
                }))
            }
            child = cell.pointee.next
        }
        return cells
    }

    /// A fragment (a table cell's HTML in a text layer) as one cell: a block of its paragraphs, numbered `line`.
    func cell(line: Int) -> DocumentBlock {
        DocumentBlock(lines: paragraphs().map { DocumentLine(number: line, spans: $0.map(Self.folded)) })
    }

    /// True when a table row lies below `node`.
    private static func holdsRow(_ node: xmlNodePtr) -> Bool {
        var child = node.pointee.children
        while let current = child {
            if name(of: current) == "tr" || holdsRow(current) { return true }
            child = current.pointee.next
        }
        return false
    }

    /// A span with each run of white space made one space; a space at either end is kept, since it separates
    /// the span from its neighbours.
    private static func folded(_ span: StyledSpan) -> StyledSpan {
        var text = ""
        var inSpace = false
        for character in span.text {
            if character.isWhitespace {
                if !inSpace { text.append(" ") }
                inSpace = true
            } else {
                text.append(character)
                inSpace = false
            }
        }
        return StyledSpan(text: text, style: span.style, box: span.box)
    }

    /// The style an emphasis element sets its text in, or `nil` for any other element.
    private static func emphasis(_ name: String) -> TextStyle? {
        switch name {
        case "u": TextStyle(underlined: true)
        case "b", "strong": TextStyle(bold: true)
        case "i", "em": TextStyle(italic: true)
        default: nil
        }
    }

    /// Paragraphs of spans from `node` and, unless `siblings` is false, the nodes after it.
    private func walk(_ node: xmlNodePtr?, into paragraphs: inout [[StyledSpan]], siblings: Bool = true) {
        var cursor = node
        while let current = cursor {
            cursor = siblings ? current.pointee.next : nil
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let text = Self.content(of: current)
                if !text.allSatisfy(\.isWhitespace) { paragraphs[paragraphs.count - 1].append(StyledSpan(text: text)) }
            case XML_ELEMENT_NODE:
                let name = Self.name(of: current)
                if Self.skippedElements.contains(name) { continue }
                var style = Self.emphasis(name) ?? .plain
                if name.count == 2, name.first == "h", let level = Int(name.dropFirst()), (1...6).contains(level) {
                    style = TextStyle(bold: true, headingLevel: level)
                }
                if style != .plain {
                    let text = Self.textContent(of: current)
                    if !text.allSatisfy(\.isWhitespace) {
                        if style.headingLevel != nil { paragraphs.append([]) }
                        paragraphs[paragraphs.count - 1].append(StyledSpan(text: text, style: style))
                        if style.headingLevel != nil { paragraphs.append([]) }
                    }
                    continue
                }
                let isBlock = Self.blockElements.contains(name)
                if isBlock, !(paragraphs.last?.isEmpty ?? true) { paragraphs.append([]) }
                walk(current.pointee.children, into: &paragraphs)
                if isBlock, !(paragraphs.last?.isEmpty ?? true) { paragraphs.append([]) }
            default:
                walk(current.pointee.children, into: &paragraphs)
            }
        }
    }

    private static func name(of node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    private static func content(of node: xmlNodePtr) -> String {
        guard let content = node.pointee.content else { return "" }
        return String(cString: content)
    }

    /// The concatenated text of every text node below `node`.
    private static func textContent(of node: xmlNodePtr) -> String {
        var text = ""
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: text += content(of: current)
            case XML_ELEMENT_NODE: text += name(of: current) == "br" ? " " : textContent(of: current)
            default: break
            }
            child = current.pointee.next
        }
        return text
    }
}
