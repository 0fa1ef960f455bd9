import Testing
@testable import Peilstok

/// The linker's ranks of a score table, against sorting each row and column in full.
@Suite struct LinkRankingTests {
    /// A table of scores from a few values, so that ties are common, with some pairs not allowed (`nil`).
    static func table(rows: Int, columns: Int, seed: UInt64) -> [[Double?]] {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        return (0..<rows).map { _ in (0..<columns).map { _ in next() % 7 == 0 ? nil : Double(next() % 5) / 4 } }
    }

    /// The best `count` of a line of scores, by sorting it: the highest first, and of equal scores the lower index.
    static func best(_ line: [Double?], _ count: Int) -> [LinkRanking.Ranked] {
        let ranked = line.enumerated().compactMap { index, total in total.map { LinkRanking.Ranked(index: index, total: $0) } }
        return Array(ranked.sorted { ($0.total, -$0.index) > ($1.total, -$1.index) }.prefix(count))
    }

    @Test(arguments: [(1, 1), (3, 40), (40, 3), (90, 70), (130, 257)])
    func ranksAreThoseOfAFullSort(rows: Int, columns: Int) {
        let table = Self.table(rows: rows, columns: columns, seed: UInt64(rows * 1000 + columns))
        // Tables of 4096 cells and more are scored on several threads, each taking a run of rows.
        for threads in [1, 3] {
            let ranking = LinkRanking(rows: rows, columns: columns, threads: threads) { table[$0][$1] }
            #expect(ranking.rows == table.map { Self.best($0, 3) })
            #expect(ranking.columns == (0..<columns).map { column in Self.best(table.map { $0[column] }, 2) })
        }
    }

    @Test func anEmptyTableHasNoRanks() {
        let ranking = LinkRanking(rows: 0, columns: 4, threads: 2) { _, _ in 1 }
        #expect(ranking.rows.isEmpty)
        #expect(ranking.columns == Array(repeating: [], count: 4))
    }
}
