import Foundation

/// Deterministic JSON: sorted keys, no escaped slashes, one value per line for JSON Lines.
public enum JSONLines {
    static func encoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
            : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Each value on its own line, each line ending in a newline.
    public static func encode<T: Encodable>(_ values: [T]) throws -> Data {
        let encoder = encoder()
        var data = Data()
        for value in values {
            data.append(try encoder.encode(value))
            data.append(0x0A)
        }
        return data
    }

    /// One value, indented, ending in a newline.
    public static func encodePretty<T: Encodable>(_ value: T) throws -> Data {
        var data = try encoder(pretty: true).encode(value)
        data.append(0x0A)
        return data
    }
}
