import Foundation
import Testing
@testable import Peilstok

@Suite struct EmitterTests {
    @Test func aFailedWriteKeepsThePreviousOutputAndLeavesNoTemporaryFile() async throws {
        let output = try TemporaryDirectory()
        defer { output.cleanup() }
        let previous = Data("{\"previous\":true}\n".utf8)
        try output.write("run.json", previous)
        // records.jsonl cannot be replaced when a directory stands in its place.
        try FileManager.default.createDirectory(at: output.file("records.jsonl/blocker"), withIntermediateDirectories: true)
        await #expect(throws: OutputError.self) {
            try await Emitter(outputDirectory: output.url).write([], rulesHash: "h")
        }
        #expect(try Data(contentsOf: output.file("run.json")) == previous)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.url.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func writesTheSummaryFigures() async throws {
        let output = try TemporaryDirectory()
        defer { output.cleanup() }
        let outcomes = [
            DocumentOutcome(index: 1, file: "b.txt", error: .empty(file: "b.txt")),
            DocumentOutcome(index: 0, file: "a.txt", sha256: "x", kind: "stand-van-zaken", warnings: ["w"]),
        ]
        let report = try await Emitter(outputDirectory: output.url).write(outcomes, rulesHash: "h")
        #expect(report.summary == "2 documents, 0 records, 1 warnings, 1 failed")
        #expect(report.documents.map(\.file) == ["a.txt", "b.txt"])
        #expect(report.documents[1].error == "empty file")
        let written = try JSONDecoder().decode(RunReport.self, from: Data(contentsOf: output.file("run.json")))
        #expect(written == report)
        #expect(try Data(contentsOf: output.file("records.jsonl")).isEmpty)
    }
}
