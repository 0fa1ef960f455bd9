import ArgumentParser
import Foundation
import Peilstok

struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time the normaliser alone and the whole pipeline on the same documents, and print the figures.",
        discussion: """
            Build with `swift build -c release` first: debug timings say little. With PDFs among the documents, also \
            times `pdftotext -layout` and peilstok's extraction alone on them. --peak-memory extracts the documents \
            once and prints the process's peak resident memory.
            """)

    @Argument(help: "Documents to time (default: every file in the inbox).")
    var files: [String] = []

    @Option(name: .long, help: "The inbox to take documents from when none are named.")
    var inbox: String = "Inbox"

    @Option(name: .long, help: "Timed rounds; the median is reported.")
    var rounds: Int = 5

    @Option(name: .long, help: "Documents processed at once in the pipeline.")
    var jobs: Int = Cores.available

    @Flag(name: .long, help: "Only extract the documents once and print the peak resident memory.")
    var peakMemory = false

    @OptionGroup var rules: RulesOption
    @OptionGroup var ocr: OCROption

    func validate() throws {
        guard rounds >= 1 else { throw ValidationError("--rounds must be at least 1") }
    }

    func run() async throws {
        let loaded = try rules.load()
        let options = PDFReadOptions(ocr: ocr.ocr, ocrRules: loaded.ocr)
        let inputs = files.isEmpty
            ? try Inbox.files(in: URL(filePath: inbox), displayName: inbox)
            : files.map { InputFile(url: URL(filePath: $0), name: ($0 as NSString).lastPathComponent) }
        if peakMemory {
            var pages = 0
            for input in inputs {
                let document = try await Extractor(options: options, timeout: 3600).process(input)
                pages += document.pdf?.pageCount ?? 0
            }
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            print(String(format: "peak memory: %.1f MB after extracting %d documents (%d PDF pages)",
                         Double(usage.ru_maxrss) / 1024, inputs.count, pages))
            return
        }
        let pdfs = inputs.filter { $0.fileExtension == "pdf" }
        if !pdfs.isEmpty { try await comparePDF(pdfs, rules: loaded, options: options) }
        var sentences: [String] = []
        for input in inputs {
            guard let document = try? await Extractor(options: options).process(input) else { continue }
            sentences += document.lines.flatMap(Self.sentences)
        }

        let normaliser = Normaliser(rules: loaded)
        var found = 0
        let normalising = median {
            let readings = normaliser.wordReadings()
            found = sentences.reduce(0) { $0 + normaliser.expressions(in: $1, peildatum: nil, readings: readings).count }
        }
        let pipeline = Pipeline(rules: loaded, jobs: jobs, ocr: ocr.ocr)
        var records = 0
        let running = await medianAsync {
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

    /// Times pdftotext -layout, peilstok's extraction and the whole pipeline on the same PDFs.
    private func comparePDF(_ pdfs: [InputFile], rules: Rules, options: PDFReadOptions) async throws {
        var pages = 0
        var ocrPages = 0
        for pdf in pdfs {
            let metadata = try await Extractor(options: options, timeout: 3600).process(pdf).pdf
            pages += metadata?.pageCount ?? 0
            ocrPages += metadata?.ocrPages?.count ?? 0
        }
        let pdftotext = try median {
            for pdf in pdfs {
                let process = Process()
                process.executableURL = URL(filePath: "/usr/bin/env")
                process.arguments = ["pdftotext", "-layout", pdf.url.path, "/dev/null"]
                try process.run()
                process.waitUntilExit()
                guard process.terminationStatus == 0 else { throw ValidationError("pdftotext failed on \(pdf.name)") }
            }
        }
        let extraction = try await medianAsync {
            for pdf in pdfs { _ = try await Extractor(options: options, timeout: 3600).process(pdf) }
        }
        let pipeline = await medianAsync {
            _ = await Pipeline(rules: rules, jobs: 1, ocr: options.ocr, timeout: 3600).run(pdfs)
        }
        func rate(_ seconds: Double) -> String { String(format: "%7.1f pages/s (%.1f ms)", Double(pages) / seconds, seconds * 1000) }
        print("pdf: \(pdfs.count) files, \(pages) pages, median of \(rounds), one job")
        print("  pdftotext -layout:     \(rate(pdftotext))")
        print("  peilstok extraction:   \(rate(extraction))" + String(format: "   %.2f× pdftotext's time", extraction / pdftotext))
        print("  peilstok pipeline:     \(rate(pipeline))" + String(format: "   %.2f× pdftotext's time", pipeline / pdftotext))
        if ocrPages > 0 {
            // OCR'd pages are timed by what they add to the extraction with OCR off.
            var plain = options
            plain.ocr = .never
            let withoutOCR = await medianAsync {
                for pdf in pdfs { _ = try? await Extractor(options: plain, timeout: 3600).process(pdf) }
            }
            print(String(format: "  OCR (Tesseract, %@, %d dpi): %d pages, %.2f s per OCR'd page (one core)",
                         options.ocrRules.languages, options.ocrRules.dpi, ocrPages, max(0, extraction - withoutOCR) / Double(ocrPages)))
        }
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
