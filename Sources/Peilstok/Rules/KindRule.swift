/// How one document kind is recognised and read (an entry of `Rules/kinds.yml`).
public struct KindRule: Sendable {
    /// The segmenter a kind is read with.
    public enum Layout: String, Sendable, CaseIterable {
        /// One pilot per table row, sections as headings inside an HTML cell.
        case table
    }

    public var key: String
    public var layout: Layout
    /// Folded phrases whose presence marks the kind.
    public var signatures: [String]
    public var minMatches: Int
    public var table: TableLayoutRule?

    /// True when at least `minMatches` signatures occur in the folded text.
    public func matches(foldedText: String) -> Bool {
        signatures.filter { foldedText.contains($0) }.count >= minMatches
    }

    static func parse(key: String, node: RuleNode) throws(RuleError) -> KindRule {
        _ = try node.entries(allowed: ["layout", "signatures", "min_matches", "table"])
        let layoutNode = try node.required("layout")
        let layoutName = try layoutNode.string()
        guard let layout = Layout(rawValue: layoutName) else {
            let known = Layout.allCases.map(\.rawValue).joined(separator: ", ")
            throw layoutNode.error("unknown layout '\(layoutName)' (known: \(known))")
        }
        let signatures = try node.required("signatures").strings().map(TextFolding.fold)
        let minMatches = try node.optional("min_matches")?.int(in: 1...signatures.count) ?? 1
        var table: TableLayoutRule?
        if let tableNode = try node.optional("table") {
            table = try TableLayoutRule.parse(tableNode)
        }
        if layout == .table, table == nil {
            throw node.error("layout 'table' needs a 'table' entry with its header rows")
        }
        return KindRule(key: key, layout: layout, signatures: signatures, minMatches: minMatches, table: table)
    }
}
