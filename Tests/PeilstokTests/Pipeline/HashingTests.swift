import Foundation
import Testing
@testable import Peilstok

/// `sha256Hex`, the key every document, rule set and reading is known by: the digests of FIPS 180-2's examples.
struct HashingTests {
    @Test func digestsAreTheStandardOnes() {
        #expect(Data().sha256Hex == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect("abc".sha256Hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".sha256Hex
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}
