/// A diff in daff's highlighter format, so daff users read it as they read any table diff: a header row opening
/// with `@@`, then one row per pilot whose first cell is `+++` (added), `---` (removed), `->` (changed, each
/// changed cell as `old->new`) or empty (unchanged). Every other cell that a spreadsheet would run as a formula gets
/// a leading `'`, as in the excel-nl export.
public enum DiffCSV {
    public static let columns = ["pilot_id", "name", "gemeente", "looptijd", "status", "quantities", "lijn", "vorm", "sections"]

    public static func render(_ report: DiffReport) -> String {
        var rows: [[String]] = [["@@"] + columns]
        for pilot in report.pilots {
            switch pilot.status {
            case .added: rows.append(["+++", pilot.pilotID] + cells(pilot.new!, changes: pilot.changes, side: \.new))
            case .removed: rows.append(["---", pilot.pilotID] + cells(pilot.old!, changes: pilot.changes, side: \.old))
            case .unchanged: rows.append(["", pilot.pilotID] + cells(pilot.new!, changes: pilot.changes, side: \.new))
            case .changed:
                let old = cells(pilot.old!, changes: pilot.changes, side: \.old)
                let new = cells(pilot.new!, changes: pilot.changes, side: \.new)
                var row = ["->", pilot.pilotID]
                for (index, column) in columns.dropFirst().enumerated() {
                    row.append(pilot.changes[column] != nil ? "\(old[index])->\(new[index])" : new[index])
                }
                rows.append(row)
            }
        }
        return rows.map { row in
            ([row[0]] + row.dropFirst().map(CSVTable.neutralised)).map { CSVTable.quoted($0, .rfc4180) }.joined(separator: ",")
        }.joined(separator: "\r\n") + "\r\n"
    }

    /// The cells after `pilot_id`: the state's own fields, and for the texts the changed values where there are any.
    private static func cells(_ state: DiffReport.PilotState, changes: [String: DiffReport.Change],
                              side: KeyPath<DiffReport.Change, JSONValue>) -> [String] {
        let period = state.looptijd
        let looptijd = period.start == nil && period.end == nil && period.text == nil ? "" : DiffText.value(PilotDiff.json(period))
        func changed(_ field: String) -> String { changes[field].map { DiffText.value($0[keyPath: side]) } ?? "" }
        return [state.name, state.gemeente ?? "", looptijd, changed("status"), changed("quantities"),
                state.lijn.joined(separator: ", "), state.vorm ?? "", changed("sections")]
    }
}
