internal import CLibXML2
import Foundation

/// An HTML document parsed by libxml2's forgiving HTML parser. Owns its `xmlDoc`.
final class HTMLDocument {
    private let document: htmlDocPtr

    private static let blockElements: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section",
        "article", "header", "footer", "td", "th", "dd", "dt", "hr",
    ]
    private static let emphasisElements: Set<String> = ["u", "b", "strong"]
    private static let skippedElements: Set<String> = ["script", "style", "head", "title"]

    /// Calls `htmlReadMemory`; fails only when libxml2 returns no document at all.
    init(html: String, file: String) throws(DocumentError) {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
        let bytes = Array(html.utf8)
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                    htmlReadMemory(pointer, Int32(buffer.count), nil, "UTF-8", options)
                }
            }
        }
        guard let parsed else { throw DocumentError.unreadable(file: file, reason: "libxml2 could not parse the HTML") }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    /// The text runs of the whole document in order; block boundaries and emphasis are marked.
    func runs() -> [HTMLRun] {
        var runs: [HTMLRun] = []
        var startsBlock = true
        walk(xmlDocGetRootElement(document), into: &runs, startsBlock: &startsBlock)
        // Fragments parsed with NOIMPLIED may hold several top-level nodes.
        var sibling = xmlDocGetRootElement(document)?.pointee.next
        while let node = sibling {
            walk(node, into: &runs, startsBlock: &startsBlock)
            sibling = node.pointee.next
        }
        return runs
    }

    /// The document as text lines: one per block; a table row becomes its cells' inner HTML joined by tabs.
    func textLines() -> [String] {
        var lines: [String] = []
        var current = ""
        func flush() {
            let line = TextFolding.collapseWhitespace(current)
            if !line.isEmpty { lines.append(line) }
            current = ""
        }
        func visit(_ node: xmlNodePtr?) {
            var cursor = node
            while let node = cursor {
                defer { cursor = node.pointee.next }
                switch node.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    current += Self.content(of: node)
                case XML_ELEMENT_NODE:
                    let name = Self.name(of: node)
                    if Self.skippedElements.contains(name) { continue }
                    if name == "tr" {
                        flush()
                        var cells: [String] = []
                        var cell = node.pointee.children
                        while let child = cell {
                            let childName = Self.name(of: child)
                            if childName == "td" || childName == "th" {
                                cells.append(TextFolding.collapseWhitespace(innerHTML(child)))
                            }
                            cell = child.pointee.next
                        }
                        lines.append(cells.joined(separator: "\t"))
                        continue
                    }
                    let isBlock = Self.blockElements.contains(name)
                    if isBlock { flush() }
                    visit(node.pointee.children)
                    if isBlock { flush() }
                default:
                    visit(node.pointee.children)
                }
            }
        }
        visit(document.pointee.children)
        flush()
        return lines
    }

    private func innerHTML(_ node: xmlNodePtr) -> String {
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        var child = node.pointee.children
        while let current = child {
            htmlNodeDump(buffer, document, current)
            child = current.pointee.next
        }
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    private func walk(_ node: xmlNodePtr?, into runs: inout [HTMLRun], startsBlock: inout Bool) {
        guard let node else { return }
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            let text = Self.content(of: node)
            if !text.allSatisfy(\.isWhitespace) {
                runs.append(HTMLRun(text: text, isEmphasised: false, startsBlock: startsBlock))
                startsBlock = false
            }
        case XML_ELEMENT_NODE:
            let name = Self.name(of: node)
            if Self.skippedElements.contains(name) { return }
            if Self.emphasisElements.contains(name) {
                let text = Self.textContent(of: node)
                if !text.allSatisfy(\.isWhitespace) {
                    runs.append(HTMLRun(text: text, isEmphasised: true, startsBlock: startsBlock))
                    startsBlock = false
                }
                return
            }
            let isBlock = Self.blockElements.contains(name)
            if isBlock { startsBlock = true }
            var child = node.pointee.children
            while let current = child {
                walk(current, into: &runs, startsBlock: &startsBlock)
                child = current.pointee.next
            }
            if isBlock { startsBlock = true }
        default:
            var child = node.pointee.children
            while let current = child {
                walk(current, into: &runs, startsBlock: &startsBlock)
                child = current.pointee.next
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
