import Foundation
import Synchronization
import Testing
@testable import Peilstok

struct BackgroundTests {
    /// Work that waits for other background work, as the rules wait for their files, with more of it than there are
    /// cores: each needs a thread of its own at once. On Dispatch's pool the waiters held every thread and what they
    /// waited for stayed queued until Dispatch added threads, about a second later (a run on one core took 1.1 s
    /// for a 30-page PDF rather than 0.15 s).
    @Test func workThatWaitsForOtherBackgroundWorkDoesNotWaitForThreads() throws {
        let count = ProcessInfo.processInfo.activeProcessorCount * 4 + 4
        let began = DispatchTime.now()
        let outer = (0..<count).map { index in
            Background { () throws(Never) -> Int in
                let inner = Background { () throws(Never) -> Int in index * 2 }
                return inner.value() + 1
            }
        }
        let values = outer.map { $0.value() }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - began.uptimeNanoseconds) / 1e9
        #expect(values == (0..<count).map { $0 * 2 + 1 })
        // Not a speed figure: a thread starts in microseconds, and the stall this guards against lasts a second.
        #expect(seconds < 0.5)
    }

    /// Work after work runs on the thread the earlier one finished with: a thread is not made and ended for each
    /// (a worker describes every document on one), and what the work held is let go once it is done.
    @Test func aFinishedThreadTakesTheNextWork() {
        final class Held: Sendable {
            let ended: @Sendable () -> Void
            init(_ ended: @escaping @Sendable () -> Void) { self.ended = ended }
            deinit { ended() }
        }
        let released = DispatchSemaphore(value: 0)
        var threads: Set<Int> = []
        // Only the work holds `held`.
        func start(_ index: Int) -> Background<Int, Never> {
            let held = index == 0 ? Held { released.signal() } : nil
            return Background { () throws(Never) -> Int in
                withExtendedLifetime(held) { ThreadNumber.current }
            }
        }
        for index in 0..<50 {
            threads.insert(start(index).value())
            // A thread goes back to waiting just after its value is ready: give it that moment.
            if index == 0 { #expect(released.wait(timeout: .now() + 5) == .success) }
            usleep(200)
        }
        // Other tests run beside this one and may hold a thread or two at a time; one thread for each work would be 50.
        #expect(threads.count <= 10, "\(threads.count) threads for 50 works one after another")
    }

    /// A number for each thread that asks, never given to another thread, even after the first one ends.
    private enum ThreadNumber {
        static let key: pthread_key_t = {
            var key = pthread_key_t()
            pthread_key_create(&key, nil)
            return key
        }()
        static let last = Mutex(0)

        static var current: Int {
            if let number = pthread_getspecific(key) { return Int(bitPattern: number) }
            let number = last.withLock { last in
                last += 1
                return last
            }
            pthread_setspecific(key, UnsafeRawPointer(bitPattern: number))
            return number
        }
    }

    @Test func anErrorIsThrownWhereTheValueIsTaken() {
        struct Failed: Error, Equatable {}
        let failing = Background { () throws(Failed) -> Int in throw Failed() }
        #expect(throws: Failed()) { try failing.value() }
        // Taken twice, it is the same error again.
        #expect(throws: Failed()) { try failing.value() }
    }
}
