extension Array {
    /// `transform` of each index in `0..<count`, worked out on all cores, in index order, on threads
    /// of the caller's priority (see `WorkerThread`).
    public static func parallel(count: Int, _ transform: @Sendable (Int) -> Element) -> [Element] {
        var results = [Element?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            // Each index is written by one iteration only.
            WorkerThread.forEach(count: count) { index in slots[index] = transform(index) }
        }
        return results.map { $0! }
    }
}
