import Foundation

/// Hand-checked links between the pilots of two documents (`peilstok.links/1`, see the shared gold FORMAT.md).
public struct GoldLinks: Sendable, Decodable {
    public struct Side: Sendable, Decodable, Hashable {
        public var document: String
        public var name: String
    }

    public struct Pair: Sendable, Decodable {
        public var a: Side
        public var b: Side
        public var evidence: String?
    }

    public var format: String
    public var pairs: [Pair]

    /// Reads and checks a links file; errors name the file.
    public static func load(_ url: URL) throws(EvalError) -> GoldLinks {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw EvalError(file: url.path, reason: "cannot read: \(error.localizedDescription)")
        }
        let gold: GoldLinks
        do { gold = try JSONDecoder().decode(GoldLinks.self, from: data) } catch {
            throw EvalError(file: url.path, reason: "not a links file: \(error)")
        }
        guard gold.format == "peilstok.links/1" else {
            throw EvalError(file: url.path, reason: "unknown format '\(gold.format)' (expected peilstok.links/1)")
        }
        return gold
    }
}
