/// Stable identifiers made from names.
enum Slug {
    /// "Amsterdam-Noord (Buiksloot)" becomes "amsterdam-noord-buiksloot".
    static func make(_ text: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in TextFolding.fold(text).unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "pilot" : slug
    }

    /// Slugs for `names`, with "-2", "-3" added where a slug repeats.
    static func unique(_ names: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return names.map { name in
            let base = make(name)
            let count = (seen[base] ?? 0) + 1
            seen[base] = count
            return count == 1 ? base : "\(base)-\(count)"
        }
    }
}
