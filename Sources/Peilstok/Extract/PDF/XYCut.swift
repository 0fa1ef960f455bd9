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

    /// Gaps wider than `minimum` between the boxes at `order` (sorted by their start along the axis), across the
    /// page (`across`: in y) or down it (in x): where a cut may fall, as (start of gap, width).
    private static func gaps(_ order: [Int], _ boxes: [Box], across: Bool, minimum: Double) -> [(at: Double, width: Double)] {
        var result: [(at: Double, width: Double)] = []
        guard let first = order.first else { return result }
        var reach = across ? boxes[first].y1 : boxes[first].x1
        for index in order.dropFirst() {
            let box = boxes[index]
            let (start, end) = across ? (box.y0, box.y1) : (box.x0, box.x1)
            if start - reach >= minimum { result.append((reach, start - reach)) }
            reach = max(reach, end)
        }
        return result
    }

    package func blocks(_ words: [Word]) -> [TextBlock] {
        guard !words.isEmpty else { return [] }
        // The cuts work on the words' boxes by index: plain values, so the recursion copies no word. Each region
        // keeps its members three ways, by index and by left and top edge, so no level sorts them again; equal edges
        // keep index order.
        let boxes = words.map(\.box)
        let all = Array(words.indices)
        let region = Region(members: all,
                            byX: all.sorted { (boxes[$0].x0, $0) < (boxes[$1].x0, $1) },
                            byY: all.sorted { (boxes[$0].y0, $0) < (boxes[$1].y0, $1) })
        var sides = [Int](repeating: 0, count: boxes.count)
        return regions(region, boxes, &sides).compactMap { TextBlock.make($0.map { words[$0] }, columnGap: columnGap) }
    }

    /// The words of a region: their indices in order, and the same sorted by left edge and by top edge.
    private struct Region {
        var members: [Int]
        var byX: [Int]
        var byY: [Int]
    }

    /// The words of a region as the blocks they fall into (indices into `boxes`), in reading order. `sides` is room
    /// for one number per word, for marking which part of a cut each member falls in.
    private func regions(_ region: Region, _ boxes: [Box], _ sides: inout [Int]) -> [[Int]] {
        guard region.members.count > 1 else { return [region.members] }
        let vertical = Self.gaps(region.byX, boxes, across: false, minimum: columnGap)
        let horizontal = Self.gaps(region.byY, boxes, across: true, minimum: rowGap)
        let widestColumn = vertical.map(\.width).max() ?? 0
        let widestRow = horizontal.map(\.width).max() ?? 0
        if widestColumn == 0, widestRow == 0 { return [region.members] }
        // Cut where the white space is widest relative to what its direction needs.
        let parts: [Region]
        if !(preferColumns && widestColumn > 0), widestRow / rowGap >= widestColumn / columnGap {
            // Preferring columns, cut bands only at the widest gaps, so columns below them are found first.
            let cuts = preferColumns ? horizontal.filter { $0.width >= widestRow } : horizontal
            parts = split(region, at: cuts.map(\.at), sides: &sides) { (boxes[$0].y0 + boxes[$0].y1) / 2 }
        } else {
            parts = split(region, at: vertical.map(\.at), sides: &sides) { (boxes[$0].x0 + boxes[$0].x1) / 2 }
        }
        // A cut that leaves every word on one side (boxes of a skewed or rotated page) would recurse for ever.
        guard parts.count > 1 else { return [region.members] }
        return parts.flatMap { regions($0, boxes, &sides) }
    }

    /// Members grouped by which side of each cut their centre lies, each part in the region's three orders.
    private func split(_ region: Region, at cuts: [Double], sides: inout [Int], by position: (Int) -> Double) -> [Region] {
        var parts = [Region](repeating: Region(members: [], byX: [], byY: []), count: cuts.count + 1)
        for member in region.members {
            let value = position(member)
            let side = cuts.firstIndex { value < $0 } ?? cuts.count
            sides[member] = side
            parts[side].members.append(member)
        }
        for member in region.byX { parts[sides[member]].byX.append(member) }
        for member in region.byY { parts[sides[member]].byY.append(member) }
        return parts.filter { !$0.members.isEmpty }
    }
}
