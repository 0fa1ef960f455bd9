import Foundation
import Testing
@testable import Peilstok

@Suite struct RulesLoadingTests {
    /// Copies the project's rules into a temporary directory so a test can change one file.
    private func replace(_ old: String, with new: String, in name: String, of directory: TemporaryDirectory) throws {
        let url = directory.file(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(old), "the rule file no longer holds \(old)")
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    @Test func loadsTheProjectRules() throws {
        let rules = try Rules.load(from: TestPaths.rules)
        #expect(rules.kinds.map(\.key).contains("stand-van-zaken"))
        #expect(rules.sections["stand-van-zaken"]?.map(\.key) == ["achtergrond", "doel", "stand_van_zaken", "looptijd"])
        #expect(rules.hash.count == 64)
    }

    @Test func aYamlSyntaxErrorNamesFileAndLine() throws {
        let directory = try TestPaths.copyOfRules()
        defer { directory.cleanup() }
        try replace("  - key: doel\n", with: "  - key: doel\n   oops: [\n", in: "sections.yml", of: directory)
        #expect {
            try Rules.load(from: directory.url, displayDirectory: "Rules")
        } throws: { error in
            let description = String(describing: error)
            return description.hasPrefix("Rules/sections.yml:") && (error as? RuleError)?.line ?? 0 > 0
        }
    }

    @Test func aJsonSyntaxErrorInASchemaNamesFileLineAndColumn() throws {
        let directory = try TestPaths.copyOfRules()
        defer { directory.cleanup() }
        try replace("  \"additionalProperties\": false,\n  \"required\": [", with: "  \"additionalProperties\": false,\n  \"required\": [,",
                    in: "record.schema.json", of: directory)
        #expect {
            try Rules.load(from: directory.url, displayDirectory: "Rules")
        } throws: { error in
            guard let error = error as? RuleError else { return false }
            return error.file == "Rules/record.schema.json" && error.line == 8 && error.column == 16
                && error.message == "not valid JSON: expected a value"
        }
    }

    @Test func anUnknownKeyIsReportedAtItsLine() throws {
        let directory = try TestPaths.copyOfRules()
        defer { directory.cleanup() }
        try replace("    headings: [\"Achtergrond\"]", with: "    headings: [\"Achtergrond\"]\n    alias: [\"Context\"]",
                    in: "sections.yml", of: directory)
        let text = try String(contentsOf: directory.file("sections.yml"), encoding: .utf8)
        let expectedLine = text.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("alias:") }.map { $0 + 1 }
        do {
            _ = try Rules.load(from: directory.url, displayDirectory: "Rules")
            Issue.record("a rule file with an unknown key was accepted")
        } catch {
            #expect(error.line == expectedLine)
            #expect(error.description.hasPrefix("Rules/sections.yml:\(expectedLine ?? 0):5: error: unknown key 'alias'"))
        }
    }

    @Test func anAliasBombIsRefusedBeforeItExpands() throws {
        let directory = try TestPaths.copyOfRules()
        defer { directory.cleanup() }
        var bomb = "strip_prefixes: [&a [\"x\", \"x\", \"x\", \"x\"]"
        for level in 1...12 { bomb += ", &l\(level) [" + Array(repeating: level == 1 ? "*a" : "*l\(level - 1)", count: 9).joined(separator: ", ") + "]" }
        try replace("strip_prefixes: [\"Pilot\"]", with: bomb + "]", in: "names.yml", of: directory)
        #expect {
            try Rules.load(from: directory.url, displayDirectory: "Rules")
        } throws: { error in
            String(describing: error).contains("Rules/names.yml:") && String(describing: error)
                .hasSuffix("error: YAML anchors and aliases (& and *) are not allowed in rule files")
        }
        // Quoted and commented stars and ampersands are plain text.
        #expect(RuleFile.firstAnchorOrAlias(in: "a: \"*b\" # &c\nd: [\"e & f\", 'g*']\nh: x*y") == nil)
        #expect(RuleFile.firstAnchorOrAlias(in: "a: 1\nb: - *c") ?? (0, 0) == (2, 6))
        // A mark at a line's end names nothing; columns count characters, not bytes.
        #expect(RuleFile.firstAnchorOrAlias(in: "a: b &\nc: d") == nil)
        #expect(RuleFile.firstAnchorOrAlias(in: "é: [\"ë\", &x]") ?? (0, 0) == (1, 10))
    }

    @Test func aMissingRuleFileIsNamed() throws {
        let directory = try TestPaths.copyOfRules()
        defer { directory.cleanup() }
        try FileManager.default.removeItem(at: directory.file("dates.yml"))
        #expect(throws: RuleError.self) { try Rules.load(from: directory.url, displayDirectory: "Rules") }
        do { _ = try Rules.load(from: directory.url, displayDirectory: "Rules") } catch {
            #expect(error.file == "Rules/dates.yml")
        }
    }

    @Test func aMonthOutOfRangeIsRejected() throws {
        let directory = try TestPaths.copyOfRules()
        defer { directory.cleanup() }
        try replace("{month: 12, names: [december, dec]}", with: "{month: 13, names: [december, dec]}",
                    in: "dates.yml", of: directory)
        do {
            _ = try Rules.load(from: directory.url, displayDirectory: "Rules")
            Issue.record("month 13 was accepted")
        } catch {
            #expect(error.file == "Rules/dates.yml")
            #expect(error.message.contains("13 is out of range"))
        }
    }

    @Test func aNewHeadingVariantInRulesAloneSegmentsADocument() async throws {
        let document = """
        Stand van zaken pilots – peildatum 1 maart 2023

        Pilot\tToelichting
        Pilot Proef\t<p><u>Achtergrond</u> Een achtergrond.</p> <p><u>Ambitie</u> Een nieuw soort doel.</p>
        """
        let extracted = try Extractor.extract(data: Data(document.utf8), format: .text, file: "nieuw.txt")

        let before = try await Segmenter(rules: TestPaths.loadedRules).process(extracted)
        #expect(before.blocks.first?.section("doel") == nil)
        #expect(before.blocks.first?.warnings.contains { $0.contains("'Ambitie' looks like a heading") } == true)

        let directory = try TestPaths.copyOfRules()
        defer { directory.cleanup() }
        try replace("[\"Doel\", \"Doelen\", \"Doelstelling\"]", with: "[\"Doel\", \"Doelen\", \"Doelstelling\", \"Ambitie\"]",
                    in: "sections.yml", of: directory)
        let rules = try Rules.load(from: directory.url)
        let after = try await Segmenter(rules: rules).process(extracted)
        #expect(after.blocks.first?.section("doel")?.text == "Een nieuw soort doel.")
        #expect(after.blocks.first?.section("achtergrond")?.text == "Een achtergrond.")
    }
}
