// The object protocols every builtin relies on: type, truth, hashing, equality, repr/str,
// iteration. These run script dunders nested (to completion) when they meet one; the VM loop
// uses the resumable variants in Operations.swift instead.

import BigInt

extension Interpreter {
    // MARK: - Construction helpers

    @inline(__always) func newStr(_ s: String) -> Value { Value(heap.track(StrObj(s, type: types.str))) }
    func newStrObj(_ s: String) -> StrObj { heap.track(StrObj(s, type: types.str)) }
    func newList(_ items: ContiguousArray<Value>) -> Value { Value(heap.track(ListObj(items, type: types.list))) }
    func newList(_ items: [Value]) -> Value { newList(ContiguousArray(items)) }
    func newTuple(_ items: ContiguousArray<Value>) -> Value { Value(heap.track(TupleObj(items, type: types.tuple))) }
    func newTuple(_ items: [Value]) -> Value { newTuple(ContiguousArray(items)) }
    func newDictObj() -> DictObj { heap.track(DictObj(type: types.dict)) }
    func newSetObj(frozen: Bool = false) -> SetObj { heap.track(SetObj(type: frozen ? types.frozenset : types.set)) }
    func newBytes(_ b: [UInt8]) -> Value { Value(heap.track(BytesObj(b, type: types.bytes))) }

    /// An int value: inline when it fits a machine word.
    func newInt(_ b: BigInt) -> Value {
        if let i = Int(exactly: b) { return .int(i) }
        return Value(heap.track(BigIntObj(b, type: types.int)))
    }

    func newIterator(_ kind: IteratorObj.Kind, type: TypeObj? = nil) -> Value {
        Value(heap.track(IteratorObj(kind, type: type ?? types.iterator)))
    }

    func newBuiltin(_ name: String, _ fn: @escaping NativeFunction) -> BuiltinFunctionObj {
        heap.track(BuiltinFunctionObj(name: name, fn: fn, type: types.builtinFunction))
    }

    // MARK: - Types

    @inline(__always)
    func typeOf(_ v: Value) -> TypeObj {
        switch v {
        case .pyNone: return types.noneType
        case .bool: return types.bool
        case .int: return types.int
        case .float: return types.float
        case .object(let r): return r.obj.type
        case .unbound: return types.noneType
        }
    }

    func typeName(_ v: Value) -> String { typeOf(v).name }

    func isInstance(_ v: Value, _ t: TypeObj) -> Bool { typeOf(v).isSubtype(of: t) }

    // MARK: - Truth

    func truthy(_ v: Value) throws -> Bool {
        switch v {
        case .pyNone, .unbound: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .object(let r):
            let o = r.obj
            if !o.type.isHeapType {
                switch o {
                case let s as StrObj: return s.count > 0
                case let l as ListObj: return !l.items.isEmpty
                case let t as TupleObj: return !t.items.isEmpty
                case let d as DictObj: return d.count > 0
                case let s as SetObj: return s.count > 0
                case let b as BigIntObj: return !b.value.isZero
                case let b as BytesObj: return !b.bytes.isEmpty
                case let r as RangeObj: return r.count > 0
                default: break
                }
            }
            if let m = o.type.lookup(names.__bool__) {
                let r = try call(m, [v])
                guard case .bool(let b) = r else {
                    throw typeError("__bool__ should return bool, returned \(typeName(r))")
                }
                return b
            }
            if let m = o.type.lookup(names.__len__) {
                let r = try call(m, [v])
                return try lengthValue(r) != 0
            }
            return true
        }
    }

    /// Validates a `__len__` result.
    func lengthValue(_ r: Value) throws -> Int {
        switch r {
        case .int(let i):
            if i < 0 { throw valueError("__len__() should return >= 0") }
            return i
        case .bool(let b): return b ? 1 : 0
        default:
            if r.asObject is BigIntObj { throw overflowError("cannot fit 'int' into an index-sized integer") }
            throw typeError("'\(typeName(r))' object cannot be interpreted as an integer")
        }
    }

    // MARK: - Hashing

    func hash(_ v: Value) throws -> Int {
        switch v {
        case .pyNone: return 0x5f3759df
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return pyHashInt(i)
        case .float(let d): return pyHashFloat(d)
        case .unbound: return 0
        case .object(let r):
            let o = r.obj
            // Exact str first, checked by class pointer (the common dict key).
            if o.type === types.str { return unsafeDowncast(o, to: StrObj.self).hash }
            if !o.type.isHeapType { return try builtinHash(o) }
            // User classes: __hash__ (None when __eq__ is defined without it).
            if let m = o.type.lookup(names.__hash__) {
                if m.isNone { throw typeError("unhashable type: '\(o.type.name)'") }
                if let b = m.asObject as? BuiltinFunctionObj, b.name == "__hash__", b.ownerType === types.object {
                    return identityHash(o)
                }
                let r = try call(m, [v])
                switch r {
                case .int(let i): return i == -1 ? -2 : i
                case .bool(let b): return b ? 1 : 0
                default:
                    if let b = r.asObject as? BigIntObj { return pyHashInt(b.value) }
                    throw typeError("__hash__ method should return an integer")
                }
            }
            return identityHash(o)
        }
    }

    /// The hash of a builtin value by its layout, ignoring overrides in subclasses:
    /// what `tuple.__hash__(self)` does.
    func builtinHash(_ o: Obj) throws -> Int {
        switch o {
        case let s as StrObj: return s.hash
        case let t as TupleObj: return try hashTuple(t)
        case let b as BigIntObj: return pyHashInt(b.value)
        case let b as BytesObj:
            if b.type.isSubtype(of: types.bytearray) { throw typeError("unhashable type: '\(o.type.name)'") }
            if let h = b.cachedHash { return h }
            var h = Hasher()
            b.bytes.withUnsafeBytes { h.combine(bytes: $0) }
            var hv = h.finalize()
            if hv == -1 { hv = -2 }
            b.cachedHash = hv
            return hv
        case let s as SetObj where s.type.isSubtype(of: types.frozenset):
            return try hashFrozenSet(s)
        case let r as RangeObj:
            // Equal ranges hash equally: CPython hashes (len, start, step), with None for the
            // parts that do not matter to equality.
            let parts: [Value] = r.count == 0 ? [.int(0), .pyNone, .pyNone]
                : [.int(r.count), .int(r.start), r.count == 1 ? .pyNone : .int(r.step)]
            return try hashTuple(TupleObj(ContiguousArray(parts), type: types.tuple))
        case is ListObj, is DictObj, is SetObj:
            throw typeError("unhashable type: '\(o.type.name)'")
        default:
            if let h = boundMethodHash(o) { return h == -1 ? -2 : h }
            if let w = o as? WeakRefObj { return try weakRefHash(w) }
            return identityHash(o)
        }
    }

    func identityHash(_ o: Obj) -> Int {
        let addr = Int(bitPattern: UInt(bitPattern: Unmanaged.passUnretained(o).toOpaque()))
        return (addr >> 4) | (addr << 60)
    }

    private func hashTuple(_ t: TupleObj) throws -> Int {
        if let h = t.cachedHash { return h }
        try checkNativeStack()
        // The xxHash-based combination CPython uses for tuples.
        let prime1: UInt64 = 11400714785074694791
        let prime2: UInt64 = 14029467366897019727
        let prime5: UInt64 = 2870177450012600261
        var acc: UInt64 = prime5
        for item in t.items {
            let lane = UInt64(bitPattern: Int64(try hash(item)))
            acc = acc &+ lane &* prime2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* prime1
        }
        acc = acc &+ (UInt64(t.items.count) ^ (prime5 ^ 3527539))
        var h = Int(Int64(bitPattern: acc))
        if h == -1 { h = 1546275796 }
        t.cachedHash = h
        return h
    }

    private func hashFrozenSet(_ s: SetObj) throws -> Int {
        if let h = s.cachedHash { return h }
        var acc: UInt = 0
        for e in s.elements {
            let h = UInt(bitPattern: try hash(e))
            acc ^= ((h ^ 89869747) ^ (h << 16)) &* 3644798167
        }
        acc ^= (UInt(s.count) &+ 1) &* 1927868237
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = acc &* 69069 &+ 907133923
        var h = Int(bitPattern: acc)
        if h == -1 { h = 590923713 }
        s.cachedHash = h
        return h
    }

    // MARK: - Equality

    /// `a == b` as a Bool, running `__eq__` nested when needed.
    func equals(_ a: Value, _ b: Value) throws -> Bool {
        try checkNativeStack(" in comparison")
        if let r = try fastEquals(a, b) { return r }
        let r = try richCompare(a, b, .eq)
        return try truthy(r)
    }

    /// Equality of builtin values without script code; nil when a dunder may decide.
    func fastEquals(_ a: Value, _ b: Value) throws -> Bool? {
        switch (a, b) {
        case (.pyNone, .pyNone): return true
        case (.int(let x), .int(let y)): return x == y
        case (.float(let x), .float(let y)): return x == y
        case (.int(let x), .float(let y)): return Double(x) == y && (y.magnitude < 9.2e18 ? Int(y) == x : false)
        case (.float(let x), .int(let y)): return x == Double(y) && (x.magnitude < 9.2e18 ? Int(x) == y : false)
        case (.bool(let x), .bool(let y)): return x == y
        case (.bool(let x), .int(let y)): return (x ? 1 : 0) == y
        case (.int(let x), .bool(let y)): return x == (y ? 1 : 0)
        case (.bool(let x), .float(let y)): return (x ? 1.0 : 0.0) == y
        case (.float(let x), .bool(let y)): return x == (y ? 1.0 : 0.0)
        case (.object(let x), .object(let y)):
            let ox = x.obj, oy = y.obj
            if ox.type.isHeapType || oy.type.isHeapType { return x === y ? true : nil }
            if let s = ox as? StrObj, let t = oy as? StrObj { return s.equals(t) }
            if let s = ox as? TupleObj, let t = oy as? TupleObj { return try sequenceEquals(s.items, t.items) }
            if let s = ox as? ListObj, let t = oy as? ListObj { return try sequenceEquals(s.items, t.items) }
            if let s = ox as? BigIntObj, let t = oy as? BigIntObj { return s.value == t.value }
            if let s = ox as? BytesObj, let t = oy as? BytesObj { return s.bytes == t.bytes }
            if x === y { return true }
            if let e = boundMethodEquals(ox, oy) { return e }
            return nil
        case (.object(let x), .int), (.object(let x), .bool), (.object(let x), .float), (.object(let x), .pyNone):
            if x.obj.type.isHeapType { return nil }
            if x.obj is BigIntObj { return nil }
            return false
        case (.int, .object(let y)), (.bool, .object(let y)), (.float, .object(let y)), (.pyNone, .object(let y)):
            if y.obj.type.isHeapType { return nil }
            if y.obj is BigIntObj { return nil }
            return false
        default:
            return false
        }
    }

    /// Bound methods are equal when they bind the same function to the same object (CPython
    /// compares `__self__` by identity): `g.switch == g.switch`, so `unlink(g.switch)` finds
    /// the callback that `rawlink(g.switch)` stored. Nil when `a` and `b` are not both methods.
    func boundMethodEquals(_ a: Obj, _ b: Obj) -> Bool? {
        switch (a, b) {
        case (let m as MethodObj, let n as MethodObj):
            return m.function.isIdentical(to: n.function) && m.instance.isIdentical(to: n.instance)
        case (let m as BuiltinFunctionObj, let n as BuiltinFunctionObj):
            guard let r = m.receiver, let s = n.receiver else { return false }
            return m.name == n.name && m.ownerType === n.ownerType && r.isIdentical(to: s)
        default:
            return nil
        }
    }

    /// The hash of a bound method, consistent with `boundMethodEquals`.
    func boundMethodHash(_ o: Obj) -> Int? {
        switch o {
        case let m as MethodObj:
            guard let f = m.function.asObject, let i = m.instance.asObject else { return nil }
            return identityHash(f) ^ (identityHash(i) &* 1000003)
        case let m as BuiltinFunctionObj:
            guard let r = m.receiver?.asObject else { return nil }
            var h = Hasher()
            h.combine(m.name)
            return h.finalize() ^ (identityHash(r) &* 1000003)
        default:
            return nil
        }
    }

    func sequenceEquals(_ a: ContiguousArray<Value>, _ b: ContiguousArray<Value>) throws -> Bool {
        if a.count != b.count { return false }
        for i in 0..<a.count {
            if a[i].isIdentical(to: b[i]) { continue }
            if !(try equals(a[i], b[i])) { return false }
        }
        return true
    }

    // MARK: - Iteration (nested)

    /// An iterator for `v` (`iter(v)`), running `__iter__` nested.
    func getIter(_ v: Value) throws -> Value {
        if let it = try builtinIterator(v) { return it }
        let t = typeOf(v)
        if let m = t.lookup(names.__iter__) {
            if m.isNone { throw typeError(v, isNot: "iterable") }
            let it = try call(m, [v])
            if !isIterator(it) {
                throw typeError("iter() returned non-iterator of type '\(typeName(it))'")
            }
            return it
        }
        if t.lookup(names.__getitem__) != nil {
            return newIterator(.sequence(v))
        }
        throw typeError(v, isNot: "iterable")
    }

    /// Whether `next()` accepts `v`: a builtin iterator, a generator, or an object with `__next__`.
    func isIterator(_ v: Value) -> Bool {
        if case .object(let r) = v, r.obj is IteratorObj || r.obj is GeneratorObj { return true }
        return typeOf(v).lookup(names.__next__) != nil
    }

    /// The next item of an iterator, or nil when exhausted (nested).
    func next(_ it: Value) throws -> Value? {
        if case .object(let r) = it {
            if let b = r.obj as? IteratorObj { return try nextFromBuiltinIterator(b) }
            if let g = r.obj as? GeneratorObj { return try resumeNested(g) }
        }
        guard let m = typeOf(it).lookup(names.__next__) else {
            throw typeError("'\(typeName(it))' object is not an iterator")
        }
        do {
            return try call(m, [it])
        } catch let e as PyError where e.exception.type.isSubtype(of: types.exceptions.stopIteration) {
            return nil
        }
    }

    /// Calls `body` with each item of an iterable; `body` returns false to stop early.
    func iterate(_ v: Value, _ body: (Value) throws -> Bool) throws {
        if case .object(let r) = v, !r.obj.type.isHeapType {
            if let l = r.obj as? ListObj {
                var i = 0
                while i < l.items.count {
                    if !(try body(l.items[i])) { return }
                    i += 1
                }
                return
            }
            if let t = r.obj as? TupleObj {
                for x in t.items where !(try body(x)) { return }
                return
            }
        }
        let it = try getIter(v)
        while let x = try next(it) {
            if !(try body(x)) { return }
        }
    }

    /// All items of an iterable; a non-iterable raises TypeError(`message`) instead of the
    /// usual "'X' object is not iterable" (CPython's PySequence_Fast).
    func iterateToArray(_ v: Value, notIterableMessage message: String) throws -> [Value] {
        if case .object(let r) = v, !r.obj.type.isHeapType, r.obj is ListObj || r.obj is TupleObj {
            return try iterateToArray(v)
        }
        let it: Value
        do {
            it = try getIter(v)
        } catch let e as PyError where e.exception.type === types.exceptions.typeError {
            throw typeError(message)
        }
        var out: [Value] = []
        while let x = try next(it) { out.append(x) }
        return out
    }

    /// All items of `v` for unpacking or a `*` argument: when `v` cannot be iterated at all,
    /// raises TypeError(`message`) instead of "'X' object is not iterable". An `__iter__` that
    /// itself raises TypeError keeps its error, as in CPython (which checks tp_iter and sq_item).
    func iterateToArray(_ v: Value, unpackingInto limit: Int? = nil, notIterable message: () -> String) throws -> [Value] {
        do {
            return try iterateToArray(v, unpackingInto: limit)
        } catch let e as PyError where e.exception.type === types.exceptions.typeError && !hasIterationProtocol(v) {
            throw typeError(message())
        }
    }

    /// Whether `v`'s class can be iterated: it defines `__iter__` or `__getitem__`, or is a
    /// builtin iterable.
    private func hasIterationProtocol(_ v: Value) -> Bool {
        let t = typeOf(v)
        if t.lookup(names.__iter__) != nil || t.lookup(names.__getitem__) != nil { return true }
        return (try? builtinIterator(v)) != nil
    }

    /// All items of an iterable.
    func iterateToArray(_ v: Value, unpackingInto limit: Int? = nil) throws -> [Value] {
        if case .object(let r) = v, !r.obj.type.isHeapType {
            if let l = r.obj as? ListObj { return Array(l.items) }
            if let t = r.obj as? TupleObj { return Array(t.items) }
        }
        var out: [Value] = []
        try iterate(v) { x in
            out.append(x)
            // Unpacking stops one past the expected count, as CPython does.
            if let limit, out.count > limit { return false }
            return true
        }
        return out
    }

    /// A builtin iterator for builtin containers, or nil.
    func builtinIterator(_ v: Value) throws -> Value? {
        guard case .object(let r) = v else {
            return nil
        }
        let o = r.obj
        if o.type.isHeapType && o.type.lookup(names.__iter__).map({ !($0.asObject is BuiltinFunctionObj) }) ?? false {
            return nil
        }
        return layoutIterator(o, v)
    }

    /// An iterator over a builtin container by its layout, ignoring overrides in subclasses
    /// (what `list.__iter__(self)` returns); nil for other objects.
    func layoutIterator(_ o: Obj, _ v: Value) -> Value? {
        switch o {
        case let l as ListObj: return newIterator(.list(l), type: types.listIterator)
        case let t as TupleObj: return newIterator(.tuple(t), type: types.tupleIterator)
        case let s as StrObj: return newIterator(.str(s), type: types.strIterator)
        case let d as DictObj: return newIterator(.dictKeys(d, d.count), type: types.dictKeyIterator)
        case let s as SetObj: return newIterator(.set(s, s.count), type: types.setIterator)
        case let r as RangeObj: return newIterator(.range(start: r.start, step: r.step, count: r.count), type: types.rangeIterator)
        case let b as BytesObj: return newIterator(.bytes(b), type: types.bytesIterator)
        case let dv as DictViewObj:
            let d = dv.dictObj
            switch dv.kind {
            case .keys: return newIterator(.dictKeys(d, d.count), type: types.dictKeyIterator)
            case .values: return newIterator(.dictValues(d, d.count), type: types.dictValueIterator)
            case .items: return newIterator(.dictItems(d, d.count), type: types.dictItemIterator)
            }
        case is IteratorObj, is GeneratorObj: return v
        default: return nil
        }
    }

    /// Advances a builtin iterator; nil when exhausted.
    func nextFromBuiltinIterator(_ it: IteratorObj) throws -> Value? {
        switch it.kind {
        case .list(let l):
            if it.index < l.items.count {
                it.index += 1
                return l.items[it.index - 1]
            }
        case .tuple(let t):
            if it.index < t.items.count {
                it.index += 1
                return t.items[it.index - 1]
            }
        case .range(let start, let step, let count):
            if it.index < count {
                let v = start &+ it.index &* step
                it.index += 1
                return .int(v)
            }
        case .str(let s):
            if it.index < s.count {
                let c = s.scalar(at: it.index)
                it.index += 1
                return Value(singleCharacter(c))
            }
        case .bytes(let b):
            if it.index < b.bytes.count {
                it.index += 1
                return .int(Int(b.bytes[it.index - 1]))
            }
        case .dictKeys(let d, let m), .dictValues(let d, let m), .dictItems(let d, let m):
            if d.count != m {
                it.kind = .exhausted
                throw runtimeError("dictionary changed size during iteration")
            }
            while it.index < d.rawCount {
                let e = d.rawEntry(it.index)
                it.index += 1
                if e.key.isUnbound { continue }
                switch it.kind {
                case .dictKeys: return e.key
                case .dictValues: return e.value
                default: return newTuple([e.key, e.value])
                }
            }
        case .set(let s, let m):
            if s.count != m {
                it.kind = .exhausted
                throw runtimeError("Set changed size during iteration")
            }
            while it.index < s.rawCount {
                let k = s.rawKey(it.index)
                it.index += 1
                if !k.isUnbound { return k }
            }
        case .values(let vs):
            if it.index < vs.count {
                it.index += 1
                return vs[it.index - 1]
            }
        case .native(let fn):
            if let v = try fn() { return v }
        case .callable(let fn, let sentinel):
            let v = try call(fn, [])
            if try equals(v, sentinel) {
                it.kind = .exhausted
                return nil
            }
            return v
        case .sequence(let seq):
            do {
                let v = try getItem(seq, .int(it.index))
                it.index += 1
                return v
            } catch let e as PyError where e.exception.type.isSubtype(of: types.exceptions.indexError)
                        || e.exception.type.isSubtype(of: types.exceptions.stopIteration) {
                it.kind = .exhausted
                return nil
            }
        case .script(let g):
            if let v = try resumeNested(g) { return v }
        case .exhausted:
            return nil
        }
        it.kind = .exhausted
        return nil
    }

    /// One-character strings are cached for ASCII.
    func singleCharacter(_ c: Unicode.Scalar) -> StrObj {
        if c.value < 128 {
            if let s = asciiChars[Int(c.value)] { return s }
            let s = heap.makePermanent(StrObj(String(c), type: types.str))
            asciiChars[Int(c.value)] = s
            return s
        }
        return newStrObj(String(c))
    }
}
