// Python list, tuple and bytes.

public final class ListObj: Obj {
    var items: ContiguousArray<Value>

    init(_ items: ContiguousArray<Value>, type: TypeObj) {
        self.items = items
        super.init(type: type)
    }

    override func trace(_ marker: inout Marker) {
        for v in items { marker.mark(v) }
    }

    override var extraBytes: Int { items.capacity * 16 }
}

public final class TupleObj: Obj {
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
public final class BytesObj: Obj {
    var bytes: [UInt8]
    var cachedHash: Int?

    init(_ bytes: [UInt8], type: TypeObj) {
        self.bytes = bytes
        super.init(type: type)
    }

    override var extraBytes: Int { bytes.count }
}
