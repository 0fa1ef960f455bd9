import Foundation
import Testing
@testable import Peilstok

@Suite struct HTMLReportTests {
    /// The stand-van-zaken seed written as an HTML page: title in `<h1>`, each tab-separated line a table row.
    private func seedAsHTML() throws -> String {
        let lines = try String(contentsOf: TestPaths.standVanZakenSeed, encoding: .utf8).split(separator: "\n")
        var html = "<!DOCTYPE html><html><head><title>x</title></head><body>\n"
        var table = false
        for line in lines where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            if cells.count >= 2 {
                if !table { html += "<table>\n"; table = true }
                html += "<tr>" + cells.map { "<td>\($0)</td>" }.joined() + "</tr>\n"
            } else {
                if table { html += "</table>\n"; table = false }
                html += "<p>\(line)</p>\n"
            }
        }
        return html + (table ? "</table>" : "") + "</body></html>\n"
    }

    @Test func anHTMLReportGivesTheSameRecordsAsItsTextLayer() async throws {
        let inbox = try TemporaryDirectory()
        defer { inbox.cleanup() }
        try inbox.write("svz.txt", try Data(contentsOf: TestPaths.standVanZakenSeed))
        try inbox.write("svz.html", Data(try seedAsHTML().utf8))
        let outcomes = await Pipeline(rules: TestPaths.loadedRules, jobs: 2)
            .run(try Inbox.files(in: inbox.url, displayName: "Inbox"))
        let html = try #require(outcomes.first { $0.file == "svz.html" })
        let text = try #require(outcomes.first { $0.file == "svz.txt" })
        #expect(html.error == nil)
        #expect(html.peildatum == "2021-12-01")
        #expect(html.records.map(\.name) == text.records.map(\.name))
        #expect(html.records.map(\.sections) == text.records.map(\.sections))
        #expect(html.records.map(\.looptijd) == text.records.map(\.looptijd))
    }
}
