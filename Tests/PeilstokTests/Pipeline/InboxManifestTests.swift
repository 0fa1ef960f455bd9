import Foundation
import Testing
@testable import Peilstok

@Suite struct InboxManifestTests {
    private func load(_ yaml: String) throws(RuleError) -> InboxManifest {
        let directory = try? TemporaryDirectory()
        defer { directory?.cleanup() }
        try? directory?.write("inbox.yml", Data(yaml.utf8))
        return try InboxManifest.load(from: directory!.file("inbox.yml"), displayPath: "Inbox/inbox.yml",
                                      rules: TestPaths.loadedRules)
    }

    @Test func readsPeildatumAndKindPerFile() throws {
        let manifest = try load("files:\n  a.txt:\n    peildatum: 2022-10-12\n    kind: factsheets\n  gone.txt:\n    peildatum: 2021-01-01\n")
        #expect(manifest.entries["a.txt"] == ManifestEntry(peildatum: "2022-10-12", kind: "factsheets"))
        let applied = manifest.apply(to: [InputFile(url: URL(filePath: "/x/a.txt"), name: "a.txt")])
        #expect(applied.files.first?.manifest?.kind == "factsheets")
        #expect(applied.warnings == ["inbox.yml names 'gone.txt', which is not in the inbox"])
    }

    @Test(arguments: [
        ("files:\n  a.txt:\n    peildatum: 12-10-2022\n", "Inbox/inbox.yml:3:16: error: peildatum '12-10-2022' is not a date (YYYY-MM-DD)"),
        ("files:\n  a.txt:\n    kind: brochure\n", "Inbox/inbox.yml:3:11: error: unknown kind 'brochure' (known: research-report, factsheets, stand-van-zaken, report, evaluation)"),
        ("files:\n  a.txt:\n    datum: 2022-10-12\n", "Inbox/inbox.yml:3:5: error: unknown key 'datum' (expected one of: kind, peildatum)"),
    ])
    func namesTheLineOfAMistake(yaml: String, message: String) {
        #expect { try load(yaml) } throws: { ($0 as? RuleError)?.description == message }
    }

    @Test func aMissingManifestIsEmpty() throws {
        let manifest = try InboxManifest.load(from: URL(filePath: "/no/such/inbox.yml"), displayPath: "x",
                                              rules: TestPaths.loadedRules)
        #expect(manifest.entries.isEmpty)
    }
}
