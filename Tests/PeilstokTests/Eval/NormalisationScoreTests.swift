import Foundation
import Testing
@testable import Peilstok

@Suite struct NormalisationScoreTests {
    private let sentences = TestPaths.fixtures.appending(path: "normalisation/seed-sentences.jsonl")

    @Test func theSeedSentencesScoreAtLeastTheIssueThresholds() throws {
        let expected = try NormalisationScorer.readLines(sentences)
        let normaliser = Normaliser(rules: TestPaths.loadedRules)
        let encoder = JSONLines.encoder()
        var outputs: [[String: Any]] = []
        for sentence in expected {
            let text = try #require(sentence["text"] as? String)
            let line = NormalisedLine(id: sentence["id"] as? String, text: text, expressions: normaliser.expressions(in: text))
            outputs.append(try #require(try JSONSerialization.jsonObject(with: encoder.encode(line)) as? [String: Any]))
        }
        let report = NormalisationScorer.score(expected: expected, outputs: outputs)
        #expect(report.total.expected == 141)
        #expect(report.total.recall >= 0.95, "missed: \(report.missed)")
        #expect(report.total.precision >= 0.95, "spurious: \(report.spurious)")
        for (type, tally) in report.types {
            #expect(tally.recall >= 0.90 && tally.precision >= 0.90, "\(type): \(tally)")
        }
    }

    @Test func anOutputOfTheWrongTypeOrValueDoesNotCount() {
        let expected: [[String: Any]] = [["id": "a", "text": "ruim 300 zaken in 2022",
                                          "expect": [["span": "ruim 300", "type": "number", "value": 300, "qualifier": "more-than"],
                                                     ["span": "2022", "type": "date", "timex": "2022"]]]]
        let outputs: [[String: Any]] = [["id": "a", "expressions": [
            ["type": "number", "text": "300", "at": [5, 8], "value": 300],
            ["type": "date", "text": "2022", "at": [18, 22], "timex": "2022"],
            ["type": "number", "text": "zaken", "at": [9, 14], "value": 1],
        ]]]
        let report = NormalisationScorer.score(expected: expected, outputs: outputs)
        #expect(report.types["number"] == NormalisationScorer.Tally(expected: 1, found: 0, outputs: 2, matching: 0))
        #expect(report.types["date"] == NormalisationScorer.Tally(expected: 1, found: 1, outputs: 1, matching: 1))
    }
}
