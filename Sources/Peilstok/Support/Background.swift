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
        if !BackgroundThreads.shared.run({ [self] in run(work) }) { run(work) }
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

/// The threads `Background` runs its work on: one made for it, or one an earlier work has finished with. A thread
/// that has no work waits for the next, and is not ended: ending a thread makes the process flush every core's
/// view of its memory (its stack given back, its allocator's cache returned), each an interrupt the other cores
/// must answer, and a worker describes each document it segments on such a thread.
private final class BackgroundThreads: @unchecked Sendable {
    static let shared = BackgroundThreads()

    private let lock = NSLock()
    /// Threads waiting for work, the one that waited least last.
    private var idle: [Parked] = []

    /// One thread and the work handed to it.
    private final class Parked: @unchecked Sendable {
        let wake = DispatchSemaphore(value: 0)
        var work: (() -> Void)?
    }

    /// Runs `work` on a waiting thread or a new one; false when no thread could be made.
    func run(_ work: @escaping () -> Void) -> Bool {
        if let parked = lock.withLock({ idle.popLast() }) {
            parked.work = work
            parked.wake.signal()
            return true
        }
        let parked = Parked()
        parked.work = work
        let context = Unmanaged.passRetained(ThreadStart { [self] in serve(parked) })
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { context in
            Unmanaged<ThreadStart>.fromOpaque(context!).takeRetainedValue().body()
            return nil
        }, context.toOpaque())
        guard status == 0 else {
            context.release()
            return false
        }
        pthread_detach(thread)
        return true
    }

    private func serve(_ parked: Parked) -> Never {
        while true {
            // Taken out first, so that nothing the work holds stays alive while the thread waits.
            if let work = parked.work {
                parked.work = nil
                work()
            }
            lock.withLock { idle.append(parked) }
            parked.wake.wait()
        }
    }
}

/// What a thread `BackgroundThreads` makes runs: a class, so it can be handed to `pthread_create` as its one pointer.
private final class ThreadStart: @unchecked Sendable {
    let body: () -> Void

    init(_ body: @escaping () -> Void) { self.body = body }
}
