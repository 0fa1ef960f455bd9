import Foundation

/// Work started on another thread at once, whose result (or typed error) is taken when needed.
package final class Background<Value: Sendable, Failure: Error>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, Failure>?

    package init(_ work: @escaping @Sendable () throws(Failure) -> Value) {
        // A thread of its own, not one of Dispatch's: work that waits for other background work (the rules wait for
        // their files) would otherwise hold a pool thread while what it waits for is queued behind it, and on one
        // core, where the pool has one thread, nothing would run until Dispatch added a thread, a second later.
        let thread = Thread { [self] in
            do throws(Failure) { result = .success(try work()) } catch { result = .failure(error) }
            done.signal()
        }
        thread.start()
    }

    /// Waits for the work and returns its value, or throws its error.
    package func value() throws(Failure) -> Value {
        done.wait()
        done.signal()
        return try result!.get()
    }
}
