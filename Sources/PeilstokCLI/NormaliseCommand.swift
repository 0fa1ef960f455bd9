import ArgumentParser
import Foundation
import Peilstok

struct NormaliseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalise",
        abstract: "Find numbers, amounts, dates and periods in lines of text; print one JSON line per input line.",
        aliases: ["normalize"])

    @Argument(help: "A file of lines to read (default: standard input).")
    var file: String?

    @Flag(name: .long, help: "Read JSON Lines with a \"text\" field and an optional \"id\".")
    var jsonl = false

    @Option(name: .long, help: "Resolve relative expressions (\"vorig jaar\", \"over 19 weken\") against this date (YYYY-MM-DD).")
    var peildatum: String?

    @OptionGroup var rules: RulesOption

    func validate() throws {
        if let peildatum, peildatum.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) == nil {
            throw ValidationError("--peildatum takes a date as YYYY-MM-DD")
        }
    }

    func run() throws {
        let normaliser = Normaliser(rules: try rules.load())
        let handle: FileHandle
        if let file {
            guard let opened = FileHandle(forReadingAtPath: file) else {
                printError("\(file): cannot read")
                throw ExitCode(2)
            }
            handle = opened
        } else {
            handle = .standardInput
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var pending = Data()
        let readings = normaliser.wordReadings()
        func emit(_ bytes: Data) throws {
            var line = String(decoding: bytes, as: UTF8.self)
            if line.hasSuffix("\r") { line.removeLast() }
            let result = NormalisedLine.read(line, jsonl: jsonl, normaliser: normaliser, peildatum: peildatum, readings: readings)
            var data = try encoder.encode(result)
            data.append(0x0A)
            FileHandle.standardOutput.write(data)
        }
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            pending.append(chunk)
            while let newline = pending.firstIndex(of: 0x0A) {
                try emit(pending[pending.startIndex..<newline])
                pending = Data(pending[(newline + 1)...])
            }
        }
        if !pending.isEmpty { try emit(pending) }
    }
}
