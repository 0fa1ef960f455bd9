import ArgumentParser
import Foundation
import Peilstok

struct InspectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how one document is read: kind, peildatum, pilot blocks and their sections with line ranges.")

    @Argument(help: "The document to inspect.")
    var file: String

    @Option(name: .long, help: "Read the document as this kind instead of detecting it.")
    var kind: String?

    @Option(name: .long, help: "The inbox manifest to take the file's peildatum and kind from (default: inbox.yml beside the file).")
    var manifest: String?

    @OptionGroup var rules: RulesOption

    func run() async throws {
        let loaded = try rules.load()
        let url = URL(filePath: file)
        let manifestURL = manifest.map { URL(filePath: $0) } ?? url.deletingLastPathComponent().appending(path: "inbox.yml")
        var input = InputFile(url: url, name: url.lastPathComponent)
        do {
            let entries = try InboxManifest.load(from: manifestURL, displayPath: manifest ?? manifestURL.path, rules: loaded)
            input.manifest = entries.entries[input.name]
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        if let kind {
            guard loaded.kind(kind) != nil else {
                throw ValidationError("unknown kind '\(kind)' (known: \(loaded.kinds.map(\.key).joined(separator: ", ")))")
            }
            input.manifest = ManifestEntry(peildatum: input.manifest?.peildatum, kind: kind)
        }
        do {
            let text = try await Extractor().process(input)
            let segmented = try await Segmenter(rules: loaded).process(text)
            let source = kind != nil ? "--kind" : input.manifest?.kind != nil ? "inbox.yml" : "detected"
            print(InspectionReport.render(segmented, kindSource: source), terminator: "")
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
    }
}
