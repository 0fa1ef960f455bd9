/// White space, letters and digits of a Unicode scalar, answered without the property tables for ASCII, where most text is.
extension Unicode.Scalar {
    /// `properties.isWhitespace`, quick for ASCII.
    package var isQuickWhitespace: Bool {
        value < 0x80 ? (value == 0x20 || (0x09...0x0D).contains(value)) : properties.isWhitespace
    }

    /// `properties.isAlphabetic`, quick for ASCII.
    package var isQuickLetter: Bool {
        value < 0x80 ? ((0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)) : properties.isAlphabetic
    }

    /// A letter or a digit (any numeric character): `properties.isAlphabetic || properties.numericType != nil`, quick
    /// for ASCII.
    package var isLetterOrDigit: Bool {
        value < 0x80 ? isQuickLetter || (0x30...0x39).contains(value) : properties.isAlphabetic || properties.numericType != nil
    }
}
