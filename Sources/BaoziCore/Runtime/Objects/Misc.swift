// Smaller runtime objects: instances, modules, big ints, floats boxed for subclasses, ranges,
// slices, iterators, exceptions.

import BigInt

/// An instance of a user class without a builtin base (its attributes are in `dict`).
final class InstanceObj: Obj {
    /// For subclasses of int/float/str...: the builtin value the instance wraps.
    var payload: Value = .pyNone
    override func trace(_ marker: inout Marker) { marker.mark(payload) }
}

final class ModuleObj: Obj {
    let name: String
    init(name: String, dict: DictObj, type: TypeObj) {
        self.name = name
        super.init(type: type)
        self.dict = dict
    }
}

/// An int too large for a machine word. Its GMP limbs are freed when the collector frees the
/// object (the last reference to the `BigInt` storage goes, which calls `mpz_clear`).
final class BigIntObj: Obj {
    let value: BigInt
    init(_ value: BigInt, type: TypeObj) {
        self.value = value
        super.init(type: type)
    }
    override var extraBytes: Int { value.allocatedBytes }
}

final class RangeObj: Obj {
    let start: Int
    let stop: Int
    let step: Int
    /// Number of items, at most Int.max (see `lengthOverflows`).
    let count: Int
    /// True when the true length does not fit an Int (`range(-2**63, 2**63-1)`): len() raises
    /// OverflowError as in CPython; iteration and indexing still work.
    let lengthOverflows: Bool

    init(start: Int, stop: Int, step: Int, type: TypeObj) {
        self.start = start
        self.stop = stop
        self.step = step
        (count, lengthOverflows) = RangeObj.length(start: start, stop: stop, step: step)
        super.init(type: type)
    }

    /// The number of items of range(start, stop, step) (step != 0), computed without
    /// overflow: the distance between two Ints always fits a UInt.
    static func length(start: Int, stop: Int, step: Int) -> (count: Int, overflows: Bool) {
        let distance: UInt, stride: UInt
        if step > 0 {
            guard start < stop else { return (0, false) }
            distance = UInt(bitPattern: stop &- start)
            stride = UInt(step)
        } else {
            guard start > stop else { return (0, false) }
            distance = UInt(bitPattern: start &- stop)
            stride = step == Int.min ? UInt(bitPattern: Int.min) : UInt(-step)
        }
        let n = (distance - 1) / stride + 1
        return n > UInt(Int.max) ? (Int.max, true) : (Int(n), false)
    }

    /// Item `i` (0 <= i < count). Wrapping arithmetic: the result lies between start and
    /// stop even when `i * step` alone would overflow.
    func item(_ i: Int) -> Int { start &+ i &* step }

    /// The position of `x`, which lies between start and stop, when it is an item.
    func offset(of x: Int) -> UInt? {
        let distance = step > 0 ? UInt(bitPattern: x &- start) : UInt(bitPattern: start &- x)
        guard distance % step.magnitude == 0 else { return nil }
        return distance / step.magnitude
    }
}

final class SliceObj: Obj {
    let start: Value
    let stop: Value
    let step: Value
    init(start: Value, stop: Value, step: Value, type: TypeObj) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(type: type)
    }
    override func trace(_ marker: inout Marker) {
        marker.mark(start)
        marker.mark(stop)
        marker.mark(step)
    }
}

/// Iterators over builtin containers. One class with a kind tag keeps `for` loops over lists,
/// ranges, dicts, etc. on one fast path in the VM.
final class IteratorObj: Obj {
    enum Kind {
        case list(ListObj)
        case tuple(TupleObj)
        case range(start: Int, step: Int, count: Int)
        case str(StrObj)
        case bytes(BytesObj)
        /// Dict keys / values / items, with the dict's size at creation (a change is an error).
        case dictKeys(DictObj, Int), dictValues(DictObj, Int), dictItems(DictObj, Int)
        case set(SetObj, Int)
        /// A snapshot of values (reversed(), sorted views...).
        case values(ContiguousArray<Value>)
        /// A native generator function: returns nil when exhausted.
        case native(() throws -> Value?)
        /// `iter(callable, sentinel)`.
        case callable(Value, sentinel: Value)
        /// Old-style sequence iteration through `__getitem__`.
        case sequence(Value)
        /// enumerate/zip/map/filter over something that may switch greenlets: the items come
        /// from a generator written in Baozi, which a `for` loop resumes on the heap.
        case script(GeneratorObj)
        case exhausted
    }
    var kind: Kind
    var index = 0
    /// Values a native iterator's closure uses, kept alive with it.
    var kept: [Value] = []

    /// The next value of a list or range iterator without the general machinery: the value,
    /// nil when exhausted, or `.unbound` when `nextFromBuiltinIterator` must decide.
    @inline(__always) func fastNext() -> Value? {
        switch kind {
        case .range(let start, let step, let count):
            guard index < count else { return nil }
            let v = start &+ index &* step
            index &+= 1
            return .int(v)
        case .list(let l):
            // A list may shrink while iterated: re-check the count each time.
            guard index < l.items.count else { return .unbound }
            index &+= 1
            return l.items[index &- 1]
        default:
            return .unbound
        }
    }

    init(_ kind: Kind, type: TypeObj) {
        self.kind = kind
        super.init(type: type)
    }

    override func trace(_ marker: inout Marker) {
        switch kind {
        case .list(let o): marker.mark(o)
        case .tuple(let o): marker.mark(o)
        case .str(let o): marker.mark(o)
        case .bytes(let o): marker.mark(o)
        case .dictKeys(let d, _), .dictValues(let d, _), .dictItems(let d, _): marker.mark(d)
        case .set(let s, _): marker.mark(s)
        case .values(let vs): for v in vs { marker.mark(v) }
        case .callable(let c, let s): marker.mark(c); marker.mark(s)
        case .sequence(let v): marker.mark(v)
        case .script(let g): marker.mark(g)
        case .range, .native, .exhausted: break
        }
        for v in kept { marker.mark(v) }
    }
}

/// A view object: dict.keys(), dict.values(), dict.items().
final class DictViewObj: Obj {
    enum Kind { case keys, values, items }
    unowned(unsafe) let dictObj: DictObj
    let kind: Kind
    init(_ dict: DictObj, kind: Kind, type: TypeObj) {
        self.dictObj = dict
        self.kind = kind
        super.init(type: type)
    }
    override func trace(_ marker: inout Marker) { marker.mark(dictObj) }
}

/// One line of a traceback: where an exception passed.
struct TracebackEntry {
    unowned(unsafe) let code: CodeObj
    let location: Int
}

/// An instance of BaseException or a subclass.
final class ExceptionObj: Obj {
    var args: ContiguousArray<Value>
    var traceback: [TracebackEntry] = []
    var cause: Value = .pyNone
    var context: Value = .pyNone
    var suppressContext = false
    /// Keeps code objects of traceback entries alive.
    init(args: ContiguousArray<Value>, type: TypeObj) {
        self.args = args
        super.init(type: type)
    }
    override func trace(_ marker: inout Marker) {
        for a in args { marker.mark(a) }
        for t in traceback { marker.mark(t.code) }
        marker.mark(cause)
        marker.mark(context)
    }
}

/// The error Swift code throws to raise a Python exception.
struct PyError: Error {
    let exception: ExceptionObj
    init(_ e: ExceptionObj) { exception = e }
}

/// A singleton with a fixed repr: NotImplemented, Ellipsis.
final class SingletonObj: Obj {
    let repr: String
    init(repr: String, type: TypeObj) {
        self.repr = repr
        super.init(type: type)
    }
}
