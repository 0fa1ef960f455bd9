import Foundation

/// Splits text into words, numbers and single-character symbols.
///
/// A run of letters and digits is one token: a number when it is all digits (with `.` or `,`
/// between digit groups, as in "200.000" and "1,5"), a word otherwise ("1e", "Q3", "zo'n").
enum Tokenizer {
    static func tokenize(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                index += 1
                continue
            }
            guard isWordScalar(scalar) else {
                tokens.append(makeToken(.symbol, scalars, index, index + 1))
                index += 1
                continue
            }
            var end = index
            var allDigits = true
            while end < scalars.count {
                let current = scalars[end]
                if isWordScalar(current) {
                    if !isDigit(current) { allDigits = false }
                    end += 1
                } else if end + 1 < scalars.count, end > index {
                    let next = scalars[end + 1]
                    let previous = scalars[end - 1]
                    if (current == "." || current == ","), isDigit(previous), isDigit(next), allDigits {
                        end += 1
                    } else if (current == "'" || current == "’"), !isDigit(previous), next.properties.isAlphabetic {
                        allDigits = false
                        end += 1
                    } else {
                        break
                    }
                } else {
                    break
                }
            }
            tokens.append(makeToken(allDigits ? .number : .word, scalars, index, end))
            index = end
        }
        return tokens
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        isDigit(scalar) || scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
    }

    private static func makeToken(_ kind: Token.Kind, _ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Token {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        let text = String(view)
        var folded = text
        if kind == .word {
            folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            if folded.contains("’") { folded = folded.replacingOccurrences(of: "’", with: "'") }
        }
        return Token(kind: kind, text: text, folded: folded, start: start, end: end)
    }
}
