/// A diff as Markdown: a table of the pilots that changed, then a section per changed pilot.
public enum DiffMarkdown {
    public static func render(_ report: DiffReport) -> String {
        var lines: [String] = []
        func side(_ side: DiffReport.Side) -> String { "\(side.peildatum ?? "undated") (\(side.documents.map { "`\($0)`" }.joined(separator: ", ")))" }
        lines.append("# \(report.old.peildatum ?? "undated") → \(report.new.peildatum ?? "undated")")
        lines.append("")
        lines.append("- Old: \(side(report.old))")
        lines.append("- New: \(side(report.new))")
        lines.append("- Compared: \(report.compared.joined(separator: ", "))")
        for skipped in report.notCompared { lines.append("- Not compared: \(skipped.field) (\(skipped.reason))") }
        let summary = report.summary
        lines.append("- \(summary.added) added, \(summary.removed) removed, \(summary.changed) changed (\(summary.renamed) renamed), \(summary.unchanged) unchanged")
        lines.append("")
        lines.append("| Pilot | Status | Old name | New name | Changed |")
        lines.append("|---|---|---|---|---|")
        for pilot in report.pilots where pilot.status != .unchanged {
            lines.append("| `\(pilot.pilotID)` | \(pilot.status.rawValue) | \(cell(pilot.old?.name)) | \(cell(pilot.new?.name)) | \(pilot.changed.joined(separator: ", ")) |")
        }
        for pilot in report.pilots where pilot.status == .changed {
            lines.append("")
            lines.append("## \(cell(pilot.new!.name))")
            if pilot.renamed, let link = pilot.link {
                lines.append("")
                lines.append("Renamed from *\(cell(pilot.old!.name))*: \(DiffText.describe(link)).")
            }
            for field in pilot.changed where field != "name" {
                let change = pilot.changes[field]!
                lines.append("")
                if let sections = change.sections {
                    for (key, sentences) in sections.sorted(by: { $0.key < $1.key }) {
                        lines.append("**\(key)**")
                        lines += sentences.removed.map { "- ~~\(cell($0))~~" } + sentences.added.map { "- **+** \(cell($0))" }
                    }
                } else if change.added != nil || change.removed != nil {
                    lines.append("**\(field)**")
                    lines += (change.removed ?? []).map { "- ~~\(cell($0))~~" } + (change.added ?? []).map { "- **+** \(cell($0))" }
                } else {
                    lines.append("**\(field)**: \(cell(DiffText.value(change.old))) → \(cell(DiffText.value(change.new)))")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text safe in a Markdown table cell or emphasis.
    private static func cell(_ text: String?) -> String {
        guard let text else { return "–" }
        var escaped = ""
        for character in text {
            if "|*_`~[]<>\\".contains(character) { escaped.append("\\") }
            escaped.append(character == "\n" ? " " : character)
        }
        return escaped
    }
}
