// Subscripts: indexing and slicing of builtin sequences and mappings, and `__getitem__` &
// co. of user classes.

import BigInt

/// Calls `__missing__` semantics: a dict subclass lookup that failed.
extension Interpreter {
    /// An index value as an Int (`__index__`), or a TypeError naming the container.
    func indexValue(_ v: Value, for what: String) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let r):
            if r.obj is BigIntObj { throw indexError("cannot fit 'int' into an index-sized integer") }
            if let m = r.obj.type.lookup(names.__index__) {
                let x = try call(m, [v])
                if case .int(let i) = x { return i }
            }
        default: break
        }
        throw typeError("\(what) indices must be integers or slices, not \(typeName(v))")
    }

    /// A slice bound or a start/stop argument (list.index...) as an Int: huge ints clamp (to
    /// half the word range, so that adding a length cannot overflow).
    func slicePosition(_ v: Value, noneAllowed: Bool = false) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let r):
            if let b = r.obj as? BigIntObj { return b.value.sign == .minus ? Int.min / 2 : Int.max / 2 }
            if let m = r.obj.type.lookup(names.__index__) {
                let i = try call(m, [v])
                if i.asObject is BigIntObj || number(i) != nil { return try slicePosition(i) }
            }
        default: break
        }
        throw typeError("slice indices must be integers\(noneAllowed ? " or None" : "") or have an __index__ method")
    }

    /// Resolves a slice against a length: (start, stop, step, count).
    func sliceIndices(_ s: SliceObj, length: Int) throws -> (Int, Int, Int, Int) {
        func val(_ v: Value) throws -> Int? {
            v.isNone ? nil : try slicePosition(v, noneAllowed: true)
        }
        let step = try val(s.step) ?? 1
        if step == 0 { throw valueError("slice step cannot be zero") }
        var start: Int, stop: Int
        if step > 0 {
            start = try val(s.start) ?? 0
            stop = try val(s.stop) ?? length
            if start < 0 { start = max(0, start + length) } else { start = min(start, length) }
            if stop < 0 { stop = max(0, stop + length) } else { stop = min(stop, length) }
            return (start, stop, step, RangeObj.length(start: start, stop: stop, step: step).count)
        } else {
            start = try val(s.start) ?? length - 1
            stop = try val(s.stop) ?? -length - 1
            if start < 0 { start = max(-1, start + length) } else { start = min(start, length - 1) }
            if stop < 0 { stop = max(-1, stop + length) } else { stop = min(stop, length - 1) }
            return (start, stop, step, RangeObj.length(start: start, stop: stop, step: step).count)
        }
    }

    private func isFullSlice(_ s: SliceObj, length: Int) throws -> Bool {
        let (start, _, step, count) = try sliceIndices(s, length: length)
        return start == 0 && step == 1 && count == length
    }

    private func sliceSelect<T>(_ items: T, _ s: SliceObj) throws -> [T.Element] where T: RandomAccessCollection, T.Index == Int {
        let (start, _, step, count) = try sliceIndices(s, length: items.count)
        var out: [T.Element] = []
        out.reserveCapacity(count)
        var i = start
        for _ in 0..<count {
            out.append(items[items.startIndex + i])
            i += step
        }
        return out
    }

    /// The items a slice picks from a list's or tuple's storage, built straight into the new
    /// storage: a contiguous run is one copy, a step (`a[k::-1]`, `a[::2]`) one pass without
    /// bounds checks (the indices come from `sliceIndices`, which keeps them in range).
    private func sliceItems(_ items: ContiguousArray<Value>, _ s: SliceObj) throws -> ContiguousArray<Value> {
        let (start, _, step, count) = try sliceIndices(s, length: items.count)
        if count == 0 { return [] }
        if step == 1 { return ContiguousArray(items[start..<(start + count)]) }
        return items.withUnsafeBufferPointer { src in
            ContiguousArray(unsafeUninitializedCapacity: count) { dst, initialized in
                var i = start
                for k in 0..<count {
                    (dst.baseAddress! + k).initialize(to: src[i])
                    i &+= step
                }
                initialized = count
            }
        }
    }

    /// The bytes a slice picks from UTF-8 (or raw) storage.
    private func sliceBytes<C: Collection>(_ bytes: C, count length: Int, _ s: SliceObj) throws -> [UInt8] where C.Element == UInt8 {
        let (start, _, step, count) = try sliceIndices(s, length: length)
        if count == 0 { return [] }
        let picked = bytes.withContiguousStorageIfAvailable { src -> [UInt8] in
            if step == 1 { return Array(src[start..<(start + count)]) }
            return [UInt8](unsafeUninitializedCapacity: count) { dst, initialized in
                var i = start
                for k in 0..<count {
                    dst[k] = src[i]
                    i &+= step
                }
                initialized = count
            }
        }
        return try picked ?? sliceSelect(Array(bytes), s)
    }

    // MARK: - Get

    func getItemResumable(_ container: Value, _ index: Value) throws -> Value {
        if case .object(let r) = container, r.obj.type.isHeapType,
           let m = r.obj.type.lookup(names.__getitem__), m.asObject is FunctionObj {
            return try callResumable(m, [container, index])
        }
        // A script `__index__` used as a list, tuple or str index runs as a frame.
        if case .object(let r) = container, !r.obj.type.isHeapType,
           r.obj is ListObj || r.obj is TupleObj || r.obj is StrObj,
           let m = scriptMethod(index, names.__index__), !(index.asObject is SliceObj), !isInstance(index, types.int) {
            return try callResumable(m, [index], then: ItemAtIndex(container: container))
        }
        // A dict key whose `__hash__`/`__eq__` is script code: the lookup runs in Baozi.
        if dictItemRunsScript(container, index, names.__getitem__) {
            return try callHashingHelperResumable("dict_getitem", [container, index])
        }
        return try getItem(container, index)
    }

    func getItem(_ container: Value, _ index: Value) throws -> Value {
        guard case .object(let r) = container else {
            throw typeError("'\(typeName(container))' object is not subscriptable")
        }
        // A slice of an exact list or tuple: classes compared by pointer, no dynamic casts.
        if case .object(let ri) = index, ri.hasExactType(types.slice) {
            let slice = unsafeDowncast(ri.obj, to: SliceObj.self)
            if r.hasExactType(types.list) {
                return newList(try sliceItems(unsafeDowncast(r.obj, to: ListObj.self).items, slice))
            }
            if r.hasExactType(types.tuple) {
                let t = unsafeDowncast(r.obj, to: TupleObj.self)
                if try isFullSlice(slice, length: t.items.count) { return container }
                return newTuple(try sliceItems(t.items, slice))
            }
        }
        let o = r.obj
        if o.type.isHeapType, let m = o.type.lookup(names.__getitem__), !(m.asObject is BuiltinFunctionObj) {
            return try call(m, [container, index])
        }
        return try builtinGetItem(o, container, index)
    }

    /// `container[index]` by the object's builtin layout, ignoring overrides in subclasses:
    /// what `list.__getitem__(self, i)` does.
    func builtinGetItem(_ o: Obj, _ container: Value, _ index: Value) throws -> Value {
        switch o {
        case let l as ListObj:
            if let s = index.asObject as? SliceObj { return newList(try sliceItems(l.items, s)) }
            let i = try indexValue(index, for: "list")
            let j = i < 0 ? i + l.items.count : i
            guard j >= 0 && j < l.items.count else { throw indexError("list index out of range") }
            return l.items[j]
        case let t as TupleObj:
            if let s = index.asObject as? SliceObj {
                // The full slice of an immutable tuple, str or bytes is the object itself, as in CPython.
                if t.type === types.tuple, try isFullSlice(s, length: t.items.count) { return container }
                return newTuple(try sliceItems(t.items, s))
            }
            let i = try indexValue(index, for: "tuple")
            let j = i < 0 ? i + t.items.count : i
            guard j >= 0 && j < t.items.count else { throw indexError("tuple index out of range") }
            return t.items[j]
        case let s as StrObj:
            if let sl = index.asObject as? SliceObj {
                if s.type === types.str, try isFullSlice(sl, length: s.count) { return container }
                if s.isASCII {
                    let picked = try sliceBytes(s.value.utf8, count: s.count, sl)
                    return newStr(String(decoding: picked, as: UTF8.self))
                }
                var out = String.UnicodeScalarView()
                out.append(contentsOf: try sliceSelect(s.scalars, sl))
                return newStr(String(out))
            }
            let i = try indexValue(index, for: "string")
            let j = i < 0 ? i + s.count : i
            guard j >= 0 && j < s.count else { throw indexError("string index out of range") }
            return Value(singleCharacter(s.scalar(at: j)))
        case let d as DictObj:
            if let v = try d.get(index, self) { return v }
            if o.type.isHeapType, let m = o.type.lookup(intern("__missing__")) {
                return try call(m, [container, index])
            }
            throw keyError(index)
        case let rg as RangeObj:
            if try rg.lengthOverflows && (index.asObject is SliceObj || indexValue(index, for: "range") < 0) {
                // Needs the length, which does not fit an Int (CPython computes with big ints).
                throw error(types.exceptions.overflowError, "Python int too large to convert to C ssize_t")
            }
            if let sl = index.asObject as? SliceObj {
                let (start, _, step, count) = try sliceIndices(sl, length: rg.count)
                let newStart = rg.item(start)
                let (newStep, overflow) = rg.step.multipliedReportingOverflow(by: step)
                if overflow { throw error(types.exceptions.overflowError, "Python int too large to convert to C ssize_t") }
                return Value(heap.track(RangeObj(start: newStart, stop: newStart &+ count &* newStep, step: newStep, type: types.range)))
            }
            let i = try indexValue(index, for: "range")
            let j = i < 0 ? i + rg.count : i
            guard j >= 0 && j < rg.count else { throw indexError("range object index out of range") }
            return .int(rg.item(j))
        case let b as BytesObj:
            if let sl = index.asObject as? SliceObj {
                if b.type === types.bytes, try isFullSlice(sl, length: b.bytes.count) { return container }
                return newBytesLike(b, try sliceBytes(b.bytes, count: b.bytes.count, sl))
            }
            let isBytearray = b.type.isSubtype(of: types.bytearray)
            let i = try indexValue(index, for: isBytearray ? "bytearray" : "byte")
            let j = i < 0 ? i + b.bytes.count : i
            guard j >= 0 && j < b.bytes.count else { throw indexError(isBytearray ? "bytearray index out of range" : "index out of range") }
            return .int(Int(b.bytes[j]))
        case let t as TypeObj:
            // `list[int]` style generic aliases: return the class itself.
            if let m = t.lookup(intern("__class_getitem__")) {
                // An implicit classmethod, as in CPython: a plain function gets the class.
                if m.asObject is FunctionObj { return try call(m, [container, index]) }
                return try call(try bindDescriptor(m, instance: container, owner: t), [index])
            }
            // list[int], dict[str, int]...: a types.GenericAlias, as CPython's.
            if [types.list, types.dict, types.tuple, types.set, types.frozenset, types.type].contains(where: { $0 === t }) {
                return try call(try getAttribute(try loadModule("types"), intern("GenericAlias")), [container, index])
            }
            if !t.isHeapType { return container }
            throw typeError("'type' object is not subscriptable")
        default:
            if let m = o.type.lookup(names.__getitem__) { return try call(m, [container, index]) }
            throw typeError("'\(o.type.name)' object is not subscriptable")
        }
    }

    // MARK: - Set and delete

    /// `container[index] = value` from the VM; true when a script frame was pushed.
    func setItemResumable(_ container: Value, _ index: Value, _ value: Value) throws -> Bool {
        if case .object(let r) = container, r.obj.type.isHeapType,
           let m = r.obj.type.lookup(names.__setitem__), m.asObject is FunctionObj {
            let res = try callResumable(m, [container, index, value])
            if case .unbound = res {
                fiber.frames[fiber.frames.count - 1].onReturn = .discard
                return true
            }
            return false
        }
        if dictItemRunsScript(container, index, names.__setitem__) {
            return pushedDiscarded(try callHashingHelperResumable("dict_setitem", [container, index, value]))
        }
        try setItem(container, index, value)
        return false
    }

    /// Whether `callResumable` pushed a frame (`.unbound`); its result is then dropped, as a
    /// statement's (`d[k] = v`, `del d[k]`).
    private func pushedDiscarded(_ result: Value) -> Bool {
        guard case .unbound = result else { return false }
        fiber.frames[fiber.frames.count - 1].onReturn = .discard
        return true
    }

    func setItem(_ container: Value, _ index: Value, _ value: Value) throws {
        guard case .object(let r) = container else {
            throw typeError("'\(typeName(container))' object does not support item assignment")
        }
        let o = r.obj
        if o.type.isHeapType, let m = o.type.lookup(names.__setitem__), !(m.asObject is BuiltinFunctionObj) {
            _ = try call(m, [container, index, value])
            return
        }
        try builtinSetItem(o, container, index, value)
    }

    /// `container[index] = value` by the object's builtin layout (`list.__setitem__`).
    func builtinSetItem(_ o: Obj, _ container: Value, _ index: Value, _ value: Value) throws {
        switch o {
        case let l as ListObj:
            if let s = index.asObject as? SliceObj {
                // An exact list or tuple on the right is used as it is (its storage is shared,
                // not copied; `a[:] = a` copies on write). Subclasses iterate, as in CPython.
                let new: ContiguousArray<Value>
                if let src = value.asObject as? ListObj, src.type === types.list {
                    new = src.items
                } else if let src = value.asObject as? TupleObj, src.type === types.tuple {
                    new = src.items
                } else {
                    new = ContiguousArray(try iterateToArray(value, notIterableMessage: "can only assign an iterable"))
                }
                let (start, stop, step, count) = try sliceIndices(s, length: l.items.count)
                if step == 1 {
                    l.items.replaceSubrange(start..<max(start, stop), with: new)
                } else {
                    guard new.count == count else {
                        throw valueError("attempt to assign sequence of size \(new.count) to extended slice of size \(count)")
                    }
                    var i = start
                    for v in new {
                        l.items[i] = v
                        i += step
                    }
                }
                return
            }
            let i = try indexValue(index, for: "list")
            let j = i < 0 ? i + l.items.count : i
            guard j >= 0 && j < l.items.count else { throw indexError("list assignment index out of range") }
            l.items[j] = value
        case let d as DictObj:
            try d.set(index, value, self)
        case let b as BytesObj where b.type.isSubtype(of: types.bytearray):
            try setBytearrayItem(b, index, value)
        default:
            if let m = o.type.lookup(names.__setitem__) {
                _ = try call(m, [container, index, value])
                return
            }
            throw typeError("'\(o.type.name)' object does not support item assignment")
        }
    }

    func deleteItemResumable(_ container: Value, _ index: Value) throws -> Bool {
        if case .object(let r) = container, r.obj.type.isHeapType,
           let m = r.obj.type.lookup(names.__delitem__), m.asObject is FunctionObj {
            let res = try callResumable(m, [container, index])
            if case .unbound = res {
                fiber.frames[fiber.frames.count - 1].onReturn = .discard
                return true
            }
            return false
        }
        if dictItemRunsScript(container, index, names.__delitem__) {
            return pushedDiscarded(try callHashingHelperResumable("dict_delitem", [container, index]))
        }
        try deleteItem(container, index)
        return false
    }

    func deleteItem(_ container: Value, _ index: Value) throws {
        guard case .object(let r) = container else {
            throw typeError("'\(typeName(container))' object does not support item deletion")
        }
        let o = r.obj
        if o.type.isHeapType, let m = o.type.lookup(names.__delitem__), !(m.asObject is BuiltinFunctionObj) {
            _ = try call(m, [container, index])
            return
        }
        try builtinDeleteItem(o, container, index)
    }

    /// `del container[index]` by the object's builtin layout (`list.__delitem__`).
    func builtinDeleteItem(_ o: Obj, _ container: Value, _ index: Value) throws {
        switch o {
        case let l as ListObj:
            if let s = index.asObject as? SliceObj {
                let (start, _, step, count) = try sliceIndices(s, length: l.items.count)
                if count == 0 { return }
                var remove = Set<Int>()
                var i = start
                for _ in 0..<count { remove.insert(i); i += step }
                l.items = ContiguousArray(l.items.enumerated().filter { !remove.contains($0.offset) }.map { $0.element })
                return
            }
            let i = try indexValue(index, for: "list")
            let j = i < 0 ? i + l.items.count : i
            guard j >= 0 && j < l.items.count else { throw indexError("list assignment index out of range") }
            l.items.remove(at: j)
        case let d as DictObj:
            if try d.remove(index, self) == nil { throw keyError(index) }
        case let b as BytesObj where b.type.isSubtype(of: types.bytearray):
            try deleteBytearrayItem(b, index)
        default:
            if let m = o.type.lookup(names.__delitem__) {
                _ = try call(m, [container, index])
                return
            }
            throw typeError("'\(o.type.name)' object does not support item deletion")
        }
    }
}
