import Foundation
import Testing
@testable import Peilstok

/// `PilotRecord.jsonLine()` writes the very bytes `JSONLines.encoder()` makes of a record: on the records of every
/// seed and sample PDF, and on records made up of every kind of value a record can hold.
@Suite struct RecordJSONLineTests {
    private func expectSameAsEncoder(_ record: PilotRecord, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let encoded = try JSONLines.encoder().encode(record)
        let written = try record.jsonLine()
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: encoded, as: UTF8.self), sourceLocation: sourceLocation)
    }

    @Test func theRecordsOfTheSamplesAreWrittenAsTheEncoderWritesThem() async throws {
        let outcomes = try await runSeeds(["000_cad00d4029970908.txt", "001_9fa5d12fc6f62dbe.txt", "002_067f7ab2b7d390c7.txt",
                                           "003_594f80364ebc7975.txt", "004_607ef2ade63b3d16.txt",
                                           "Inbox/factsheets-2022.pdf", "Inbox/standvanzaken-2021.pdf",
                                           "Tests/PeilstokTests/Fixtures/layouts/landscape-three-columns.pdf"])
        let records = outcomes.flatMap(\.records)
        #expect(records.count > 150)
        // Every kind of optional member occurs among them, so that each is compared at least once.
        #expect(records.contains { $0.gemeenteCBS != nil } && records.contains { $0.gemeenteCBS == nil })
        #expect(records.contains { $0.provenance.regions != nil } && records.contains { $0.provenance.regions == nil })
        #expect(records.contains { !$0.amounts.isEmpty } && records.contains { !$0.dates.isEmpty })
        for record in records { try expectSameAsEncoder(record) }
        // The JSON the pipeline keeps for each record is the record's line.
        for outcome in outcomes {
            #expect(try outcome.recordLines(threads: 2) == outcome.records.map { try $0.jsonLine() })
        }
    }

    /// A string of characters a report may hold, and of those the encoder escapes.
    private func text(_ random: inout SplitMix64) -> String {
        let pool: [Unicode.Scalar] = ["a", "Z", "0", " ", "\"", "\\", "/", "\n", "\r", "\t", "\u{08}", "\u{0C}", "\u{00}",
                                      "\u{1F}", "\u{7F}", "é", "€", "’", "\u{2028}", "\u{A0}", "😀", "<", "&", "'", "}"]
        let count = Int.random(in: 0...12, using: &random)
        return String(String.UnicodeScalarView((0..<count).map { _ in pool.randomElement(using: &random)! }))
    }

    private func number(_ random: inout SplitMix64) -> Double {
        let pool: [Double] = [0, -0.0, 1, 57, 0.1, 0.5, 2.5, 398.2, 1_500_000, 1e16, 1.5e-7, 123_456_789.125, -42.75,
                              Double(Int.random(in: -1_000_000...1_000_000, using: &random)) / 100,
                              Double.random(in: -1e9...1e9, using: &random)]
        return pool.randomElement(using: &random)!
    }

    private func expression(_ random: inout SplitMix64) -> TypedExpression {
        func maybe<T>(_ make: (inout SplitMix64) -> T) -> T? { Bool.random(using: &random) ? make(&random) : nil }
        var expression = TypedExpression(type: [.number, .percent, .money, .range, .date, .interval, .duration].randomElement(using: &random)!,
                                         text: text(&random), at: [Int.random(in: 0...50, using: &random), Int.random(in: 50...900, using: &random)])
        expression.section = maybe(text)
        expression.label = maybe(text)
        expression.value = maybe(number)
        expression.min = maybe(number)
        expression.max = maybe(number)
        expression.currency = maybe(text)
        expression.per = maybe(text)
        expression.qualifier = maybe(text)
        expression.timex = maybe(text)
        expression.mod = maybe(text)
        expression.start = maybe(text)
        expression.end = maybe(text)
        expression.startMod = maybe(text)
        expression.endMod = maybe(text)
        expression.earliest = maybe(text)
        expression.latest = maybe(text)
        expression.anchored = maybe { Bool.random(using: &$0) }
        return expression
    }

    @Test func madeUpRecordsAreWrittenAsTheEncoderWritesThem() throws {
        var random = SplitMix64(seed: 14)
        // Keys the sorting must order as the encoder does: prefixes, digits, '_' against letters, capitals, accents.
        let keys = ["a", "a_b", "ab", "a2", "a10", "B", "b", "é", "z_", "status", "status_2", "x"]
        for _ in 0..<400 {
            func maybe<T>(_ make: (inout SplitMix64) -> T) -> T? { Bool.random(using: &random) ? make(&random) : nil }
            let sectionKeys = keys.shuffled(using: &random).prefix(Int.random(in: 0...6, using: &random))
            var sections: [String: String] = [:]
            var lines: [String: LineRange] = [:]
            var regions: [String: [PilotRecord.Provenance.Region]] = [:]
            var confidence: [String: Double] = [:]
            for key in sectionKeys {
                sections[key] = text(&random)
                lines[key] = LineRange(Int.random(in: 1...90, using: &random), Int.random(in: 1...90, using: &random))
                regions[key] = (0..<Int.random(in: 0...2, using: &random)).map { _ in
                    PilotRecord.Provenance.Region(page: Int.random(in: 1...30, using: &random),
                                                  box: Box(x0: number(&random), y0: Double.random(in: 0...842, using: &random),
                                                           x1: Double.random(in: 0...600, using: &random), y1: 842.04999))
                }
                confidence[key] = Double(Int.random(in: 0...1000, using: &random)) / 10
            }
            var provenance = PilotRecord.Provenance(lines: LineRange(1, Int.random(in: 1...400, using: &random)), sections: lines,
                                                    pages: maybe { r in (0..<Int.random(in: 0...3, using: &r)).map { _ in Int.random(in: 1...300, using: &r) } },
                                                    regions: Bool.random(using: &random) ? regions : nil)
            provenance.ocrPages = maybe { r in [Int.random(in: 1...30, using: &r)] }
            provenance.ocrConfidence = Bool.random(using: &random) ? confidence : nil
            var record = PilotRecord(
                id: text(&random), name: text(&random), heading: text(&random), gemeente: maybe(text),
                document: .init(file: text(&random), sha256: text(&random), kind: text(&random), peildatum: maybe(text)),
                provenance: provenance, sections: sections, lijn: (0..<Int.random(in: 0...2, using: &random)).map { _ in text(&random) },
                vorm: maybe(text),
                looptijd: Looptijd(start: maybe(text), end: maybe(text), startMod: maybe(text), endMod: maybe(text), text: maybe(text)),
                quantities: (0..<Int.random(in: 0...3, using: &random)).map { _ in expression(&random) },
                amounts: (0..<Int.random(in: 0...2, using: &random)).map { _ in expression(&random) },
                dates: (0..<Int.random(in: 0...2, using: &random)).map { _ in expression(&random) },
                warnings: (0..<Int.random(in: 0...2, using: &random)).map { _ in text(&random) })
            record.gemeenteCBS = maybe { r in Gazetteer.Municipality(code: "GM0599", name: text(&r), province: text(&r)) }
            record.recommendations = maybe { r in
                [Recommendation(number: Int.random(in: 1...20, using: &r), text: text(&r), lines: LineRange(3, 7))]
            }
            try expectSameAsEncoder(record)
        }
    }

    @Test func aNumberJSONCannotHoldIsRefusedAsTheEncoderRefusesIt() throws {
        var expression = TypedExpression(type: .number, text: "x", at: [0, 1])
        expression.value = .nan
        let record = PilotRecord(id: "x", name: "X", heading: "Pilot X", gemeente: nil,
                                 document: .init(file: "f.txt", sha256: "0", kind: "factsheets", peildatum: nil),
                                 provenance: .init(lines: LineRange(1, 2), sections: [:]), sections: [:], lijn: [], vorm: nil,
                                 looptijd: Looptijd(), quantities: [expression], amounts: [], dates: [], warnings: [])
        #expect(throws: (any Error).self) { try JSONLines.encoder().encode(record) }
        #expect(throws: (any Error).self) { try record.jsonLine() }
    }
}
