/// What the normaliser reads from a word by itself, found once per distinct folded word and kept for every text one
/// thread reads in turn: its value as a number word, as a collective ("tweetal"), and whether an expression may
/// start at it. Made by `Normaliser.wordReadings()`; not to be shared between threads.
public final class WordReadings {
    struct Reading {
        /// As a count, and before a unit (where the article "een" counts too), unless written as an accented one.
        let values: (strict: Double?, allowingPlainOne: Double?)
        /// The folded word is also that of an accented one ("één"), so the word as written decides its value.
        let accentSensitive: Bool
        let collective: Double?
        /// An opening word of the rules, or a word of digits ("Q3", "1x", "2e"): an expression may start at it
        /// whatever its value.
        let opens: Bool
    }

    private let numbers: NumberVocabulary
    private let words: NumberWords
    private let openingWords: Set<String>
    private var known: [String: Reading] = [:]
    /// The most words kept: past it the store starts afresh, so that a stream of ever new words cannot fill memory.
    private let capacity = 50_000

    init(numbers: NumberVocabulary, openingWords: Set<String>) {
        self.numbers = numbers
        words = NumberWords(vocabulary: numbers)
        self.openingWords = openingWords
    }

    /// The reading of each token: `nil` for numbers and symbols.
    func readings(of tokens: [Token]) -> [Reading?] {
        tokens.map { $0.kind == .word ? reading(ofFolded: $0.folded) : nil }
    }

    private func reading(ofFolded word: String) -> Reading {
        if let reading = known[word] { return reading }
        let suffix = numbers.collective.suffix
        // Longer than the suffix: ending in it and not the suffix alone.
        let collective = word.hasSuffix(suffix) && word != suffix ? words.value(ofWord: String(word.dropLast(suffix.count))) : nil
        let opens = openingWords.contains(word) || Self.isDigitWord(word)
        let reading = Reading(values: words.values(ofFolded: word), accentSensitive: numbers.oneAccentedFolded.contains(word),
                              collective: collective, opens: opens)
        if known.count >= capacity { known.removeAll(keepingCapacity: true) }
        known[word] = reading
        return reading
    }

    /// A word that starts with a digit ("1x", "2e") or whose characters after the first are all digits ("Q3", "H1").
    private static func isDigitWord(_ word: String) -> Bool {
        let utf8 = word.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: each character is one byte, and only the ten digits are numbers.
            let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
            guard let first = utf8.first else { return false }
            return isDigit(first) || utf8.count >= 2 && utf8.dropFirst().allSatisfy(isDigit)
        }
        return word.count >= 2 && word.dropFirst().allSatisfy(\.isNumber) || word.first?.isNumber == true
    }
}
