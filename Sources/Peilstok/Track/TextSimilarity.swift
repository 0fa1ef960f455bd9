import Foundation

/// TF-IDF vectors of texts over one collection, compared by cosine: the pilots' section texts, the strongest
/// signal when a pilot's name changes completely.
struct TextSimilarity: Sendable {
    /// A unit-length sparse vector: term ids in ascending order with their weights.
    struct Vector: Sendable {
        var terms: [Int32]
        var weights: [Double]
    }

    /// One vector per text, in order. Words are folded, stop words dropped, and each word cut to `stemLength`.
    static func vectors(_ texts: [String], stopWords: Set<String>, stemLength: Int) -> [Vector] {
        var ids: [Substring: Int32] = [:]
        var counts: [[Int32: Int]] = []
        var documentFrequency: [Int32: Int] = [:]
        for text in texts {
            var bag: [Int32: Int] = [:]
            for word in NameSimilarity.words(text) where word.count > 2 && !stopWords.contains(word) && !word.allSatisfy(\.isNumber) {
                let stem = word.prefix(stemLength)
                let id = ids[stem] ?? {
                    let next = Int32(ids.count)
                    ids[stem] = next
                    return next
                }()
                bag[id, default: 0] += 1
            }
            for id in bag.keys { documentFrequency[id, default: 0] += 1 }
            counts.append(bag)
        }
        let total = Double(max(1, texts.count))
        return counts.map { bag in
            let terms = bag.keys.sorted()
            var weights = terms.map { term in
                (1 + log(Double(bag[term]!))) * log(total / Double(documentFrequency[term]!))
            }
            let norm = sqrt(weights.reduce(0) { $0 + $1 * $1 })
            if norm > 0 { weights = weights.map { $0 / norm } }
            return Vector(terms: terms, weights: weights)
        }
    }

    /// The cosine of two unit vectors.
    static func cosine(_ a: Vector, _ b: Vector) -> Double {
        var sum = 0.0
        SharedTerms.forEach(a.terms, b.terms) { i, j in sum += a.weights[i] * b.weights[j] }
        return sum
    }
}
