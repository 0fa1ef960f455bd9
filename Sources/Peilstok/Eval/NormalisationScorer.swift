import Foundation

/// Scores normaliser output against expected expressions (the `seed-sentences.jsonl` format).
///
/// An expected expression is found when an output overlaps its span, has its type and its values
/// (dates: `timex`, `mod`; intervals: both ends and their mods; numbers, percent, money: `value` or
/// `min`/`max`, `currency`, `qualifier`, `per`; durations: the ISO value). Recall = found / expected;
/// precision = outputs matching an expected expression / all outputs.
public enum NormalisationScorer {
    /// Found and total counts for one expression type.
    public struct Tally: Sendable, Equatable, Codable {
        public var expected = 0
        public var found = 0
        public var outputs = 0
        public var matching = 0

        public var recall: Double { expected == 0 ? 1 : Double(found) / Double(expected) }
        public var precision: Double { outputs == 0 ? 1 : Double(matching) / Double(outputs) }

        mutating func add(_ other: Tally) {
            expected += other.expected
            found += other.found
            outputs += other.outputs
            matching += other.matching
        }
    }

    /// Per-type tallies, the total, and the misses for reading.
    public struct Report: Sendable, Codable {
        public var types: [String: Tally]
        public var total: Tally
        /// "id: span (type)" of expected expressions not found, and of outputs that matched nothing.
        public var missed: [String]
        public var spurious: [String]
    }

    /// Scores `outputs` (JSON objects with `id` and `expressions`) against `expected` (with `id`, `text`, `expect`).
    public static func score(expected: [[String: Any]], outputs: [[String: Any]]) -> Report {
        var byID: [String: [[String: Any]]] = [:]
        for line in outputs {
            if let id = line["id"] as? String { byID[id] = line["expressions"] as? [[String: Any]] ?? [] }
        }
        var types: [String: Tally] = [:]
        var missed: [String] = []
        var spurious: [String] = []
        for sentence in expected {
            guard let id = sentence["id"] as? String, let text = sentence["text"] as? String else { continue }
            let wanted = locate(sentence["expect"] as? [[String: Any]] ?? [], in: text)
            let produced = byID[id] ?? []
            for (expression, span) in wanted {
                let type = expression["type"] as? String ?? "?"
                types[type, default: Tally()].expected += 1
                if produced.contains(where: { matches($0, expression, span) }) {
                    types[type, default: Tally()].found += 1
                } else {
                    missed.append("\(id): \(expression["span"] as? String ?? "") (\(type))")
                }
            }
            for output in produced {
                let type = output["type"] as? String ?? "?"
                types[type, default: Tally()].outputs += 1
                if wanted.contains(where: { matches(output, $0.expression, $0.span) }) {
                    types[type, default: Tally()].matching += 1
                } else {
                    spurious.append("\(id): \(output["text"] as? String ?? "") (\(type))")
                }
            }
        }
        var total = Tally()
        for tally in types.values { total.add(tally) }
        return Report(types: types, total: total, missed: missed, spurious: spurious)
    }

    /// Each expected expression with its span in scalars; a span written twice is taken in order of appearance, and
    /// a span is not found inside one located before it ("2020" after "20 mei 2020").
    private static func locate(_ expressions: [[String: Any]], in text: String) -> [(expression: [String: Any], span: Range<Int>)] {
        let scalars = Array(text.unicodeScalars)
        var used: [String: Int] = [:]
        var located: [(expression: [String: Any], span: Range<Int>)] = []
        for expression in expressions {
            guard let span = expression["span"] as? String else { continue }
            let needle = Array(span.unicodeScalars)
            var from = used[span] ?? 0
            var position: Int?
            while from + needle.count <= scalars.count {
                let candidate = from..<(from + needle.count)
                if Array(scalars[candidate]) == needle, !located.contains(where: { $0.span.overlaps(candidate) }) {
                    position = from
                    break
                }
                from += 1
            }
            guard let position else { continue }
            used[span] = position + 1
            located.append((expression, position..<(position + needle.count)))
        }
        return located
    }

    private static func matches(_ output: [String: Any], _ expected: [String: Any], _ span: Range<Int>) -> Bool {
        guard let at = output["at"] as? [Int], at.count == 2, at[0] < span.upperBound, span.lowerBound < at[1],
              let type = expected["type"] as? String, output["type"] as? String == type else { return false }
        switch type {
        case "date":
            return same(output["timex"], expected["timex"]) && same(output["mod"], expected["mod"])
        case "interval":
            return same(output["start"], expected["start"]) && same(output["end"], expected["end"])
                && same(output["start_mod"], expected["start_mod"]) && same(output["end_mod"], expected["end_mod"])
        case "duration":
            return same(output["timex"], expected["value"] ?? expected["timex"])
        default:
            for key in ["value", "min", "max", "currency", "qualifier", "per"] where !same(output[key], expected[key]) {
                return false
            }
            return true
        }
    }

    /// Equal JSON values, where absent and `null` are the same and numbers compare by value.
    private static func same(_ a: Any?, _ b: Any?) -> Bool {
        let left = a is NSNull ? nil : a
        let right = b is NSNull ? nil : b
        switch (left, right) {
        case (nil, nil): return true
        case (let x as NSNumber, let y as NSNumber): return x.doubleValue == y.doubleValue
        case (let x as String, let y as String): return x == y
        default: return false
        }
    }

    /// Reads a JSON Lines file into objects; errors name the file and line.
    public static func readLines(_ url: URL) throws -> [[String: Any]] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw EvalError(file: url.path, reason: "cannot read")
        }
        var lines: [[String: Any]] = []
        for (number, line) in data.split(separator: 0x0A).enumerated() {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                throw EvalError(file: "\(url.path):\(number + 1)", reason: "not a JSON object")
            }
            lines.append(object)
        }
        return lines
    }
}
