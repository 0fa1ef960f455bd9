import Foundation

/// Where reading stands: the page of a PDF being read now. A worker process reports it to its supervisor before
/// each page, so that a crash or a hang can be named with the page it happened on.
public enum PageProgress {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var observer: (@Sendable (Int) -> Void)?

    /// Calls `report` with each page number before the page is read; `nil` stops the reports.
    public static func observe(_ report: (@Sendable (Int) -> Void)?) {
        lock.lock()
        defer { lock.unlock() }
        observer = report
    }

    package static func reading(page: Int) {
        lock.lock()
        let report = observer
        lock.unlock()
        report?(page)
    }
}
