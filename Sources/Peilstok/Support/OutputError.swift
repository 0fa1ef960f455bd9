/// A failure to write one of the run's output files.
public enum OutputError: Error, CustomStringConvertible {
    case cannotWrite(file: String, reason: String)
    /// Another run holds the output directory's lock.
    case busy(directory: String, pid: String)

    public var description: String {
        switch self {
        case .cannotWrite(let file, let reason): "\(file): cannot write: \(reason)"
        case .busy(let directory, let pid):
            "\(directory): another peilstok run (process \(pid)) is writing here; wait for it to finish"
        }
    }
}
