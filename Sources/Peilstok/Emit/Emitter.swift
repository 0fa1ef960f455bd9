import Foundation

/// The emit stage: writes a run's outputs into the output directory, each file atomically.
public actor Emitter {
    public let outputDirectory: URL

    public init(outputDirectory: URL) {
        self.outputDirectory = outputDirectory
    }

    /// Writes `records.jsonl` (records in input order, then document order), `documents.jsonl` and `run.json`.
    ///
    /// Both are written to temporary files first, so an interrupted run leaves the previous outputs intact.
    public func write(_ outcomes: [DocumentOutcome], rulesHash: String) throws -> RunReport {
        let ordered = outcomes.sorted { $0.index < $1.index }
        let report = RunReport(outcomes: ordered, rulesHash: rulesHash)
        let records = try JSONLines.encode(ordered.flatMap(\.records))
        let documents = try JSONLines.encode(ordered.compactMap(\.document))
        let run = try JSONLines.encodePretty(report)
        try AtomicFile.write(records, to: outputDirectory.appending(path: "records.jsonl"))
        try AtomicFile.write(documents, to: outputDirectory.appending(path: "documents.jsonl"))
        try AtomicFile.write(run, to: outputDirectory.appending(path: "run.json"))
        return report
    }
}
