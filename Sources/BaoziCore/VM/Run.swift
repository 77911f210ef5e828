// The evaluator loop.
//
// One loop runs every interpreted frame: the tree evaluator (Tree/TreeEval.swift) runs the frame
// on top of the current fiber until that frame returns to one it cannot go on with, a greenlet
// switches, or an exception leaves it; a call pushes a frame and the same loop picks it up, so
// nothing recurses on the Swift stack per interpreted call. Exceptions are caught here and
// unwound (Unwind.swift) to the handler of the frame they stop in.

extension Interpreter {
    /// Runs the current fiber until the frame at index `entryDepth` returns, and returns its
    /// value. Exceptions escaping that frame are thrown. A greenlet switch changes `fiber`;
    /// only frames of the fiber the run started on can leave it.
    func run(entryDepth: Int) throws -> Value {
        let treeTypes = TreeTypes(str: types.str, list: types.list, function: types.function)
        let entryFiber = fiber
        let entryFiberPtr = fiberRef.toOpaque()
        while true {
            // Frames of another fiber (a greenlet) return within the loop: the bottom one ends
            // its greenlet through `.greenletEnd`. Compared by address: `===` on the strong
            // references cost an out-of-line call and two retain/release pairs per reload.
            let exitDepth = fiberRef.toOpaque() == entryFiberPtr ? entryDepth : 0
            do {
                if let v = try runTreeFrame(exitDepth: exitDepth, entryDepth: entryDepth, treeTypes) { return v }
            } catch let err as PyError {
                try unwind(err.exception, addTraceback: true, entryFiber: entryFiber, entryDepth: entryDepth)
            } catch let reraise as Reraise {
                // Unwinding happens here, outside the `do`, so that an exception leaving the
                // entry frame propagates out of `run` instead of being caught again.
                try unwind(reraise.exception, addTraceback: false, entryFiber: entryFiber, entryDepth: entryDepth)
            }
        }
    }

    /// The operators on two ints, two floats or two exact strs that need no dunder, or nil.
    @inline(__always)
    func fastBinary(_ op: BinaryOpcode, _ a: Value, _ b: Value, strType: TypeObj) -> Value? {
        if case .int(let x) = a, case .int(let y) = b {
            switch op {
            case .add:
                let (r, o) = x.addingReportingOverflow(y)
                return o ? nil : .int(r)
            case .sub:
                let (r, o) = x.subtractingReportingOverflow(y)
                return o ? nil : .int(r)
            case .mul:
                let (r, o) = x.multipliedReportingOverflow(by: y)
                return o ? nil : .int(r)
            case .and: return .int(x & y)
            case .or: return .int(x | y)
            case .xor: return .int(x ^ y)
            case .mod: return y > 0 && x >= 0 ? .int(x % y) : nil
            case .floorDiv: return y > 0 && x >= 0 ? .int(x / y) : nil
            default: return nil
            }
        }
        if case .float(let x) = a, case .float(let y) = b {
            switch op {
            case .add: return .float(x + y)
            case .sub: return .float(x - y)
            case .mul: return .float(x * y)
            case .div: return y != 0 ? .float(x / y) : nil
            default: return nil
            }
        }
        if op == .add, case .object(let ra) = a, case .object(let rb) = b,
           ra.hasExactType(strType), rb.hasExactType(strType) {
            // str + str: lengths and ASCII-ness are known, no dunder dispatch.
            let s = ra.raw._withUnsafeGuaranteedRef { x in
                rb.raw._withUnsafeGuaranteedRef { y -> StrObj in
                    let l = unsafeDowncast(x, to: StrObj.self), r = unsafeDowncast(y, to: StrObj.self)
                    return StrObj(l.value + r.value, count: l.count + r.count, isASCII: l.isASCII && r.isASCII, type: strType)
                }
            }
            return Value(heap.track(s))
        }
        return nil
    }
}

/// Thrown by `raise` without an argument and by the compiler's re-raise at the end of
/// `finally`/`except` blocks: the exception keeps its traceback (no new entry is added).
struct Reraise: Error {
    let exception: ExceptionObj
}

extension Value {
    /// The cell in a cell slot. Slots of captured variables always hold one.
    @inline(__always) var asCell: CellObj {
        unsafeDowncast(asObject!, to: CellObj.self)
    }
}

extension Interpreter {
    /// A global's value from the instruction's cache, when the dicts' key layouts are unchanged.
    @inline(__always)
    func cachedGlobal(_ cache: UnsafeMutablePointer<GlobalCache>, _ globals: Unmanaged<DictObj>) -> Value? {
        let c = cache.pointee
        guard c.dict == globals.toOpaque() else { return nil }
        // Guaranteed-reference access: no retain/release of the dicts on this path.
        return globals._withUnsafeGuaranteedRef { g -> Value? in
            guard c.layout == g.mutations else { return nil }
            if c.inBuiltins {
                return builtinsRef._withUnsafeGuaranteedRef { b -> Value? in
                    c.builtinsLayout == b.mutations ? b.rawEntry(c.position).value : nil
                }
            }
            return g.rawEntry(c.position).value
        }
    }

    /// Looks a global up in globals then builtins, and remembers where it was found.
    func lookupGlobal(_ cache: UnsafeMutablePointer<GlobalCache>, _ name: StrObj, _ globals: DictObj) -> Value? {
        if let p = globals.position(ofString: name) {
            cache.pointee = GlobalCache(dict: Unmanaged.passUnretained(globals).toOpaque(), layout: globals.mutations,
                                        position: p, inBuiltins: false, builtinsLayout: 0)
            return globals.rawEntry(p).value
        }
        if let p = builtins.position(ofString: name) {
            cache.pointee = GlobalCache(dict: Unmanaged.passUnretained(globals).toOpaque(), layout: globals.mutations,
                                        position: p, inBuiltins: true, builtinsLayout: builtins.mutations)
            return builtins.rawEntry(p).value
        }
        return nil
    }
}
