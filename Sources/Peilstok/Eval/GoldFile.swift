import Foundation

/// A hand-checked truth file (`peilstok.gold/1`, see the shared gold FORMAT.md).
public struct GoldFile: Sendable, Decodable {
    public struct Pilot: Sendable, Decodable {
        public struct Bounds: Sendable, Decodable {
            public var starts: String
            public var ends: String
        }

        /// A numbered recommendation and the first words of its text.
        public struct Recommendation: Sendable, Decodable {
            public var number: Int
            public var starts: String
        }

        public var name: String
        public var gemeente: String?
        public var sections: [String: Bounds]
        public var recommendations: [Recommendation]?
    }

    public var format: String
    public var document: String
    public var kind: String
    public var peildatum: String?
    public var pilots: [Pilot]

    /// Reads and checks a gold file; errors name the file.
    public static func load(_ url: URL) throws -> GoldFile {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw EvalError(file: url.path, reason: "cannot read: \(error.localizedDescription)")
        }
        let gold: GoldFile
        do { gold = try JSONDecoder().decode(GoldFile.self, from: data) } catch {
            throw EvalError(file: url.path, reason: "not a gold file: \(error)")
        }
        guard gold.format == "peilstok.gold/1" else {
            throw EvalError(file: url.path, reason: "unknown format '\(gold.format)' (expected peilstok.gold/1)")
        }
        return gold
    }
}

/// A gold or records file that eval cannot use.
public struct EvalError: Error, CustomStringConvertible {
    public var file: String
    public var reason: String
    public var description: String { "\(file): \(reason)" }
}
