import Crypto
import Foundation

extension Data {
    /// The lowercase hexadecimal SHA-256 digest of these bytes.
    public var sha256Hex: String { SHA256.hash(data: self).hex }
}

extension SHA256.Digest {
    /// The digest in lowercase hexadecimal.
    var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in self {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}

extension String {
    /// The lowercase hexadecimal SHA-256 digest of this string's UTF-8 bytes.
    public var sha256Hex: String { Data(utf8).sha256Hex }
}
