/// A typed value the normaliser found in text, with the exact span it came from.
///
/// Which value fields are set depends on `type`; absent fields are left out of the JSON.
public struct TypedExpression: Sendable, Hashable, Codable {
    /// What kind of value an expression holds.
    public enum Kind: String, Sendable, Codable {
        case number, percent, money, range, date, interval, duration
    }

    public var type: Kind
    /// The exact substring the expression was read from.
    public var text: String
    /// Begin and end offsets of `text`, in Unicode scalars.
    public var at: [Int]
    /// The section key the text came from, in records; `nil` for a headline figure.
    public var section: String?
    /// The caption printed with a headline figure.
    public var label: String?

    public var value: Double?
    public var min: Double?
    public var max: Double?
    public var currency: String?
    /// `year` or `month` for amounts stated per period.
    public var per: String?
    /// `more-than`, `approx`, `less-than`, `at-least` or `at-most`.
    public var qualifier: String?

    /// A TIMEX3 value (`2022-10-12`, `2022-FA`, `2022-Q3`), or an ISO 8601 duration (`P19W`).
    public var timex: String?
    /// A TIMEX3 modifier: `MID`, `START`, `END`, `ON_OR_BEFORE`, `ON_OR_AFTER`.
    public var mod: String?
    public var start: String?
    public var end: String?
    public var startMod: String?
    public var endMod: String?
    /// The first calendar day the value may mean (ISO date).
    public var earliest: String?
    /// The last calendar day the value may mean (ISO date).
    public var latest: String?
    /// True when the value was resolved against the document's peildatum.
    public var anchored: Bool?

    public init(type: Kind, text: String, at: [Int]) {
        self.type = type
        self.text = text
        self.at = at
    }

    enum CodingKeys: String, CodingKey {
        case type, text, at, section, label, value, min, max, currency, per, qualifier, timex, mod, start, end
        case startMod = "start_mod", endMod = "end_mod", earliest, latest, anchored
    }
}
