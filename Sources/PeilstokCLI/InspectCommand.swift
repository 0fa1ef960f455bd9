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

    @Flag(name: .long, help: "Print each page's blocks in reading order, with boxes, sizes and marks where the input has them.")
    var layout = false

    @Option(name: .long, help: "With --layout or --png: only these pages (e.g. 3 or 2,5).")
    var page: String?

    @Option(name: .long, help: "For a PDF: render each page to DIR/page-N.png with its blocks outlined and numbered.")
    var png: String?

    @Option(name: .long, help: "A file holding the password of an encrypted PDF.")
    var passwordFile: String?

    @OptionGroup var rules: RulesOption
    @OptionGroup var ocr: OCROption

    func run() async throws {
        let url = URL(filePath: file)
        let password = try passwordFile.map { try PasswordFile.read($0) }
        let loaded = try rules.load()
        let options = PDFReadOptions(password: password, ocr: ocr.ocr, ocrRules: loaded.ocr)
        let pages = page.map { Set($0.split(separator: ",").compactMap { Int($0) }) }
        if let png {
            do throws(DocumentError) {
                guard let reader = PDFSupport.reader else { throw .unreadable(file: file, reason: "no PDF reader") }
                let written = try reader.render(url: url, file: url.lastPathComponent, options: options, pages: pages,
                                                into: URL(filePath: png))
                for file in written { print(file.path) }
            } catch {
                printError(error.description)
                throw ExitCode(1)
            }
            if !layout { return }
        }
        if layout {
            do {
                let text = try await Extractor(options: options, timeout: 3600).process(InputFile(url: url, name: url.lastPathComponent))
                print(LayoutReport.render(text, pages: pages), terminator: "")
            } catch {
                printError(error.description)
                throw ExitCode(1)
            }
            return
        }
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
            let text = try await Extractor(options: options, timeout: 3600).process(input)
            let segmenter = Segmenter(rules: loaded)
            let segmented = try await segmenter.process(text)
            let source = kind != nil ? "--kind" : input.manifest?.kind != nil ? "inbox.yml" : "detected"
            print(InspectionReport.render(segmented, kindSource: source), terminator: "")
            if segmented.blocks.isEmpty, let kind = segmented.kind {
                print(await segmenter.explainMiss(text, kind: kind).joined(separator: "\n"))
            }
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
    }
}
