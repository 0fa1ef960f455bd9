import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// `map`, with the elements shared among `threads` threads (each takes the next element not yet taken, so
    /// uneven elements even out); the results come back in order, the same as `map`'s. One thread, or one element,
    /// is plain `map`.
    package func concurrentMap<T: Sendable>(threads: Int, _ transform: @Sendable (Element) -> T) -> [T] {
        concurrentMap(threads: threads, context: {}) { element, _ in transform(element) }
    }

    /// `concurrentMap(threads:_:)` with a value each thread makes once (`context`) and hands to every transform it
    /// runs: room such as a cache, which no two threads share.
    package func concurrentMap<T: Sendable, Context>(threads: Int, context: @Sendable () -> Context,
                                                    _ transform: @Sendable (Element, Context) -> T) -> [T] {
        let threads = Swift.min(threads, count)
        guard threads > 1 else {
            let made = context()
            return map { transform($0, made) }
        }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialised in
            nonisolated(unsafe) let results = buffer
            let elements = self
            let next = Atomic(0)
            DispatchQueue.concurrentPerform(iterations: threads) { _ in
                let made = context()
                while case let index = next.add(1, ordering: .relaxed).oldValue, index < elements.count {
                    (results.baseAddress! + index).initialize(to: transform(elements[index], made))
                }
            }
            initialised = count
        }
    }
}
