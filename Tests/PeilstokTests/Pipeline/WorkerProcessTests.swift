import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import Peilstok

/// `run` reads documents in worker processes: a crash, a hang or a runaway allocation costs one document, a killed
/// run keeps what it finished, and two runs never mix their outputs.
@Suite(.serialized) struct WorkerProcessTests {
    /// A work directory with the sample inbox's text seeds and the stand-van-zaken PDF.
    private func workspace() throws -> TemporaryDirectory {
        let work = try TemporaryDirectory()
        for name in ["000_cad00d4029970908.txt", "001_9fa5d12fc6f62dbe.txt", "002_067f7ab2b7d390c7.txt",
                     "003_594f80364ebc7975.txt", "004_607ef2ade63b3d16.txt", "standvanzaken-2021.pdf"] {
            try work.write("Inbox/\(name)", try Data(contentsOf: TestPaths.sampleInbox.appending(path: name)))
        }
        return work
    }

    private func run(_ work: TemporaryDirectory, _ extra: [String] = [], fault: String? = nil) throws
        -> (status: Int32, stdout: String, stderr: String) {
        try runProcess(TestPaths.executable, ["run", "--quiet", "--rules", TestPaths.rules.path] + extra, in: work.url,
                       environment: fault.map { ["PEILSTOK_WORKER_FAULT": $0] } ?? [:])
    }

    /// How many documents the run's store holds.
    private func storedDocuments(_ work: TemporaryDirectory) throws -> Int {
        try PilotStore(url: work.file("Output/peilstok.sqlite")).rowCounts()["documents"] ?? 0
    }

    private func records(_ work: TemporaryDirectory) throws -> [String] {
        try String(contentsOf: work.file("Output/records.jsonl"), encoding: .utf8).split(separator: "\n").map(String.init)
    }

    @Test(arguments: [("crash:003", "the process reading it crashed (signal 11, Segmentation fault)"),
                      ("hang:003", "gave up after 3 s (--timeout); the process reading it was stopped"),
                      ("memory:003", "the process reading it crashed (signal 6, Aborted; over --max-memory?)")])
    func aFaultyDocumentCostsOneLineAndTheRestIsWritten(fault: String, message: String) throws {
        let clean = try workspace()
        defer { clean.cleanup() }
        try FileManager.default.removeItem(at: clean.file("Inbox/003_594f80364ebc7975.txt"))
        #expect(try run(clean).status == 0)
        let faulty = try workspace()
        defer { faulty.cleanup() }
        let started = Date()
        let result = try run(faulty, ["--timeout", "3", "--max-memory", "1024"], fault: fault)
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(result.status == 1)
        #expect(result.stderr == "Inbox/003_594f80364ebc7975.txt: \(message)\n")
        #expect(result.stdout.hasSuffix("1 failed\n"))
        #expect(try records(faulty) == records(clean), "the good documents' records are byte-identical")
    }

    /// The smallest cap on a worker's address space a run accepts still leaves it room to load its rules, on
    /// threads of their own, while it reads a PDF on every core.
    @Test func theSmallestMemoryCapStillReadsEveryDocument() throws {
        let work = try workspace()
        defer { work.cleanup() }
        let result = try run(work, ["--max-memory", "256"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix(" 0 failed\n"))
    }

    @Test func aCrashNamesThePageItHappenedOn() throws {
        let work = try workspace()
        defer { work.cleanup() }
        let result = try run(work, fault: "crash@3:standvanzaken")
        #expect(result.status == 1)
        #expect(result.stderr == "Inbox/standvanzaken-2021.pdf: the process reading it crashed (signal 11, Segmentation fault) while reading page 3\n")
    }

    @Test func aRunKilledAtAnyMomentLeavesOneWholeOutputAndKeepsWhatItFinished() throws {
        let work = try workspace()
        defer { work.cleanup() }
        #expect(try run(work).status == 0)
        let complete = try records(work)
        /// Starts a run whose smallest document, read last, hangs.
        func startHangingRun() throws -> Process {
            let process = Process()
            process.executableURL = TestPaths.executable
            process.arguments = ["run", "--quiet", "--fresh", "--jobs", "1", "--rules", TestPaths.rules.path]
            process.currentDirectoryURL = work.url
            process.environment = ProcessInfo.processInfo.environment.merging(["PEILSTOK_WORKER_FAULT": "hang:004"]) { $1 }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        for attempt in 0..<10 {
            let process = try startHangingRun()
            let moment = 0.05 + Double(attempt) * 0.15
            Thread.sleep(forTimeInterval: moment)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // Whatever the moment: the three files are one run's, complete.
            let report = try JSONDecoder().decode(RunReport.self, from: Data(contentsOf: work.file("Output/run.json")))
            let lines = try records(work)
            #expect(lines.count == report.totals.records, "killed after \(moment) s")
            #expect(lines == complete, "killed after \(moment) s")
            // The store: SQLite's checks pass, and every document in it has all of its versions.
            if FileManager.default.fileExists(atPath: work.file("Output/peilstok.sqlite").path) {
                #expect(try PilotStore(url: work.file("Output/peilstok.sqlite")).problems() == [], "killed after \(moment) s")
            }
        }
        // Killed once every other document is finished and kept:
        let process = try startHangingRun()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, (try? storedDocuments(work)) ?? 0 < 5 {
            Thread.sleep(forTimeInterval: 0.05)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        // The next run reads the document the killed runs never finished, and takes the ones they kept: a crash
        // injected into the largest, read first, does not happen, since it is not read again.
        let resumed = try run(work, fault: "crash:standvanzaken")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try records(work) == complete)
    }

    @Test func aSecondRunOnTheSameOutputRefusesWithAClearMessage() throws {
        let work = try workspace()
        defer { work.cleanup() }
        let first = Process()
        first.executableURL = TestPaths.executable
        first.arguments = ["run", "--quiet", "--timeout", "20", "--rules", TestPaths.rules.path]
        first.currentDirectoryURL = work.url
        first.environment = ProcessInfo.processInfo.environment.merging(["PEILSTOK_WORKER_FAULT": "hang:003"]) { $1 }
        first.standardOutput = FileHandle.nullDevice
        first.standardError = FileHandle.nullDevice
        try first.run()
        defer {
            kill(first.processIdentifier, SIGKILL)
            first.waitUntilExit()
        }
        Thread.sleep(forTimeInterval: 1)
        let second = try run(work)
        #expect(second.status == 2)
        #expect(second.stderr.hasPrefix("Output: another peilstok run (process \(first.processIdentifier)) is writing here"))
    }
}
