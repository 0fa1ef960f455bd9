import ArgumentParser
import Foundation
import Peilstok

struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time the normaliser alone and the whole pipeline on the same documents, and print the figures.",
        discussion: "Build with `swift build -c release` first: debug timings say little.")

    @Argument(help: "Documents to time (default: every file in the inbox).")
    var files: [String] = []

    @Option(name: .long, help: "The inbox to take documents from when none are named.")
    var inbox: String = "Inbox"

    @Option(name: .long, help: "Timed rounds; the median is reported.")
    var rounds: Int = 5

    @Option(name: .long, help: "Documents processed at once in the pipeline.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var rules: RulesOption

    func validate() throws {
        guard rounds >= 1 else { throw ValidationError("--rounds must be at least 1") }
    }

    func run() async throws {
        let loaded = try rules.load()
        let inputs = files.isEmpty
            ? try Inbox.files(in: URL(filePath: inbox), displayName: inbox)
            : files.map { InputFile(url: URL(filePath: $0), name: ($0 as NSString).lastPathComponent) }
        var sentences: [String] = []
        for input in inputs {
            guard let format = InputFormat(fileExtension: input.fileExtension),
                  let data = FileManager.default.contents(atPath: input.url.path),
                  let document = try? Extractor.extract(data: data, format: format, file: input.name) else { continue }
            sentences += document.lines.flatMap(Self.sentences)
        }

        let normaliser = Normaliser(rules: loaded)
        var found = 0
        let normalising = try median {
            found = sentences.reduce(0) { $0 + normaliser.expressions(in: $1).count }
        }
        let pipeline = Pipeline(rules: loaded, jobs: jobs)
        var records = 0
        let running = try await medianAsync {
            records = await pipeline.run(inputs).reduce(0) { $0 + $1.records.count }
        }

        let perSecond = Double(sentences.count) / normalising
        print(String(format: "normaliser: %d sentences, %d expressions in %.1f ms (median of %d) = %.0f sentences/s",
                     sentences.count, found, normalising * 1000, rounds, perSecond))
        print(String(format: "pipeline:   %d documents, %d records in %.1f ms (median of %d, --jobs %d)",
                     inputs.count, records, running * 1000, rounds, jobs))
        print(String(format: "share:      normalising all their text takes %.0f%% of a pipeline run's time",
                     normalising / running * 100))
    }

    /// Splits a line at sentence ends (". ", "! ", "? " before a capital or a digit).
    static func sentences(_ line: String) -> [String] {
        var result: [String] = []
        var current = ""
        var previous: Character = " "
        var boundary = false
        for character in line {
            if boundary, character.isUppercase || character.isNumber {
                result.append(current)
                current = ""
            }
            boundary = (previous == "." || previous == "!" || previous == "?") && character == " " ? true
                : (character == " " ? boundary : false)
            current.append(character)
            previous = character
        }
        result.append(current)
        return result.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private func median(_ body: () throws -> Void) rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<rounds {
            let clock = ContinuousClock()
            let elapsed = try clock.measure(body)
            times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return times.sorted()[times.count / 2]
    }

    private func medianAsync(_ body: () async throws -> Void) async rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<rounds {
            let clock = ContinuousClock()
            let start = clock.now
            try await body()
            let elapsed = clock.now - start
            times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return times.sorted()[times.count / 2]
    }
}
