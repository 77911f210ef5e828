// Dict and set operations on keys whose `__hash__` or `__eq__` is script code run in Baozi
// (Modules/Lib/_baozi_hashing.py) when the loop called them: `hash(key)` and the comparisons
// with the stored keys are then frames like any other code, so a greenlet switch inside them
// suspends and resumes the operation. The table is read and changed by the natives below,
// which run no script code. Every other key keeps the native path (DictObj, SetObj).

extension Interpreter {
    /// Whether hashing `key`, or comparing it with stored keys, runs script code: its class
    /// defines `__hash__` or `__eq__` in Baozi.
    @inline(__always)
    func hashRunsScript(_ key: Value) -> Bool {
        guard case .object(let r) = key, r.obj.type.isHeapType else { return false }
        let t = r.obj.type
        return t.lookup(names.__hash__)?.asObject is FunctionObj || t.lookup(names.__eq__)?.asObject is FunctionObj
    }

    /// Whether `container[key]` (get, set or delete) on a dict should run in
    /// _baozi_hashing: the key's hash or equality is script code and the container's class
    /// keeps dict's own item methods.
    func dictItemRunsScript(_ container: Value, _ key: Value, _ method: StrObj) -> Bool {
        guard hashRunsScript(key), case .object(let r) = container, r.obj is DictObj else { return false }
        let t = r.obj.type
        return !t.isHeapType || t.lookup(method)?.asObject is BuiltinFunctionObj
    }

    /// Runs helper `name` of _baozi_hashing for a builtin the loop called (`nativeMayResume`).
    func handOverHashing(_ name: String, _ args: [Value]) throws -> Value {
        requestCall(try hashingHelper(name), args)
    }

    /// Runs helper `name` of _baozi_hashing as a frame of the running code: for protocol
    /// steps the loop performs itself (`d[k]`, `k in s`, displays).
    func callHashingHelperResumable(_ name: String, _ args: [Value], then: NativeContinuation? = nil) throws -> Value {
        try callResumable(try hashingHelper(name), args, then: then)
    }

    /// The helper making a `{k: v}` (`isDict`) or `{k}` display of the values at `items`
    /// when one of its keys hashes or compares in script, or nil.
    func displayHelper(isDict: Bool, _ items: UnsafeMutablePointer<Value>, count: Int) -> String? {
        var i = 0
        while i < count {
            if hashRunsScript(items[i]) { return isDict ? "dict_display" : "set_display" }
            i += isDict ? 2 : 1
        }
        return nil
    }

    /// An exact list or tuple holding a key whose hash or equality is script code
    /// (`set(items)`).
    func itemsHaveScriptKey(_ v: Value) -> Bool {
        guard let items = exactListOrTupleItems(v) else { return false }
        return items.contains { hashRunsScript($0) }
    }

    /// An exact list or tuple of 2-item tuples and lists, one of whose keys hashes or
    /// compares in script (`dict(pairs)`).
    func pairsHaveScriptKey(_ v: Value) -> Bool {
        guard let items = exactListOrTupleItems(v) else { return false }
        var found = false
        for item in items {
            guard let pair = exactListOrTupleItems(item), pair.count == 2 else { return false }
            if hashRunsScript(pair[0]) { found = true }
        }
        return found
    }

    private func exactListOrTupleItems(_ v: Value) -> ContiguousArray<Value>? {
        guard case .object(let r) = v else { return nil }
        if r.hasExactType(types.list) { return unsafeDowncast(r.obj, to: ListObj.self).items }
        if r.hasExactType(types.tuple) { return unsafeDowncast(r.obj, to: TupleObj.self).items }
        return nil
    }

    private func hashingHelper(_ name: String) throws -> Value {
        try helper(name, in: "_baozi_hashing") { $0.defineHashingNatives($1) }
    }
}

extension Interpreter {
    /// Natives of _baozi_hashing: the steps of a lookup that run no script code.
    fileprivate func defineHashingNatives(_ d: DictObj) {
        typealias N = HashingNatives
        // _holds(container, k, h): whether stored key k (by identity) is still there with hash
        // h; a comparison that took it out makes the lookup start again, as in CPython.
        define(d, "_holds") { interp, args in
            let h = try N.hash(interp, args[2])
            if let s = args[0].asObject as? SetObj { return .bool(s.slot(ofIdentical: args[1], hash: h) != nil) }
            return .bool(try N.dict(interp, args[0]).position(ofIdentical: args[1], hash: h) != nil)
        }
        // _dict_keys(d, h) / _set_keys(s, h): the keys stored with hash h, in lookup order.
        define(d, "_dict_keys") { interp, args in
            interp.newList(try N.dict(interp, args[0]).keys(withHash: try N.hash(interp, args[1])))
        }
        define(d, "_set_keys") { interp, args in
            interp.newList(try N.set(interp, args[0]).keys(withHash: try N.hash(interp, args[1])))
        }
        // The entry of stored key k (by identity) with hash h: its value, a new value, removal.
        define(d, "_dict_value") { interp, args in
            let (table, p) = try N.entry(interp, args)
            return table.value(at: p)
        }
        define(d, "_dict_store") { interp, args in
            let (table, p) = try N.entry(interp, args)
            table.setValue(at: p, args[3])
            return .pyNone
        }
        define(d, "_dict_delete") { interp, args in
            let (table, p) = try N.entry(interp, args)
            return table.remove(at: p)
        }
        // _dict_insert(d, key, h, value) / _set_insert(s, key, h): a key found absent.
        define(d, "_dict_insert") { interp, args in
            try N.dict(interp, args[0]).insertAbsent(args[1], hash: try N.hash(interp, args[2]), args[3])
            return .pyNone
        }
        define(d, "_set_insert") { interp, args in
            try N.set(interp, args[0]).addAbsent(args[1], hash: try N.hash(interp, args[2]))
            return .pyNone
        }
        define(d, "_set_delete") { interp, args in
            if !(try N.set(interp, args[0]).removeIdentical(args[1], hash: try N.hash(interp, args[2]))) {
                throw N.changed(interp)
            }
            return .pyNone
        }
    }
}

/// Argument checks of the _baozi_hashing natives.
private enum HashingNatives {
    static func dict(_ interp: Interpreter, _ v: Value) throws -> DictObj {
        guard let d = v.asObject as? DictObj else { throw interp.typeError("expected a dict, not \(interp.typeName(v))") }
        return d
    }

    static func set(_ interp: Interpreter, _ v: Value) throws -> SetObj {
        guard let s = v.asObject as? SetObj else { throw interp.typeError("expected a set, not \(interp.typeName(v))") }
        return s
    }

    static func hash(_ interp: Interpreter, _ v: Value) throws -> Int {
        guard case .int(let h) = v else { throw interp.typeError("expected a hash, not \(interp.typeName(v))") }
        return h
    }

    /// The dict (args[0]) and position of stored key args[1] with hash args[2]. It was found
    /// equal and still there, with no script code run since; if not, the table changed.
    static func entry(_ interp: Interpreter, _ args: Arguments) throws -> (DictObj, Int) {
        let d = try dict(interp, args[0])
        guard let p = d.position(ofIdentical: args[1], hash: try hash(interp, args[2])) else { throw changed(interp) }
        return (d, p)
    }

    static func changed(_ interp: Interpreter) -> PyError {
        interp.runtimeError("dictionary changed size during lookup")
    }
}
