// The root of every heap object.
//
// Ownership rule: the heap's registry is the only strong reference to an `Obj`. Objects refer to
// each other through `Value`s or `unowned(unsafe)` fields, never through strong Swift references,
// so cycles cost ARC nothing and the mark-sweep collector alone decides lifetimes. Each subclass
// reports the objects it references in `trace`.

open class Obj {
    /// The object's Python class. Builtin type objects are never collected.
    public unowned(unsafe) var type: TypeObj
    /// Collector mark bit.
    final var marked = false
    /// Attribute dictionary for objects that carry one (instances, functions, modules, classes,
    /// and instances of user subclasses of builtin types).
    public final var dict: DictObj? {
        get { dictRef?.takeUnretainedValue() }
        set { dictRef = newValue.map { Unmanaged.passUnretained($0) } }
    }
    /// `dict` as stored: hot paths use it through guaranteed access (loading an optional
    /// `unowned(unsafe)` field paid a retain/release pair).
    public final var dictRef: Unmanaged<DictObj>?

    init(type: TypeObj) {
        self.type = type
    }

    /// Reports every heap object this one references.
    func trace(_ marker: inout Marker) {}

    /// Estimated bytes owned beyond the Swift object itself (buffers), used to pace the collector.
    var extraBytes: Int { 0 }
}

/// The set of objects reached so far during a collection, with a gray stack so that marking a
/// million-long chain never recurses on the native stack.
public struct Marker {
    var gray: ContiguousArray<Obj> = []

    @inline(__always) mutating func mark(_ obj: Obj?) {
        guard let obj, !obj.marked else { return }
        obj.marked = true
        gray.append(obj)
    }

    @inline(__always) mutating func mark(_ value: Value) {
        if case .object(let r) = value { mark(r.obj) }
    }

    mutating func mark<S: Sequence>(_ values: S) where S.Element == Value {
        for v in values { mark(v) }
    }

    mutating func mark(_ buffer: UnsafeMutablePointer<Value>, count: Int) {
        for i in 0..<count { mark(buffer[i]) }
    }

    /// Traces until nothing gray remains.
    mutating func drain() {
        while let obj = gray.popLast() {
            mark(obj.type)
            if let d = obj.dict { mark(d) }
            obj.trace(&self)
        }
    }
}
