/// Everything `peilstok report` shows, gathered from the store: the peildata with their documents, every pilot with
/// its versions over time and what changed at each, its period and marks for the timeline, and the problems.
public struct PilotReport: Sendable {
    public struct Document: Sendable {
        public var file: String
        public var kind: String?
        public var pilots: Int
    }

    public struct Peildatum: Sendable {
        /// ISO date, or `nil` for the documents without one.
        public var date: String?
        public var documents: [Document]
    }

    /// One version of a pilot, with what changed since the pilot's previous peildatum.
    public struct Version: Sendable {
        public var version: PilotVersion
        public var previous: String?
        public var changes: DiffReport.Pilot?
        /// What the comparison left out, because only one side states it.
        public var notCompared: [DiffReport.Skipped]
    }

    public struct Pilot: Sendable {
        public var id: String
        /// Each name with the peildatum it first appears at, oldest first.
        public var names: [(name: String, peildatum: String?)]
        /// One version per peildatum (the first document's), oldest first; undated versions last.
        public var versions: [Version]
        /// The period as days since 1970 (first and last day), where any version states it.
        public var start: Int?
        public var end: Int?

        public var latest: PilotVersion { versions.last { $0.version.peildatum != nil }?.version ?? versions.last!.version }
    }

    public var store: String
    public var peildata: [Peildatum]
    public var pilots: [Pilot]
    public var failures: [(file: String, reason: String)]
    public var warnings: [(file: String, warning: String)]
    /// Per section key, its heading as `Rules/sections.yml` writes it.
    public var sectionTitles: [String: String]

    /// Gathers the report from `store`, comparing each pilot's consecutive peildata with the diff rules, and naming
    /// sections as the section rules do.
    public static func make(_ store: PilotStore, rules: Rules) throws(StoreError) -> PilotReport {
        let history = try store.versions()
        let documents = try store.documents()
        var peildata: [Peildatum] = []
        for document in documents {
            let count = history.filter { $0.document == document.file && $0.sha256 == document.sha256 }.count
            let entry = Document(file: document.file, kind: document.kind, pilots: count)
            if let index = peildata.firstIndex(where: { $0.date == document.peildatum }) {
                peildata[index].documents.append(entry)
            } else {
                peildata.append(Peildatum(date: document.peildatum, documents: [entry]))
            }
        }

        var sides: [String: DiffSide] = [:]
        func side(_ date: String) throws(StoreError) -> DiffSide? {
            if let side = sides[date] { return side }
            let side = try store.side(peildatum: date, versions: history)
            sides[date] = side
            return side
        }
        var comparisons: [String: DiffReport] = [:]
        let diff = PilotDiff(rules: rules.diff)

        var order: [String] = []
        var byPilot: [String: [PilotVersion]] = [:]
        for version in history {
            if byPilot[version.pilotID] == nil { order.append(version.pilotID) }
            byPilot[version.pilotID, default: []].append(version)
        }
        var pilots: [Pilot] = []
        for id in order {
            var seen: Set<String> = []
            // One version per peildatum: the first, as the store orders them; every undated version.
            let chosen = byPilot[id]!.filter { version in version.peildatum.map { seen.insert($0).inserted } ?? true }
            var versions: [Version] = []
            var previous: String?
            for version in chosen {
                var entry = Version(version: version, previous: nil, changes: nil, notCompared: [])
                if let date = version.peildatum, let before = previous,
                   let old = try side(before), let new = try side(date) {
                    let key = "\(before) \(date)"
                    let report = comparisons[key] ?? diff.compare(old: old, new: new, history: history)
                    comparisons[key] = report
                    entry.previous = before
                    entry.changes = report.pilots.first { $0.pilotID == id }
                    entry.notCompared = report.notCompared
                }
                if let date = version.peildatum { previous = date }
                versions.append(entry)
            }
            var names: [(name: String, peildatum: String?)] = []
            for version in chosen where !names.contains(where: { NamePair.key($0.name) == NamePair.key(version.record.name) }) {
                names.append((version.record.name, version.peildatum))
            }
            let bounds = chosen.map { Self.period(of: $0.record) }
            pilots.append(Pilot(id: id, names: names, versions: versions,
                                start: bounds.compactMap(\.start).min(), end: bounds.compactMap(\.end).max()))
        }
        var titles: [String: String] = [:]
        for rule in rules.sections.values.flatMap({ $0 }) where titles[rule.key] == nil {
            titles[rule.key] = rule.title
        }
        return PilotReport(store: store.displayName, peildata: peildata, pilots: pilots,
                           failures: try store.failedDocuments(), warnings: try store.warnings(), sectionTitles: titles)
    }

    /// A record's period as days: the normaliser's bounds of its looptijd interval where it found one, else the
    /// years and months of the looptijd's TIMEX3 values.
    static func period(of record: PilotRecord) -> (start: Int?, end: Int?) {
        if let text = record.looptijd.text,
           let interval = record.dates.first(where: { $0.type == .interval && text.contains($0.text) && ($0.earliest != nil || $0.latest != nil) }) {
            return (DutchDate.day(interval.earliest), DutchDate.day(interval.latest, end: true))
        }
        return (DutchDate.day(record.looptijd.start), DutchDate.day(record.looptijd.end, end: true))
    }
}
