// The root of every heap object.
//
// Ownership rule: the heap's registry is the only strong reference to an `Obj`. Objects refer to
// each other through `Value`s or `unowned(unsafe)` fields, never through strong Swift references,
// so cycles cost ARC nothing and the mark-sweep collector alone decides lifetimes. Each subclass
// reports the objects it references in `trace`.

class Obj {
    /// The object's Python class. Builtin type objects are never collected.
    unowned(unsafe) var type: TypeObj
    /// Collector mark bit.
    final var marked = false
    /// Set while the object must be finalized before it is freed (see `Heap.needsFinalizer`).
    /// Fits in the padding after `marked`, so it costs no memory.
    final var wantsFinalizer = false
    /// Attribute dictionary for objects that carry one (instances, functions, modules, classes,
    /// and instances of user subclasses of builtin types).
    final var dict: DictObj? {
        get { dictRef?.takeUnretainedValue() }
        set { dictRef = newValue.map { Unmanaged.passUnretained($0) } }
    }
    /// `dict` as stored: hot paths use it through guaranteed access (loading an optional
    /// `unowned(unsafe)` field paid a retain/release pair).
    final var dictRef: Unmanaged<DictObj>?

    init(type: TypeObj) {
        self.type = type
    }

    /// Reports every heap object this one references.
    func trace(_ marker: inout Marker) {}

    /// Estimated bytes owned beyond the Swift object itself (buffers), used to pace the collector.
    var extraBytes: Int { 0 }

    /// Runs the object's clean-up when it became garbage (a suspended generator is closed).
    /// Called once, by the interpreter at a safe point; the object is freed afterwards.
    func finalize(_ interp: Interpreter) throws {}
}

/// The set of objects reached so far during a collection, with a gray stack so that marking a
/// million-long chain never recurses on the native stack. The gray stack holds `Unmanaged`
/// references in a malloc'd buffer and objects are read through guaranteed access: a strong
/// `ContiguousArray<Obj>` paid a retain/release pair per marked object.
struct Marker {
    private var gray: UnsafeMutablePointer<Unmanaged<Obj>>
    private var count = 0
    private var capacity = 1024

    init() {
        gray = .allocate(capacity: capacity)
    }

    /// Frees the gray stack; the collector calls this once marking is done.
    mutating func finish() {
        gray.deallocate()
    }

    @inline(__always) mutating func mark(_ obj: Obj?) {
        guard let obj else { return }
        mark(ref: Unmanaged.passUnretained(obj))
    }

    @inline(__always) mutating func mark(ref u: Unmanaged<Obj>) {
        let fresh = u._withUnsafeGuaranteedRef { o -> Bool in
            if o.marked { return false }
            o.marked = true
            // A leaf (an exact str) has nothing to trace: marking it is all.
            return !o.type.instancesAreLeaves
        }
        guard fresh else { return }
        if count == capacity {
            let bigger = UnsafeMutablePointer<Unmanaged<Obj>>.allocate(capacity: capacity * 2)
            bigger.moveInitialize(from: gray, count: count)
            gray.deallocate()
            gray = bigger
            capacity *= 2
        }
        gray[count] = u
        count &+= 1
    }

    @inline(__always) mutating func mark(_ value: Value) {
        if case .object(let r) = value { mark(ref: r.raw) }
    }

    mutating func mark<S: Sequence>(_ values: S) where S.Element == Value {
        for v in values { mark(v) }
    }

    mutating func mark(_ buffer: UnsafeMutablePointer<Value>, count: Int) {
        for i in 0..<count { mark(buffer[i]) }
    }

    /// Traces until nothing gray remains.
    mutating func drain() {
        while count > 0 {
            count &-= 1
            let u = gray[count]
            u._withUnsafeGuaranteedRef { obj in
                mark(ref: Unmanaged<Obj>.fromOpaque(Unmanaged.passUnretained(obj.type).toOpaque()))
                if let d = obj.dictRef { mark(ref: Unmanaged<Obj>.fromOpaque(d.toOpaque())) }
                obj.trace(&self)
            }
        }
    }
}
