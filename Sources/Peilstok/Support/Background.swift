import Foundation

/// Work started on another thread at once, whose result (or typed error) is taken when needed.
package final class Background<Value: Sendable, Failure: Error>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, Failure>?

    package init(_ work: @escaping @Sendable () throws(Failure) -> Value) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            do throws(Failure) { result = .success(try work()) } catch { result = .failure(error) }
            done.signal()
        }
    }

    /// Waits for the work and returns its value, or throws its error.
    package func value() throws(Failure) -> Value {
        done.wait()
        done.signal()
        return try result!.get()
    }
}
