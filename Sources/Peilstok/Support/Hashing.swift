import Crypto
import Foundation

extension Data {
    /// The lowercase hexadecimal SHA-256 digest of these bytes.
    public var sha256Hex: String {
        SHA256.hash(data: self).map { String(format: "%02x", $0) }.joined()
    }
}

extension String {
    /// The lowercase hexadecimal SHA-256 digest of this string's UTF-8 bytes.
    public var sha256Hex: String { Data(utf8).sha256Hex }
}
