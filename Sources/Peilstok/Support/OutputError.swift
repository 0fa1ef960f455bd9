/// A failure to write one of the run's output files.
public enum OutputError: Error, CustomStringConvertible {
    case cannotWrite(file: String, reason: String)

    public var description: String {
        switch self {
        case .cannotWrite(let file, let reason): "\(file): cannot write: \(reason)"
        }
    }
}
