import Foundation

/// The validate stage: checks each record against `Rules/record.schema.json` and the rules the schema cannot
/// express, and drops a broken record with a warning that names what failed (the schema path, for the schema).
public actor RecordValidator: Stage {
    private let sectionKeys: [String: Set<String>]
    private let schema: JSONSchema
    /// Threads that check the records of one document together.
    private let threads: Int

    public init(rules: Rules, threads: Int = 1) {
        sectionKeys = rules.sections.mapValues { Set($0.map(\.key)) }
        schema = rules.recordSchema
        self.threads = max(1, threads)
    }

    /// Each record is checked as it will be written: its JSON, made here once, goes on with it (`json`).
    public func process(_ input: NormalisedDocument) -> ValidatedDocument {
        var records: [PilotRecord] = []
        var json: [Data] = []
        var warnings: [String] = []
        let lineCount = input.document.lineCount
        let checked = input.records.concurrentMap(threads: threads) { record -> Result<(PilotRecord, Data), Dropped> in
            func dropped(_ problem: String) -> Dropped {
                Dropped(warning: "record '\(record.id)' (line \(record.provenance.lines.first)) dropped: \(problem)")
            }
            var kept = record
            kept.warnings += softProblems(record)
            let written: Data
            do { written = try kept.jsonLine() } catch {
                return .failure(dropped("cannot encode: \(error.localizedDescription)"))
            }
            let problems = schema.violations(ofJSON: written).map { "schema: \($0)" } + fatalProblems(record, lineCount: lineCount)
            if let problem = problems.first { return .failure(dropped(problem)) }
            return .success((kept, written))
        }
        for result in checked {
            switch result {
            case .success(let (record, written)):
                records.append(record)
                json.append(written)
            case .failure(let dropped): warnings.append(dropped.warning)
            }
        }
        return ValidatedDocument(document: input.document, records: records, json: json,
                                 warnings: input.document.warnings + warnings)
    }

    /// Why a record was dropped.
    private struct Dropped: Error {
        let warning: String
    }

    /// Problems that make a record unusable.
    nonisolated func fatalProblems(_ record: PilotRecord, lineCount: Int) -> [String] {
        var problems: [String] = []
        if record.name.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("empty name") }
        if !Self.isSlug(record.id) {
            problems.append("id '\(record.id)' is not a slug")
        }
        let lines = record.provenance.lines
        if lines.first < 1 || lines.last > lineCount { problems.append("provenance lines \(lines.first)-\(lines.last) outside the document") }
        if let allowed = sectionKeys[record.document.kind] {
            for key in record.sections.keys where !allowed.contains(key) {
                problems.append("section '\(key)' is not defined for kind '\(record.document.kind)'")
            }
        }
        if let peildatum = record.document.peildatum, !Self.isISODate(peildatum) {
            problems.append("peildatum '\(peildatum)' is not a date")
        }
        var lengths: [String: Int] = [:]
        for expression in record.quantities + record.amounts + record.dates {
            guard let key = expression.section, let text = record.sections[key] else { continue }
            let length = lengths[key] ?? text.unicodeScalars.count
            lengths[key] = length
            if expression.at.count != 2 || expression.at[0] > expression.at[1] || expression.at[1] > length {
                problems.append("expression '\(expression.text)' spans \(expression.at) outside its section '\(key)'")
            }
        }
        return problems
    }

    /// Problems worth a warning on a record that is still kept.
    nonisolated func softProblems(_ record: PilotRecord) -> [String] {
        var problems: [String] = []
        if record.sections.isEmpty { problems.append("no sections") }
        let starts = record.dates.first { $0.type == .interval && $0.start == record.looptijd.start }?.earliest
        let ends = record.dates.last { $0.type == .interval && $0.end == record.looptijd.end }?.latest
        if let starts, let ends, starts > ends {
            problems.append("looptijd ends (\(ends)) before it starts (\(starts))")
        }
        return problems
    }

    /// True when `text` is lowercase ASCII letters and digits in runs joined by single hyphens
    /// (`^[a-z0-9]+(-[a-z0-9]+)*$`, the schema's pattern for an id).
    static func isSlug(_ text: String) -> Bool {
        var previous = UInt8(ascii: "-")
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
            case UInt8(ascii: "-") where previous != UInt8(ascii: "-"): break
            default: return false
            }
            previous = byte
        }
        return previous != UInt8(ascii: "-")
    }

    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              parts[0].count == 4, (1...12).contains(month) else { return false }
        return (1...CalendarBounds.daysIn(month: month, year: year)).contains(day)
    }
}
