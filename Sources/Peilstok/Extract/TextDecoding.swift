import Foundation

/// Turns a file's bytes into a string: UTF-8 with or without BOM, UTF-16 with BOM; UTF-8 with a few invalid bytes
/// (fewer than its valid multibyte characters) with those bytes as U+FFFD; else Windows-1252.
enum TextDecoding {
    struct Decoded {
        let text: String
        let encoding: String
        /// Invalid UTF-8 bytes were decoded as U+FFFD.
        var replacedInvalidBytes = false
    }

    /// True when the bytes look like binary data rather than text in any encoding we read.
    static func looksBinary(_ data: Data) -> Bool {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { return false }
        let sample = data.prefix(65_536)
        var controls = 0
        for byte in sample {
            if byte == 0 { return true }
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C { controls += 1 }
        }
        return controls * 20 > sample.count
    }

    /// Decodes `data`; never fails, since every byte has a meaning in Windows-1252 or Latin-1.
    static func decode(_ data: Data) -> Decoded {
        if data.starts(with: [0xEF, 0xBB, 0xBF]), let text = String(data: data.dropFirst(3), encoding: .utf8) {
            return Decoded(text: text, encoding: "UTF-8 (BOM)")
        }
        if data.starts(with: [0xFF, 0xFE]), let text = String(data: data.dropFirst(2), encoding: .utf16LittleEndian) {
            return Decoded(text: text, encoding: "UTF-16LE")
        }
        if data.starts(with: [0xFE, 0xFF]), let text = String(data: data.dropFirst(2), encoding: .utf16BigEndian) {
            return Decoded(text: text, encoding: "UTF-16BE")
        }
        if let text = String(data: data, encoding: .utf8) {
            return Decoded(text: text, encoding: "UTF-8")
        }
        let (valid, invalid) = utf8Census(data)
        if valid >= invalid {
            return Decoded(text: String(decoding: data, as: UTF8.self), encoding: "UTF-8 (invalid bytes replaced)",
                           replacedInvalidBytes: true)
        }
        return Decoded(text: decodeWindows1252(data), encoding: "Windows-1252")
    }

    /// How many well-formed multibyte UTF-8 characters, and how many bytes that fit no UTF-8 sequence, `data` holds.
    static func utf8Census(_ data: Data) -> (valid: Int, invalid: Int) {
        var valid = 0
        var invalid = 0
        var index = data.startIndex
        while index < data.endIndex {
            let byte = data[index]
            let length = byte < 0x80 ? 1 : byte >= 0xC2 && byte <= 0xDF ? 2 : byte >= 0xE0 && byte <= 0xEF ? 3
                : byte >= 0xF0 && byte <= 0xF4 ? 4 : 0
            guard length > 1 else {
                if length == 0 { invalid += 1 }
                index += 1
                continue
            }
            let end = index + length
            if end <= data.endIndex, data[(index + 1)..<end].allSatisfy({ $0 & 0xC0 == 0x80 }) {
                valid += 1
                index = end
            } else {
                invalid += 1
                index += 1
            }
        }
        return (valid, invalid)
    }

    /// Windows-1252 by table, so the five bytes it leaves undefined still decode (as their Latin-1 code points).
    private static func decodeWindows1252(_ data: Data) -> String {
        let high: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        var scalars = String.UnicodeScalarView()
        for byte in data {
            let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}
