import ArgumentParser
import Foundation
import Peilstok

struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What changed between two peildata: pilots added, removed, renamed and changed, field by field.",
        discussion: """
            OLD and NEW are each a peildatum in the store (YYYY-MM-DD) or a document file; by default the two latest \
            peildata. A document the store does not hold is read into a copy of the store, which is then thrown away.
            """)

    @Argument(help: "The old side: a peildatum or a document file.")
    var old: String?

    @Argument(help: "The new side: a peildatum or a document file.")
    var new: String?

    @OptionGroup var reading: StoreReading

    @Option(name: .long, help: "text, json, csv (daff's highlighter format) or md.")
    var format: OutputFormat = .text

    @Flag(name: .long, help: "List unchanged pilots too (text).")
    var all = false

    @Option(name: .long, help: "A file holding the password of encrypted PDFs.")
    var passwordFile: String?

    @OptionGroup var ocr: OCROption

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json, csv, md }

    func validate() throws {
        if (old == nil) != (new == nil) { throw ValidationError("give both OLD and NEW, or neither") }
    }

    func run() async throws {
        let loaded = try reading.rules.load()
        var scratch: URL?
        defer { if let scratch { try? FileManager.default.removeItem(at: scratch.deletingLastPathComponent()) } }
        var store: PilotStore
        if let old, let new, !Self.isPeildatum(old), !Self.isPeildatum(new), !FileManager.default.fileExists(atPath: reading.path) {
            // Two documents and no store yet: an empty store of their own.
            let directory = FileManager.default.temporaryDirectory.appending(path: "peilstok-diff-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            scratch = directory.appending(path: "store.sqlite")
            store = try StoreOption(store: scratch!.path, output: "").open(rules: loaded)
        } else {
            store = try reading.open(loaded)
        }
        let names: [String]
        if let old, let new {
            names = [old, new]
        } else {
            let peildata = try storeCall { () throws(StoreError) in try store.peildata() }
            guard peildata.count >= 2 else {
                printError("\(store.displayName): \(peildata.count == 1 ? "1 peildatum" : "\(peildata.count) peildata") in the store; a diff needs two (or name OLD and NEW)")
                throw ExitCode(1)
            }
            names = Array(peildata.suffix(2))
        }
        // Documents the store does not hold yet are read into a copy of it.
        let files = names.filter { !Self.isPeildatum($0) }
        var unknown: [InputFile] = []
        for name in files {
            let file = try Self.inputFile(name, rules: loaded)
            guard let sha256 = StoreCache.sha256(of: file) else {
                printError("\(name): cannot read: \(file.skipReason ?? "no such file")")
                throw ExitCode(1)
            }
            if try storeCall({ () throws(StoreError) in try store.document(sha256: sha256, file: file.name) }) == nil { unknown.append(file) }
        }
        if !unknown.isEmpty, scratch == nil {
            let directory = FileManager.default.temporaryDirectory.appending(path: "peilstok-diff-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            scratch = directory.appending(path: "store.sqlite")
            store = try storeCall { () throws(StoreError) in try store.copy(to: scratch!) }
        }
        if !unknown.isEmpty {
            let password = try passwordFile.map { try PasswordFile.read($0) }
            let outcomes = await Pipeline(rules: loaded, jobs: 1, password: password, ocr: ocr.ocr).run(unknown)
            for (file, outcome) in zip(unknown, outcomes) {
                if let error = outcome.error {
                    printError(error.description)
                    throw ExitCode(1)
                }
                let key = ReadingKey(file: file.name, sha256: outcome.sha256 ?? "", manifest: file.manifest, rulesHash: loaded.hash, reader: "diff")
                _ = try storeCall { () throws(StoreError) in try store.keep(outcome, key: key) }
            }
            _ = try storeCall { () throws(StoreError) in
                try store.relink(with: PilotLinker(rules: loaded), trackingHash: loaded.trackingHash)
            }
        }
        let history = try storeCall { () throws(StoreError) in try store.versions() }
        let sides = try names.map { try Self.side($0, in: store, versions: history, rules: loaded) }
        let report = PilotDiff(rules: loaded.diff).compare(old: sides[0], new: sides[1], history: history)
        switch format {
        case .text: FileHandle.standardOutput.write(Data(DiffText(colour: isatty(STDOUT_FILENO) == 1, all: all).render(report).utf8))
        case .json:
            let violations = loaded.diffSchema.violations(of: report)
            guard violations.isEmpty else {
                printError("the diff breaks Rules/diff.schema.json: \(violations.prefix(3).joined(separator: "; "))")
                throw ExitCode(1)
            }
            FileHandle.standardOutput.write(try JSONLines.encodePretty(report))
        case .csv: FileHandle.standardOutput.write(Data(DiffCSV.render(report).utf8))
        case .md: FileHandle.standardOutput.write(Data(DiffMarkdown.render(report).utf8))
        }
    }

    static func isPeildatum(_ text: String) -> Bool {
        text.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil && !FileManager.default.fileExists(atPath: text)
    }

    /// A document named on the command line, with the manifest (`inbox.yml`) of its folder applied when there is one.
    static func inputFile(_ path: String, rules: Rules) throws -> InputFile {
        let url = URL(filePath: path)
        var file = InputFile(url: url, name: url.lastPathComponent)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            printError("\(path): not a peildatum (YYYY-MM-DD) and not a file")
            throw ExitCode(2)
        }
        let manifestURL = url.deletingLastPathComponent().appending(path: "inbox.yml")
        if FileManager.default.fileExists(atPath: manifestURL.path) {
            do {
                let manifest = try InboxManifest.load(from: manifestURL, displayPath: manifestURL.path, rules: rules)
                file = manifest.apply(to: [file]).files[0]
            } catch {
                printError("\(error)")
                throw ExitCode(2)
            }
        }
        return file
    }

    static func side(_ name: String, in store: PilotStore, versions: [PilotVersion], rules: Rules) throws -> DiffSide {
        if isPeildatum(name) {
            guard let side = try storeCall({ () throws(StoreError) in try store.side(peildatum: name, versions: versions) }) else {
                let known = (try? store.peildata()) ?? []
                printError("\(store.displayName): no document has peildatum \(name) (the store has: \(known.joined(separator: ", ")))")
                throw ExitCode(1)
            }
            return side
        }
        let file = try inputFile(name, rules: rules)
        guard let sha256 = StoreCache.sha256(of: file),
              let side = try storeCall({ () throws(StoreError) in try store.side(sha256: sha256, file: file.name, versions: versions) }) else {
            printError("\(name): not read into the store")
            throw ExitCode(1)
        }
        return side
    }
}
