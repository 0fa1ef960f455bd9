import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A schema's `pattern`, matched as ECMA-262's Unicode patterns are (so `$` ends the text: a value with a newline
/// after it does not match). Immutable once made.
///
/// A plain pattern (`isPlain`: ASCII literals, bracket lists of them, groups, alternatives, anchors and counted
/// repeats, which is all peilstok's schemas use) finds a match in exactly the texts the ECMA pattern does, so it is
/// compiled by the C library's POSIX extended expressions: in microseconds, where the standard library's `Regex`
/// takes about three milliseconds of every start that loads the rules. Any other pattern is a `Regex`. (Unlike
/// `NSRegularExpression`, neither needs ICU started in the process.)
final class SchemaPattern: @unchecked Sendable {
    let pattern: String
    private let matcher: Matcher

    private enum Matcher {
        case posix(POSIXExpression)
        case regex(Regex<AnyRegexOutput>)
    }

    /// Throws when `pattern` is not a regular expression. `posix`: whether a plain pattern is compiled as a POSIX
    /// expression (tests compare the two ways).
    init(_ pattern: String, posix: Bool = true) throws {
        self.pattern = pattern
        if posix, Self.isPlain(pattern), let expression = POSIXExpression(pattern) {
            matcher = .posix(expression)
        } else {
            matcher = .regex(try Regex(pattern).matchingSemantics(.unicodeScalar))
        }
    }

    /// Whether the pattern is matched as a POSIX expression.
    var isPOSIX: Bool {
        if case .posix = matcher { return true }
        return false
    }

    /// JSON Schema patterns are not anchored: a match anywhere counts.
    func matches(_ text: String) -> Bool {
        switch matcher {
        case .posix(let expression): expression.matches(text)
        case .regex(let regex): (try? regex.firstMatch(in: text)) != nil
        }
    }

    /// Whether the POSIX extended expression spelled like `pattern` matches in the same texts as the ECMA pattern.
    ///
    /// Every atom of a plain pattern matches one printable ASCII character: a literal, or a bracket list (not negated)
    /// of literals and ranges from one letter or digit to another; so a byte of any other character stops a match
    /// alike in both, whether the text is read byte by byte or scalar by scalar. Groups are neither empty nor
    /// `(?…)`, alternatives are not empty, a repeat (`*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`) follows an atom or a
    /// group and no other repeat, and `^` and `$` are anchors in both. No `.`, no `\`, no stray `]`, `{` or `}`:
    /// those are where the two kinds of expression part.
    static func isPlain(_ pattern: String) -> Bool {
        let characters = Array(pattern.utf8)
        var index = 0
        var depth = 0
        // Whether a repeat may follow: after an atom or a closed group, not after a repeat, `(`, `|`, `^` or `$`.
        var repeatable = false
        var previous: UInt8 = 0
        func isAlphanumeric(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }
        while index < characters.count {
            let byte = characters[index]
            guard (0x20...0x7E).contains(byte) else { return false }
            switch byte {
            case UInt8(ascii: "."), UInt8(ascii: "\\"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                return false
            case UInt8(ascii: "("):
                guard index + 1 < characters.count, characters[index + 1] != UInt8(ascii: "?"),
                      characters[index + 1] != UInt8(ascii: ")"), characters[index + 1] != UInt8(ascii: "|") else { return false }
                depth += 1
                repeatable = false
            case UInt8(ascii: ")"):
                guard depth > 0, previous != UInt8(ascii: "|") else { return false }
                depth -= 1
                repeatable = true
            case UInt8(ascii: "|"):
                guard index > 0, index + 1 < characters.count, previous != UInt8(ascii: "|"),
                      characters[index + 1] != UInt8(ascii: "|"), characters[index + 1] != UInt8(ascii: ")") else { return false }
                repeatable = false
            case UInt8(ascii: "^"), UInt8(ascii: "$"):
                repeatable = false
            case UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"):
                guard repeatable else { return false }
                repeatable = false
            case UInt8(ascii: "{"):
                guard repeatable, let close = characters[index...].firstIndex(of: UInt8(ascii: "}")) else { return false }
                let bounds = String(decoding: characters[(index + 1)..<close], as: UTF8.self)
                    .split(separator: ",", omittingEmptySubsequences: false)
                // A count is digits alone (`Int` would also take a sign), and at most 1000.
                func count(_ text: Substring) -> Int? {
                    guard !text.isEmpty, text.count <= 4, text.allSatisfy({ $0.isASCII && $0.isWholeNumber }) else { return nil }
                    return Int(text).flatMap { $0 <= 1000 ? $0 : nil }
                }
                guard (1...2).contains(bounds.count), let low = count(bounds[0]) else { return false }
                if bounds.count == 2, !bounds[1].isEmpty {
                    guard let high = count(bounds[1]), low <= high else { return false }
                }
                index = close
                repeatable = false
            case UInt8(ascii: "["):
                guard let close = characters[(index + 1)...].firstIndex(of: UInt8(ascii: "]")) else { return false }
                let members = Array(characters[(index + 1)..<close])
                guard !members.isEmpty, members.first != UInt8(ascii: "^"), members.allSatisfy({
                    (0x20...0x7E).contains($0) && $0 != UInt8(ascii: "[") && $0 != UInt8(ascii: "\\")
                }) else { return false }
                // A `-` is a literal first or last; elsewhere it joins two letters or digits, the first not the higher.
                for (position, member) in members.enumerated() where member == UInt8(ascii: "-") {
                    if position == 0 || position == members.count - 1 { continue }
                    let (low, high) = (members[position - 1], members[position + 1])
                    guard isAlphanumeric(low), isAlphanumeric(high), low <= high,
                          position < 2 || members[position - 2] != UInt8(ascii: "-") else { return false }
                }
                index = close
                repeatable = true
            default:
                repeatable = true
            }
            previous = characters[index]
            index += 1
        }
        return depth == 0 && !characters.isEmpty
    }
}

/// A POSIX extended regular expression, compiled once (`regcomp`) and matched from any thread (`regexec`).
private final class POSIXExpression: @unchecked Sendable {
    private let expression = UnsafeMutablePointer<regex_t>.allocate(capacity: 1)

    /// `nil` when the C library does not take `pattern`.
    init?(_ pattern: String) {
        guard regcomp(expression, pattern, REG_EXTENDED | REG_NOSUB) == 0 else {
            expression.deallocate()
            return nil
        }
    }

    deinit {
        regfree(expression)
        expression.deallocate()
    }

    /// Whether `text` has a match anywhere. Its bytes are given by count (`REG_STARTEND`), so a NUL in it is a
    /// character like any other, not its end.
    func matches(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var range = regmatch_t()
            range.rm_so = 0
            range.rm_eo = regoff_t(bytes.count)
            guard let start = bytes.baseAddress else { return regexec(expression, "", 1, &range, REG_STARTEND) == 0 }
            return start.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                regexec(expression, $0, 1, &range, REG_STARTEND) == 0
            }
        }
    }
}
