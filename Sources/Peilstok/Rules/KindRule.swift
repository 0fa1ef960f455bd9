/// How one document kind is recognised and read (an entry of `Rules/kinds.yml`).
public struct KindRule: Sendable {
    /// The segmenter a kind is read with.
    public enum Layout: String, Sendable, CaseIterable {
        /// One pilot per table row, sections as headings inside an HTML cell.
        case table
        /// One pilot per page, boxed sections, captions and figures out of order.
        case factsheet
        /// An appendix of pilot headings in running prose; sections told apart by cue words.
        case appendix
        /// Example-case boxes in a report, one pilot each.
        case casebox
        /// A report about one pilot whose headings open its sections.
        case headings
    }

    public var key: String
    public var layout: Layout
    /// Folded phrases whose presence marks the kind.
    public var signatures: [String]
    public var minMatches: Int
    public var table: TableLayoutRule?
    public var factsheet: FactsheetLayoutRule?
    public var appendix: AppendixLayoutRule?
    public var casebox: CaseboxLayoutRule?
    public var headings: HeadingsLayoutRule?

    init(key: String, layout: Layout, signatures: [String], minMatches: Int) {
        self.key = key
        self.layout = layout
        self.signatures = signatures
        self.minMatches = minMatches
    }

    /// True when at least `minMatches` signatures occur in the folded text.
    public func matches(foldedText: String) -> Bool {
        signatures.filter { TextFolding.contains(foldedText, $0) }.count >= minMatches
    }

    static func parse(key: String, node: RuleNode) throws(RuleError) -> KindRule {
        _ = try node.entries(allowed: ["layout", "signatures", "min_matches", "table", "factsheet", "appendix", "casebox", "headings"])
        let layoutNode = try node.required("layout")
        let layoutName = try layoutNode.string()
        guard let layout = Layout(rawValue: layoutName) else {
            let known = Layout.allCases.map(\.rawValue).joined(separator: ", ")
            throw layoutNode.error("unknown layout '\(layoutName)' (known: \(known))")
        }
        let signatures = try node.required("signatures").strings().map(TextFolding.fold)
        let minMatches = try node.optional("min_matches")?.int(in: 1...signatures.count) ?? 1
        var rule = KindRule(key: key, layout: layout, signatures: signatures, minMatches: minMatches)
        if let tableNode = try node.optional("table") { rule.table = try TableLayoutRule.parse(tableNode) }
        if let factsheetNode = try node.optional("factsheet") { rule.factsheet = try FactsheetLayoutRule.parse(factsheetNode) }
        if let appendixNode = try node.optional("appendix") { rule.appendix = try AppendixLayoutRule.parse(appendixNode) }
        if let caseboxNode = try node.optional("casebox") { rule.casebox = try CaseboxLayoutRule.parse(caseboxNode) }
        if let headingsNode = try node.optional("headings") { rule.headings = try HeadingsLayoutRule.parse(headingsNode) }
        let missing = switch layout {
        case .table: rule.table == nil
        case .factsheet: rule.factsheet == nil
        case .appendix: rule.appendix == nil
        case .casebox: rule.casebox == nil
        case .headings: rule.headings == nil
        }
        if missing {
            throw node.error("layout '\(layout.rawValue)' needs a '\(layout.rawValue)' entry with its settings")
        }
        return rule
    }
}
