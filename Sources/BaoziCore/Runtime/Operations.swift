// Operators, subscripts, containment, truth tests and iteration as the VM loop performs them.
// Builtin types are handled natively; a script dunder gets a frame (result `.unbound`) with a
// continuation for any work left afterwards (reflected operands, result checks).

import BigInt

/// After `a.__op__(b)` returns: NotImplemented means try `b.__rop__(a)`, then fail.
final class BinaryFallback: NativeContinuation {
    let op: BinaryOpcode
    let a: Value
    let b: Value
    let triedReflected: Bool
    init(op: BinaryOpcode, a: Value, b: Value, triedReflected: Bool) {
        self.op = op; self.a = a; self.b = b; self.triedReflected = triedReflected
    }
    override func resume(_ interp: Interpreter, _ value: Value) throws -> Value {
        if !value.isIdentical(to: interp.notImplemented) { return value }
        if !triedReflected {
            return try interp.binaryReflected(op, a, b)
        }
        throw interp.unsupportedOperands(op, a, b)
    }
    override func trace(_ marker: inout Marker) { marker.mark(a); marker.mark(b) }
}

/// The stages of `a op b` for rich comparisons, in CPython's order.
enum CompareStage {
    /// The right operand's reflected method, when its class is a proper subclass of the left's.
    case reflectedFirst
    /// The left operand's method.
    case forward
    /// The right operand's reflected method (skipped when it already ran first).
    case reflected
    /// Neither side decided: identity for ==/!=, builtin ordering, or TypeError.
    case builtinDefault
}

/// After a comparison dunder returned: NotImplemented moves on to the next stage.
final class CompareFallback: NativeContinuation {
    let op: CompareOpcode
    let a: Value
    let b: Value
    let next: CompareStage
    /// The method was `__eq__` standing in for an inherited `object.__ne__`.
    let negate: Bool
    init(op: CompareOpcode, a: Value, b: Value, next: CompareStage, negate: Bool) {
        self.op = op; self.a = a; self.b = b; self.next = next; self.negate = negate
    }
    override func resume(_ interp: Interpreter, _ value: Value) throws -> Value {
        if !value.isIdentical(to: interp.notImplemented) {
            return negate ? .bool(!(try interp.truthy(value))) : value
        }
        return try interp.compareStages(op, a, b, from: next, resumable: true)
    }
    override func trace(_ marker: inout Marker) { marker.mark(a); marker.mark(b) }
}

/// `not v` from the answer of a script `__bool__` (or `__len__`).
final class NotContinuation: NativeContinuation {
    let viaLen: Bool
    init(viaLen: Bool) { self.viaLen = viaLen }
    override func resume(_ interp: Interpreter, _ value: Value) throws -> Value {
        let b: Bool
        if viaLen {
            b = try interp.lengthValue(value) != 0
        } else {
            guard case .bool(let x) = value else {
                throw interp.typeError("__bool__ should return bool, returned \(interp.typeName(value))")
            }
            b = x
        }
        return .bool(!b)
    }
}

/// Converts a `__contains__` result to bool, negated for `not in`.
final class ContainsContinuation: NativeContinuation {
    let negate: Bool
    init(negate: Bool) { self.negate = negate }
    override func resume(_ interp: Interpreter, _ value: Value) throws -> Value {
        let b = try interp.truthy(value)
        return .bool(negate ? !b : b)
    }
}

/// Checks that `__str__`/`__repr__`/`__format__` returned a str.
final class StringResultCheck: NativeContinuation {
    let method: String
    init(method: String) { self.method = method }
    override func resume(_ interp: Interpreter, _ value: Value) throws -> Value {
        guard value.asObject is StrObj else {
            throw interp.typeError("\(method) returned non-string (type \(interp.typeName(value)))")
        }
        return value
    }
}

/// Checks that `__format__` returned a str.
final class FormatResultCheck: NativeContinuation {
    override func resume(_ interp: Interpreter, _ value: Value) throws -> Value {
        guard value.asObject is StrObj else {
            throw interp.typeError("__format__ must return a str, not \(interp.typeName(value))")
        }
        return value
    }
}

/// An f-string's `!s`/`!r`/`!a` conversion ran a script `__str__`/`__repr__`: checks its
/// result, then applies the conversion's escaping and the format spec.
final class FormatAfterConversion: NativeContinuation {
    let method: String
    let ascii: Bool
    let spec: String
    init(method: String, ascii: Bool, spec: String) {
        self.method = method
        self.ascii = ascii
        self.spec = spec
    }
    override func resume(_ interp: Interpreter, _ value: Value) throws -> Value {
        guard let s = value.asObject as? StrObj else {
            throw interp.typeError("\(method) returned non-string (type \(interp.typeName(value)))")
        }
        if !ascii && spec.isEmpty { return value }
        let text = ascii ? interp.asciiEscaped(s.value) : s.value
        return interp.newStr(spec.isEmpty ? text : try interp.builtinFormat(interp.newStr(text), spec))
    }
}

/// `int(x)`/`float(x)` of a script `__int__`/`__index__`/`__float__`: checks the result.
final class NumberResultCheck: NativeContinuation {
    let method: String
    let float: Bool
    init(method: String, float: Bool) { self.method = method; self.float = float }
    override func resume(_ interp: Interpreter, _ value: Value) throws -> Value {
        if float {
            if case .float = value { return value }
            if case .object(let r) = value, let i = r.obj as? InstanceObj, case .float = i.payload, interp.isInstance(value, interp.types.float) {
                return i.payload
            }
            throw interp.typeError("\(interp.typeName(value)).\(method) returned non-float (type \(interp.typeName(value)))")
        }
        switch value {
        case .int: return value
        case .bool(let b): return .int(b ? 1 : 0)
        default:
            if value.asObject is BigIntObj { return value }
            if case .object(let r) = value, let i = r.obj as? InstanceObj, interp.isInstance(value, interp.types.int) { return i.payload }
            throw interp.typeError("\(method) returned non-int (type \(interp.typeName(value)))")
        }
    }
}

/// `hash(x)` of a script `__hash__`: the result as a hash (what `hash(_:)` does with it).
final class HashResult: NativeContinuation {
    override func resume(_ interp: Interpreter, _ value: Value) throws -> Value {
        switch value {
        case .int(let i): return .int(i == -1 ? -2 : i)
        case .bool(let b): return .int(b ? 1 : 0)
        default:
            if let b = value.asObject as? BigIntObj { return .int(pyHashInt(b.value)) }
            throw interp.typeError("__hash__ method should return an integer")
        }
    }
}

/// `bool(x)` of a script `__bool__` (or `__len__`): checks the result.
final class TruthValue: NativeContinuation {
    let viaLen: Bool
    init(viaLen: Bool) { self.viaLen = viaLen }
    override func resume(_ interp: Interpreter, _ value: Value) throws -> Value {
        if viaLen { return .bool(try interp.lengthValue(value) != 0) }
        guard case .bool = value else {
            throw interp.typeError("__bool__ should return bool, returned \(interp.typeName(value))")
        }
        return value
    }
}

/// `len(x)` of a script `__len__`: checks the result.
final class LengthResult: NativeContinuation {
    override func resume(_ interp: Interpreter, _ value: Value) throws -> Value {
        .int(try interp.lengthValue(value))
    }
}

/// `__index__` returned: must be an int (`operator.index`'s rule).
func checkIndexResult(_ interp: Interpreter, _ value: Value) throws {
    switch value {
    case .int, .bool: return
    default:
        if value.asObject is BigIntObj || interp.isInstance(value, interp.types.int) { return }
        throw interp.typeError("__index__ returned non-int (type \(interp.typeName(value)))")
    }
}

/// `sequence[obj]` after `obj.__index__()` ran as script code.
final class ItemAtIndex: NativeContinuation {
    let container: Value
    init(container: Value) { self.container = container }
    override func resume(_ interp: Interpreter, _ value: Value) throws -> Value {
        try checkIndexResult(interp, value)
        guard case .object(let r) = container else { return .pyNone }
        return try interp.builtinGetItem(r.obj, container, value)
    }
    override func trace(_ marker: inout Marker) { marker.mark(container) }
}

/// Checks that `__iter__` returned an iterator.
final class IterResultCheck: NativeContinuation {
    override func resume(_ interp: Interpreter, _ value: Value) throws -> Value {
        if !interp.isIterator(value) {
            throw interp.typeError("iter() returned non-iterator of type '\(interp.typeName(value))'")
        }
        return value
    }
}

extension Interpreter {
    // MARK: - Binary operators

    func unsupportedOperands(_ op: BinaryOpcode, _ a: Value, _ b: Value) -> PyError {
        if op == .add, a.asObject is StrObj {
            return typeError("can only concatenate str (not \"\(typeName(b))\") to str")
        }
        if op == .add, a.asObject is BytesObj, !(b.asObject is BytesObj) {
            return typeError("can't concat \(typeName(b)) to \(typeName(a))")
        }
        if op == .add, a.asObject is ListObj, !(b.asObject is ListObj) {
            return typeError("can only concatenate list (not \"\(typeName(b))\") to list")
        }
        if op == .add, a.asObject is TupleObj, !(b.asObject is TupleObj) {
            return typeError("can only concatenate tuple (not \"\(typeName(b))\") to tuple")
        }
        // CPython falls back to sequence repetition, which then rejects the non-int operand.
        if op == .mul, isRepeatableSequence(a) || isRepeatableSequence(b) {
            let count = isRepeatableSequence(a) ? b : a
            return typeError("can't multiply sequence by non-int of type '\(typeName(count))'")
        }
        let sym = op == .pow ? "** or pow()" : op.symbol
        return typeError("unsupported operand type(s) for \(sym): '\(typeName(a))' and '\(typeName(b))'")
    }

    /// The repeat count of `seq * v`: a number (repeatSequence rejects non-ints), or the
    /// result of a script `__index__`.
    private func repeatCount(_ v: Value) throws -> Num? {
        if let n = number(v) { return n }
        let t = typeOf(v)
        guard t.isHeapType, let index = t.lookup(names.__index__) else { return nil }
        let r = try call(index, [v])
        guard let n = number(r), !n.isFloat else {
            throw typeError("__index__ returned non-int (type \(typeName(r)))")
        }
        return n
    }

    /// Values `*` can repeat (CPython's sq_repeat types), subclasses included.
    private func isRepeatableSequence(_ v: Value) -> Bool {
        switch v.asObject {
        case is StrObj, is ListObj, is TupleObj, is BytesObj: return true
        default: return false
        }
    }

    /// `a op b` (or `a op= b`) from the VM.
    func binaryOperation(_ op: BinaryOpcode, _ a: Value, _ b: Value, inplace: Bool) throws -> Value {
        // `str % args` whose arguments convert in script (`__str__`, `__index__`, ...): the
        // conversions run in Baozi first, where they are resumable.
        if op == .mod, case .object(let ra) = a, ra.hasExactType(types.str), percentArgumentsRunScript(b) {
            return try callHelperResumable("percent_format", [a, b])
        }
        // Big ints and sets first: found by class, without the general number unwrapping.
        if case .object(let ra) = a {
            if let x = ra.obj as? BigIntObj, let r = try bigIntBinary(op, x.value, b) { return r }
            if op == .or || op == .and || op == .sub || op == .xor, let s = exactSet(a), let t = exactSet(b) {
                return try setOperation(op, s, t, inplace: inplace)
            }
        } else if case .int(let x) = a, case .object(let rb) = b, let y = rb.obj as? BigIntObj,
                  let r = try bigIntBinary(op, x, y.value) {
            return r
        }
        let ta = typeOf(a), tb = typeOf(b)
        if !ta.isHeapType && !tb.isHeapType {
            if let r = try builtinBinary(op, a, b, inplace: inplace) { return r }
            throw unsupportedOperands(op, a, b)
        }
        if inplace, let m = ta.lookup(names.inplace[Int(op.rawValue)]) {
            return try callResumable(m, [a, b], then: BinaryFallback(op: op, a: a, b: b, triedReflected: false))
        }
        // The right operand's reflected method goes first when its class is a subclass.
        if tb !== ta && tb.isSubtype(of: ta), let rm = tb.lookup(names.reflected[Int(op.rawValue)]),
           !(rm.asObject is BuiltinFunctionObj) {
            let cont = BinaryFallback(op: op, a: a, b: b, triedReflected: true)
            let first = try callResumable(rm, [b, a], then: ForwardAfterReflected(op: op, a: a, b: b))
            _ = cont
            return first
        }
        if let m = ta.lookup(names.binary[Int(op.rawValue)]) {
            if m.asObject is BuiltinFunctionObj {
                // A builtin base class (class MyInt(int)) does the work natively.
                if let r = try builtinBinary(op, a, b, inplace: inplace), !r.isIdentical(to: notImplemented) { return r }
                return try binaryReflected(op, a, b)
            }
            return try callResumable(m, [a, b], then: BinaryFallback(op: op, a: a, b: b, triedReflected: false))
        }
        return try binaryReflected(op, a, b)
    }

    func binaryReflected(_ op: BinaryOpcode, _ a: Value, _ b: Value) throws -> Value {
        let ta = typeOf(a), tb = typeOf(b)
        if tb !== ta, let rm = tb.lookup(names.reflected[Int(op.rawValue)]) {
            if rm.asObject is BuiltinFunctionObj {
                if let r = try builtinBinary(op, a, b, inplace: false) { return r }
                throw unsupportedOperands(op, a, b)
            }
            return try callResumable(rm, [b, a], then: BinaryFallback(op: op, a: a, b: b, triedReflected: true))
        }
        if !ta.isHeapType || !tb.isHeapType, let r = try builtinBinary(op, a, b, inplace: false) { return r }
        throw unsupportedOperands(op, a, b)
    }

    /// Operators on builtin values; nil when unsupported.
    func builtinBinary(_ op: BinaryOpcode, _ a: Value, _ b: Value, inplace: Bool) throws -> Value? {
        // `int | str` (PEP 604): a types.UnionType, built by the types module.
        if op == .or, a.asObject is TypeObj || b.asObject is TypeObj,
           a.asObject is TypeObj || a.isNone, b.asObject is TypeObj || b.isNone {
            let union = try call(try getAttribute(try loadModule("types"), intern("_union_from_operator")), [a, b])
            return union.isIdentical(to: notImplemented) ? nil : union
        }
        if let x = number(a), let y = number(b) {
            if case .bool(let p) = a, case .bool(let q) = b, op == .and || op == .or || op == .xor {
                switch op {
                case .and: return .bool(p && q)
                case .or: return .bool(p || q)
                default: return .bool(p != q)
                }
            }
            return try numericBinary(op, x, y)
        }
        guard case .object(let ra) = a else {
            // int * sequence
            if op == .mul, let n = number(a), case .object = b { return try repeatSequence(b, n) }
            return nil
        }
        let oa = ra.obj
        switch op {
        case .add:
            if let s = oa as? StrObj, let t = b.asObject as? StrObj { return newStr(s.value + t.value) }
            if let l = oa as? ListObj, let m = b.asObject as? ListObj {
                if inplace { l.items.append(contentsOf: m.items); return a }
                return newList(l.items + m.items)
            }
            if let t = oa as? TupleObj, let u = b.asObject as? TupleObj { return newTuple(t.items + u.items) }
            if let s = oa as? BytesObj, let t = b.asObject as? BytesObj {
                if inplace && s.type === types.bytearray { s.bytes += t.bytes; return a }
                return newBytesLike(s, s.bytes + t.bytes)
            }
            if inplace, let l = oa as? ListObj {
                l.items.append(contentsOf: try iterateToArray(b))
                return a
            }
        case .mul:
            if isRepeatableSequence(a), let n = try repeatCount(b) {
                // `lst *= n` repeats the list in place (other aliases see the change).
                if inplace, let l = oa as? ListObj {
                    guard let repeated = try repeatSequence(a, n)?.asObject as? ListObj else { return nil }
                    l.items = repeated.items
                    return a
                }
                return try repeatSequence(a, n)
            }
            if isRepeatableSequence(b), let n = try repeatCount(a) { return try repeatSequence(b, n) }
        case .mod:
            if let s = oa as? StrObj { return newStr(try percentFormat(s.value, b)) }
        case .or, .and, .sub, .xor:
            if let d = oa as? DictObj, op == .or, let e = b.asObject as? DictObj {
                let target = inplace ? d : copyDict(d)
                for entry in e.liveEntries { try target.set(entry.key, hash: entry.hash, entry.value, self) }
                return Value(target)
            }
            if let s = oa as? SetObj, let t = b.asObject as? SetObj {
                return try setOperation(op, s, t, inplace: inplace)
            }
            if let dv = oa as? DictViewObj, dv.kind != .values {
                let s = newSetObj()
                for k in try iterateToArray(a) { try s.add(k, self) }
                let t = newSetObj()
                for k in try iterateToArray(b) { try t.add(k, self) }
                return try setOperation(op, s, t, inplace: false)
            }
        default:
            break
        }
        return nil
    }

    func copyDict(_ d: DictObj) -> DictObj {
        let n = newDictObj()
        for e in d.liveEntries { try? n.set(e.key, hash: e.hash, e.value, self) }
        return n
    }

    private func repeatSequence(_ seq: Value, _ n: Num) throws -> Value? {
        guard case .int(let count) = n else {
            if case .big = n { throw overflowError("cannot fit 'int' into an index-sized integer") }
            return nil
        }
        // Repeating an empty sequence is immediate, however large the count (CPython's too).
        let isEmpty: Bool
        switch seq.asObject {
        case let s as StrObj: isEmpty = s.value.isEmpty
        case let l as ListObj: isEmpty = l.items.isEmpty
        case let t as TupleObj: isEmpty = t.items.isEmpty
        case let b as BytesObj: isEmpty = b.bytes.isEmpty
        default: isEmpty = false
        }
        let times = isEmpty ? 0 : max(0, count)
        switch seq.asObject {
        case let s as StrObj:
            // As CPython: a length past the machine word is an OverflowError, a merely huge
            // one a MemoryError.
            if s.count.multipliedReportingOverflow(by: times).overflow { throw overflowError("repeated string is too long") }
            try checkRepetition(s.value.utf8.count, times, limit: 1 << 32)
            return newStr(String(repeating: s.value, count: times))
        case let l as ListObj:
            try checkRepetition(l.items.count, times, limit: 1 << 28, unitBytes: 16)
            var out = ContiguousArray<Value>()
            out.reserveCapacity(l.items.count * times)
            for _ in 0..<times { out.append(contentsOf: l.items) }
            return newList(out)
        case let t as TupleObj:
            try checkRepetition(t.items.count, times, limit: 1 << 28, unitBytes: 16)
            var out = ContiguousArray<Value>()
            for _ in 0..<times { out.append(contentsOf: t.items) }
            return newTuple(out)
        case let b as BytesObj:
            if b.bytes.count.multipliedReportingOverflow(by: times).overflow { throw overflowError("repeated bytes are too long") }
            try checkRepetition(b.bytes.count, times, limit: 1 << 32)
            var out: [UInt8] = []
            for _ in 0..<times { out.append(contentsOf: b.bytes) }
            return newBytesLike(b, out)
        default:
            return nil
        }
    }

    /// `s op t` for two sets (`|`, `&`, `-`, `^`), or `s op= t` in place (SetAlgebra.swift).
    /// A frozenset is never changed: `f |= t` makes a new one, as `f | t` does.
    func setOperation(_ op: BinaryOpcode, _ s: SetObj, _ t: SetObj, inplace: Bool) throws -> Value {
        if inplace && !s.type.isSubtype(of: types.frozenset) {
            switch op {
            case .or: try s.addAll(from: t, self)
            case .and: try setIntersectionUpdate(s, t)
            case .sub: try setDifferenceUpdate(s, t)
            case .xor: try setSymmetricDifferenceUpdate(s, t)
            default: break
            }
            return Value(s)
        }
        switch op {
        case .or: return Value(try setUnion(s, t))
        case .and: return Value(try setIntersection(s, t))
        case .sub: return Value(try setDifference(s, t))
        case .xor: return Value(try setSymmetricDifference(s, t))
        default: return Value(try copySet(s))
        }
    }

    /// `a op b` from Swift (nested).
    func binary(_ op: BinaryOpcode, _ a: Value, _ b: Value) throws -> Value {
        if let r = try builtinBinary(op, a, b, inplace: false), !typeOf(a).isHeapType, !typeOf(b).isHeapType { return r }
        let ta = typeOf(a), tb = typeOf(b)
        if let m = ta.lookup(names.binary[Int(op.rawValue)]), !(m.asObject is BuiltinFunctionObj) {
            let r = try call(m, [a, b])
            if !r.isIdentical(to: notImplemented) { return r }
        }
        if tb !== ta, let rm = tb.lookup(names.reflected[Int(op.rawValue)]), !(rm.asObject is BuiltinFunctionObj) {
            let r = try call(rm, [b, a])
            if !r.isIdentical(to: notImplemented) { return r }
        }
        if let r = try builtinBinary(op, a, b, inplace: false) { return r }
        throw unsupportedOperands(op, a, b)
    }

    // MARK: - Unary operators

    func unaryOperation(_ op: UnaryOpcode, _ a: Value) throws -> Value {
        if let n = number(a), !typeOf(a).isHeapType {
            switch (op, n) {
            case (.negative, .int(let i)):
                return i == Int.min ? newInt(-BigInt(i)) : .int(-i)
            case (.negative, .big(let b)): return newInt(-b)
            case (.negative, .float(let d)): return .float(-d)
            case (.positive, .float(let d)): return .float(d)
            case (.positive, _): return intValue(n)
            case (.invert, .int(let i)): return .int(~i)
            case (.invert, .big(let b)): return newInt(-b - 1)
            default: break
            }
        }
        let name: String
        switch op {
        case .negative: name = "__neg__"
        case .positive: name = "__pos__"
        default: name = "__invert__"
        }
        if let m = typeOf(a).lookup(intern(name)) {
            return try callResumable(m, [a])
        }
        let sym = op == .negative ? "-" : (op == .positive ? "+" : "~")
        throw typeError("bad operand type for unary \(sym): '\(typeName(a))'")
    }

    /// `not v` for the tree loop: a script `__bool__`/`__len__` gets a frame (`.unbound` is
    /// returned; the answer, negated, lands on the frame's stack).
    func notResumable(_ v: Value) throws -> Value {
        if case .object(let r) = v, r.obj.type.isHeapType {
            let t = r.obj.type
            if let m = t.lookup(names.__bool__), m.asObject is FunctionObj {
                return try callResumable(m, [v], then: NotContinuation(viaLen: false))
            }
            if t.lookup(names.__bool__) == nil, let m = t.lookup(names.__len__), m.asObject is FunctionObj {
                return try callResumable(m, [v], then: NotContinuation(viaLen: true))
            }
        }
        return .bool(!(try truthy(v)))
    }

    // MARK: - Comparisons

    func compareResumable(_ op: CompareOpcode, _ a: Value, _ b: Value) throws -> Value {
        if let r = numericCompareFastPath(op, a, b) { return .bool(r) }
        if let s = exactSet(a), let t = exactSet(b) {
            switch op {
            case .eq: return .bool(try setEquals(s, t))
            case .ne: return .bool(!(try setEquals(s, t)))
            default: return .bool(try setOrdered(op, s, t))
            }
        }
        if !typeOf(a).isHeapType && !typeOf(b).isHeapType {
            // Two lists or two tuples holding values whose `==`/`<` is script code: compared
            // item by item in Baozi.
            if case .object(let ra) = a, case .object(let rb) = b,
               (ra.hasExactType(types.list) && rb.hasExactType(types.list)) || (ra.hasExactType(types.tuple) && rb.hasExactType(types.tuple)),
               try sequenceCompareRunsScript(ra.obj, rb.obj) {
                let symbols = ["<", "<=", "==", "!=", ">", ">="]
                return try callHelperResumable("sequence_compare", [a, b, newStr(symbols[Int(op.rawValue)])])
            }
            return .bool(try builtinCompare(op, a, b))
        }
        return try compareStages(op, a, b, from: .reflectedFirst, resumable: true)
    }

    /// Whether comparing two lists (or two tuples) reaches script code before the first pair
    /// of items that differ is settled; looks no further than that pair.
    private func sequenceCompareRunsScript(_ a: Obj, _ b: Obj) throws -> Bool {
        let x = (a as? ListObj)?.items ?? (a as? TupleObj)?.items ?? []
        let y = (b as? ListObj)?.items ?? (b as? TupleObj)?.items ?? []
        for i in 0..<min(x.count, y.count) {
            if x[i].isIdentical(to: y[i]) { continue }
            if !isPlainData(x[i]) || !isPlainData(y[i]) { return true }
            if !(try equals(x[i], y[i])) { return false }
        }
        return false
    }

    /// The set or frozenset a value holds when its class is exactly one of those (a class
    /// pointer compare: no dynamic cast).
    @inline(__always)
    func exactSet(_ v: Value) -> SetObj? {
        guard case .object(let r) = v, r.hasExactType(types.frozenset) || r.hasExactType(types.set) else { return nil }
        return unsafeDowncast(r.obj, to: SetObj.self)
    }

    /// float-float and int-float comparisons, exact as CPython's; nil for anything else.
    @inline(__always)
    private func numericCompareFastPath(_ op: CompareOpcode, _ a: Value, _ b: Value) -> Bool? {
        switch (a, b) {
        case (.float(let x), .float(let y)):
            return op.compare(x, y)
        case (.int(let x), .float(let y)):
            guard let c = pyCompareIntDouble(x, y) else { return op == .ne }
            return ordered(c, op)
        case (.float(let x), .int(let y)):
            guard let c = pyCompareIntDouble(y, x) else { return op == .ne }
            return ordered(-c, op)
        default:
            return nil
        }
    }

    /// `a op b` as a Value from Swift (nested).
    func richCompare(_ a: Value, _ b: Value, _ op: CompareOpcode) throws -> Value {
        if let r = numericCompareFastPath(op, a, b) { return .bool(r) }
        if !typeOf(a).isHeapType && !typeOf(b).isHeapType { return .bool(try builtinCompare(op, a, b)) }
        return try compareStages(op, a, b, from: .reflectedFirst, resumable: false)
    }

    /// Runs the comparison stages from `stage` on until a method returns something other than
    /// NotImplemented. When `resumable`, a script method gets a frame (result `.unbound`) whose
    /// continuation carries on with the following stages.
    func compareStages(_ op: CompareOpcode, _ a: Value, _ b: Value, from stage: CompareStage, resumable: Bool) throws -> Value {
        let ta = typeOf(a), tb = typeOf(b)
        let rightIsSubclass = ta !== tb && tb.isSubtype(of: ta)
        var stage = stage
        while true {
            let method: (function: Value, negate: Bool)?
            let next: CompareStage
            let reflected: Bool
            switch stage {
            case .reflectedFirst:
                method = rightIsSubclass ? comparisonMethod(tb, op.reflected) : nil
                next = .forward; reflected = true
            case .forward:
                method = comparisonMethod(ta, op)
                next = rightIsSubclass ? .builtinDefault : .reflected; reflected = false
            case .reflected:
                method = comparisonMethod(tb, op.reflected)
                next = .builtinDefault; reflected = true
            case .builtinDefault:
                return try compareDefault(op, a, b)
            }
            stage = next
            guard let m = method else { continue }
            let args = reflected ? [b, a] : [a, b]
            if resumable {
                let then = CompareFallback(op: op, a: a, b: b, next: next, negate: m.negate)
                return try callResumable(m.function, args, then: then)
            }
            let r = try call(m.function, args)
            if !r.isIdentical(to: notImplemented) {
                return m.negate ? .bool(!(try truthy(r))) : r
            }
        }
    }

    /// The script method implementing `op` for instances of `t`, if any. A class that defines
    /// `__eq__` but inherits `object.__ne__` gets `!=` as the negation of its `__eq__`.
    private func comparisonMethod(_ t: TypeObj, _ op: CompareOpcode) -> (function: Value, negate: Bool)? {
        let name = names.compare[Int(op.rawValue)]
        let m = t.lookup(name)
        if let m, m.asObject is FunctionObj { return (m, false) }
        guard op == .ne else { return nil }
        let inheritsObjectNe = m.map { $0.isIdentical(to: types.object.lookup(name) ?? .unbound) } ?? true
        if inheritsObjectNe, let eq = t.lookup(names.__eq__), eq.asObject is FunctionObj {
            return (eq, true)
        }
        return nil
    }

    /// When neither side's dunder decides: builtin comparison, identity for ==/!=, else error.
    func compareDefault(_ op: CompareOpcode, _ a: Value, _ b: Value) throws -> Value {
        return .bool(try builtinCompare(op, a, b))
    }

    func compare(_ a: Value, _ b: Value, _ op: CompareOpcode) throws -> Bool {
        if case .int(let x) = a, case .int(let y) = b { return op.compare(x, y) }
        return try truthy(try richCompare(a, b, op))
    }

    /// Comparisons of builtin values.
    func builtinCompare(_ op: CompareOpcode, _ a: Value, _ b: Value) throws -> Bool {
        try checkNativeStack(" in comparison")
        if op == .eq || op == .ne {
            let eq: Bool
            if let f = try fastEquals(a, b) {
                eq = f
            } else if let x = number(a), let y = number(b) {
                eq = compareNumbers(x, y) == 0
            } else if let layoutEq = try builtinLayoutEquals(a, b) {
                // Instances of subclasses (class Name(str)) compare as their builtin base.
                eq = layoutEq
            } else if let s = a.asObject as? SetObj, let t = b.asObject as? SetObj {
                eq = try setEquals(s, t)
            } else if let d = a.asObject as? DictObj, let e = b.asObject as? DictObj {
                eq = try dictEquals(d, e)
            } else if let r = a.asObject as? RangeObj, let s = b.asObject as? RangeObj {
                eq = r.count == s.count && (r.count == 0 || (r.start == s.start && (r.count == 1 || r.step == s.step)))
            } else if let r = a.asObject as? SliceObj, let s = b.asObject as? SliceObj {
                eq = try sequenceEquals([r.start, r.stop, r.step], [s.start, s.stop, s.step])
            } else if let w = a.asObject as? WeakRefObj, let v = b.asObject as? WeakRefObj {
                eq = try weakRefsEqual(w, v)
            } else if let dv = a.asObject as? DictViewObj, let ev = b.asObject as? DictViewObj, dv.kind != .values {
                let x = try iterateToArray(Value(dv)), y = try iterateToArray(Value(ev))
                eq = try x.count == y.count && x.allSatisfy { xi in try y.contains { try equals($0, xi) } }
            } else {
                eq = a.isIdentical(to: b)
            }
            return op == .eq ? eq : !eq
        }
        if let x = number(a), let y = number(b) {
            guard let c = compareNumbers(x, y) else { return false }
            return ordered(c, op)
        }
        switch (a.asObject, b.asObject) {
        case (let s as StrObj, let t as StrObj):
            let c = compareUTF8(s.value, t.value)
            return ordered(c, op)
        case (let l as ListObj, let m as ListObj):
            return try compareSequences(l.items, m.items, op)
        case (let l as TupleObj, let m as TupleObj):
            return try compareSequences(l.items, m.items, op)
        case (let l as BytesObj, let m as BytesObj):
            let c = l.bytes.lexicographicallyPrecedes(m.bytes) ? -1 : (l.bytes == m.bytes ? 0 : 1)
            return ordered(c, op)
        case (let s as SetObj, let t as SetObj):
            return try setOrdered(op, s, t)
        default:
            throw typeError("'\(op.symbol)' not supported between instances of '\(typeName(a))' and '\(typeName(b))'")
        }
    }

    /// Equality of two str, list, tuple or bytes objects by content, whatever their classes.
    private func builtinLayoutEquals(_ a: Value, _ b: Value) throws -> Bool? {
        switch (a.asObject, b.asObject) {
        case (let s as StrObj, let t as StrObj): return s.equals(t)
        case (let l as ListObj, let m as ListObj): return try sequenceEquals(l.items, m.items)
        case (let l as TupleObj, let m as TupleObj): return try sequenceEquals(l.items, m.items)
        case (let l as BytesObj, let m as BytesObj): return l.bytes == m.bytes
        default: return nil
        }
    }

    private func dictEquals(_ d: DictObj, _ e: DictObj) throws -> Bool {
        if d.count != e.count { return false }
        for entry in d.liveEntries {
            guard let v = try e.get(entry.key, hash: entry.hash, self) else { return false }
            if !v.isIdentical(to: entry.value), !(try equals(entry.value, v)) { return false }
        }
        return true
    }

    /// `op` applied to a three-way comparison result (negative, zero, positive).
    @inline(__always) func ordered(_ c: Int, _ op: CompareOpcode) -> Bool { op.compare(c, 0) }

    func compareUTF8(_ a: String, _ b: String) -> Int {
        var ia = a.utf8.makeIterator(), ib = b.utf8.makeIterator()
        while true {
            switch (ia.next(), ib.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case (let x?, let y?):
                if x != y { return x < y ? -1 : 1 }
            }
        }
    }

    private func compareSequences(_ a: ContiguousArray<Value>, _ b: ContiguousArray<Value>, _ op: CompareOpcode) throws -> Bool {
        let n = min(a.count, b.count)
        for i in 0..<n {
            if a[i].isIdentical(to: b[i]) { continue }
            if !(try equals(a[i], b[i])) {
                return try compare(a[i], b[i], op)
            }
        }
        return ordered(a.count < b.count ? -1 : (a.count > b.count ? 1 : 0), op)
    }

    // MARK: - Containment

    func containsResumable(_ container: Value, _ item: Value, negate: Bool) throws -> Value {
        if case .object(let r) = container, r.obj.type.isHeapType,
           let m = r.obj.type.lookup(names.__contains__), m.asObject is FunctionObj {
            return try callResumable(m, [container, item], then: ContainsContinuation(negate: negate))
        }
        if case .object(let r) = container, r.hasExactType(types.list) || r.hasExactType(types.tuple) {
            // Items compared natively until one whose `==` is script code: the rest of the
            // search runs in Baozi.
            let items = (r.obj as? ListObj)?.items ?? (r.obj as? TupleObj)?.items ?? []
            let itemRunsScript = typeOf(item).isHeapType
            for (i, x) in items.enumerated() {
                if x.isIdentical(to: item) { return .bool(!negate) }
                if itemRunsScript || typeOf(x).isHeapType {
                    return try callHelperResumable("sequence_contains", [container, item, .int(i)],
                                                   then: ContainsContinuation(negate: negate))
                }
                if try equals(x, item) { return .bool(!negate) }
            }
            return .bool(negate)
        }
        // A dict or set key whose `__hash__`/`__eq__` is script code: the lookup runs in Baozi.
        if hashRunsScript(item), case .object(let r) = container,
           !r.obj.type.isHeapType || r.obj.type.lookup(names.__contains__)?.asObject is BuiltinFunctionObj {
            if r.obj is DictObj {
                return try callHashingHelperResumable("dict_contains", [container, item], then: ContainsContinuation(negate: negate))
            }
            if r.obj is SetObj {
                return try callHashingHelperResumable("set_contains", [container, item], then: ContainsContinuation(negate: negate))
            }
        }
        let b = try contains(container, item)
        return .bool(negate ? !b : b)
    }

    func contains(_ container: Value, _ item: Value) throws -> Bool {
        guard case .object(let r) = container else {
            throw typeError("argument of type '\(typeName(container))' is not iterable")
        }
        let o = r.obj
        if o.type.isHeapType, let m = o.type.lookup(names.__contains__), !(m.asObject is BuiltinFunctionObj) {
            return try truthy(try call(m, [container, item]))
        }
        return try builtinContains(o, container, item)
    }

    /// `item in container` by the object's builtin layout (`list.__contains__`).
    func builtinContains(_ o: Obj, _ container: Value, _ item: Value) throws -> Bool {
        switch o {
        case let s as StrObj:
            guard let t = item.asObject as? StrObj else {
                throw typeError("'in <string>' requires string as left operand, not \(typeName(item))")
            }
            return t.value.isEmpty || s.value.contains(t.value) && utf8Contains(s.value, t.value)
        case let d as DictObj: return try d.contains(item, self)
        case let s as SetObj: return try s.contains(item, self)
        case let l as ListObj:
            for x in l.items { if x.isIdentical(to: item) { return true }; if try equals(x, item) { return true } }
            return false
        case let t as TupleObj:
            for x in t.items { if x.isIdentical(to: item) { return true }; if try equals(x, item) { return true } }
            return false
        case let rg as RangeObj:
            guard case .int(let i) = item else {
                if let n = number(item), case .float(let d) = n, d == d.rounded(), abs(d) < 1e18 {
                    return try contains(container, .int(Int(d)))
                }
                return false
            }
            if rg.count == 0 { return false }
            if rg.step > 0 ? (i < rg.start || i >= rg.stop) : (i > rg.start || i <= rg.stop) { return false }
            return rg.offset(of: i) != nil
        case let b as BytesObj:
            if case .int = item { return b.bytes.contains(try byteValue(item)) }
            if let sub = item.asObject as? BytesObj {
                if sub.bytes.isEmpty { return true }
                return b.bytes.indices.contains { i in i + sub.bytes.count <= b.bytes.count && Array(b.bytes[i..<(i + sub.bytes.count)]) == sub.bytes }
            }
            return false
        case let dv as DictViewObj:
            switch dv.kind {
            case .keys: return try dv.dictObj.contains(item, self)
            case .items:
                guard let t = item.asObject as? TupleObj, t.items.count == 2 else { return false }
                guard let v = try dv.dictObj.get(t.items[0], self) else { return false }
                return try equals(v, t.items[1])
            case .values:
                for v in dv.dictObj.values where try equals(v, item) { return true }
                return false
            }
        default:
            if let m = o.type.lookup(names.__contains__), !(m.asObject is BuiltinFunctionObj) {
                return try truthy(try call(m, [container, item]))
            }
            var found = false
            try iterate(container) { x in
                if x.isIdentical(to: item) { found = true; return false }
                if try self.equals(x, item) { found = true; return false }
                return true
            }
            return found
        }
    }

    private func utf8Contains(_ hay: String, _ needle: String) -> Bool {
        let h = Array(hay.utf8), n = Array(needle.utf8)
        if n.count > h.count { return false }
        var i = 0
        while i + n.count <= h.count {
            if h[i] == n[0] && h[i..<(i + n.count)].elementsEqual(n) { return true }
            i += 1
        }
        return false
    }

    // MARK: - Iteration from the VM

    func getIterResumable(_ v: Value) throws -> Value {
        if let it = try builtinIterator(v) { return it }
        let t = typeOf(v)
        if let m = t.lookup(names.__iter__), m.asObject is FunctionObj {
            return try callResumable(m, [v], then: IterResultCheck())
        }
        return try getIter(v)
    }

    /// FOR_ITER on a non-builtin iterator: a generator resumes in place; a script `__next__`
    /// gets a frame. Returns the next item, nil when exhausted, or `.unbound` for a frame.
    func forIterResumable(_ it: Value) throws -> Value? {
        if case .object(let r) = it {
            if let g = r.obj as? GeneratorObj {
                if g.state == .finished { return nil }
                try resumeGenerator(g, sending: .pyNone, action: .forIter)
                return .unbound
            }
            if let m = r.obj.type.lookup(names.__next__) {
                if m.asObject is FunctionObj {
                    return try callResumable(m, [it], then: ForIterContinuation())
                }
                do {
                    return try call(m, [it])
                } catch let e as PyError where e.exception.type.isSubtype(of: types.exceptions.stopIteration) {
                    return nil
                }
            }
        }
        throw typeError("'\(typeName(it))' object is not an iterator")
    }

    // MARK: - Dict merging for calls and displays

    func mergeMapping(into d: DictObj, from v: Value, rejectDuplicates: Bool, callee: Value?) throws {
        if case .object(let r) = v, let src = r.obj as? DictObj {
            for e in src.liveEntries {
                if rejectDuplicates {
                    if !(e.key.asObject is StrObj) { throw typeError("keywords must be strings") }
                    if try d.contains(e.key, self) {
                        throw typeError("\(functionDescription(callee)) got multiple values for keyword argument '\((e.key.asObject as! StrObj).value)'")
                    }
                }
                try d.set(e.key, hash: e.hash, e.value, self)
            }
            return
        }
        guard typeOf(v).lookup(intern("keys")) != nil else {
            if rejectDuplicates {
                throw typeError("\(functionDescription(callee)) argument after ** must be a mapping, not \(typeName(v))")
            }
            throw typeError("'\(typeName(v))' object is not a mapping")
        }
        let keys = try iterateToArray(try callMethod(v, "keys", []))
        for k in keys {
            if rejectDuplicates, try d.contains(k, self) {
                throw typeError("\(functionDescription(callee)) got multiple values for keyword argument '\((k.asObject as? StrObj)?.value ?? "?")'")
            }
            try d.set(k, try getItem(v, k), self)
        }
    }

    /// How CPython names a callable in call errors (`_PyObject_FunctionStr`): "mod.qualname()",
    /// just "qualname()" for builtins, or the object's str when it has no qualified name.
    func functionDescription(_ callable: Value?) -> String {
        guard let v = callable else { return "function" }
        func qualified(_ module: String?, _ qualname: String) -> String {
            guard let module, module != "builtins" else { return "\(qualname)()" }
            return "\(module).\(qualname)()"
        }
        switch v.asObject {
        case let f as FunctionObj:
            return qualified((f.module.asObject as? StrObj)?.value, f.qualname)
        case let m as MethodObj:
            return functionDescription(m.function)
        case let b as BuiltinFunctionObj:
            if let r = b.receiver, !(r.asObject is ModuleObj) { return "\(typeName(r)).\(b.name)()" }
            if let owner = b.ownerType { return "\(owner.name).\(b.name)()" }
            return "\(b.name)()"
        case let t as TypeObj:
            return qualified(t.module, t.qualname)
        default:
            return (try? str(v)) ?? typeName(v)
        }
    }
}

/// After a reflected method ran first (right operand a subclass): on NotImplemented, try the
/// left operand's method, then fail.
final class ForwardAfterReflected: NativeContinuation {
    let op: BinaryOpcode
    let a: Value
    let b: Value
    init(op: BinaryOpcode, a: Value, b: Value) { self.op = op; self.a = a; self.b = b }
    override func resume(_ interp: Interpreter, _ value: Value) throws -> Value {
        if !value.isIdentical(to: interp.notImplemented) { return value }
        if let m = interp.typeOf(a).lookup(interp.names.binary[Int(op.rawValue)]), m.asObject is FunctionObj {
            return try interp.callResumable(m, [a, b], then: BinaryFallback(op: op, a: a, b: b, triedReflected: true))
        }
        if let r = try interp.builtinBinary(op, a, b, inplace: false) { return r }
        throw interp.unsupportedOperands(op, a, b)
    }
    override func trace(_ marker: inout Marker) { marker.mark(a); marker.mark(b) }
}

extension Interpreter {
    /// MemoryError for a repetition (or padding) whose result would exceed `limit` items,
    /// checked without overflowing.
    func checkRepetition(_ count: Int, _ times: Int, limit: Int, unitBytes: Int = 1) throws {
        if count <= 0 || times <= 0 { return }
        let (total, overflow) = count.multipliedReportingOverflow(by: times)
        if overflow || total > limit { throw error(types.exceptions.memoryError, "") }
        if heap.footprintTracking { try checkAllocation(bytes: total &* unitBytes) }
    }
}

extension CompareOpcode {
    /// IEEE comparison of floats: NaN makes every operator false except `!=`, as in Python.
    @inline(__always) func compare(_ x: Double, _ y: Double) -> Bool {
        switch self {
        case .lt: return x < y
        case .le: return x <= y
        case .eq: return x == y
        case .ne: return x != y
        case .gt: return x > y
        case .ge: return x >= y
        }
    }
}
