import Logging

/// The library's logger (swift-log): what happens inside a run, for people tracing it. The program decides where it
/// goes and at which level (`--log-level`, `--log-format`); nothing is logged until it does.
public enum Log {
    public static let peilstok = Logger(label: "peilstok")
}
