import Foundation
import Testing
@testable import Peilstok

/// Validates emitted records against `Rules/record.schema.json` with Python's jsonschema (draft 2020-12).
@Suite struct RecordSchemaTests {
    private func validate(_ records: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        try runProcess(URL(filePath: "/usr/bin/env"),
                       ["python3", "Scripts/validate_records.py", "Rules/record.schema.json", records.path],
                       in: TestPaths.repository)
    }

    private func seedRecords() async throws -> [PilotRecord] {
        try await runSeeds(["002_067f7ab2b7d390c7.txt"]).flatMap(\.records)
    }

    @Test func everyEmittedRecordMatchesTheSchema() async throws {
        let records = try await seedRecords()
        let output = try TemporaryDirectory()
        defer { output.cleanup() }
        try JSONLines.encode(records).write(to: output.file("records.jsonl"))
        let result = try validate(output.file("records.jsonl"))
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("schema: 33 passed, 0 failed"))
    }

    @Test func everyDocumentRecordMatchesItsSchema() async throws {
        let outcomes = try await runSeeds(["000_cad00d4029970908.txt", "001_9fa5d12fc6f62dbe.txt", "002_067f7ab2b7d390c7.txt",
                                           "003_594f80364ebc7975.txt", "004_607ef2ade63b3d16.txt"])
        let output = try TemporaryDirectory()
        defer { output.cleanup() }
        try JSONLines.encode(outcomes.compactMap(\.document)).write(to: output.file("documents.jsonl"))
        try JSONLines.encode(outcomes.flatMap(\.records)).write(to: output.file("records.jsonl"))
        let documents = try runProcess(URL(filePath: "/usr/bin/env"),
                                       ["python3", "Scripts/validate_records.py", "Rules/document.schema.json",
                                        output.file("documents.jsonl").path], in: TestPaths.repository)
        #expect(documents.status == 0, "\(documents.stdout)")
        #expect(documents.stdout.contains("schema: 5 passed, 0 failed"))
        let records = try validate(output.file("records.jsonl"))
        #expect(records.status == 0, "\(records.stdout)")
        #expect(records.stdout.contains("schema: 77 passed, 0 failed"))
    }

    @Test func theSchemaRejectsABrokenRecord() async throws {
        var record = try #require(try await seedRecords().first)
        record.id = "Not A Slug"
        record.looptijd.start = "medio 2022"
        let output = try TemporaryDirectory()
        defer { output.cleanup() }
        try JSONLines.encode([record]).write(to: output.file("records.jsonl"))
        let result = try validate(output.file("records.jsonl"))
        #expect(result.status == 1)
        #expect(result.stdout.contains(":1: id:"))
        #expect(result.stdout.contains(":1: looptijd/start:"))
    }

    @Test func theValidatorDropsARecordWithAnUnknownSection() async throws {
        var record = try #require(try await seedRecords().first)
        record.sections["verzonnen"] = "x"
        let validator = RecordValidator(rules: TestPaths.loadedRules)
        let problems = validator.fatalProblems(record, lineCount: 117)
        #expect(problems == ["section 'verzonnen' is not defined for kind 'stand-van-zaken'"])
    }

    /// Broken copies of a real record, each with the schema path that must fail.
    private func brokenRecords() async throws -> [(record: PilotRecord, path: String)] {
        let record = try #require(try await seedRecords().first { !$0.dates.isEmpty })
        var slug = record
        slug.id = "Not A Slug"
        var start = record
        start.looptijd.start = "medio 2022"
        var farFuture = record
        farFuture.dates[0].earliest = "823394-11-18"
        var yearZero = record
        yearZero.dates[0].latest = "0999-12-31"
        var emptyText = record
        emptyText.dates[0].text = ""
        return [(slug, "/id"), (start, "/looptijd/start"), (farFuture, "/dates/0/earliest"), (yearZero, "/dates/0/latest"),
                (emptyText, "/dates/0/text")]
    }

    @Test func theInProcessValidatorAgreesWithPythonsJsonschema() async throws {
        let schema = TestPaths.loadedRules.recordSchema
        let records = try await seedRecords()
        #expect(records.allSatisfy { schema.violations(of: $0).isEmpty })
        for (record, path) in try await brokenRecords() {
            let violations = schema.violations(of: record)
            #expect(violations.contains { $0.hasPrefix("\(path):") }, "\(path): \(violations)")
            let output = try TemporaryDirectory()
            defer { output.cleanup() }
            try JSONLines.encode([record]).write(to: output.file("records.jsonl"))
            #expect(try validate(output.file("records.jsonl")).status == 1, "python's jsonschema rejects \(path) too")
        }
    }

    @Test func everyViolationOfARecordIsReportedInPathOrder() async throws {
        var record = try #require(try await seedRecords().first)
        record.looptijd.start = "medio 2022"
        record.id = "Not A Slug"
        let violations = TestPaths.loadedRules.recordSchema.violations(of: record)
        #expect(violations.count == 2, "\(violations)")
        #expect(violations.first?.hasPrefix("/id: 'Not A Slug' does not match") == true)
        #expect(violations.last == "/looptijd/start: matches 0 of the oneOf schemas, not exactly 1")
    }

    @Test func aRecordThatBreaksTheSchemaNeverReachesTheOutput() async throws {
        let (record, _) = try #require(try await brokenRecords().first { $0.path == "/dates/0/earliest" })
        let document = SegmentedDocument(source: SourceInfo(file: "x.txt", sha256: "0", format: .text, encoding: "UTF-8"),
                                         kind: record.document.kind, title: nil, peildatum: nil, blocks: [], warnings: [],
                                         lineCount: 200)
        let validated = await RecordValidator(rules: TestPaths.loadedRules)
            .process(NormalisedDocument(document: document, records: [record]))
        #expect(validated.records.isEmpty)
        #expect(validated.warnings.contains { $0.contains("dropped: schema: /dates/0/earliest: '823394-11-18' does not match") })
    }

    @Test func aSchemaKeywordTheValidatorDoesNotCheckIsARuleError() {
        #expect(throws: SchemaError.self) {
            try JSONSchema(data: Data(#"{"$schema": "x", "properties": {"a": {"type": "string", "format": "date"}}}"#.utf8))
        }
    }
}

/// The validator's id check is the schema's id pattern, compared with the pattern itself on ids right and wrong.
@Suite struct SlugTests {
    @Test func slugCheckIsTheSchemaPattern() throws {
        let pattern = try NSRegularExpression(pattern: "^[a-z0-9]+(-[a-z0-9]+)*$")
        let ids = ["a", "rechtshulp-2022", "pilot-7-b", "", "-a", "a-", "a--b", "A", "a_b", "a b", "é", "ab-cd-ef-12",
                   "0", "--", "-", "a-b-", "x9-y8", "ａ"]
        for id in ids {
            let matches = pattern.firstMatch(in: id, range: NSRange(id.startIndex..., in: id)) != nil
            #expect(RecordValidator.isSlug(id) == matches, "\(id)")
        }
    }
}

/// The schemas' `pattern`s, as the in-process validator matches them, against Python's `re.search` on the same
/// strings: every pattern the rules' schemas hold, on values right, wrong and not ASCII. JSON Schema's patterns are
/// ECMA-262's, whose `$` ends the text, where Python's also matches before a final newline: the reference reads
/// each `$` as `\Z`.
@Suite struct SchemaPatternTests {
    /// Every `pattern` in the JSON Schema files of `Rules/` (every `*.schema.json` there, so a new one is covered too).
    private func patterns() throws -> [String] {
        var found: [String] = []
        func collect(_ value: Any) {
            if let object = value as? [String: Any] {
                if let pattern = object["pattern"] as? String { found.append(pattern) }
                object.values.forEach(collect)
            } else if let array = value as? [Any] {
                array.forEach(collect)
            }
        }
        let rules = TestPaths.repository.appending(path: "Rules")
        for name in try FileManager.default.contentsOfDirectory(atPath: rules.path) where name.hasSuffix(".schema.json") {
            collect(try JSONSerialization.jsonObject(with: Data(contentsOf: rules.appending(path: name))))
        }
        return Array(Set(found)).sorted()
    }

    @Test func eachPatternMatchesAsPythonsReDoes() throws {
        let patterns = try patterns()
        #expect(patterns.count >= 7, "\(patterns)")
        let values = ["2022-06-30", "2022-13-01", "2022-02-30", "0999-01-01", "2022-6-30", " 2022-06-30", "2022-06-30\n",
                      "hillesluis-en-feijenoord", "Hillesluis", "a--b", "-a", "GM0599", "GM599", "gm0599", "GM05990",
                      "tussentijdse_bevindingen", "sectie-1", "2022-FA", "2022-Q4", "2022-H3", "XXXX-SU", "XXXX",
                      "2022-06", String(repeating: "a", count: 64), String(repeating: "0", count: 63), "é", "ｇｍ", "e\u{301}",
                      "٢٠٢٢-٠٦-٣٠", ""]
        let script = """
            import json, re, sys
            patterns, values = json.load(sys.stdin)
            ecma = [re.sub(r"(?<!\\\\)\\$", r"\\\\Z", p) for p in patterns]
            print(json.dumps([[re.search(p, v) is not None for v in values] for p in ecma]))
            """
        let input = try JSONSerialization.data(withJSONObject: [patterns, values])
        let result = try runProcess(URL(filePath: "/usr/bin/env"), ["python3", "-c", script], in: TestPaths.repository,
                                    input: input)
        #expect(result.status == 0, "\(result.stderr)")
        let expected = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[Bool]])
        for (pattern, row) in zip(patterns, expected) {
            let compiled = try SchemaPattern(pattern)
            for (value, matches) in zip(values, row) {
                #expect(compiled.matches(value) == matches, "\(pattern) on \(value.debugDescription)")
            }
        }
    }

    /// The schemas' patterns are all plain, so that loading the rules compiles none with `Regex`.
    @Test func everySchemaPatternIsPlain() throws {
        for pattern in try patterns() {
            #expect(SchemaPattern.isPlain(pattern), "\(pattern)")
        }
    }

    /// A plain pattern matches, as a POSIX expression, in exactly the texts it matches as the standard library's
    /// `Regex`: patterns of every construct plainness allows, on texts with ASCII, other scalars, a NUL, newlines.
    @Test func aPlainPatternMatchesAsRegexDoes() throws {
        let patterns = try patterns() + [
            "ab", "^ab$", "a|b", "^(a|bc)+$", "x(y|z)?w", "^[a-c]{2,}$", "[0-9]{1,3}-[a-z]*", "^(-[a-z0-9]+)*$",
            "a$|^b", "a^b", "a$b", "^[-a]+$", "[a-]", "q{0}r", "^(ab){2}$", "[A-Za-z]+ [0-9]", "#|@|/", "^ $",
            "^,+$", "^(a|b)(c|d)$", "^[Xx]{1}[0-9]?$", "(a)+(b)*c?",
        ]
        let texts = ["", "a", "ab", "abab", "b", "bc", "bcbc", "xyw", "xw", "xzw", "abc", "-a-b", "-a--b", "a-", "--",
                     "ab\n", "\nab", "a\u{0}b", "\u{0}", "é", "aé", "éa", "e\u{301}", "ｂ", "r", "qr", "123-abc",
                     "1234-", "x9", "X", "x", "X12", "#", "a/b", " ", "  ", ",,", "ac", "bd", "ad", "abbbc", "2022-06-30",
                     "GM0599", String(repeating: "f", count: 64), "ab ab", "Ab 1", "a\r", "\u{2028}ab"]
        for pattern in patterns {
            #expect(SchemaPattern.isPlain(pattern), "\(pattern)")
            let posix = try SchemaPattern(pattern)
            let regex = try SchemaPattern(pattern, posix: false)
            #expect(posix.isPOSIX && !regex.isPOSIX, "\(pattern)")
            for text in texts {
                #expect(posix.matches(text) == regex.matches(text), "\(pattern) on \(text.debugDescription)")
            }
        }
    }

    /// What the two kinds of expression read differently is not plain, and is left to `Regex`.
    @Test func whereTheKindsOfExpressionPartThePatternIsNotPlain() {
        let notPlain = ["", ".", "a.b", "\\d", "\\.", "[^a]", "(?:a)", "(?=a)", "a**", "a+?", "*a", "{2}", "a{,3}", "a{2,1}",
                        "a{x}", "a{2", "a}", "()", "(|a)", "(a|)", "a||b", "|a", "a|", "a]", "[]", "[z-a]", "[+--]", "[a-c-e]",
                        "[[:alpha:]]", "é", "a\tb", "(a", "a)", "^*", "(*a)", "a|*b", "a{+3}", "a{-1}", "a{1,+3}",
                        "a{ 2}", "a{1001}"]
        for pattern in notPlain {
            #expect(!SchemaPattern.isPlain(pattern), "\(pattern.debugDescription)")
        }
    }

    @Test func aMalformedPatternIsASchemaError() {
        #expect(throws: SchemaError.self) {
            try JSONSchema(data: Data(#"{"$schema": "x", "properties": {"a": {"type": "string", "pattern": "^[a-z"}}}"#.utf8))
        }
    }
}
