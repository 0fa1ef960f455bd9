/// What one line of a factsheet text layer is, decided before lines are grouped into pages.
enum FactsheetLine: Equatable {
    case blank
    /// Ordinary text: part of whatever section is open.
    case text
    /// A pilot heading spanning `consumed` lines.
    case pilot(heading: String, consumed: Int)
    /// A section heading spanning `consumed` lines; `rest` is body text on the heading's own line.
    case section(key: String, consumed: Int, rest: String?)
    /// A line that closes a page ("Doorlooptijd", axis years).
    case pageEnd
    /// A legal-aid line caption ("1e en 2e lijn").
    case lijn([String])
    /// A form caption ("Werkwijze", "Online tool").
    case vorm(String)
    /// Another icon caption.
    case caption
    /// A headline figure spanning `consumed` lines ("57", or "Ca." then "1000"), with a label printed on its own
    /// line ("48 best practices").
    case figure(value: Double, text: String, label: String?, consumed: Int)
}
