import Foundation

/// One line of `peilstok normalise` output: the input's id and text and the expressions found in it.
public struct NormalisedLine: Sendable, Encodable {
    @Nullable public var id: String?
    @Nullable public var text: String?
    public var expressions: [TypedExpression]
    /// Why the input line could not be read, for `--jsonl` input that is not a JSON object with `text`.
    public var error: String?

    enum CodingKeys: String, CodingKey { case id, text, expressions, error }

    /// Normalises one input line: plain text, or with `jsonl` a JSON object with `text` and an optional `id`;
    /// `readings` are kept from one line to the next (`Normaliser.wordReadings()`).
    public static func read(_ line: String, jsonl: Bool, normaliser: Normaliser, peildatum: String?,
                            readings: WordReadings) -> NormalisedLine {
        guard jsonl else {
            return NormalisedLine(id: nil, text: line,
                                  expressions: normaliser.expressions(in: line, peildatum: peildatum, readings: readings))
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let text = object["text"] as? String else {
            return NormalisedLine(id: nil, text: nil, expressions: [], error: "not a JSON object with a \"text\" string")
        }
        let id = object["id"].map { value in (value as? String) ?? "\(value)" }
        return NormalisedLine(id: id, text: text,
                              expressions: normaliser.expressions(in: text, peildatum: peildatum, readings: readings))
    }
}
