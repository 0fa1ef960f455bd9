/// A pilot's run: its start and end as TIMEX3 values, and the text they were read from.
public struct Looptijd: Sendable, Hashable, Codable {
    @Nullable public var start: String?
    @Nullable public var end: String?
    public var startMod: String?
    public var endMod: String?
    /// The period text as the document states it, or `nil` where it states none.
    @Nullable public var text: String?

    public init(start: String? = nil, end: String? = nil, startMod: String? = nil, endMod: String? = nil, text: String? = nil) {
        self.start = start
        self.end = end
        self.startMod = startMod
        self.endMod = endMod
        self.text = text
    }

    enum CodingKeys: String, CodingKey {
        case start, end, text, startMod = "start_mod", endMod = "end_mod"
    }
}
