import Foundation

/// Splits text into words, numbers and single-character symbols.
///
/// A run of letters and digits is one token: a number when it is all digits (with `.` or `,`
/// between digit groups, as in "200.000" and "1,5"), a word otherwise ("1e", "Q3", "zo'n").
enum Tokenizer {
    static func tokenize(_ text: String) -> [Token] {
        tokensAndScalars(text).tokens
    }

    /// The tokens of `text`, and its Unicode scalars, which the tokens' `start` and `end` count.
    static func tokensAndScalars(_ text: String) -> (tokens: [Token], scalars: [Unicode.Scalar]) {
        // The scalars and where each starts, in one pass over the text (an array made from the view would count the
        // scalars first, and each of the two arrays would).
        let view = text.unicodeScalars
        var scalars: [Unicode.Scalar] = []
        var positions: [String.Index] = []
        scalars.reserveCapacity(text.utf8.count)
        positions.reserveCapacity(text.utf8.count + 1)
        var position = view.startIndex
        while position < view.endIndex {
            scalars.append(view[position])
            positions.append(position)
            view.formIndex(after: &position)
        }
        positions.append(view.endIndex)
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == " " || scalar == "\t" || scalar == "\n" || (!scalar.isASCII && scalar.properties.isWhitespace) {
                index += 1
                continue
            }
            guard isWordScalar(scalar) else {
                tokens.append(makeToken(.symbol, view, positions, index, index + 1))
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
                    if (current == "." || current == ","), isDigit(previous), isDigit(next), allDigits,
                       current == "," || digitRun(scalars, endingAt: end) <= 3 {
                        // Four digits before a full stop are no thousands group: "in 2022.1" is a year and a footnote.
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
            // A footnote number glued to a word ("september2", "Zuid1"): the word, then the number.
            var digits = 0
            while !allDigits, digits < 3, end - digits - 1 > index, isDigit(scalars[end - digits - 1]) { digits += 1 }
            let letters = end - digits - index
            if !allDigits, (1...2).contains(digits), letters >= 3,
               (index..<(end - digits)).allSatisfy({ scalars[$0].properties.isAlphabetic }) {
                tokens.append(makeToken(.word, view, positions, index, end - digits))
                tokens.append(makeToken(.number, view, positions, end - digits, end))
                index = end
                continue
            }
            tokens.append(makeToken(allDigits ? .number : .word, view, positions, index, end))
            index = end
        }
        return (tokens, scalars)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// How many digits stand right before `end`.
    private static func digitRun(_ scalars: [Unicode.Scalar], endingAt end: Int) -> Int {
        var start = end
        while start > 0, isDigit(scalars[start - 1]) { start -= 1 }
        return end - start
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return isDigit(scalar) || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        }
        return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
    }

    private static func makeToken(_ kind: Token.Kind, _ view: String.UnicodeScalarView, _ positions: [String.Index],
                                  _ start: Int, _ end: Int) -> Token {
        let text = String(view[positions[start]..<positions[end]])
        return Token(kind: kind, text: text, folded: kind == .word ? fold(text) : text, start: start, end: end)
    }

    /// Lowercase without diacritics; ASCII words take a fast path, others go through Foundation's folding.
    static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
        var folded = ScalarFolding.shared.fold(word) ?? word.folding(options: options, locale: nil)
        if folded.unicodeScalars.contains("’") {
            folded = String(String.UnicodeScalarView(folded.unicodeScalars.map { $0 == "’" ? "'" : $0 }))
        }
        return folded
    }

    private static let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
}
