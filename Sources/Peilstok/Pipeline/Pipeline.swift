import AsyncAlgorithms
import Foundation

/// Extract → segment → normalise → validate, with several documents in flight, collected in input order.
public struct Pipeline: Sendable {
    /// Reports each finished document: how many are done, of how many, and the outcome.
    public typealias Progress = @Sendable (_ done: Int, _ total: Int, _ outcome: DocumentOutcome) -> Void

    public let rules: Rules
    /// Copies of each stage working at once.
    public let jobs: Int
    /// The password for encrypted PDFs, if the user gave one.
    public let password: String?
    /// When PDF pages are OCR'd.
    public let ocr: OCRMode
    /// Seconds one PDF may take before it is given up.
    public let timeout: Double
    /// Threads that read the pages of one document together (`PDFReadOptions.pageThreads`).
    public let pageThreads: Int

    public init(rules: Rules, jobs: Int = Cores.available, password: String? = nil,
                ocr: OCRMode = .auto, timeout: Double = 60, pageThreads: Int = 1) {
        self.rules = rules
        self.jobs = max(1, jobs)
        self.password = password
        self.ocr = ocr
        self.timeout = timeout
        self.pageThreads = max(1, pageThreads)
    }

    /// Runs every input through the stages; the outcomes come back in the order of `inputs`, whatever `jobs` is.
    public func run(_ inputs: [InputFile], progress: Progress? = nil) async -> [DocumentOutcome] {
        let files = AsyncChannel<WorkItem<InputFile>>()
        let texts = AsyncChannel<WorkItem<TextDocument>>()
        let segmented = AsyncChannel<WorkItem<SegmentedDocument>>()
        let normalised = AsyncChannel<WorkItem<NormalisedDocument>>()
        let validated = AsyncChannel<WorkItem<ValidatedDocument>>()
        let rules = self.rules
        let jobs = self.jobs
        let options = PDFReadOptions(password: password, ocr: ocr, ocrRules: rules.ocr, pageThreads: pageThreads)
        let timeout = self.timeout
        let pageThreads = self.pageThreads

        return await withTaskGroup(of: Void.self, returning: [DocumentOutcome].self) { group in
            group.addTask {
                for (index, file) in inputs.enumerated() {
                    await files.send(WorkItem(index: index, file: file, payload: .success(file)))
                }
                files.finish()
            }
            group.addTask { await StageRunner.run(workers: jobs, make: { Extractor(options: options, timeout: timeout) }, input: files, output: texts) }
            group.addTask { await StageRunner.run(workers: jobs, make: { Segmenter(rules: rules, threads: pageThreads) }, input: texts, output: segmented) }
            group.addTask { await StageRunner.run(workers: jobs, make: { RecordNormaliser(rules: rules, threads: pageThreads) }, input: segmented, output: normalised) }
            group.addTask { await StageRunner.run(workers: jobs, make: { RecordValidator(rules: rules, threads: pageThreads) }, input: normalised, output: validated) }

            var outcomes = [DocumentOutcome?](repeating: nil, count: inputs.count)
            var done = 0
            for await item in validated {
                let outcome = Self.outcome(of: item, documentSchema: rules.documentSchema)
                outcomes[item.index] = outcome
                done += 1
                progress?(done, inputs.count, outcome)
            }
            await group.waitForAll()
            return outcomes.enumerated().map { index, outcome in
                outcome ?? DocumentOutcome(index: index, file: inputs[index].name,
                                           error: .unreadable(file: inputs[index].name, reason: "the pipeline lost this document"))
            }
        }
    }

    /// The first stage alone, for one document: its text, read with `options` (which need only the OCR rules).
    public static func extract(_ file: InputFile, options: PDFReadOptions, timeout: Double) async -> Result<TextDocument, DocumentError> {
        await StageRunner.apply(Extractor(options: options, timeout: timeout),
                                to: WorkItem(index: 0, file: file, payload: .success(file))).payload
    }

    /// One document whose text `extract` read, through the stages after extraction: the outcome `run` gives the
    /// same file, at `index`.
    public func read(_ file: InputFile, text: Result<TextDocument, DocumentError>, index: Int = 0) async -> DocumentOutcome {
        let extracted = WorkItem(index: index, file: file, payload: text)
        let segmented = await StageRunner.apply(Segmenter(rules: rules, threads: pageThreads), to: extracted)
        let normalised = await StageRunner.apply(RecordNormaliser(rules: rules, threads: pageThreads), to: segmented)
        let validated = await StageRunner.apply(RecordValidator(rules: rules, threads: pageThreads), to: normalised)
        return Self.outcome(of: validated, documentSchema: rules.documentSchema)
    }

    private static func outcome(of item: WorkItem<ValidatedDocument>, documentSchema: JSONSchema) -> DocumentOutcome {
        switch item.payload {
        case .success(let validated):
            let document = validated.document
            var warnings = validated.warnings
            var record: DocumentRecord? = document.record(pilots: validated.records.map(\.name), warnings: warnings)
            // Encoded once, as `documents.jsonl` writes it: checked against its schema, and then kept and written.
            var recordJSON: Data?
            if let written = record {
                let violation: String?
                do {
                    let json = try JSONLines.encoder().encode(written)
                    violation = documentSchema.violations(ofJSON: json).first
                    recordJSON = json
                } catch {
                    violation = "cannot encode: \(error.localizedDescription)"
                }
                if let violation {
                    // A document record that breaks its schema is not written as valid; the run report says why.
                    warnings.append("document record dropped: schema: \(violation)")
                    record = nil
                }
            }
            var outcome = DocumentOutcome(index: item.index, file: item.file.name, sha256: document.source.sha256,
                                          kind: document.kind, peildatum: document.peildatum, records: validated.records,
                                          document: record, warnings: warnings)
            outcome.recordJSON = validated.json
            outcome.documentJSON = recordJSON
            return outcome
        case .failure(let error):
            // An entry the listing already refused (a FIFO would block a read) has no bytes to hash.
            let sha256 = item.file.skipReason == nil ? (try? Data(contentsOf: item.file.url))?.sha256Hex : nil
            return DocumentOutcome(index: item.index, file: item.file.name, sha256: sha256, error: error)
        }
    }
}
