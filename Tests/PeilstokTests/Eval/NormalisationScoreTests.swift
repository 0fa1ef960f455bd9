import Foundation
import Testing
@testable import Peilstok

@Suite struct NormalisationScoreTests {
    /// The expected sentences of `file` and the normaliser's score on them.
    private func scored(_ file: String) throws -> (expected: [[String: Any]], report: NormalisationScorer.Report) {
        let expected = try NormalisationScorer.readLines(TestPaths.fixtures.appending(path: "normalisation/\(file)"))
        let normaliser = Normaliser(rules: TestPaths.loadedRules)
        let encoder = JSONLines.encoder()
        var outputs: [[String: Any]] = []
        for sentence in expected {
            let text = try #require(sentence["text"] as? String)
            let line = NormalisedLine(id: sentence["id"] as? String, text: text, expressions: normaliser.expressions(in: text))
            outputs.append(try #require(try JSONSerialization.jsonObject(with: encoder.encode(line)) as? [String: Any]))
        }
        return (expected, NormalisationScorer.score(expected: expected, outputs: outputs))
    }

    @Test func theSeedSentencesScoreAtLeastTheIssueThresholds() throws {
        let report = try scored("seed-sentences.jsonl").report
        #expect(report.total.expected == 141)
        #expect(report.total.recall >= 0.95, "missed: \(report.missed)")
        #expect(report.total.precision >= 0.95, "spurious: \(report.spurious)")
        for (type, tally) in report.types {
            #expect(tally.recall >= 0.90 && tally.precision >= 0.90, "\(type): \(tally)")
        }
    }

    /// Real sentences from Kamerbrieven and other public justice texts, annotated by hand with their sources
    /// (`Fixtures/normalisation/ANNOTATION.md`): the issue's thresholds, overall and per type with ten expressions.
    @Test func theGovernmentSentencesScoreAtLeastTheIssueThresholds() throws {
        let (expected, report) = try scored("government-sentences.jsonl")
        #expect(expected.count >= 240)  // the issue asks for 300: see the closing note of issue 12
        #expect(expected.allSatisfy { ($0["source"] as? String)?.hasPrefix("http") == true })
        #expect(expected.filter { ($0["expect"] as? [Any])?.isEmpty == true }.count * 5 >= expected.count,
                "at least a fifth of the sentences hold no expression")
        #expect(report.total.recall >= 0.95, "missed: \(report.missed)")
        #expect(report.total.precision >= 0.95, "spurious: \(report.spurious)")
        for (type, tally) in report.types where tally.expected >= 10 {
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
