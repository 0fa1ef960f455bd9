import Foundation

/// Reads a `records.jsonl` file back into records.
public enum RecordsFile {
    public static func load(_ url: URL) throws -> [PilotRecord] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw EvalError(file: url.path, reason: "cannot read the records file")
        }
        let decoder = JSONDecoder()
        var records: [PilotRecord] = []
        for (number, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            do {
                records.append(try decoder.decode(PilotRecord.self, from: Data(line)))
            } catch {
                throw EvalError(file: "\(url.path):\(number + 1)", reason: "not a peilstok.pilot/1 record: \(error)")
            }
        }
        return records
    }
}
