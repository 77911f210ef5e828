// Python list, tuple and bytes.

final class ListObj: Obj {
    var items: ContiguousArray<Value>

    init(_ items: ContiguousArray<Value>, type: TypeObj) {
        self.items = items
        super.init(type: type)
    }

    override func trace(_ marker: inout Marker) {
        for v in items { marker.mark(v) }
    }

    override var extraBytes: Int { items.capacity * 16 }

    /// `self[i]` for an in-range (possibly negative) index, else nil.
    @inline(__always) func item(at i: Int) -> Value? {
        let n = items.count
        let j = i < 0 ? i &+ n : i
        return j >= 0 && j < n ? items[j] : nil
    }

    /// `self[i] = v` for an in-range (possibly negative) index; false when out of range.
    @inline(__always) func setItem(at i: Int, _ v: Value) -> Bool {
        let n = items.count
        let j = i < 0 ? i &+ n : i
        guard j >= 0 && j < n else { return false }
        items[j] = v
        return true
    }
}

final class TupleObj: Obj {
    let items: ContiguousArray<Value>
    var cachedHash: Int?

    init(_ items: ContiguousArray<Value>, type: TypeObj) {
        self.items = items
        super.init(type: type)
    }

    override func trace(_ marker: inout Marker) {
        for v in items { marker.mark(v) }
    }

    override var extraBytes: Int { items.count * 16 }
}

/// bytes, and bytearray (the same layout; only bytearray's methods mutate `bytes`).
final class BytesObj: Obj {
    var bytes: [UInt8]
    var cachedHash: Int?

    init(_ bytes: [UInt8], type: TypeObj) {
        self.bytes = bytes
        super.init(type: type)
    }

    override var extraBytes: Int { bytes.count }
}
