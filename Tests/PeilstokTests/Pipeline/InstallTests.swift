import Foundation
import Testing
@testable import Peilstok

/// `make install` into a temporary prefix gives a command that works from any directory, with a man page and
/// completions for bash, zsh and fish.
@Suite struct InstallTests {
    @Test func anInstalledCommandRunsFromAnyDirectoryWithItsBuiltInRules() throws {
        let prefix = try TemporaryDirectory()
        defer { prefix.cleanup() }
        let make = try runProcess(URL(filePath: "/usr/bin/env"),
                                  ["make", "--no-print-directory", "install", "PREFIX=\(prefix.url.path)",
                                   "BIN_PATH=\(TestPaths.executable.deletingLastPathComponent().path)"], in: TestPaths.repository)
        try #require(make.status == 0, "\(make.stdout)\(make.stderr)")
        let peilstok = prefix.file("bin/peilstok")
        #expect(FileManager.default.isExecutableFile(atPath: prefix.file("bin/peilstok-reader").path))

        // Elsewhere: no Rules/ there, an inbox named by path.
        let elsewhere = try TemporaryDirectory()
        defer { elsewhere.cleanup() }
        #expect(!FileManager.default.fileExists(atPath: elsewhere.file("Rules").path))
        let run = try runProcess(peilstok, ["run", "--quiet", "--inbox", TestPaths.sampleInbox.path, "--output", "out"],
                                 in: elsewhere.url, environment: ["PEILSTOK_RULES": ""])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("8 documents, 170 records"))
        let check = try runProcess(peilstok, ["rules", "check"], in: elsewhere.url)
        #expect(check.stdout.hasPrefix("(built-in rules): "))

        // The built-in rules are the repository's, byte for byte, and a rule error names the file actually used.
        let exported = try runProcess(peilstok, ["rules", "export", "MyRules"], in: elsewhere.url)
        #expect(exported.status == 0)
        for name in Rules.allFileNames {
            #expect(FileManager.default.contents(atPath: elsewhere.file("MyRules/\(name)").path)
                == FileManager.default.contents(atPath: TestPaths.rules.appending(path: name).path), "\(name)")
        }
        try Data("dpi: nine\n".utf8).write(to: elsewhere.file("MyRules/ocr.yml"))
        let broken = try runProcess(peilstok, ["rules", "check", "--rules", "MyRules"], in: elsewhere.url)
        #expect(broken.status == 2)
        #expect(broken.stderr.hasPrefix("MyRules/ocr.yml"), "\(broken.stderr)")
        let fromVariable = try runProcess(peilstok, ["rules", "check"], in: elsewhere.url,
                                          environment: ["PEILSTOK_RULES": elsewhere.file("MyRules").path])
        #expect(fromVariable.stderr.hasPrefix(elsewhere.file("MyRules/ocr.yml").path), "\(fromVariable.stderr)")

        // The man page and the completions.
        let manual = try String(contentsOf: prefix.file("share/man/man1/peilstok.1"), encoding: .utf8)
        #expect(manual.contains(".Dt PEILSTOK 1"))
        #expect(try String(contentsOf: prefix.file("share/bash-completion/completions/peilstok"), encoding: .utf8).contains("complete"))
        #expect(try String(contentsOf: prefix.file("share/zsh/site-functions/_peilstok"), encoding: .utf8).hasPrefix("#compdef peilstok"))
        #expect(try String(contentsOf: prefix.file("share/fish/vendor_completions.d/peilstok.fish"), encoding: .utf8)
            .contains("complete -c 'peilstok'"))
    }

    @Test func theCommittedManPageNamesEveryCommand() throws {
        let manual = try String(contentsOf: TestPaths.repository.appending(path: "Docs/peilstok.1"), encoding: .utf8)
        let help = try runProcess(TestPaths.executable, ["--help"], in: TestPaths.repository).stdout
        // The commands listed under SUBCOMMANDS in the help, each a section of the man page (`make man` writes it anew).
        let commands = help.split(separator: "\n").drop { !$0.hasPrefix("SUBCOMMANDS") }.dropFirst()
            .filter { $0.hasPrefix("  ") && $0.dropFirst(2).first?.isLowercase == true }
            .compactMap { $0.split(separator: " ").first.map { String($0.filter { $0 != "," }) } }
        #expect(commands.count >= 15)
        for command in commands {
            #expect(manual.contains(".It Em \(command)\n") || manual.contains(".It Em \"\(command),"), "\(command)")
        }
    }
}
