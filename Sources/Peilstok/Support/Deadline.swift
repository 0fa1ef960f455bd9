import Foundation

/// Runs blocking work on another thread and gives up waiting after a time limit.
///
/// Work that cannot be cancelled (a poppler call) is abandoned, not stopped: it finishes in the background and its
/// result is dropped, while the caller goes on with an error.
enum Deadline {
    private final class Once: @unchecked Sendable {
        private let lock = NSLock()
        private var done = false

        /// True the first time only.
        func claim() -> Bool {
            lock.lock()
            defer { lock.unlock() }
            if done { return false }
            done = true
            return true
        }
    }

    static func run<T: Sendable>(seconds: Double, onTimeout: DocumentError,
                                 _ work: @escaping @Sendable () throws(DocumentError) -> T) async throws(DocumentError) -> T {
        let result: Result<T, DocumentError> = await withCheckedContinuation { continuation in
            let once = Once()
            DispatchQueue.global().async {
                let outcome: Result<T, DocumentError>
                do throws(DocumentError) { outcome = .success(try work()) } catch { outcome = .failure(error) }
                if once.claim() { continuation.resume(returning: outcome) }
            }
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
                if once.claim() { continuation.resume(returning: .failure(onTimeout)) }
            }
        }
        return try result.get()
    }
}
