import Foundation
import Testing
@testable import Peilstok

/// `peilstok report`, opened in headless Chromium: every pilot of the store is there with its timeline row, and the
/// page asks for nothing over the network and logs no error.
@Suite(.serialized) struct ReportTests {
    private struct Seen: Decodable {
        struct Row: Decodable {
            var pilot: String
            var bars: Int
            var marks: Int
            var renames: Int
        }

        var pilots: [String]
        var headings: [String]
        var rows: [Row]
        var requests: [String]
        var errors: [String]
        var searchVisible: Bool
        var shownAfterSearch: Int

        enum CodingKeys: String, CodingKey {
            case pilots, headings, rows, requests, errors, searchVisible = "search_visible", shownAfterSearch = "shown_after_search"
        }
    }

    private func open(_ report: URL, screenshot: URL) throws -> Seen {
        let result = try runProcess(URL(filePath: "/usr/bin/env"),
                                    ["python3", TestPaths.repository.appending(path: "Scripts/browser_check.py").path,
                                     report.path, screenshot.path], in: TestPaths.repository)
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode(Seen.self, from: Data(result.stdout.utf8))
    }

    @Test func theReportShowsEveryPilotOfTheStoreWithItsTimelineAndAsksForNothing() throws {
        let work = try TemporaryDirectory()
        defer { work.cleanup() }
        for name in try FileManager.default.contentsOfDirectory(atPath: TestPaths.sampleInbox.path) {
            try work.write("Inbox/\(name)", try Data(contentsOf: TestPaths.sampleInbox.appending(path: name)))
        }
        #expect(try runProcess(TestPaths.executable, ["run", "--quiet", "--rules", TestPaths.rules.path], in: work.url).status == 0)
        let written = try runProcess(TestPaths.executable, ["report", "--rules", TestPaths.rules.path], in: work.url)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout == "Output/report.html: 35 pilots, 2 peildata\n")

        let store = try PilotStore(url: work.file("Output/peilstok.sqlite"))
        let registry = try store.registry()
        let versions = try store.versions()
        // The screenshot the README shows is kept in the repository's Output/.
        let screenshot = TestPaths.repository.appending(path: "Output/report.png")
        try FileManager.default.createDirectory(at: screenshot.deletingLastPathComponent(), withIntermediateDirectories: true)
        let seen = try open(work.file("Output/report.html"), screenshot: screenshot)

        #expect(seen.requests == [])
        #expect(seen.errors == [])
        #expect(Set(seen.pilots) == Set(registry.map(\.pilotID)))
        #expect(seen.pilots.count == registry.count)
        #expect(seen.rows.map(\.pilot) == seen.pilots)
        for entry in registry {
            let row = try #require(seen.rows.first { $0.pilot == entry.pilotID })
            #expect(row.marks + row.renames == entry.peildata.count, "\(entry.pilotID)")
            // A rename is marked at a peildatum whose version (the first document's) carries a name not seen before.
            var seenPeildata: Set<String> = []
            var names: [String] = []
            var renames = 0
            for version in versions where version.pilotID == entry.pilotID {
                guard let peildatum = version.peildatum, seenPeildata.insert(peildatum).inserted else { continue }
                let key = NamePair.key(version.record.name)
                if !names.isEmpty && !names.contains(key) { renames += 1 }
                names.append(key)
            }
            #expect(row.renames == renames, "\(entry.pilotID)")
            let hasPeriod = versions.contains { $0.pilotID == entry.pilotID && ($0.record.looptijd.start != nil || $0.record.looptijd.end != nil) }
            #expect(row.bars == (hasPeriod ? 1 : 0), "\(entry.pilotID)")
        }
        #expect(seen.headings.contains("Hillesluis en Feijenoord"))
        #expect(seen.searchVisible)
        #expect(seen.shownAfterSearch == 1)
        #expect(FileManager.default.fileExists(atPath: screenshot.path))

        let html = try String(contentsOf: work.file("Output/report.html"), encoding: .utf8)
        #expect(html.contains("1 december 2021") && html.contains("12 oktober 2022"))
        #expect(html.contains("<del>Rotterdam-Zuid (Hillesluis)</del> → <ins>Hillesluis en Feijenoord</ins>"))
        #expect(!html.contains(" src="))
    }

    @Test func theBrowserCheckSeesARequestAndAConsoleError() throws {
        let work = try TemporaryDirectory()
        defer { work.cleanup() }
        try work.write("report.html", Data(#"<!DOCTYPE html><html><body><article class="pilot" data-pilot="x"><h3>x</h3></article><input id="zoek"><img src="https://example.org/beeld.png"><script>console.error("kapot")</script></body></html>"#.utf8))
        let seen = try open(work.file("report.html"), screenshot: work.file("shot.png"))
        #expect(seen.requests == ["https://example.org/beeld.png"])
        #expect(seen.errors.contains("kapot"))
    }
}
