import Foundation
import Synchronization
import Testing
@testable import Peilstok

struct ConcurrentMapTests {
    /// Elements of very uneven cost, shared among threads as each becomes free: every one is transformed once, the
    /// results come back in order, and each thread makes its context once.
    @Test(arguments: [1, 2, 3, 8])
    func unevenElementsComeBackInOrderEachTransformedOnce(threads: Int) {
        let elements = (0..<997).map { ($0 * 7919) % 61 }
        let transformed = Mutex([Int: Int]())
        let contexts = Atomic(0)
        let results = elements.concurrentMap(threads: threads, context: { contexts.add(1, ordering: .relaxed).newValue }) { cost, _ in
            // Work in proportion to the element, so threads finish their elements at different times.
            var value = cost
            for _ in 0..<(cost * 200) { value = (value &* 31 &+ 7) % 1_000_003 }
            transformed.withLock { $0[cost, default: 0] += 1 }
            return (cost, value)
        }
        #expect(results.map(\.0) == elements)
        #expect(results.map(\.1) == elements.map { cost in
            var value = cost
            for _ in 0..<(cost * 200) { value = (value &* 31 &+ 7) % 1_000_003 }
            return value
        })
        #expect(transformed.withLock { $0.values.reduce(0, +) } == elements.count)
        #expect((1...threads).contains(contexts.load(ordering: .relaxed)))
    }

    @Test func noElementsGiveNoResults() {
        #expect([Int]().concurrentMap(threads: 4) { $0 } == [])
    }
}
