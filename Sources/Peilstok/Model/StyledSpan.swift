/// A run of text in one style, with the box it fills where the input has geometry.
public struct StyledSpan: Sendable, Hashable {
    public var text: String
    public var style: TextStyle
    public var box: Box?

    public init(text: String, style: TextStyle = .plain, box: Box? = nil) {
        self.text = text
        self.style = style
        self.box = box
    }
}
