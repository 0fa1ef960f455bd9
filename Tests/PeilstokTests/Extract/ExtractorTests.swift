import Foundation
import Testing
@testable import Peilstok

@Suite struct ExtractorTests {
    private func lines(_ bytes: [UInt8], format: InputFormat = .text) throws -> TextDocument {
        try Extractor.extract(data: Data(bytes), format: format, file: "x.txt")
    }

    @Test func readsUTF8WithAndWithoutBOM() throws {
        let text = Array("Looptijd: één jaar".utf8)
        #expect(try lines(text).lines == ["Looptijd: één jaar"])
        let withBOM = try lines([0xEF, 0xBB, 0xBF] + text)
        #expect(withBOM.lines == ["Looptijd: één jaar"])
        #expect(withBOM.source.encoding == "UTF-8 (BOM)")
    }

    @Test func readsUTF16WithBOM() throws {
        var little: [UInt8] = [0xFF, 0xFE]
        var big: [UInt8] = [0xFE, 0xFF]
        for unit in "Geëvalueerd\nklaar".utf16 {
            little += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            big += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        #expect(try lines(little).lines == ["Geëvalueerd", "klaar"])
        #expect(try lines(big).lines == ["Geëvalueerd", "klaar"])
    }

    @Test func decodesWindows1252InsteadOfRejectingIt() throws {
        // "Geëvalueerd – € 350" in Windows-1252: ë = 0xEB, en dash = 0x96, euro = 0x80.
        let bytes: [UInt8] = Array("Ge".utf8) + [0xEB] + Array("valueerd ".utf8) + [0x96, 0x20, 0x80] + Array(" 350".utf8)
        let document = try lines(bytes)
        #expect(document.lines == ["Geëvalueerd – € 350"])
        #expect(document.source.encoding == "Windows-1252")
        #expect(document.warnings == ["not valid UTF-8: decoded as Windows-1252"])
    }

    @Test func aFewInvalidBytesInUTF8AreReplacedAndTheirLinesNamed() throws {
        // Three stray bytes in a report that is otherwise UTF-8 ("café", "één") stay local to their line.
        let bytes: [UInt8] = Array("Een café\nkapot ".utf8) + [0xFF, 0xFE, 0x80] + Array(" hier\nnog één regel".utf8)
        let document = try lines(bytes)
        #expect(document.lines == ["Een café", "kapot \u{FFFD}\u{FFFD}\u{FFFD} hier", "nog één regel"])
        #expect(document.source.encoding == "UTF-8 (invalid bytes replaced)")
        #expect(document.warnings == ["invalid UTF-8 bytes replaced by U+FFFD on line 2"])
    }

    @Test func normalisesUnicode() throws {
        let text = "e\u{301}e\u{301}n \u{FB01}nanciering\u{00A0}en re\u{00AD}gie\u{200B}"
        #expect(try lines(Array(text.utf8)).lines == ["één financiering en regie"])
    }

    @Test func splitsEveryKindOfLineEnd() throws {
        #expect(try lines(Array("a\r\nb\rc\nd".utf8)).lines == ["a", "b", "c", "d"])
    }

    @Test(arguments: [
        ([UInt8](), DocumentError.empty(file: "x.txt")),
        (Array(" \n\t \n".utf8), DocumentError.empty(file: "x.txt")),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], DocumentError.binary(file: "x.txt")),
    ])
    func rejectsBadInputWithItsReason(bytes: [UInt8], expected: DocumentError) {
        #expect(throws: expected) { try lines(bytes) }
    }

    @Test func rejectsAnUnsupportedExtensionNamingIt() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        try directory.write("rapport.docx", Data("PK".utf8))
        let file = InputFile(url: directory.file("rapport.docx"), name: "rapport.docx")
        await #expect(throws: DocumentError.unsupportedType(file: "rapport.docx", fileExtension: "docx")) {
            try await Extractor(options: PDFReadOptions(ocrRules: TestPaths.loadedRules.ocr)).process(file)
        }
        #expect(DocumentError.unsupportedType(file: "rapport.docx", fileExtension: "docx").description
            == "rapport.docx: unsupported file type '.docx': expected .txt, .md, .html or .pdf")
    }

    @Test func turnsAnHTMLTableIntoRowsOfCellsWithStyledParagraphs() throws {
        let html = """
        <html><body><h1>Stand van zaken pilots – peildatum 1 december 2021</h1>
        <table><tr><th>Pilot</th><th>Toelichting</th></tr>
        <tr><td>Pilot Proef</td><td><p><u>Doel</u></p><p>Iets &amp; meer.</p></td></tr></table></body></html>
        """
        let document = try Extractor.extract(data: Data(html.utf8), format: .html, file: "x.html")
        #expect(document.lines == [
            "Stand van zaken pilots – peildatum 1 december 2021",
            "Pilot\tToelichting",
            "Pilot Proef\tDoel Iets & meer.",
        ])
        let blocks = document.pages[0].blocks
        #expect(blocks[0].lines.first?.style.headingLevel == 1)
        let row = try #require(blocks.last?.cells)
        #expect(row.count == 2)
        #expect(row[1].lines.map(\.text) == ["Doel", "Iets & meer."])
        #expect(row[1].lines.first?.style.underlined == true)
        #expect(row[1].lines.allSatisfy { $0.number == 3 })
    }

    @Test func readsATextLayersTabCellsOnceWithTheirMarkupAsStyle() throws {
        let text = "Kop\nPilot Proef\t<p><b>Doel</b></p><p>Iets.</p>\nPilot Leeg\t\n"
        let document = try Extractor.extract(data: Data(text.utf8), format: .text, file: "x.txt")
        let rows = document.pages[0].blocks.compactMap(\.cells)
        #expect(rows.count == 2)
        #expect(rows[0][1].lines.map(\.text) == ["Doel", "Iets."])
        #expect(rows[0][1].lines.first?.style.bold == true)
        #expect(rows[1][1].lines.isEmpty)
    }
}
