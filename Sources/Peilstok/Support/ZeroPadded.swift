extension Int {
    /// The number in decimal, padded with zeros to `width` characters as C's `%0*d` does ("-005" for -5 in 4).
    func zeroPadded(_ width: Int) -> String {
        let digits = String(magnitude)
        let padding = Swift.max(0, width - digits.count - (self < 0 ? 1 : 0))
        return (self < 0 ? "-" : "") + String(repeating: "0", count: padding) + digits
    }
}
