import Foundation
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

    @Test func anErrorIsThrownWhereTheValueIsTaken() {
        struct Failed: Error, Equatable {}
        let failing = Background { () throws(Failed) -> Int in throw Failed() }
        #expect(throws: Failed()) { try failing.value() }
        // Taken twice, it is the same error again.
        #expect(throws: Failed()) { try failing.value() }
    }
}
