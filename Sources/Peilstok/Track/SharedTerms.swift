/// The terms two sparse vectors share: each is a list of term numbers in ascending order, beside its values.
enum SharedTerms {
    /// Calls `body` with the positions in `a` and in `b` of each term both hold, in ascending order.
    @inline(__always)
    static func forEach(_ a: [Int32], _ b: [Int32], _ body: (Int, Int) -> Void) {
        var (i, j) = (0, 0)
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                body(i, j)
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
    }
}
