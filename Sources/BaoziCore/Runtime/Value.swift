// The value every script variable, stack slot and container element holds.
//
// Small immutable values (None, bools, machine ints, floats) live inline; everything else is a
// reference to a heap object. The reference is `Unmanaged`: the heap's registry is the only
// strong owner of an object and the collector decides when it dies, so copying a Value costs no
// retain/release and the enum is a trivial type (size 9, stride 16).

enum Value {
    case pyNone
    case bool(Bool)
    /// A machine int; arithmetic that overflows promotes to a `BigIntObj`.
    case int(Int)
    case float(Double)
    case object(Ref)
    /// Not a Python value: marks an unassigned local slot, a deleted dict entry, or (as a native
    /// function's result) that the native function asked the VM to call script code for it.
    case unbound
}

/// A non-owning reference to a heap object. Valid while the heap keeps the object, which it does
/// while the object is reachable from a root; the collector only runs at safe points where every
/// live `Ref` is reachable from one.
struct Ref {
    @usableFromInline let raw: Unmanaged<Obj>

    @inlinable init(_ obj: Obj) { raw = Unmanaged.passUnretained(obj) }

    @inlinable var obj: Obj { raw.takeUnretainedValue() }

    /// True when the object's class is exactly `t` (guaranteed access: no retain/release).
    @inlinable func hasExactType(_ t: TypeObj) -> Bool {
        raw._withUnsafeGuaranteedRef { $0.type === t }
    }

    @inlinable static func === (a: Ref, b: Ref) -> Bool { a.raw.toOpaque() == b.raw.toOpaque() }
}

extension Value {
    @inlinable init(_ obj: Obj) { self = .object(Ref(obj)) }

    /// The heap object, or nil for an inline value.
    @inlinable var asObject: Obj? {
        if case .object(let r) = self { return r.obj }
        return nil
    }

    @inlinable var isNone: Bool {
        if case .pyNone = self { return true }
        return false
    }

    @inlinable var isUnbound: Bool {
        if case .unbound = self { return true }
        return false
    }

    /// Identity as Python's `is` sees it: inline values by value, objects by address.
    @inlinable func isIdentical(to other: Value) -> Bool {
        switch (self, other) {
        case (.pyNone, .pyNone), (.unbound, .unbound): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
        case (.object(let a), .object(let b)): return a === b
        default: return false
        }
    }

    /// The object when it is of the given Swift class (or a subclass of it).
    @inlinable func object<T: Obj>(as: T.Type) -> T? {
        if case .object(let r) = self { return r.obj as? T }
        return nil
    }
}
