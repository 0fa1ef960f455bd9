/// Facts about this build of peilstok.
public enum PeilstokInfo {
    /// The tool's version, written into `run.json`.
    public static let version = "0.1.0"
}
