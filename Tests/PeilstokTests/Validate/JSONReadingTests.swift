import Foundation
import Testing
@testable import Peilstok

/// `JSONValue(json:)` reads JSON text itself; these check it on hand-made texts and, against Foundation's
/// `JSONSerialization`, on every record peilstok writes for a factsheets PDF and the text seeds.
@Suite struct JSONReadingTests {
    private func read(_ text: String, fragmentsAllowed: Bool = true) throws(JSONReadError) -> JSONValue {
        try JSONValue(json: Data(text.utf8), fragmentsAllowed: fragmentsAllowed)
    }

    private func error(_ text: String, fragmentsAllowed: Bool = true) -> JSONReadError? {
        do { _ = try read(text, fragmentsAllowed: fragmentsAllowed) } catch { return error }
        return nil
    }

    @Test func readsEveryKindOfValue() throws {
        let value = try read(#" { "a": [1, -2, 3.5, 1e3, -0.25E-2, true, false, null], "b": {"c": "d"}, "e": [] , "f": {} } "#)
        #expect(value == .object([
            "a": .array([.integer(1), .integer(-2), .number(3.5), .number(1000), .number(-0.0025), .bool(true), .bool(false), .null]),
            "b": .object(["c": .string("d")]), "e": .array([]), "f": .object([:]),
        ]))
    }

    @Test func anIntegerTooLargeForIntIsANumber() throws {
        #expect(try read("9223372036854775807") == .integer(Int.max))
        #expect(try read("92233720368547758070") == .number(Double("92233720368547758070")!))
        #expect(try read("2.0") == .number(2))
    }

    @Test func readsEscapesAndCharactersBeyondTheBasicPlane() throws {
        #expect(try read(#""a\"b\\c\/d\b\f\n\r\t""#) == .string("a\"b\\c/d\u{8}\u{c}\n\r\t"))
        #expect(try read(#""\u00e9t\u00E9 \ud83d\ude00 €""#) == .string("été 😀 €"))
        #expect(try read("\"één\"") == .string("één"))
    }

    @Test func refusesWhatIsNotJSONWithLineAndColumn() {
        #expect(error("{\n  \"a\": 01\n}") == JSONReadError(line: 2, column: 9, reason: "expected ',' or '}' in an object"))
        #expect(error(#"{"a" 1}"#) == JSONReadError(line: 1, column: 6, reason: "expected ':' after a member name"))
        #expect(error("[1, 2") == JSONReadError(line: 1, column: 6, reason: "expected ',' or ']' in an array"))
        #expect(error("[1,]") == JSONReadError(line: 1, column: 4, reason: "expected a value"))
        #expect(error("{\"a\": 1,}") == JSONReadError(line: 1, column: 9, reason: "expected a member name"))
        #expect(error("\"open") == JSONReadError(line: 1, column: 6, reason: "a string without its closing quote"))
        #expect(error("\"tab\there\"")?.reason == "a control character inside a string")
        #expect(error(#""\x""#)?.reason == "an unknown escape in a string")
        #expect(error(#""\ud83d""#)?.reason == #"a lone surrogate in a \u escape"#)
        #expect(error(#""\ude00""#)?.reason == #"a lone surrogate in a \u escape"#)
        #expect(error(#""\u12g4""#)?.reason == #"a \u escape needs four hexadecimal digits"#)
        #expect(error("1 2") == JSONReadError(line: 1, column: 3, reason: "unexpected text after the value"))
        #expect(error("-") == JSONReadError(line: 1, column: 2, reason: "expected a digit"))
        #expect(error("1.") == JSONReadError(line: 1, column: 3, reason: "expected a digit after '.'"))
        #expect(error("1e") == JSONReadError(line: 1, column: 3, reason: "expected a digit in the exponent"))
        #expect(error("1e999")?.reason == "a number out of range")
        #expect(error("tru")?.reason == "expected a value")
        #expect(error("")?.reason == "unexpected end of the text")
        #expect(error("\"x\"", fragmentsAllowed: false)?.reason == "expected an object or an array")
        #expect(error(String(repeating: "[", count: JSONReader.maximumDepth + 1) + String(repeating: "]", count: JSONReader.maximumDepth + 1))?
            .reason == "nested deeper than \(JSONReader.maximumDepth) levels")
        #expect((try? read(String(repeating: "[", count: JSONReader.maximumDepth) + String(repeating: "]", count: JSONReader.maximumDepth))) != nil)
    }

    @Test func refusesBytesThatAreNotUTF8() {
        var bytes = Data("\"a".utf8)
        bytes.append(0xFF)
        bytes.append(contentsOf: Data("\"".utf8))
        #expect(throws: JSONReadError(line: 1, column: 2, reason: "a string that is not UTF-8")) {
            try JSONValue(json: bytes)
        }
    }

    /// A value as Foundation's `JSONSerialization` reads it: the reference the reader is compared with.
    private func serialized(_ value: Any) -> JSONValue {
        switch value {
        case let map as [String: Any]: .object(map.mapValues(serialized))
        case let text as String: .string(text)
        case let list as [Any]: .array(list.map(serialized))
        case let number as NSNumber:
            switch UInt8(bitPattern: number.objCType.pointee) {
            case UInt8(ascii: "c"): .bool(number.boolValue)
            case UInt8(ascii: "d"), UInt8(ascii: "f"): .number(number.doubleValue)
            default: .integer(number.intValue)
            }
        default: .null
        }
    }

    @Test func readsEveryWrittenRecordAsJSONSerializationDoes() async throws {
        let outcomes = try await runSeeds(["Inbox/factsheets-2022.pdf", "000_cad00d4029970908.txt", "001_9fa5d12fc6f62dbe.txt", "002_067f7ab2b7d390c7.txt",
                                        "003_594f80364ebc7975.txt", "004_607ef2ade63b3d16.txt"])
        let written = outcomes.flatMap { $0.recordJSON ?? [] }
        #expect(written.count > 100)
        for json in written {
            let reference = serialized(try JSONSerialization.jsonObject(with: json))
            #expect(try JSONValue(json: json) == reference)
        }
    }
}
