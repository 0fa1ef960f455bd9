import Foundation
import Testing
@testable import Peilstok

/// Words a line end broke at a hyphen are joined; elided compounds, names and numbers keep their hyphen.
@Suite struct HyphenationTests {
    let elision = TestPaths.loadedRules.names.elisionWords

    @Test func brokenWordsAreJoinedAndElidedCompoundsKept() {
        #expect(Hyphenation.paragraph(["het huur-", "recht"], elisionWords: elision) == "het huurrecht")
        #expect(Hyphenation.paragraph(["gewelds- en zedenmisdrijven"], elisionWords: elision) == "gewelds- en zedenmisdrijven")
        #expect(Hyphenation.paragraph(["Noord-", "Brabant en Zuid-Holland"], elisionWords: elision) == "Noord- Brabant en Zuid-Holland")
        #expect(Hyphenation.paragraph(["2020-", "heden"], elisionWords: elision) == "2020- heden")
        #expect(Hyphenation.paragraph(["rechts- ", " bij-", "stand- verlening"], elisionWords: elision) == "rechtsbijstandverlening")
        #expect(Hyphenation.paragraph(["  een  ", "", " - en -", "zo "], elisionWords: elision) == "een - en - zo")
        #expect(Hyphenation.paragraph([], elisionWords: elision) == "")
    }

    /// Every paragraph of the seeds comes out as the word-by-word reading (each word checked against the next, a
    /// joined word again against the one after) gives it.
    @Test func seedParagraphsAreJoinedWordByWord() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: TestPaths.seeds.path).filter { $0.hasSuffix(".txt") }
        var joined = 0
        for name in names {
            let text = try String(contentsOf: TestPaths.seeds.appending(path: name), encoding: .utf8)
            for paragraph in text.components(separatedBy: "\n\n") {
                let lines = paragraph.components(separatedBy: "\n")
                let expected = Self.wordByWord(TextFolding.collapseWhitespace(lines.joined(separator: " ")), elisionWords: elision)
                let read = Hyphenation.paragraph(lines, elisionWords: elision)
                #expect(read == expected, "\(name): \(paragraph.prefix(60))")
                if read != TextFolding.collapseWhitespace(lines.joined(separator: " ")) { joined += 1 }
            }
        }
        #expect(joined >= 5)
    }

    private static func wordByWord(_ text: String, elisionWords: [String]) -> String {
        var words = text.split(separator: " ").map(String.init)
        var index = 0
        while index + 1 < words.count {
            let (word, next) = (words[index], words[index + 1])
            if word.hasSuffix("-"), word.dropLast().last?.isLetter == true, next.first?.isLowercase == true,
               !elisionWords.contains(TextFolding.fold(next)) {
                words[index] = String(word.dropLast()) + next
                words.remove(at: index + 1)
            } else {
                index += 1
            }
        }
        return words.joined(separator: " ")
    }
}
