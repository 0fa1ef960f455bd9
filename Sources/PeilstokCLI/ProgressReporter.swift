import Foundation
import Peilstok

/// Shows batch progress on standard error: one live line on a terminal, plain lines otherwise.
final class ProgressReporter: Sendable {
    private let live: Bool
    private let quiet: Bool

    init(quiet: Bool) {
        self.quiet = quiet
        live = isatty(STDERR_FILENO) == 1
    }

    func report(done: Int, total: Int, outcome: DocumentOutcome) {
        guard !quiet else { return }
        let status = outcome.error.map { "failed: \($0.reason)" } ?? "\(outcome.recordCount) records"
        if live {
            let line = escapingControls("[\(done)/\(total)] \(outcome.file): \(status)")
            FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
        } else {
            printError("[\(done)/\(total)] \(outcome.file): \(status)")
        }
    }

    /// Ends the live line so the summary starts on a clean one.
    func finish() {
        if live, !quiet { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
