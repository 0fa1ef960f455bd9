import Foundation
import Testing
@testable import Peilstok
@testable import PeilstokPDF

@Suite struct PDFExtractorTests {
    private func fixture(_ name: String) -> URL { TestPaths.fixtures.appending(path: "pdf/\(name)") }

    private func read(_ name: String, password: String? = nil, ocr: OCRMode = .auto) throws(DocumentError) -> TextDocument {
        try PDFExtractor(options: PDFReadOptions(password: password, ocr: ocr, ocrRules: TestPaths.loadedRules.ocr))
            .extract(url: fixture(name), file: name).document
    }

    @Test func readsEachColumnWholeBeforeTheNext() throws {
        let lines = try read("columns.pdf").lines.filter { !$0.isEmpty }
        let expected = ["Een titel over de hele breedte"] + (1...12).map { "Links regel \($0)" } + (1...12).map { "Rechts regel \($0)" }
            + ["Drie kolommen en een zijbalk"] + (1...10).map { "Eerste regel \($0)" } + (1...10).map { "Tweede regel \($0)" }
            + (1...10).map { "Derde regel \($0)" } + ["1e lijn", "Werkwijze", "Zijbalk slot"]
        #expect(lines == expected)
    }

    @Test func leavesOutRunningHeadersAndPageNumbers() throws {
        let document = try read("header.pdf")
        let lines = document.lines.filter { !$0.isEmpty }
        #expect(lines.count == 20)
        #expect(!lines.contains { $0.contains("testrapport") })
        #expect(lines.first == "Inhoud van pagina 1, regel 1.")
        #expect(document.origins?.compactMap { $0?.page }.max() == 4)
    }

    @Test func carriesMetadataFontsAndBoxes() throws {
        let document = try read("columns.pdf")
        #expect(document.pdf == PDFMetadata(title: "Kolommen", author: "peilstok tests", creator: "anonymous",
                                            creationDate: "2000-01-01T00:00:00Z", pageCount: 2))
        let title = try #require(document.origins?.first ?? nil)
        #expect(title.page == 1)
        #expect(title.bold)
        #expect(title.fontSize == 16)
        #expect(title.box.x0 > 56 && title.box.x0 < 58)
        #expect(document.source.format == .pdf)
    }

    @Test func readsAHugePage() throws {
        #expect(try read("huge.pdf").lines.contains("Een enkele regel op een reusachtige pagina."))
    }

    @Test func warnsAboutAScannedPageWithoutWords() throws {
        // Page 2 is an image of ruled lines only: OCR reads it and finds no text.
        let document = try read("scanned.pdf")
        #expect(document.lines.contains("Deze pagina heeft tekst."))
        #expect(document.warnings == ["page 2: a scanned page, and OCR found no text on it"])
        #expect(document.pdf?.ocrPages == [2])
        let unread = try read("scanned.pdf", ocr: .never)
        #expect(unread.warnings == ["page 2: no text layer, only images — a scanned page, not read (--ocr never)"])
        #expect(unread.pdf?.ocrPages == nil)
    }

    @Test(arguments: [
        ("encrypted.pdf", "encrypted.pdf: encrypted PDF: give its password with --password-file"),
        ("truncated.pdf", "truncated.pdf: cannot read: not a readable PDF (PDF document is damaged)"),
        ("zero-pages.pdf", "zero-pages.pdf: cannot read: the PDF has no pages"),
        ("not-a-pdf.pdf", "not-a-pdf.pdf: cannot read: not a PDF (no %PDF- header)"),
    ])
    func givesABadPDFOneLineNamingIt(name: String, message: String) {
        #expect { try read(name) } throws: { String(describing: $0) == message }
    }

    @Test func opensAnEncryptedPDFWithItsPassword() throws {
        #expect(try read("encrypted.pdf", password: "geheim").lines.contains("Vertrouwelijke inhoud."))
        #expect { try read("encrypted.pdf", password: "fout") } throws: {
            String(describing: $0) == "encrypted.pdf: cannot read: the password does not open it"
        }
        // A password given for the batch does not stop a PDF that needs none from opening.
        #expect(try read("columns.pdf", password: "geheim").lines.contains { $0.contains("regel 1") })
    }

    @Test func givesUpOnWorkThatOutlastsItsDeadline() async throws {
        // The work cannot finish before the deadline: it waits for a signal given only after the time-out is reported.
        let gate = DispatchSemaphore(value: 0)
        let timeout = DocumentError.unreadable(file: "slow.pdf", reason: "gave up after 0 s (--timeout)")
        await #expect(throws: timeout) {
            try await Deadline.run(seconds: 0.01, onTimeout: timeout) { () throws(DocumentError) -> Int in
                gate.wait()
                return 1
            }
        }
        gate.signal()
        let quick = try await Deadline.run(seconds: 60, onTimeout: timeout) { () throws(DocumentError) -> Int in 7 }
        #expect(quick == 7)
    }

    @Test func joinsAWordBrokenAtALineEndButKeepsACompound() async throws {
        let inbox = try TemporaryDirectory()
        defer { inbox.cleanup() }
        try FileManager.default.copyItem(at: fixture("hyphen.pdf"), to: inbox.file("hyphen.pdf"))
        let outcome = try #require(await Pipeline(rules: TestPaths.loadedRules, jobs: 1)
            .run(try Inbox.files(in: inbox.url, displayName: "Inbox")).first)
        let record = try #require(outcome.records.first)
        #expect(record.name == "Proef met afbreking")
        #expect(record.sections["structuur"] == "De pilot brengt rechtshulpverleners en het sociaal-emotioneel team samen.")
        #expect(record.provenance.pages == [1])
        #expect(record.provenance.regions?["structuur"]?.first?.page == 1)
    }

    @Test func theFactsheetPDFCarriesPagesPerRecordAndSection() async throws {
        let inbox = try TemporaryDirectory()
        defer { inbox.cleanup() }
        try FileManager.default.copyItem(at: TestPaths.sampleInbox.appending(path: "factsheets-2022.pdf"),
                                         to: inbox.file("factsheets-2022.pdf"))
        let outcomes = await Pipeline(rules: TestPaths.loadedRules, jobs: 2).run(try Inbox.files(in: inbox.url, displayName: "Inbox"))
        let records = outcomes.flatMap(\.records)
        #expect(records.count == 30)
        #expect(records.map { $0.provenance.pages ?? [] } == (1...30).map { [$0] })
        #expect(outcomes.first?.document?.pdf?.pageCount == 30)
    }

    @Test func aPageTurnedAQuarterIsReadLeftToRight() throws {
        let document = try read("rotated.pdf")
        #expect(document.lines.filter { !$0.isEmpty } == ["Pilot Gedraaide pagina", "Structuur van de pilot",
                                                           "De tekst van deze pagina loopt in de weergave omhoog."])
    }
}
