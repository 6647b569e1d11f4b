import Dispatch

extension Array where Element: Sendable {
    /// `map` with the elements spread over the machine's cores; results keep the array's order.
    ///
    /// For independent work of similar size (rendering a file, writing a file). Each call writes
    /// its own slot of the result, so no two threads touch the same memory.
    func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        return withUnsafeBufferPointer { elements in
            [Result](unsafeUninitializedCapacity: elements.count) { results, initialized in
                nonisolated(unsafe) let elements = elements
                nonisolated(unsafe) let results = results
                DispatchQueue.concurrentPerform(iterations: elements.count) { index in
                    (results.baseAddress! + index).initialize(to: transform(elements[index]))
                }
                initialized = elements.count
            }
        }
    }
}
