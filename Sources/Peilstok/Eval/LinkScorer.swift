/// Scores the registry's links against gold links: of the pairs of versions the registry puts in one pilot, between
/// the documents the gold pairs, how many are true (precision), and how many gold pairs it found (recall).
public enum LinkScorer {
    /// One version as the scorer sees it: its document, its name, and the pilot the registry gave it.
    public struct Linked: Sendable, Hashable {
        public var document: String
        public var name: String
        public var pilot: String

        public init(document: String, name: String, pilot: String) {
            self.document = document
            self.name = name
            self.pilot = pilot
        }
    }

    public struct Score: Sendable {
        public var truePositives: Int
        public var predicted: Int
        public var gold: Int
        /// Gold pairs the registry did not link, and links that are not gold pairs.
        public var missed: [(GoldLinks.Side, GoldLinks.Side)]
        public var wrong: [(GoldLinks.Side, GoldLinks.Side)]
        /// Gold names no version of the document carries.
        public var unknown: [GoldLinks.Side]

        public var precision: Double { predicted == 0 ? 1 : Double(truePositives) / Double(predicted) }
        public var recall: Double { gold == 0 ? 1 : Double(truePositives) / Double(self.gold) }
    }

    public static func score(_ linked: [Linked], gold: GoldLinks) -> Score {
        func side(_ version: Linked) -> GoldLinks.Side { GoldLinks.Side(document: version.document, name: version.name) }
        func key(_ side: GoldLinks.Side) -> GoldLinks.Side { GoldLinks.Side(document: side.document, name: NamePair.key(side.name)) }
        let pilots = Dictionary(linked.map { (key(side($0)), $0.pilot) }, uniquingKeysWith: { first, _ in first })
        let goldPairs = Set(gold.pairs.map { [key($0.a), key($0.b)] })
        let documentPairs = Set(gold.pairs.map { [$0.a.document, $0.b.document] })
        var predicted: [[GoldLinks.Side]] = []
        for documents in documentPairs.sorted(by: { $0.joined() < $1.joined() }) {
            let left = linked.filter { $0.document == documents[0] }
            let right = linked.filter { $0.document == documents[1] }
            for a in left {
                for b in right where a.pilot == b.pilot { predicted.append([side(a), side(b)]) }
            }
        }
        let truePositives = predicted.filter { goldPairs.contains([key($0[0]), key($0[1])]) }.count
        let unknown = gold.pairs.flatMap { [$0.a, $0.b] }.filter { pilots[key($0)] == nil }
        let missed = gold.pairs.filter { pair in
            guard let a = pilots[key(pair.a)], let b = pilots[key(pair.b)] else { return true }
            return a != b
        }
        return Score(truePositives: truePositives, predicted: predicted.count, gold: gold.pairs.count,
                     missed: missed.map { ($0.a, $0.b) },
                     wrong: predicted.filter { !goldPairs.contains([key($0[0]), key($0[1])]) }.map { ($0[0], $0[1]) },
                     unknown: unknown)
    }
}
