import Dispatch

extension Array where Element: Sendable {
    /// `map`, with the elements shared among `threads` threads (interleaved, so uneven elements even out); the
    /// results come back in order, the same as `map`'s. One thread, or one element, is plain `map`.
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
            DispatchQueue.concurrentPerform(iterations: threads) { thread in
                let made = context()
                for index in stride(from: thread, to: elements.count, by: threads) {
                    (results.baseAddress! + index).initialize(to: transform(elements[index], made))
                }
            }
            initialised = count
        }
    }
}
