/// A pilot's run: its start and end as TIMEX3 values, and the text they were read from.
public struct Looptijd: Sendable, Hashable, Codable {
    public var start: String?
    public var end: String?
    public var startMod: String?
    public var endMod: String?
    /// The period text as the document states it, or `nil` where it states none.
    public var text: String?

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

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(text, forKey: .text)
        try container.encodeIfPresent(startMod, forKey: .startMod)
        try container.encodeIfPresent(endMod, forKey: .endMod)
    }
}
