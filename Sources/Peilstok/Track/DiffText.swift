/// A diff as a terminal report: a header with both sides and what was compared, then each pilot that was added,
/// removed or changed, with its changed fields. Colour only when asked (the CLI asks on a terminal).
public struct DiffText: Sendable {
    public var colour: Bool
    /// List unchanged pilots too.
    public var all: Bool

    public init(colour: Bool, all: Bool = false) {
        self.colour = colour
        self.all = all
    }

    private func paint(_ text: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    public func render(_ report: DiffReport) -> String {
        var lines: [String] = []
        func side(_ side: DiffReport.Side) -> String {
            "\(side.peildatum ?? "undated") (\(side.documents.joined(separator: ", ")); \(side.kinds.joined(separator: ", ")))"
        }
        lines.append(paint("\(side(report.old)) → \(side(report.new))", "1"))
        lines.append("compared: \(report.compared.joined(separator: ", "))")
        if !report.notCompared.isEmpty {
            lines.append("not compared: " + report.notCompared.map { "\($0.field) (\($0.reason))" }.joined(separator: "; "))
        }
        let summary = report.summary
        lines.append("\(summary.added) added, \(summary.removed) removed, \(summary.changed) changed (\(summary.renamed) renamed), \(summary.unchanged) unchanged")
        for pilot in report.pilots where all || pilot.status != .unchanged {
            lines.append("")
            switch pilot.status {
            case .added:
                lines.append(paint("+ \(pilot.pilotID): \(pilot.new!.name)", "32") + "  (\(pilot.new!.document), \(pilot.new!.place))")
            case .removed:
                lines.append(paint("- \(pilot.pilotID): \(pilot.old!.name)", "31") + "  (\(pilot.old!.document), \(pilot.old!.place))")
            case .unchanged:
                lines.append("  \(pilot.pilotID): \(pilot.new!.name)")
            case .changed:
                var head = paint("~ \(pilot.pilotID): \(pilot.new!.name)", "33")
                if pilot.renamed, let link = pilot.link {
                    head += "  renamed from '\(pilot.old!.name)' (\(DiffText.describe(link)))"
                }
                lines.append(head)
                for field in pilot.changed where field != "name" {
                    lines += describe(field, pilot.changes[field]!)
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "linked by score 0.662: name 0.41, …", "same name", "decided in pilots.yml".
    static func describe(_ link: DiffReport.Link) -> String {
        switch link.decided {
        case .auto: "linked by score \(link.score.map { String(format: "%.3f", $0) } ?? "?"): \(link.evidence ?? "")"
        case .exact: "same name"
        case .manual: "decided in pilots.yml"
        case .new: "first version"
        }
    }

    private func describe(_ field: String, _ change: DiffReport.Change) -> [String] {
        var lines: [String] = []
        if let sections = change.sections {
            for (key, sentences) in sections.sorted(by: { $0.key < $1.key }) {
                lines.append("    \(key):")
                lines += sentences.removed.map { "      " + paint("- \($0)", "31") }
                lines += sentences.added.map { "      " + paint("+ \($0)", "32") }
            }
        } else if change.added != nil || change.removed != nil {
            lines.append("    \(field):")
            lines += (change.removed ?? []).map { "      " + paint("- \($0)", "31") }
            lines += (change.added ?? []).map { "      " + paint("+ \($0)", "32") }
        } else {
            lines.append("    \(field): \(Self.value(change.old)) → \(Self.value(change.new))")
        }
        return lines
    }

    /// A value as a reader writes it: a looptijd as "2021-01 – 2022-12 (text)", a list joined, null as "–".
    static func value(_ value: JSONValue) -> String {
        switch value {
        case .null: return "–"
        case .string(let text): return text
        case .integer(let number): return "\(number)"
        case .number(let number): return "\(number)"
        case .bool(let flag): return "\(flag)"
        case .array(let items): return items.map(Self.value).joined(separator: ", ")
        case .object(let fields):
            if fields["text"] != nil || fields["start"] != nil {
                let (start, end) = (fields["start"] ?? .null, fields["end"] ?? .null)
                let text: String? = if case .string(let text)? = fields["text"] { text } else { nil }
                guard start != .null || end != .null else { return text ?? "–" }
                let period = "\(start == .null ? "?" : Self.value(start)) – \(end == .null ? "?" : Self.value(end))"
                return text.map { "\(period) (\($0))" } ?? period
            }
            return fields.sorted { $0.key < $1.key }.map { "\($0.key): \(Self.value($0.value))" }.joined(separator: "; ")
        }
    }
}
