// CPython asks an iterable for its length before building a list from it, and fails at once
// with MemoryError when that many items cannot be allocated. Baozi does the same for the
// iterables whose length it knows without running script code.

extension Interpreter {
    /// The most items a list or tuple may be built with (as for repetition, `[0] * n`).
    static let maxSequenceItems = 1 << 28

    /// Throws MemoryError when `v` says it has more items than a list can hold, before any is made.
    func refuseImpossibleLength(_ v: Value) throws {
        guard case .object(let r) = v, let range = r.obj as? RangeObj else { return }
        if range.lengthOverflows || range.count > Self.maxSequenceItems {
            throw error(types.exceptions.memoryError, "")
        }
    }
}
