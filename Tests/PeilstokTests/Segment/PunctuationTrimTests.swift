import Foundation
import Testing
@testable import Peilstok

/// `trimmingPunctuation()` trims what Foundation's `trimmingCharacters(in: .punctuationCharacters)` trims.
@Suite struct PunctuationTrimTests {
    @Test func everyWordOfTheSeedsIsTrimmedAsFoundationTrimsIt() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: TestPaths.seeds.path).filter { $0.hasSuffix(".txt") }
        var words: [Substring] = []
        for name in names {
            let text = try String(contentsOf: TestPaths.seeds.appending(path: name), encoding: .utf8)
            words += text.split(whereSeparator: \.isWhitespace)
        }
        #expect(words.count > 10_000)
        var trimmed = 0
        for word in words {
            let expected = word.trimmingCharacters(in: .punctuationCharacters)
            #expect(word.trimmingPunctuation() == expected, "\(word)")
            if expected != String(word) { trimmed += 1 }
        }
        #expect(trimmed > 500, "the seeds' words carry punctuation to trim")
    }

    @Test func signsAndSymbolsAreNotPunctuation() {
        for (word, expected) in [("“Zwolle”,", "Zwolle"), ("(Wrb)3", "Wrb)3"), ("€ 5", "€ 5"), ("+31", "+31"), ("…", ""),
                                 ("—", ""), ("«Oss»", "Oss"), ("•", ""), ("'s-Hertogenbosch.", "s-Hertogenbosch"),
                                 ("50%", "50"), ("<tag>", "<tag>"), ("¿Qué?", "Qué"), ("", "")] {
            #expect(word.trimmingPunctuation() == expected, "\(word)")
            #expect(word.trimmingCharacters(in: .punctuationCharacters) == expected, "\(word) (Foundation)")
        }
    }
}
