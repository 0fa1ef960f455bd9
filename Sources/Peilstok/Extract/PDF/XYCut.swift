/// Reading order by recursive XY-cut: a region is split at its widest run of white space, across the page
/// (into bands read top to bottom) or down it (into columns read left to right), until no gap is wide enough.
package struct XYCut {
    /// The narrowest white space that separates columns, in points.
    let columnGap: Double
    /// The narrowest white space that separates bands, in points.
    let rowGap: Double
    /// Cut down a clear gutter before across any band: for a grid of character cells, where one blank line
    /// inside a column is common and a band cut there would split every column.
    var preferColumns = false

    package init(columnGap: Double, rowGap: Double, preferColumns: Bool = false) {
        self.columnGap = columnGap
        self.rowGap = rowGap
        self.preferColumns = preferColumns
    }

    /// Gaps in `intervals` (sorted by start) wider than `minimum`: where a cut may fall, as (start of gap, width).
    private static func gaps(_ intervals: [(Double, Double)], minimum: Double) -> [(at: Double, width: Double)] {
        var result: [(at: Double, width: Double)] = []
        guard var reach = intervals.first?.1 else { return result }
        for (start, end) in intervals.dropFirst() {
            if start - reach >= minimum { result.append((reach, start - reach)) }
            reach = max(reach, end)
        }
        return result
    }

    package func blocks(_ words: [Word]) -> [TextBlock] {
        guard !words.isEmpty else { return [] }
        // The cuts work on the words' boxes by index: plain values, so the recursion copies no word.
        let boxes = words.map(\.box)
        return regions(Array(words.indices), boxes).compactMap { TextBlock.make($0.map { words[$0] }, columnGap: columnGap) }
    }

    /// The words of a region (indices into `boxes`) as the blocks they fall into, in reading order.
    private func regions(_ members: [Int], _ boxes: [Box]) -> [[Int]] {
        guard members.count > 1 else { return [members] }
        let vertical = Self.gaps(members.map { (boxes[$0].x0, boxes[$0].x1) }.sorted { $0.0 < $1.0 }, minimum: columnGap)
        let horizontal = Self.gaps(members.map { (boxes[$0].y0, boxes[$0].y1) }.sorted { $0.0 < $1.0 }, minimum: rowGap)
        let widestColumn = vertical.map(\.width).max() ?? 0
        let widestRow = horizontal.map(\.width).max() ?? 0
        if widestColumn == 0, widestRow == 0 { return [members] }
        // Cut where the white space is widest relative to what its direction needs.
        let parts: [[Int]]
        if !(preferColumns && widestColumn > 0), widestRow / rowGap >= widestColumn / columnGap {
            // Preferring columns, cut bands only at the widest gaps, so columns below them are found first.
            let cuts = preferColumns ? horizontal.filter { $0.width >= widestRow } : horizontal
            parts = split(members, at: cuts.map(\.at)) { (boxes[$0].y0 + boxes[$0].y1) / 2 }
        } else {
            parts = split(members, at: vertical.map(\.at)) { (boxes[$0].x0 + boxes[$0].x1) / 2 }
        }
        // A cut that leaves every word on one side (boxes of a skewed or rotated page) would recurse for ever.
        guard parts.count > 1 else { return [members] }
        return parts.flatMap { regions($0, boxes) }
    }

    /// Members grouped by which side of each cut their centre lies, in order.
    private func split(_ members: [Int], at cuts: [Double], by position: (Int) -> Double) -> [[Int]] {
        var parts = [[Int]](repeating: [], count: cuts.count + 1)
        for member in members {
            let value = position(member)
            let index = cuts.firstIndex { value < $0 } ?? cuts.count
            parts[index].append(member)
        }
        return parts.filter { !$0.isEmpty }
    }
}
