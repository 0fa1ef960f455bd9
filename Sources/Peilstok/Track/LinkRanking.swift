import Foundation

/// What the linker's mutual-best rule reads of the scores of one document's open versions (rows) against the free
/// pilots (columns): each row's three best columns and each column's two best rows, best first; a higher score
/// ranks first, and of equal scores the lower index.
///
/// Every score is made once, on every core for a large table, and none is kept beyond these ranks: a document of
/// thousands of pilots against thousands takes memory in proportion to its rows and columns, not their product.
struct LinkRanking {
    struct Ranked: Sendable, Equatable {
        var index: Int
        var total: Double

        func outranks(_ other: Ranked) -> Bool {
            total > other.total || (total == other.total && index < other.index)
        }
    }

    /// Per row, its best columns (at most three).
    private(set) var rows: [[Ranked]]
    /// Per column, its best rows (at most two).
    private(set) var columns: [[Ranked]]

    /// `score(row, column)`: `nil` where the two may not be linked.
    init(rows rowCount: Int, columns columnCount: Int, threads: Int, score: @Sendable (Int, Int) -> Double?) {
        // Small tables, the usual case, are not worth handing to other threads.
        let threads = rowCount * columnCount < 4096 ? 1 : max(1, min(threads, rowCount))
        let chunk = (rowCount + threads - 1) / max(1, threads)
        let parts = (0..<threads).map { $0 * chunk..<min(rowCount, ($0 + 1) * chunk) }.concurrentMap(threads: threads) { range in
            var rows: [[Ranked]] = []
            rows.reserveCapacity(range.count)
            var columns = [[Ranked]](repeating: [], count: columnCount)
            for row in range {
                var best: [Ranked] = []
                for column in 0..<columnCount {
                    guard let total = score(row, column) else { continue }
                    Self.insert(Ranked(index: column, total: total), into: &best, keeping: 3)
                    Self.insert(Ranked(index: row, total: total), into: &columns[column], keeping: 2)
                }
                rows.append(best)
            }
            return (rows, columns)
        }
        rows = parts.flatMap { $0.0 }
        columns = [[Ranked]](repeating: [], count: columnCount)
        for part in parts {
            for (column, ranked) in part.1.enumerated() {
                for entry in ranked { Self.insert(entry, into: &columns[column], keeping: 2) }
            }
        }
    }

    /// Puts `entry` in its place in `list` (best first) when it is among the `keeping` best.
    private static func insert(_ entry: Ranked, into list: inout [Ranked], keeping: Int) {
        var position = list.count
        while position > 0, entry.outranks(list[position - 1]) { position -= 1 }
        guard position < keeping else { return }
        list.insert(entry, at: position)
        if list.count > keeping { list.removeLast() }
    }
}
