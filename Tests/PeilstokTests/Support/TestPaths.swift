import Foundation
@testable import Peilstok
import PeilstokPDF

/// Paths the tests read: the repository, its rules, the seeds (in the sample inbox) and copies of the gold files,
/// so the tests need nothing outside the repository.
enum TestPaths {
    static let repository = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let rules = repository.appending(path: "Rules")
    static let fixtures = repository.appending(path: "Tests/PeilstokTests/Fixtures")
    static let sampleInbox = repository.appending(path: "Inbox")
    static let seeds = sampleInbox
    static let gold = fixtures.appending(path: "gold")
    static let standVanZakenSeed = seeds.appending(path: "002_067f7ab2b7d390c7.txt")
    static let standVanZakenGold = gold.appending(path: "002_standvanzaken.gold.json")

    /// The project's rules, loaded once; loading them also installs the PDF reader, as `peilstok-reader` does.
    static let loadedRules: Rules = {
        PDFSupport.reader = PopplerReader()
        do { return try Rules.load(from: rules, displayDirectory: "Rules") } catch { fatalError("\(error)") }
    }()

    /// A temporary copy of every rule file, for a test that changes one.
    static func copyOfRules() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        for name in Rules.allFileNames {
            try FileManager.default.copyItem(at: rules.appending(path: name), to: directory.file(name))
        }
        return directory
    }

    /// The built command-line tool (set PEILSTOK_BIN to use another build).
    static var executable: URL {
        if let path = ProcessInfo.processInfo.environment["PEILSTOK_BIN"] { return URL(filePath: path) }
        return repository.appending(path: ".build/debug/peilstok")
    }
}

/// Runs the pipeline over the named seed files (or paths below the repository) as an inbox with the sample inbox's manifest.
func runSeeds(_ names: [String], jobs: Int = 2) async throws -> [DocumentOutcome] {
    let inbox = try TemporaryDirectory()
    defer { inbox.cleanup() }
    for name in names {
        let source = name.contains("/") ? TestPaths.repository.appending(path: name) : TestPaths.seeds.appending(path: name)
        try inbox.write(source.lastPathComponent, try Data(contentsOf: source))
    }
    let manifest = try InboxManifest.load(from: TestPaths.sampleInbox.appending(path: "inbox.yml"),
                                          displayPath: "Inbox/inbox.yml", rules: TestPaths.loadedRules)
    let files = manifest.apply(to: try Inbox.files(in: inbox.url, displayName: "Inbox")).files
    return await Pipeline(rules: TestPaths.loadedRules, jobs: jobs).run(files)
}

/// A fresh temporary directory, removed by `cleanup()`.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appending(path: "peilstok-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> URL { url.appending(path: name) }

    func write(_ name: String, _ data: Data) throws {
        let target = file(name)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: target)
    }

    func cleanup() { try? FileManager.default.removeItem(at: url) }
}

/// Runs a program, with `environment` added to this process's and `input` (when given) as its standard input, and
/// returns its exit status and output.
func runProcess(_ executable: URL, _ arguments: [String], in directory: URL, environment: [String: String] = [:],
                input: Data? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let source = Pipe()
    if input != nil { process.standardInput = source }
    try process.run()
    if let input {
        try source.fileHandleForWriting.write(contentsOf: input)
        try source.fileHandleForWriting.close()
    }
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
}
