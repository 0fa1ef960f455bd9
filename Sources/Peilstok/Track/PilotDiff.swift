/// One side of a diff: a peildatum (or one document) with every version its documents hold.
public struct DiffSide: Sendable {
    public var peildatum: String?
    public var documents: [String]
    public var kinds: [String]
    /// Every version of the side's documents, in store order; the first of each pilot is the one compared.
    public var versions: [PilotVersion]

    public init(peildatum: String?, documents: [String], kinds: [String], versions: [PilotVersion]) {
        self.peildatum = peildatum
        self.documents = documents
        self.kinds = kinds
        self.versions = versions
    }
}

/// Compares two peildata pilot by pilot (by pilot id, so a renamed pilot is one pilot that changed its name), and
/// field by field where both sides state the field.
public struct PilotDiff: Sendable {
    public let rules: DiffRules

    public init(rules: DiffRules) {
        self.rules = rules
    }

    /// `history`: every version in the store in linking order, to find the link that made a rename.
    public func compare(old: DiffSide, new: DiffSide, history: [PilotVersion]) -> DiffReport {
        let oldPilots = Self.firstPerPilot(old.versions)
        let newPilots = Self.firstPerPilot(new.versions)
        let (compared, skipped) = fieldsToCompare(old: old.versions.map(\.record), new: new.versions.map(\.record))
        let sectionKeys = sharedSections(old: old.versions.map(\.record), new: new.versions.map(\.record))
        let sentences = Sentences(rules: rules)

        var order = newPilots.map(\.pilotID)
        let newIDs = Set(order)
        order += oldPilots.map(\.pilotID).filter { !newIDs.contains($0) }
        let oldByID = Dictionary(oldPilots.map { ($0.pilotID, $0) }, uniquingKeysWith: { first, _ in first })
        let newByID = Dictionary(newPilots.map { ($0.pilotID, $0) }, uniquingKeysWith: { first, _ in first })

        var pilots: [DiffReport.Pilot] = []
        for id in order {
            let before = oldByID[id]
            let after = newByID[id]
            var pilot = DiffReport.Pilot(pilotID: id, status: .unchanged, renamed: false,
                                         old: before.map(Self.state), new: after.map(Self.state),
                                         changed: [], link: nil, changes: [:])
            guard let before, let after else {
                pilot.status = before == nil ? .added : .removed
                pilots.append(pilot)
                continue
            }
            let changes = fieldChanges(before.record, after.record, fields: compared, sections: sectionKeys, sentences: sentences)
            pilot.changes = changes
            pilot.changed = DiffReport.fields.filter { changes[$0] != nil }
            pilot.status = pilot.changed.isEmpty ? .unchanged : .changed
            pilot.renamed = changes["name"] != nil
            let linking = pilot.renamed
                ? history.first { $0.pilotID == id && NamePair.key($0.record.name) == NamePair.key(after.record.name) } ?? after
                : after
            pilot.link = DiffReport.Link(decided: linking.decided, score: linking.score, evidence: linking.evidence)
            pilots.append(pilot)
        }
        let count = { (status: DiffReport.Status) in pilots.filter { $0.status == status }.count }
        return DiffReport(
            format: DiffReport.formatID,
            old: DiffReport.Side(peildatum: old.peildatum, documents: old.documents, kinds: old.kinds),
            new: DiffReport.Side(peildatum: new.peildatum, documents: new.documents, kinds: new.kinds),
            compared: compared, notCompared: skipped,
            summary: DiffReport.Summary(added: count(.added), removed: count(.removed), changed: count(.changed),
                                        unchanged: count(.unchanged), renamed: pilots.filter(\.renamed).count),
            pilots: pilots)
    }

    private static func firstPerPilot(_ versions: [PilotVersion]) -> [PilotVersion] {
        var seen: Set<String> = []
        return versions.filter { seen.insert($0.pilotID).inserted }
    }

    private static func state(_ version: PilotVersion) -> DiffReport.PilotState {
        let record = version.record
        return DiffReport.PilotState(name: record.name, gemeente: record.gemeente, looptijd: record.looptijd,
                                     lijn: record.lijn, vorm: record.vorm, document: version.document, place: record.provenance.place)
    }

    /// The fields both sides state somewhere; a field only one side states is left out, with the reason.
    func fieldsToCompare(old: [PilotRecord], new: [PilotRecord]) -> ([String], [DiffReport.Skipped]) {
        func states(_ field: String, _ records: [PilotRecord]) -> Bool {
            records.contains { record in
                switch field {
                case "name": true
                case "gemeente": record.gemeente != nil
                case "looptijd": record.looptijd.text != nil || record.looptijd.start != nil || record.looptijd.end != nil
                case "status": status(of: record) != nil
                case "quantities": record.quantities.contains { $0.label != nil }
                case "lijn": !record.lijn.isEmpty
                case "vorm": record.vorm != nil
                default: false
                }
            }
        }
        let shared = sharedSections(old: old, new: new)
        var compared: [String] = []
        var skipped: [DiffReport.Skipped] = []
        for field in DiffReport.fields {
            if field == "sections" {
                if shared.isEmpty {
                    skipped.append(.init(field: field, reason: "the two sides have no section in common"))
                } else {
                    compared.append(field)
                }
                continue
            }
            switch (states(field, old), states(field, new)) {
            case (true, true): compared.append(field)
            case (true, false): skipped.append(.init(field: field, reason: "only the old documents state it"))
            case (false, true): skipped.append(.init(field: field, reason: "only the new documents state it"))
            case (false, false): skipped.append(.init(field: field, reason: "neither side states it"))
            }
        }
        return (compared, skipped)
    }

    /// The section keys (other than status and skipped ones) that documents of both sides state.
    func sharedSections(old: [PilotRecord], new: [PilotRecord]) -> Set<String> {
        func keys(_ records: [PilotRecord]) -> Set<String> { Set(records.flatMap { otherSections(of: $0).keys }) }
        return keys(old).intersection(keys(new))
    }

    private func status(of record: PilotRecord) -> String? {
        rules.statusSections.lazy.compactMap { record.sections[$0] }.first
    }

    private func otherSections(of record: PilotRecord) -> [String: String] {
        record.sections.filter { !rules.statusSections.contains($0.key) && !rules.skipSections.contains($0.key) }
    }

    private func fieldChanges(_ old: PilotRecord, _ new: PilotRecord, fields: [String], sections: Set<String>,
                              sentences: Sentences) -> [String: DiffReport.Change] {
        var changes: [String: DiffReport.Change] = [:]
        func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        for field in fields {
            switch field {
            case "name":
                if NamePair.key(old.name) != NamePair.key(new.name) {
                    changes[field] = .init(old: .string(old.name), new: .string(new.name))
                }
            case "gemeente":
                if let a = old.gemeente, let b = new.gemeente, TextFolding.fold(a) != TextFolding.fold(b) {
                    changes[field] = .init(old: .string(a), new: .string(b))
                }
            case "looptijd":
                if Self.period(old.looptijd) != Self.period(new.looptijd) {
                    changes[field] = .init(old: Self.json(old.looptijd), new: Self.json(new.looptijd))
                }
            case "status":
                let (a, b) = (status(of: old) ?? "", status(of: new) ?? "")
                let (added, removed) = sentences.compare(a, b)
                if !added.isEmpty || !removed.isEmpty {
                    changes[field] = .init(old: text(status(of: old)), new: text(status(of: new)), added: added, removed: removed)
                }
            case "quantities":
                let before = Self.figures(old)
                let after = Self.figures(new)
                let labels = Set(before.keys).union(after.keys).filter { before[$0]?.text != after[$0]?.text }
                if !labels.isEmpty {
                    func values(_ figures: [String: (label: String, text: String)]) -> JSONValue {
                        .object(Dictionary(uniqueKeysWithValues: labels.compactMap { key in figures[key].map { ($0.label, JSONValue.string($0.text)) } }))
                    }
                    changes[field] = .init(old: values(before), new: values(after))
                }
            case "lijn":
                if Set(old.lijn) != Set(new.lijn) {
                    changes[field] = .init(old: .array(old.lijn.map(JSONValue.string)), new: .array(new.lijn.map(JSONValue.string)))
                }
            case "vorm":
                if old.vorm.map(TextFolding.fold) != new.vorm.map(TextFolding.fold) {
                    changes[field] = .init(old: text(old.vorm), new: text(new.vorm))
                }
            default:
                let before = otherSections(of: old).filter { sections.contains($0.key) }
                let after = otherSections(of: new).filter { sections.contains($0.key) }
                var perKey: [String: DiffReport.SentenceChange] = [:]
                for key in Set(before.keys).union(after.keys) {
                    let (added, removed) = sentences.compare(before[key] ?? "", after[key] ?? "")
                    if !added.isEmpty || !removed.isEmpty { perKey[key] = .init(added: added, removed: removed) }
                }
                if !perKey.isEmpty {
                    func texts(_ sections: [String: String]) -> JSONValue {
                        .object(Dictionary(uniqueKeysWithValues: perKey.keys.map { ($0, text(sections[$0])) }))
                    }
                    changes[field] = .init(old: texts(before), new: texts(after), sections: perKey)
                }
            }
        }
        return changes
    }

    /// What a looptijd means: its values, or where it has none, its folded text.
    private static func period(_ looptijd: Looptijd) -> [String?] {
        let values = [looptijd.start, looptijd.end, looptijd.startMod, looptijd.endMod]
        if values.allSatisfy({ $0 == nil }) { return [looptijd.text.map(TextFolding.fold)] }
        return values
    }

    /// A looptijd as the JSON value a change holds.
    static func json(_ looptijd: Looptijd) -> JSONValue {
        func value(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
        return .object(["start": value(looptijd.start), "end": value(looptijd.end), "start_mod": value(looptijd.startMod),
                        "end_mod": value(looptijd.endMod), "text": value(looptijd.text)])
    }

    /// Headline figures by folded label.
    private static func figures(_ record: PilotRecord) -> [String: (label: String, text: String)] {
        var figures: [String: (label: String, text: String)] = [:]
        for figure in record.quantities {
            guard let label = figure.label else { continue }
            figures[TextFolding.fold(label)] = figures[TextFolding.fold(label)] ?? (label, figure.text)
        }
        return figures
    }
}
