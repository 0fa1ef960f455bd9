import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Work started on another thread at once, whose result (or typed error) is taken when needed.
package final class Background<Value: Sendable, Failure: Error>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, Failure>?

    package init(_ work: @escaping @Sendable () throws(Failure) -> Value) {
        // A thread of its own, not one of Dispatch's: a caller waiting on a pool thread for work queued behind it on
        // the same pool would wait until the pool grew, a second or more on one core, where the pool has one thread.
        // Where no thread can be made (a worker at its cap on address space), the work is done here and now.
        let start = ThreadStart { [self] in run(work) }
        let context = Unmanaged.passRetained(start)
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { context in
            Unmanaged<ThreadStart>.fromOpaque(context!).takeRetainedValue().body()
            return nil
        }, context.toOpaque())
        if status == 0 {
            pthread_detach(thread)
        } else {
            context.release()
            run(work)
        }
    }

    private func run(_ work: () throws(Failure) -> Value) {
        do throws(Failure) { result = .success(try work()) } catch { result = .failure(error) }
        done.signal()
    }

    /// Waits for the work and returns its value, or throws its error.
    package func value() throws(Failure) -> Value {
        done.wait()
        done.signal()
        return try result!.get()
    }
}

/// What a thread `Background` makes runs: a class, so it can be handed to `pthread_create` as its one pointer.
private final class ThreadStart: @unchecked Sendable {
    let body: () -> Void

    init(_ body: @escaping () -> Void) { self.body = body }
}
