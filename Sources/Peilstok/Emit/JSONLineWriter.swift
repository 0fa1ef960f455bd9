import Foundation

/// JSON written byte by byte as `JSONLines.encoder()` writes it: no white space, no escaped slashes, a number as its
/// `description` without a trailing ".0", the characters below U+0020, `"` and `\` escaped as Foundation escapes
/// them. Keys are written in the order they are given: the caller gives them sorted by their UTF-8 bytes, as
/// Foundation's `.sortedKeys` sorts them (`sortedKeys` sorts the keys of a dictionary).
///
/// For the values written most (`PilotRecord.jsonLine()`), without an encoder's generic containers.
struct JSONLineWriter {
    private(set) var bytes: [UInt8] = []
    /// Whether the container being written has no member yet.
    private var empty = true

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// The keys of a dictionary in the order `.sortedKeys` writes them.
    static func sortedKeys<Value>(_ dictionary: [String: Value]) -> [String] {
        dictionary.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// `{`, the members `body` writes, `}`.
    mutating func object(_ body: (inout JSONLineWriter) throws -> Void) rethrows {
        try container(UInt8(ascii: "{"), body, UInt8(ascii: "}"))
    }

    /// `[`, the elements `body` writes (each with `element`), `]`.
    mutating func array(_ body: (inout JSONLineWriter) throws -> Void) rethrows {
        try container(UInt8(ascii: "["), body, UInt8(ascii: "]"))
    }

    private mutating func container(_ open: UInt8, _ body: (inout JSONLineWriter) throws -> Void, _ close: UInt8) rethrows {
        bytes.append(open)
        empty = true
        try body(&self)
        bytes.append(close)
        empty = false
    }

    /// An object's member: its key, then the value `body` writes.
    mutating func member(_ key: String, _ body: (inout JSONLineWriter) throws -> Void) rethrows {
        separate()
        string(key)
        bytes.append(UInt8(ascii: ":"))
        try body(&self)
        empty = false
    }

    /// An array's element: the value `body` writes.
    mutating func element(_ body: (inout JSONLineWriter) throws -> Void) rethrows {
        separate()
        try body(&self)
        empty = false
    }

    private mutating func separate() {
        if !empty { bytes.append(UInt8(ascii: ",")) }
    }

    mutating func null() {
        append("null")
    }

    mutating func bool(_ value: Bool) {
        append(value ? "true" : "false")
    }

    mutating func int(_ value: Int) {
        append(String(value))
    }

    /// A finite number as Foundation writes it; throws for NaN and the infinities, as its encoder does.
    mutating func double(_ value: Double) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "Unable to encode Double.\(value) directly in JSON."))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        append(text)
    }

    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { text in
            var start = 0
            for (index, byte) in text.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<index]))
                start = index + 1
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                default:
                    bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                              Self.hexDigits[Int(byte >> 4)], Self.hexDigits[Int(byte & 0x0F)]])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }
}
