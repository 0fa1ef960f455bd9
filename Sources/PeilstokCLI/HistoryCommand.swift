import ArgumentParser
import Foundation
import Peilstok

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "A pilot's names, peildata, periods and figures over time, with the document and page each came from.")

    @Argument(help: "A pilot id, or any name the pilot carried.")
    var pilot: String

    @OptionGroup var reading: StoreReading

    @Option(name: .long, help: "text or json.")
    var format: TextOrJSON = .text

    func run() throws {
        let loaded = try reading.rules.load()
        let store = try reading.open(loaded)
        let id = try resolvePilot(pilot, in: store)
        let versions = try storeCall { () throws(StoreError) in try store.versions(pilot: id) }
        if format == .json {
            let lines = versions.map { PilotHistoryLine($0) }
            FileHandle.standardOutput.write(try JSONLines.encode(lines))
            return
        }
        let names = versions.map(\.record.name).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        print("\(id): \(names.joined(separator: " → "))")
        for version in versions {
            let record = version.record
            print("\n\(version.peildatum ?? "undated")  \(record.name)  (\(version.kind ?? "?"))")
            print("  source: \(version.document), \(record.provenance.place)")
            switch version.decided {
            case .new: print("  linked: first version")
            case .exact: print("  linked: same name")
            case .manual: print("  linked: by a decision in pilots.yml")
            case .auto: print(String(format: "  linked: by score %.3f (%@)", version.score ?? 0, version.evidence ?? ""))
            }
            if let gemeente = record.gemeente { print("  gemeente: \(gemeente)") }
            if let text = record.looptijd.text ?? (record.looptijd.start != nil || record.looptijd.end != nil ? "" : nil) {
                print("  looptijd: \(text) [\(record.looptijd.start ?? "?") – \(record.looptijd.end ?? "?")]")
            }
            if !record.lijn.isEmpty { print("  lijn: \(record.lijn.joined(separator: ", "))") }
            if let vorm = record.vorm { print("  vorm: \(vorm)") }
            for figure in record.quantities where figure.label != nil {
                print("  figure: \(figure.text) \(figure.label!)")
            }
        }
    }
}

/// One version of a pilot as `history --format json` writes it.
struct PilotHistoryLine: Encodable {
    var pilotID: String
    var peildatum: String?
    var document: String
    var kind: String?
    var place: String
    var decided: String
    var score: Double?
    var evidence: String?
    var name: String
    var gemeente: String?
    var looptijd: Looptijd
    var lijn: [String]
    var vorm: String?
    var figures: [TypedExpression]

    init(_ version: PilotVersion) {
        pilotID = version.pilotID
        peildatum = version.peildatum
        document = version.document
        kind = version.kind
        place = version.record.provenance.place
        decided = version.decided.rawValue
        score = version.score
        evidence = version.evidence
        name = version.record.name
        gemeente = version.record.gemeente
        looptijd = version.record.looptijd
        lijn = version.record.lijn
        vorm = version.record.vorm
        figures = version.record.quantities.filter { $0.label != nil }
    }

    enum CodingKeys: String, CodingKey {
        case pilotID = "pilot_id", peildatum, document, kind, place, decided, score, evidence, name, gemeente, looptijd,
             lijn, vorm, figures
    }
}
