/// Where an extracted line lies in a paged source: its 1-based page and its box in points.
public struct LineOrigin: Sendable, Hashable, Codable {
    public var page: Int
    public var box: Box

    public init(page: Int, box: Box) {
        self.page = page
        self.box = box
    }
}
