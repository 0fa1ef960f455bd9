/// A store that cannot be opened, read or written. Prints as `Output/peilstok.sqlite: cannot open: …`.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    case cannotOpen(file: String, reason: String)
    /// The file is a store written by a newer peilstok.
    case newerSchema(file: String)
    case cannotWrite(file: String, reason: String)
    case cannotRead(file: String, reason: String)
    /// `history`, `link` or `diff` named a pilot, peildatum or document the store does not hold.
    case notFound(file: String, what: String)

    public var description: String {
        switch self {
        case .cannotOpen(let file, let reason): "\(file): cannot open the store: \(reason)"
        case .newerSchema(let file): "\(file): the store was written by a newer peilstok; use that one, or another --store"
        case .cannotWrite(let file, let reason): "\(file): cannot write the store: \(reason)"
        case .cannotRead(let file, let reason): "\(file): cannot read the store: \(reason)"
        case .notFound(let file, let what): "\(file): \(what)"
        }
    }
}
