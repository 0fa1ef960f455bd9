import Foundation
import Testing
@testable import Peilstok

/// Folding scalar by scalar from the table gives what Foundation gives for the whole text.
struct ScalarFoldingTests {
    private static let optionSets: [String.CompareOptions] = [[.caseInsensitive, .diacriticInsensitive, .widthInsensitive],
                                                              [.caseInsensitive, .diacriticInsensitive]]

    /// The generated table, which serves both option sets.
    private static let folding = ScalarFolding.shared

    @Test(arguments: optionSets)
    func everyScalarOfTheTableFoldsInTextAsFoundationFoldsIt(options: String.CompareOptions) {
        let values = Array(0..<0x80) + ScalarFolding.blocks.flatMap { Array($0) }
        for value in values {
            guard let scalar = Unicode.Scalar(value) else { continue }
            // One that extends the character before it is not in the table.
            if scalar.properties.isGraphemeExtend {
                #expect(Self.folding.fold("a\(scalar)") == nil)
                continue
            }
            // Beside letters with and without accents, twice and alone.
            for text in ["Ab\(scalar)Éc", "\(scalar)\(scalar)x", "\(scalar)", "ë\(scalar)ï"] {
                #expect(Self.folding.fold(text) == text.folding(options: options, locale: nil), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test(arguments: optionSets)
    func everyLineOfTheSeedsAndLayoutsFoldsAsFoundationFoldsIt(options: String.CompareOptions) throws {
        let files = try FileManager.default.contentsOfDirectory(at: TestPaths.seeds, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
            + FileManager.default.contentsOfDirectory(at: TestPaths.fixtures.appending(path: "layouts"), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
        var compared = 0
        for file in files {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init) {
                guard let folded = Self.folding.fold(line) else { continue }
                #expect(folded == line.folding(options: options, locale: nil), "\(file.lastPathComponent): \(line)")
                compared += 1
            }
        }
        #expect(compared > 1000)
    }

    @Test func aTextWithAScalarOutsideTheTableIsLeftToFoundation() {
        #expect(Self.folding.fold("Σύνολο") == nil)
        #expect(Self.folding.fold("e\u{301}") == nil)
        #expect(Self.folding.fold("Één café – € 5") == "een cafe – € 5")
    }
}
