import GRDB

extension PilotStore {
    /// The store as the tables `peilstok export` writes: pilots (one row per pilot per peildatum), their sections and
    /// expressions, and the links (every name a pilot carried, and how it was linked).
    public func exportTables() throws(StoreError) -> [CSVTable] {
        try read { db in
            var pilots = CSVTable(name: "pilots", title: "One row per pilot per peildatum", fields: [
                .init("pilot_id", .string, "The pilot's id in the registry"),
                .init("name", .string, "The name the pilot carries at this peildatum"),
                .init("gemeente", .string, "The municipality its name or text states"),
                .init("peildatum", .date, "The peildatum of the document"),
                .init("valid_to", .date, "The pilot's next peildatum; empty for its latest"),
                .init("document", .string, "The file the row comes from"),
                .init("kind", .string, "The document's kind"),
                .init("looptijd_start", .string, "Start of the period, TIMEX3"),
                .init("looptijd_end", .string, "End of the period, TIMEX3"),
                .init("looptijd_start_mod", .string, "TIMEX3 modifier of the start"),
                .init("looptijd_end_mod", .string, "TIMEX3 modifier of the end"),
                .init("looptijd_text", .string, "The period as the document states it"),
                .init("lijn", .string, "Lines of legal aid, comma-separated"),
                .init("vorm", .string, "The pilot's form"),
                .init("page", .integer, "The PDF page the pilot starts on"),
                .init("first_line", .integer, "The first line of the pilot's block"),
                .init("last_line", .integer, "The last line of the pilot's block"),
            ])
            for row in try Row.fetchAll(db, sql: """
                SELECT * FROM pilot_peildata ORDER BY pilot_id, peildatum
                """) {
                pilots.rows.append([text(row["pilot_id"]), text(row["name"]), text(row["gemeente"]), date(row["peildatum"]),
                                    date(row["valid_to"]), text(row["document"]), text(row["kind"]),
                                    text(row["looptijd_start"]), text(row["looptijd_end"]), text(row["looptijd_start_mod"]),
                                    text(row["looptijd_end_mod"]), text(row["looptijd_text"]), text(row["lijn"]),
                                    text(row["vorm"]), integer(row["page"]), integer(row["first_line"]), integer(row["last_line"])])
            }

            var sections = CSVTable(name: "sections", title: "Each section of each pilot per peildatum", fields: [
                .init("pilot_id", .string, "The pilot's id in the registry"),
                .init("peildatum", .date, "The peildatum of the document"),
                .init("document", .string, "The file the section comes from"),
                .init("key", .string, "The section's key (sections.yml of the rules)"),
                .init("text", .string, "The section's text"),
                .init("page", .integer, "The PDF page the section starts on"),
                .init("first_line", .integer, "The section's first line"),
                .init("last_line", .integer, "The section's last line"),
            ])
            for row in try Row.fetchAll(db, sql: """
                SELECT p.pilot_id, p.peildatum, p.document, s.key, s.text, s.page, s.first_line, s.last_line
                FROM pilot_peildata p JOIN sections s ON s.version_id = p.version_id
                ORDER BY p.pilot_id, p.peildatum, s.key
                """) {
                sections.rows.append([text(row["pilot_id"]), date(row["peildatum"]), text(row["document"]), text(row["key"]),
                                      text(row["text"]), integer(row["page"]), integer(row["first_line"]), integer(row["last_line"])])
            }

            var expressions = CSVTable(name: "expressions", title: "Each typed expression of each pilot per peildatum", fields: [
                .init("pilot_id", .string, "The pilot's id in the registry"),
                .init("peildatum", .date, "The peildatum of the document"),
                .init("document", .string, "The file the expression comes from"),
                .init("field", .string, "quantities, amounts or dates"),
                .init("type", .string, "number, percent, money, range, date, interval or duration"),
                .init("text", .string, "The exact text the expression was read from"),
                .init("value", .number, "Its value, for a number, percentage or amount"),
                .init("timex", .string, "Its TIMEX3 value, for a date"),
                .init("label", .string, "The caption of a headline figure"),
                .init("section", .string, "The section it stands in; empty for a headline figure"),
                .init("span_start", .integer, "Where the text starts in its section, in Unicode scalars"),
                .init("span_end", .integer, "Where the text ends in its section"),
                .init("values", .string, "Every value of the expression, as JSON"),
            ])
            for row in try Row.fetchAll(db, sql: """
                SELECT p.pilot_id, p.peildatum, p.document, e.field, e.type, e.text, e.value, e.timex, e.label, e.section,
                       e.span_start, e.span_end, e.values_json
                FROM pilot_peildata p JOIN expressions e ON e.version_id = p.version_id
                ORDER BY p.pilot_id, p.peildatum, e.id
                """) {
                expressions.rows.append([text(row["pilot_id"]), date(row["peildatum"]), text(row["document"]), text(row["field"]),
                                         text(row["type"]), text(row["text"]), number(row["value"]), text(row["timex"]),
                                         text(row["label"]), text(row["section"]), integer(row["span_start"]),
                                         integer(row["span_end"]), text(row["values_json"])])
            }

            var links = CSVTable(name: "links", title: "Every name a pilot carried, and how it was linked", fields: [
                .init("pilot_id", .string, "The pilot's id in the registry"),
                .init("name", .string, "The name as the document prints it"),
                .init("document", .string, "The document that carries the name"),
                .init("peildatum", .date, "The peildatum of that document"),
                .init("decided", .string, "new, exact, auto (by score) or manual (pilots.yml of the rules)"),
                .init("score", .number, "The linking score, for an automatic link"),
                .init("evidence", .string, "What the score was made of"),
            ])
            for row in try Row.fetchAll(db, sql: """
                SELECT pilot_id, name, document, peildatum, decided, score, evidence FROM pilot_versions
                ORDER BY pilot_id, peildatum IS NULL, peildatum, document, position
                """) {
                links.rows.append([text(row["pilot_id"]), text(row["name"]), text(row["document"]), date(row["peildatum"]),
                                   text(row["decided"]), number(row["score"]), text(row["evidence"])])
            }
            return [pilots, sections, expressions, links]
        }
    }
}

private func text(_ value: String?) -> CSVTable.Cell? { value.map(CSVTable.Cell.text) }
private func date(_ value: String?) -> CSVTable.Cell? { value.map(CSVTable.Cell.date) }
private func integer(_ value: Int?) -> CSVTable.Cell? { value.map(CSVTable.Cell.integer) }
private func number(_ value: Double?) -> CSVTable.Cell? { value.map(CSVTable.Cell.number) }
