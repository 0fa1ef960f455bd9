import Foundation

/// Foundation's folding (`String.folding(options:locale:)`), made scalar by scalar from a table Foundation filled
/// once, for texts of ASCII and of the Latin-1, Latin Extended-A and punctuation blocks Dutch reports are written in:
/// for those scalars (but those that extend the character before them) the folding of a text is the foldings of its
/// scalars one after another, as `ScalarFoldingTests` checks scalar by scalar, and a table lookup is many times
/// faster than the round trip through `NSString`.
struct ScalarFolding: Sendable {
    /// The blocks the table covers beyond ASCII, which it covers too.
    static let blocks: [ClosedRange<UInt32>] = [0xA0...0x17F, 0x2000...0x206F, 0x20A0...0x20BF]
    /// The UTF-8 of the folding of each ASCII scalar, by value, and of each other scalar of the table.
    private let ascii: [[UInt8]]
    private let others: [UInt32: [UInt8]]

    /// The table for `options` (without a locale, as peilstok folds).
    init(options: String.CompareOptions) {
        func folding(_ value: UInt32) -> [UInt8] {
            Array(String(Unicode.Scalar(value)!).folding(options: options, locale: nil).utf8)
        }
        ascii = (0..<0x80).map(folding)
        var others: [UInt32: [UInt8]] = [:]
        for block in Self.blocks {
            // A scalar that extends the character before it (a zero-width non-joiner) folds with that character:
            // such a text is left to Foundation.
            for value in block {
                guard let scalar = Unicode.Scalar(value), !scalar.properties.isGraphemeExtend else { continue }
                others[value] = folding(value)
            }
        }
        self.others = others
    }

    /// The folding of `text`; `nil` when `text` holds a scalar outside the table.
    func fold(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                bytes += ascii[Int(scalar.value)]
            } else if let piece = others[scalar.value] {
                bytes += piece
            } else {
                return nil
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
