import Foundation
import Testing
@testable import Peilstok

/// Scans made by `Scripts/make_scans.py` (200 dpi, noise, skew up to 1.5°, JPEG, no text layer) read end to end
/// through the command-line tool, and scored against the gold of the documents they were scanned from.
@Suite(.serialized) struct ScannedDocumentTests {
    private func scan(_ source: URL, to target: URL, _ arguments: [String]) throws {
        let result = try runProcess(URL(filePath: "/usr/bin/env"),
                                    ["python3", TestPaths.repository.appending(path: "Scripts/make_scans.py").path,
                                     source.path, target.path] + arguments, in: TestPaths.repository)
        try #require(result.status == 0, "make_scans.py: \(result.stderr)")
    }

    /// A gold file for `document` made from the gold of the document it was scanned from.
    private func gold(_ name: String, as document: String, into directory: TemporaryDirectory) throws -> URL {
        var text = try String(contentsOf: TestPaths.gold.appending(path: name), encoding: .utf8)
        text = text.replacingOccurrences(of: "\"document\": \"\(name.replacingOccurrences(of: ".gold.json", with: ""))\"",
                                         with: "\"document\": \"\(document)\"")
        try directory.write(document + ".gold.json", Data(text.utf8))
        return directory.file(document + ".gold.json")
    }

    @Test func aScannedTableIsReadWithEveryPilotAndItsSections() throws {
        let work = try TemporaryDirectory()
        defer { work.cleanup() }
        try FileManager.default.createDirectory(at: work.file("Inbox"), withIntermediateDirectories: true)
        try scan(TestPaths.sampleInbox.appending(path: "standvanzaken-2021.pdf"), to: work.file("Inbox/standvanzaken-scan.pdf"),
                 ["--seed", "2"])
        let run = try runProcess(TestPaths.executable, ["run", "--quiet", "--timeout", "900", "--rules", TestPaths.rules.path],
                                 in: work.url)
        #expect(run.status == 0, "\(run.stderr)")
        let gold = try gold("standvanzaken-2021.pdf.gold.json", as: "standvanzaken-scan.pdf", into: work)
        let score = try runProcess(TestPaths.executable, ["eval", "--gold", gold.path, "Output/records.jsonl",
                                                          "--min-recall", "1", "--min-sections", "0.95"], in: work.url)
        #expect(score.status == 0, "\(score.stdout)\(score.stderr)")
        let documents = try String(contentsOf: work.file("Output/documents.jsonl"), encoding: .utf8)
        #expect(documents.contains("\"ocr_pages\":[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]"))
        // Every record says it was read by OCR, with a confidence per section.
        for line in try String(contentsOf: work.file("Output/records.jsonl"), encoding: .utf8).split(separator: "\n") {
            let record = try JSONDecoder().decode(PilotRecord.self, from: Data(line.utf8))
            #expect(record.provenance.ocrPages?.isEmpty == false, "\(record.name)")
            for (key, confidence) in record.provenance.ocrConfidence ?? [:] {
                #expect((0...100).contains(confidence), "\(record.name) \(key)")
            }
        }
    }

    @Test func scannedFactsheetsAreReadWithTheirPilotsAndSections() throws {
        let work = try TemporaryDirectory()
        defer { work.cleanup() }
        try FileManager.default.createDirectory(at: work.file("Inbox"), withIntermediateDirectories: true)
        try scan(TestPaths.sampleInbox.appending(path: "factsheets-2022.pdf"), to: work.file("Inbox/factsheets-scan.pdf"), [])
        try work.write("Inbox/inbox.yml", Data("files:\n  factsheets-scan.pdf:\n    peildatum: 2022-10-12\n".utf8))
        let run = try runProcess(TestPaths.executable, ["run", "--quiet", "--timeout", "900", "--rules", TestPaths.rules.path],
                                 in: work.url)
        #expect(run.status == 0, "\(run.stderr)")
        let gold = try gold("factsheets-2022.pdf.gold.json", as: "factsheets-scan.pdf", into: work)
        let score = try runProcess(TestPaths.executable, ["eval", "--gold", gold.path, "Output/records.jsonl", "--min-precision", "0.95",
                                                          "--min-recall", "0.95", "--min-sections", "0.90"], in: work.url)
        #expect(score.status == 0, "\(score.stdout)\(score.stderr)")
    }

    @Test func aScannedPageAmongTextPagesIsReadAndSaysSo() throws {
        let work = try TemporaryDirectory()
        defer { work.cleanup() }
        try FileManager.default.createDirectory(at: work.file("Inbox"), withIntermediateDirectories: true)
        try scan(TestPaths.sampleInbox.appending(path: "factsheets-2022.pdf"), to: work.file("Inbox/factsheets-mixed.pdf"),
                 ["--pages", "3", "--seed", "5"])
        try work.write("Inbox/inbox.yml", Data("files:\n  factsheets-mixed.pdf:\n    peildatum: 2022-10-12\n".utf8))
        let run = try runProcess(TestPaths.executable, ["run", "--quiet", "--rules", TestPaths.rules.path], in: work.url)
        #expect(run.status == 0, "\(run.stderr)")
        let documents = try String(contentsOf: work.file("Output/documents.jsonl"), encoding: .utf8)
        #expect(documents.contains("\"ocr_pages\":[3]"))
        let records = try String(contentsOf: work.file("Output/records.jsonl"), encoding: .utf8).split(separator: "\n")
            .map { try JSONDecoder().decode(PilotRecord.self, from: Data($0.utf8)) }
        #expect(records.count == 30)
        let scanned = records.filter { $0.provenance.pages == [3] }
        #expect(scanned.count == 1)
        #expect(scanned.first?.provenance.ocrPages == [3])
        #expect(scanned.first.map { TextFolding.foldForScoring($0.name) } == "pakketafhankelijke eigen bijdrage")
        #expect((scanned.first?.provenance.ocrConfidence?.count ?? 0) >= 5)
        #expect(records.filter { $0.provenance.ocrPages != nil }.count == 1)
        // `--ocr never` leaves the scanned page unread, and the rest as before.
        let never = try runProcess(TestPaths.executable, ["run", "--quiet", "--ocr", "never", "--output", "Never",
                                                          "--rules", TestPaths.rules.path], in: work.url)
        #expect(never.status == 0)
        let run2 = try String(contentsOf: work.file("Never/run.json"), encoding: .utf8)
        #expect(run2.contains("page 3: no text layer, only images — a scanned page, not read (--ocr never)"))
    }
}
