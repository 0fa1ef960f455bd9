import Foundation

/// Deterministic JSON: sorted keys, no escaped slashes, one value per line for JSON Lines.
public enum JSONLines {
    /// A new encoder that writes as JSON lines do (encoders are not shared between threads).
    public static func encoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
            : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Each value on its own line, each line ending in a newline; the values are encoded on every core.
    public static func encode<T: Encodable & Sendable>(_ values: [T]) throws -> Data {
        join(try encodeEach(values, threads: Cores.available))
    }

    /// Each value's JSON as its line holds it (without the newline), the values encoded on `threads` threads.
    public static func encodeEach<T: Encodable & Sendable>(_ values: [T], threads: Int) throws -> [Data] {
        try values.concurrentMap(threads: threads) { value in Result { try encoder().encode(value) } }.map { try $0.get() }
    }

    /// Values already encoded, each on its own line, each line ending in a newline.
    public static func join(_ values: [Data]) -> Data {
        var data = Data()
        for value in values {
            data.append(value)
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
