import Foundation
import GRDB
import Testing
@testable import Peilstok

/// The store takes each version's columns, sections and expressions from the record's JSON (SQLite's JSON
/// functions); here they are checked against the typed records they came from, field by field.
@Suite struct StoreColumnsTests {
    @Test func everyColumnIsTheTypedRecordsValue() async throws {
        let rules = TestPaths.loadedRules
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let store = try PilotStore(url: directory.file("peilstok.sqlite"), statusSections: rules.diff.statusSections)
        // A factsheets PDF (pages, regions, figures) and the three text seeds (no pages, looptijd, lijn, status).
        let outcomes = try await runSeeds(["Inbox/factsheets-2022.pdf", "000_cad00d4029970908.txt",
                                           "001_9fa5d12fc6f62dbe.txt", "002_067f7ab2b7d390c7.txt"])
        var checked = (versions: 0, sections: 0, expressions: 0, statuses: 0, lijnen: 0)
        for outcome in outcomes {
            let key = ReadingKey(file: outcome.file, sha256: outcome.sha256!, rulesHash: rules.hash, reader: "test")
            let json = try outcome.records.map { try JSONLines.encoder().encode($0) }
            let kept = try store.keep(outcome, recordJSON: json, key: key)
            #expect(kept.lines == JSONLines.join(json))
            #expect(kept.warnings == outcome.records.flatMap { record in record.warnings.map { "\(record.id): \($0)" } })
            try store.read { db in
                let versions = try Row.fetchAll(db, sql: """
                    SELECT v.* FROM versions v JOIN documents d ON d.id = v.document_id WHERE d.file = ? ORDER BY v.position
                    """, arguments: [outcome.file])
                #expect(versions.count == outcome.records.count)
                for (record, row) in zip(outcome.records, versions) {
                    #expect(row["record_id"] as String == record.id)
                    #expect(row["name"] as String == record.name)
                    #expect(row["heading"] as String == record.heading)
                    #expect(row["gemeente"] as String? == record.gemeente)
                    #expect(row["looptijd_start"] as String? == record.looptijd.start)
                    #expect(row["looptijd_end"] as String? == record.looptijd.end)
                    #expect(row["looptijd_start_mod"] as String? == record.looptijd.startMod)
                    #expect(row["looptijd_end_mod"] as String? == record.looptijd.endMod)
                    #expect(row["looptijd_text"] as String? == record.looptijd.text)
                    #expect(row["lijn"] as String? == (record.lijn.isEmpty ? nil : record.lijn.joined(separator: ",")))
                    #expect(row["vorm"] as String? == record.vorm)
                    let status = rules.diff.statusSections.lazy.compactMap { record.sections[$0] }.first
                    #expect(row["status"] as String? == status)
                    #expect(row["page"] as Int? == record.provenance.pages?.first)
                    #expect(row["first_line"] as Int == record.provenance.lines.first)
                    #expect(row["last_line"] as Int == record.provenance.lines.last)
                    #expect(try JSONDecoder().decode([String].self, from: Data((row["warnings_json"] as String).utf8)) == record.warnings)
                    #expect(Data((row["record_json"] as String).utf8) == (try JSONLines.encoder().encode(record)))
                    checked.versions += 1
                    if status != nil { checked.statuses += 1 }
                    if !record.lijn.isEmpty { checked.lijnen += 1 }

                    let version: Int64 = row["id"]
                    let sections = try Row.fetchAll(db, sql: "SELECT * FROM sections WHERE version_id = ? ORDER BY rowid", arguments: [version])
                    #expect(sections.map { $0["key"] as String } == record.sections.keys.sorted())
                    for section in sections {
                        let key: String = section["key"]
                        #expect(section["text"] as String == record.sections[key])
                        #expect(section["first_line"] as Int? == record.provenance.sections[key]?.first)
                        #expect(section["last_line"] as Int? == record.provenance.sections[key]?.last)
                        #expect(section["page"] as Int? == record.provenance.regions?[key]?.first?.page)
                        checked.sections += 1
                    }

                    let expressions = try Row.fetchAll(db, sql: "SELECT * FROM expressions WHERE version_id = ? ORDER BY id", arguments: [version])
                    let typed = [("quantities", record.quantities), ("amounts", record.amounts), ("dates", record.dates)]
                        .flatMap { field, list in list.map { (field, $0) } }
                    #expect(expressions.count == typed.count)
                    for ((field, expression), stored) in zip(typed, expressions) {
                        #expect(stored["field"] as String == field)
                        #expect(stored["type"] as String == expression.type.rawValue)
                        #expect(stored["text"] as String == expression.text)
                        #expect(stored["section"] as String? == expression.section)
                        #expect(stored["label"] as String? == expression.label)
                        #expect(stored["value"] as Double? == expression.value)
                        #expect(stored["timex"] as String? == expression.timex)
                        #expect(stored["span_start"] as Int == expression.at.first ?? 0)
                        #expect(stored["span_end"] as Int == expression.at.last ?? 0)
                        #expect(Data((stored["values_json"] as String).utf8) == (try JSONLines.encoder().encode(expression)))
                        checked.expressions += 1
                    }
                }
            }
        }
        // Every kind of column was exercised, not only empty ones.
        #expect(checked.versions > 100 && checked.sections > 500 && checked.expressions > 300)
        #expect(checked.statuses > 0 && checked.lijnen > 0)
    }

    @Test func recordsGivenTypedOrAsJSONAreKeptAlike() async throws {
        let rules = TestPaths.loadedRules
        let outcome = try #require(try await runSeeds(["002_067f7ab2b7d390c7.txt"]).first)
        var dumps: [String] = []
        for asJSON in [false, true] {
            let directory = try TemporaryDirectory()
            defer { directory.cleanup() }
            let store = try PilotStore(url: directory.file("peilstok.sqlite"), statusSections: rules.diff.statusSections)
            let key = ReadingKey(file: outcome.file, sha256: outcome.sha256!, rulesHash: rules.hash, reader: "test")
            var typed = outcome
            typed.recordJSON = nil
            if asJSON {
                try store.keep(outcome, recordJSON: try outcome.records.map { try JSONLines.encoder().encode($0) }, key: key)
            } else {
                try store.keep(typed, key: key)
            }
            dumps.append(try store.read { db in
                try ["versions", "sections", "expressions"].map { table in
                    try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid").map(\.description).joined(separator: "\n")
                }.joined(separator: "\n")
            })
        }
        #expect(dumps[0] == dumps[1])
        #expect(dumps[0].count > 10_000)
    }
}
