import Foundation
import Testing
@testable import Peilstok

/// Runs the built `peilstok` tool as a user would and checks exit codes, messages and files.
@Suite struct CommandLineTests {
    private func run(_ arguments: [String], in directory: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        try runProcess(TestPaths.executable, arguments + ["--rules", TestPaths.rules.path], in: directory)
    }

    @Test func aCleanBatchExitsZeroAndPrintsTheSummary() throws {
        let work = try TemporaryDirectory()
        defer { work.cleanup() }
        try work.write("Inbox/002_067f7ab2b7d390c7.txt", try Data(contentsOf: TestPaths.standVanZakenSeed))
        let result = try run(["run"], in: work.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "1 documents, 33 records, 0 warnings, 0 failed\n")
        #expect(result.stderr.contains("[1/1] 002_067f7ab2b7d390c7.txt: 33 records"))
        #expect(FileManager.default.fileExists(atPath: work.file("Output/records.jsonl").path))
    }

    @Test func aBatchWithAFailureExitsOneNamingTheFileAndKeepsTheRest() throws {
        let work = try TemporaryDirectory()
        defer { work.cleanup() }
        try work.write("Inbox/002_067f7ab2b7d390c7.txt", try Data(contentsOf: TestPaths.standVanZakenSeed))
        try work.write("Inbox/leeg.txt", Data())
        let result = try run(["run", "--quiet"], in: work.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Inbox/leeg.txt: empty file\n"))
        #expect(result.stdout == "2 documents, 33 records, 0 warnings, 1 failed\n")
        let records = try String(contentsOf: work.file("Output/records.jsonl"), encoding: .utf8)
        #expect(records.split(separator: "\n").count == 33)
        let run = try String(contentsOf: work.file("Output/run.json"), encoding: .utf8)
        #expect(run.contains("\"error\" : \"empty file\""))
    }

    @Test func aUsageErrorExitsTwo() throws {
        let work = try TemporaryDirectory()
        defer { work.cleanup() }
        #expect(try run(["run", "--jobs", "0"], in: work.url).status == 2)
        #expect(try runProcess(TestPaths.executable, ["run", "--no-such-option"], in: work.url).status == 2)
        let missingInbox = try run(["run"], in: work.url)
        #expect(missingInbox.status == 2)
        #expect(missingInbox.stderr == "Inbox: no such directory\n")
    }

    /// A new store is made while the first document is read; one that cannot be made stops the batch with exit 2,
    /// its error on one line, and nothing written or reported as read.
    @Test func aStoreThatCannotBeMadeStopsTheRun() throws {
        let work = try TemporaryDirectory()
        defer { work.cleanup() }
        for name in ["001_9fa5d12fc6f62dbe.txt", "002_067f7ab2b7d390c7.txt"] {
            try work.write("Inbox/\(name)", try Data(contentsOf: TestPaths.seeds.appending(path: name)))
        }
        try work.write("blocker", Data("a file, not a directory".utf8))
        let result = try run(["run", "--jobs", "1", "--store", "blocker/peilstok.sqlite"], in: work.url)
        #expect(result.status == 2)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].hasPrefix("blocker/peilstok.sqlite: cannot open the store: "), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: work.file("Output/records.jsonl").path))
    }

    /// A worker parses no command line: it refuses arguments, and takes its settings from its first line of input.
    @Test func aWorkerTakesItsSettingsFromItsInputOnly() throws {
        let work = try TemporaryDirectory()
        defer { work.cleanup() }
        let withArguments = try runProcess(TestPaths.executable, ["worker", "--rules", "Rules"], in: work.url, input: Data())
        #expect(withArguments.status == 2)
        #expect(withArguments.stderr == "worker: takes no arguments (run starts it, and sends its settings on standard input)\n")
        let notSettings = try runProcess(TestPaths.executable, ["worker"], in: work.url, input: Data("--rules Rules\n".utf8))
        #expect(notSettings.status == 2)
        #expect(notSettings.stderr == "worker: not its settings: --rules Rules\n")
        let badRules = WorkerSettings(rules: work.file("no-rules").path).line
        let unusable = try runProcess(TestPaths.executable, ["worker"], in: work.url,
                                      input: badRules + Data(#"{"index":0,"path":"/dev/null","name":"x.txt"}"#.utf8 + [0x0A]))
        #expect(unusable.status == 2)
        #expect(unusable.stderr.hasPrefix(work.file("no-rules").path), "\(unusable.stderr)")
        // Settings, then no request: a worker a run did not need ends quietly.
        let idle = try runProcess(TestPaths.executable, ["worker"], in: work.url, input: WorkerSettings().line)
        #expect(idle.status == 0 && idle.stdout.isEmpty && idle.stderr.isEmpty)
    }

    /// Help and usage errors of `run` name `peilstok run`.
    @Test func helpAndUsageErrorsOfRunNameTheWholeCommand() throws {
        let work = try TemporaryDirectory()
        defer { work.cleanup() }
        let help = try runProcess(TestPaths.executable, ["run", "--help"], in: work.url)
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: peilstok run "), "\(help.stdout)")
        let wrong = try runProcess(TestPaths.executable, ["run", "--jobs", "zero"], in: work.url)
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("Usage: peilstok run "), "\(wrong.stderr)")
        #expect(wrong.stderr.contains("--jobs"), "\(wrong.stderr)")
    }

    @Test func aMalformedRuleStopsTheRunBeforeAnyDocumentIsRead() throws {
        let work = try TemporaryDirectory()
        defer { work.cleanup() }
        for name in Rules.allFileNames {
            try work.write("Rules/\(name)", try Data(contentsOf: TestPaths.rules.appending(path: name)))
        }
        try work.write("Rules/kinds.yml", Data("kinds:\n  stand-van-zaken:\n    layout: tabel\n".utf8))
        try work.write("Inbox/002_067f7ab2b7d390c7.txt", try Data(contentsOf: TestPaths.standVanZakenSeed))
        let result = try runProcess(TestPaths.executable, ["run"], in: work.url)
        #expect(result.status == 2)
        #expect(result.stderr == "Rules/kinds.yml:3:13: error: unknown layout 'tabel' (known: table, factsheet, appendix, casebox, headings)\n")
        #expect(!FileManager.default.fileExists(atPath: work.file("Output/records.jsonl").path))
    }

    @Test func evalFailsBelowItsThresholds() throws {
        let work = try TemporaryDirectory()
        defer { work.cleanup() }
        try work.write("Inbox/002_067f7ab2b7d390c7.txt", try Data(contentsOf: TestPaths.standVanZakenSeed))
        #expect(try run(["run"], in: work.url).status == 0)
        let gold = TestPaths.standVanZakenGold.path
        let pass = try runProcess(TestPaths.executable, ["eval", "--gold", gold, "Output/records.jsonl",
                                                         "--min-precision", "1", "--min-recall", "1", "--min-sections", "0.95"],
                                  in: work.url)
        #expect(pass.status == 0, "\(pass.stdout)\(pass.stderr)")
        #expect(pass.stdout.contains("total                                 1.000   1.000     1.000"))
        // Cut the records to half: recall falls below 1.
        let records = try String(contentsOf: work.file("Output/records.jsonl"), encoding: .utf8).split(separator: "\n")
        try Data((records.prefix(16).joined(separator: "\n") + "\n").utf8).write(to: work.file("Output/half.jsonl"))
        let fail = try runProcess(TestPaths.executable, ["eval", "--gold", gold, "Output/half.jsonl", "--min-recall", "0.9"],
                                  in: work.url)
        #expect(fail.status == 1)
        #expect(fail.stdout.contains("(16/33 pilots"))
    }
}

/// The `normalize` command: one JSON line out for every line in, in order.
@Suite struct NormalizeCommandTests {
    @Test func printsOneLinePerInputLineEvenForBlankAndBadLines() throws {
        let work = try TemporaryDirectory()
        defer { work.cleanup() }
        try work.write("in.jsonl", Data("""
        {"id": "a", "text": "medio 2022"}

        niet json
        {"id": 7, "text": "over 19 weken"}
        """.utf8))
        let result = try runProcess(TestPaths.executable, ["normalise", "--jsonl", "--peildatum", "2022-10-12",
                                                           "--rules", TestPaths.rules.path, "in.jsonl"], in: work.url)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 4)
        #expect(lines[0] == #"{"expressions":[{"at":[0,10],"earliest":"2022-05-01","latest":"2022-08-31","mod":"MID","text":"medio 2022","timex":"2022","type":"date"}],"id":"a","text":"medio 2022"}"#)
        #expect(lines[1].contains(#""error":"not a JSON object with a \"text\" string""#))
        #expect(lines[2].contains(#""error""#))
        #expect(lines[3].contains(#""anchored":true"#) && lines[3].contains(#""id":"7""#))
    }

    @Test func rejectsAMalformedPeildatum() throws {
        let work = try TemporaryDirectory()
        defer { work.cleanup() }
        #expect(try runProcess(TestPaths.executable, ["normalize", "--peildatum", "12-10-2022"], in: work.url).status == 2)
    }
}

/// The `inspect` command an analyst uses to write rules.
@Suite struct InspectCommandTests {
    @Test func showsKindPeildatumAndEachSectionWithItsLines() throws {
        let work = try TemporaryDirectory()
        defer { work.cleanup() }
        try work.write("Inbox/002_067f7ab2b7d390c7.txt", try Data(contentsOf: TestPaths.standVanZakenSeed))
        let result = try runProcess(TestPaths.executable, ["inspect", "Inbox/002_067f7ab2b7d390c7.txt",
                                                           "--rules", TestPaths.rules.path], in: work.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("kind:      stand-van-zaken (detected)"))
        #expect(result.stdout.contains("peildatum: 2021-12-01 (from the document)"))
        #expect(result.stdout.contains("pilots:    33"))
        #expect(result.stdout.contains("9. Wijkrechtbank Eindhoven  [lines 41]  gemeente: Eindhoven"))
        #expect(result.stdout.contains(#"   looptijd                  41          "Oktober 2019 – medio 2022""#))
    }

    @Test func aBadFileIsOneLineAndExitCodeOne() throws {
        let work = try TemporaryDirectory()
        defer { work.cleanup() }
        try work.write("leeg.txt", Data())
        let result = try runProcess(TestPaths.executable, ["inspect", "leeg.txt", "--rules", TestPaths.rules.path], in: work.url)
        #expect(result.status == 1)
        #expect(result.stderr == "leeg.txt: empty file\n")
    }
}

/// A batch of good and bad PDFs through the command-line tool.
@Suite struct PDFBatchTests {
    @Test func theGoodPDFsAreWrittenAndEachBadOneIsNamedWithExitOne() throws {
        let work = try TemporaryDirectory()
        defer { work.cleanup() }
        for name in ["encrypted.pdf", "truncated.pdf", "zero-pages.pdf", "not-a-pdf.pdf", "scanned.pdf", "columns.pdf"] {
            try work.write("Inbox/\(name)", try Data(contentsOf: TestPaths.fixtures.appending(path: "pdf/\(name)")))
        }
        for name in ["factsheets-2022.pdf", "standvanzaken-2021.pdf"] {
            try work.write("Inbox/\(name)", try Data(contentsOf: TestPaths.sampleInbox.appending(path: name)))
        }
        let result = try runProcess(TestPaths.executable, ["run", "--quiet", "--rules", TestPaths.rules.path], in: work.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Inbox/encrypted.pdf: encrypted PDF: give its password with --password-file\n"))
        #expect(result.stderr.contains("Inbox/truncated.pdf: cannot read: not a readable PDF"))
        #expect(result.stderr.contains("Inbox/zero-pages.pdf: cannot read: the PDF has no pages\n"))
        #expect(result.stderr.contains("Inbox/not-a-pdf.pdf: cannot read: not a PDF (no %PDF- header)\n"))
        #expect(result.stdout.hasPrefix("8 documents, 63 records,"))
        #expect(result.stdout.hasSuffix("4 failed\n"))
        let run = try String(contentsOf: work.file("Output/run.json"), encoding: .utf8)
        #expect(run.contains("page 2: a scanned page, and OCR found no text on it"))
        let password = work.file("password.txt")
        try Data("geheim\n".utf8).write(to: password)
        let unlocked = try runProcess(TestPaths.executable, ["run", "--quiet", "--password-file", password.path,
                                                             "--rules", TestPaths.rules.path], in: work.url)
        #expect(!unlocked.stderr.contains("encrypted.pdf"))
        #expect(unlocked.stdout.hasSuffix("3 failed\n"))
    }
}

/// `inspect --layout` and `--png` on a PDF.
@Suite struct InspectPDFTests {
    @Test func printsBlocksInReadingOrderAndRendersPNGs() throws {
        let work = try TemporaryDirectory()
        defer { work.cleanup() }
        let pdf = TestPaths.fixtures.appending(path: "pdf/columns.pdf").path
        let layout = try runProcess(TestPaths.executable, ["inspect", "--layout", "--page", "2", pdf], in: work.url)
        #expect(layout.status == 0, "\(layout.stderr)")
        let lines = layout.stdout.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("page 2 (595 × 842 pt): 7 blocks") })
        let order = lines.filter { $0.hasSuffix(" regel 1") }.map { $0.trimmingCharacters(in: .whitespaces) }
        // Each line reads "NUMBER [marks] SIZE  TEXT".
        #expect(order.map { $0.split(separator: " ").dropFirst(2).first.map(String.init) ?? "" } == ["Eerste", "Tweede", "Derde"])
        let rendered = try runProcess(TestPaths.executable, ["inspect", "--png", work.file("png").path, pdf], in: work.url)
        #expect(rendered.status == 0, "\(rendered.stderr)")
        for page in [1, 2] {
            let data = try Data(contentsOf: work.file("png/page-\(page).png"))
            #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        }
    }
}
