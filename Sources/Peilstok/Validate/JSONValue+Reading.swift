import Foundation

extension JSONValue {
    /// A value read from JSON text (RFC 8259) in one pass, straight into `JSONValue`: a number written without a
    /// fraction or exponent that fits an `Int` is an integer, any other number a `Double`. Unless `fragmentsAllowed`,
    /// the text must hold an object or an array. Nesting deeper than `JSONReader.maximumDepth` is refused.
    public init(json data: Data, fragmentsAllowed: Bool = true) throws(JSONReadError) {
        let read = data.withUnsafeBytes { bytes in
            Result { () throws(JSONReadError) -> JSONValue in
                var reader = JSONReader(bytes: bytes)
                return try reader.document(fragmentsAllowed: fragmentsAllowed)
            }
        }
        self = try read.get()
    }
}

/// Why a text is not JSON, and where: 1-based line and column (in bytes) of the first byte that does not fit.
public struct JSONReadError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var reason: String

    public var description: String { "line \(line), column \(column): \(reason)" }
}

/// The reading of one JSON text: a cursor over its bytes.
struct JSONReader {
    /// Arrays and objects inside each other beyond this are refused rather than read by ever deeper recursion.
    static let maximumDepth = 512

    private let bytes: UnsafeRawBufferPointer
    private var index = 0

    init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    mutating func document(fragmentsAllowed: Bool) throws(JSONReadError) -> JSONValue {
        skipWhitespace()
        if !fragmentsAllowed, index < bytes.count, bytes[index] != UInt8(ascii: "{"), bytes[index] != UInt8(ascii: "[") {
            throw failure("expected an object or an array")
        }
        let value = try self.value(depth: 0)
        skipWhitespace()
        guard index == bytes.count else { throw failure("unexpected text after the value") }
        return value
    }

    private mutating func value(depth: Int) throws(JSONReadError) -> JSONValue {
        guard index < bytes.count else { throw failure("unexpected end of the text") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return .object(try object(depth: depth + 1))
        case UInt8(ascii: "["): return .array(try array(depth: depth + 1))
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw failure("expected a value")
        }
    }

    private mutating func object(depth: Int) throws(JSONReadError) -> [String: JSONValue] {
        guard depth <= Self.maximumDepth else { throw failure("nested deeper than \(Self.maximumDepth) levels") }
        index += 1
        var members: [String: JSONValue] = [:]
        skipWhitespace()
        if take(UInt8(ascii: "}")) { return members }
        repeat {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw failure("expected a member name") }
            let name = try string()
            skipWhitespace()
            guard take(UInt8(ascii: ":")) else { throw failure("expected ':' after a member name") }
            skipWhitespace()
            members[name] = try value(depth: depth)
            skipWhitespace()
        } while take(UInt8(ascii: ","))
        guard take(UInt8(ascii: "}")) else { throw failure("expected ',' or '}' in an object") }
        return members
    }

    private mutating func array(depth: Int) throws(JSONReadError) -> [JSONValue] {
        guard depth <= Self.maximumDepth else { throw failure("nested deeper than \(Self.maximumDepth) levels") }
        index += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if take(UInt8(ascii: "]")) { return items }
        repeat {
            skipWhitespace()
            items.append(try value(depth: depth))
            skipWhitespace()
        } while take(UInt8(ascii: ","))
        guard take(UInt8(ascii: "]")) else { throw failure("expected ',' or ']' in an array") }
        return items
    }

    /// The string whose opening quote is at `index`.
    private mutating func string() throws(JSONReadError) -> String {
        index += 1
        let start = index
        // Most strings hold no escape: their bytes are the string's UTF-8, taken whole.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = try utf8(bytes[start..<index], at: start)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            index += 1
        }
        var unescaped = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return try utf8(unescaped[...], at: start)
            case UInt8(ascii: "\\"):
                index += 1
                try escape(into: &unescaped)
            case 0..<0x20:
                throw failure("a control character inside a string")
            default:
                unescaped.append(byte)
                index += 1
            }
        }
        throw failure("a string without its closing quote")
    }

    /// The escape after a backslash, appended as UTF-8.
    private mutating func escape(into text: inout [UInt8]) throws(JSONReadError) {
        guard index < bytes.count else { throw failure("a string without its closing quote") }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(byte)
        case UInt8(ascii: "b"): text.append(0x08)
        case UInt8(ascii: "f"): text.append(0x0C)
        case UInt8(ascii: "n"): text.append(0x0A)
        case UInt8(ascii: "r"): text.append(0x0D)
        case UInt8(ascii: "t"): text.append(0x09)
        case UInt8(ascii: "u"):
            var code = try hex4()
            if (0xD800...0xDBFF).contains(code) {
                // A character beyond the Basic Multilingual Plane: a high surrogate, then a low one.
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw failure("a lone surrogate in a \\u escape")
                }
                index += 2
                let low = try hex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw failure("a lone surrogate in a \\u escape") }
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(code) {
                throw failure("a lone surrogate in a \\u escape")
            }
            guard let scalar = Unicode.Scalar(code) else { throw failure("not a character: \\u escape") }
            text.append(contentsOf: UTF8.encode(scalar)!)
        default:
            throw failure("an unknown escape in a string", at: index - 1)
        }
    }

    private mutating func hex4() throws(JSONReadError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw failure("a \\u escape needs four hexadecimal digits") }
        var code: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure("a \\u escape needs four hexadecimal digits")
            }
            code = code << 4 | UInt32(digit)
            index += 1
        }
        return code
    }

    private mutating func number() throws(JSONReadError) -> JSONValue {
        let start = index
        _ = take(UInt8(ascii: "-"))
        if take(UInt8(ascii: "0")) {
            // A leading zero stands alone: "01" is not a number.
        } else if digits() == 0 {
            throw failure("expected a digit")
        }
        var whole = true
        if take(UInt8(ascii: ".")) {
            whole = false
            guard digits() > 0 else { throw failure("expected a digit after '.'") }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            whole = false
            index += 1
            if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
            guard digits() > 0 else { throw failure("expected a digit in the exponent") }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if whole, let integer = Int(text) { return .integer(integer) }
        guard let double = Double(text), double.isFinite else { throw failure("a number out of range", at: start) }
        return .number(double)
    }

    /// Skips the digits at `index` and returns how many there were.
    private mutating func digits() -> Int {
        let start = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        return index - start
    }

    private mutating func literal(_ word: StaticString) throws(JSONReadError) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count,
              memcmp(bytes.baseAddress! + index, word.utf8Start, count) == 0 else { throw failure("expected a value") }
        index += count
    }

    /// True, past it, when the byte at `index` is `byte`.
    private mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): index += 1
            default: return
            }
        }
    }

    private func utf8<Bytes: Collection<UInt8>>(_ text: Bytes, at start: Int) throws(JSONReadError) -> String {
        guard let string = String(validating: text, as: UTF8.self) else { throw failure("a string that is not UTF-8", at: start) }
        return string
    }

    /// The error at byte `offset` (by default the reader's), with its line and column.
    private func failure(_ reason: String, at offset: Int? = nil) -> JSONReadError {
        let position = offset ?? index
        var line = 1
        var lineStart = 0
        for offset in 0..<min(position, bytes.count) where bytes[offset] == UInt8(ascii: "\n") {
            line += 1
            lineStart = offset + 1
        }
        return JSONReadError(line: line, column: position - lineStart + 1, reason: reason)
    }
}
