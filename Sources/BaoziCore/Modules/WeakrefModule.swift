// The `_weakref` module: weak references on the mark-sweep collector. `weakref.py` (proxies,
// the weak dictionaries, WeakSet, finalize) is written in Baozi on top of it.
//
// A `WeakRefObj` does not mark its referent. The heap keeps a list of the live weak
// references (`Heap.weakRefs`); after marking, each one whose referent was not marked is
// cleared, and one with a callback is queued with the finalizers, so the callback runs at the
// same safe point as they do, right after the collection. The referent is freed by that sweep.

/// `weakref.ref(obj[, callback])`: calling it gives the object, or None once it was collected.
final class WeakRefObj: Obj {
    /// The referent while it lives; not retained and not traced.
    var referent: Unmanaged<Obj>?
    /// Called with the weak reference once the referent is collected (or None).
    var callback: Value
    /// hash(ref) is the referent's, kept so that it survives the referent.
    var cachedHash: Int?
    /// Set by the collector when the referent died and the callback is due.
    var callbackDue = false

    init(referent: Obj, callback: Value, type: TypeObj) {
        self.referent = Unmanaged.passUnretained(referent)
        self.callback = callback
        super.init(type: type)
    }

    var target: Obj? { referent?.takeUnretainedValue() }

    override func trace(_ marker: inout Marker) {
        marker.mark(callback)
    }

    /// Runs the callback the collector queued (through the finalizer queue).
    override func finalize(_ interp: Interpreter) throws {
        guard callbackDue else { return }
        callbackDue = false
        let cb = callback
        callback = .pyNone
        if !cb.isNone { _ = try interp.call(cb, [Value(self)]) }
    }
}

extension Heap {
    /// Called by `collect` after marking, before the sweep: clears the weak references whose
    /// referent is garbage and queues their callbacks; forgets the references that are garbage
    /// themselves.
    func clearDeadWeakReferences() {
        var kept = 0
        for i in 0..<weakRefs.count {
            let u = weakRefs[i]
            let ref = u.takeUnretainedValue()
            guard ref.marked else { continue }
            if let target = ref.referent, !target._withUnsafeGuaranteedRef({ $0.marked }) {
                ref.referent = nil
                if !ref.callback.isNone {
                    ref.callbackDue = true
                    pendingFinalizers.append(ref)
                }
            }
            if ref.referent != nil { weakRefs[kept] = u; kept += 1 }
        }
        weakRefs.removeLast(weakRefs.count - kept)
    }

    /// The live weak references to an object, oldest first.
    func weakReferences(to obj: Obj) -> [WeakRefObj] {
        weakRefs.compactMap { u in
            let ref = u.takeUnretainedValue()
            return ref.target === obj ? ref : nil
        }
    }
}

extension Interpreter {
    func setUpWeakrefModule() {
        let refType = makeNativeClass("ReferenceType", base: types.object, layout: .other, module: "weakref")

        refType.nativeNew = { interp, args in
            let cls = args[0].asObject as! TypeObj
            guard args.count >= 2 else {
                throw interp.typeError("__new__ expected at least 1 argument, got 0")
            }
            let callback: Value = args.count >= 3 ? args[2] : .pyNone
            let target = try interp.weaklyReferenceable(args[1])
            // Like CPython, a plain ref without callback to the same object is shared.
            if cls === refType && callback.isNone,
               let existing = interp.heap.weakReferences(to: target).first(where: { $0.type === refType && $0.callback.isNone }) {
                return Value(existing)
            }
            let ref = interp.heap.track(WeakRefObj(referent: target, callback: callback, type: cls))
            if cls.isHeapType { ref.dict = interp.newDictObj() }
            interp.heap.weakRefs.append(Unmanaged.passUnretained(ref))
            return Value(ref)
        }
        defineNewMethods([refType])
        // Subclasses (weakref.KeyedRef, WeakMethod) take extra arguments in their own __init__.
        method(refType, "__init__") { _, _ in .pyNone }
        method(refType, "__call__") { interp, args in
            let ref = try interp.weakRefArg(args, "__call__")
            return ref.target.map { Value($0) } ?? .pyNone
        }
        method(refType, "__hash__") { interp, args in
            .int(try interp.weakRefHash(try interp.weakRefArg(args, "__hash__")))
        }
        method(refType, "__eq__") { interp, args in
            try interp.weakRefCompare(args, equal: true)
        }
        method(refType, "__ne__") { interp, args in
            try interp.weakRefCompare(args, equal: false)
        }
        method(refType, "__repr__") { interp, args in
            let ref = try interp.weakRefArg(args, "__repr__")
            guard let target = ref.target else { return interp.newStr("<weakref at \(interp.address(ref)); dead>") }
            return interp.newStr("<weakref at \(interp.address(ref)); to '\(target.type.displayName)' at \(interp.address(target))>")
        }
        getter(refType, "__callback__") { _, v in (v.asObject as! WeakRefObj).callback }

        _ = makeModule("_weakref") { d in
            d.setString(intern("ref"), Value(refType))
            d.setString(intern("ReferenceType"), Value(refType))
            define(d, "getweakrefcount") { interp, args in
                try interp.expectArgs(args, "getweakrefcount", min: 1, max: 1)
                guard let obj = args[0].asObject else { return .int(0) }
                return .int(interp.heap.weakReferences(to: obj).count)
            }
            define(d, "getweakrefs") { interp, args in
                try interp.expectArgs(args, "getweakrefs", min: 1, max: 1)
                guard let obj = args[0].asObject else { return interp.newList([]) }
                return interp.newList(interp.heap.weakReferences(to: obj).map { Value($0) })
            }
        }
    }

    /// The object a weak reference may point to: CPython refuses ints, strs, tuples, lists,
    /// dicts and the other builtin values without a weak-reference slot.
    func weaklyReferenceable(_ v: Value) throws -> Obj {
        guard let o = v.asObject else {
            throw typeError("cannot create weak reference to '\(typeName(v))' object")
        }
        let t = o.type
        let refused: [Layout] = [.int, .float, .bool, .str, .bytes, .tuple, .list, .dict, .none, .bigint, .range, .slice, .cell, .code]
        if !t.isHeapType && refused.contains(t.layout) {
            throw typeError("cannot create weak reference to '\(t.name)' object")
        }
        if t.isHeapType && (t.layout == .tuple || t.layout == .int || t.layout == .bigint) {
            throw typeError("cannot create weak reference to '\(t.name)' object")
        }
        return o
    }

    /// hash(ref): the referent's hash, remembered so that it outlives the referent.
    func weakRefHash(_ ref: WeakRefObj) throws -> Int {
        if let h = ref.cachedHash { return h }
        guard let target = ref.target else { throw typeError("weak object has gone away") }
        let h = try hash(Value(target))
        ref.cachedHash = h
        return h
    }

    func weakRefArg(_ args: Arguments, _ name: String) throws -> WeakRefObj {
        guard args.count >= 1, let ref = args[0].asObject as? WeakRefObj else {
            throw typeError("descriptor '\(name)' requires a 'weakref.ReferenceType' object")
        }
        return ref
    }

    private func weakRefCompare(_ args: Arguments, equal: Bool) throws -> Value {
        guard args.count == 2, let a = args[0].asObject as? WeakRefObj, let b = args[1].asObject as? WeakRefObj else {
            return notImplemented
        }
        return .bool(try weakRefsEqual(a, b) == equal)
    }

    /// ref == ref compares the referents while both live, else the references themselves.
    func weakRefsEqual(_ a: WeakRefObj, _ b: WeakRefObj) throws -> Bool {
        guard let x = a.target, let y = b.target else { return a === b }
        return try equals(Value(x), Value(y))
    }
}
