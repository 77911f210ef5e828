// Builtins over iterables and numbers: min, max, sum, sorted, any, all, round, divmod, pow,
// chr, ord, hex, oct, bin, format, dir, vars, input.

import BigInt

extension Interpreter {
    func setUpFunctionalBuiltins(_ ns: DictObj) {
        for (name, op) in [("min", CompareOpcode.lt), ("max", .gt)] {
            define(ns, name) { interp, args in
                if args.positionalCount == 1, interp.iteratesInScript(args[0]), let f = interp.builtins.getString(interp.intern(name)) {
                    return try interp.collectThenCall(f, args, replacing: 0)
                }
                return try interp.minMax(args, name: name, op: op)
            }
        }
        define(ns, "sum") { interp, args in
            try interp.expectArgs(args, "sum", min: 1, max: 2)
            var total: Value = args.positionalCount > 1 ? args[1] : (args.keyword("start") ?? .int(0))
            if total.asObject is StrObj { throw interp.typeError("sum() can't sum strings [use ''.join(seq) instead]") }
            if interp.iteratesInScript(args[0]) { return try interp.handOver("sum_from", [args[0], total]) }
            // A script __add__/__radd__ runs in Baozi, from the first item that needs it on.
            if interp.nativeMayResume {
                if case .object(let r) = args[0], r.hasExactType(interp.types.list) || r.hasExactType(interp.types.tuple) {
                    let items = (r.obj as? ListObj)?.items ?? (r.obj as? TupleObj)?.items ?? []
                    if interp.typeOf(total).isHeapType || items.contains(where: { interp.typeOf($0).isHeapType }) {
                        return try interp.handOver("sum_from", [args[0], total])
                    }
                } else {
                    let it = try interp.getIter(args[0])
                    while let v = try interp.next(it) {
                        if interp.typeOf(total).isHeapType || interp.typeOf(v).isHeapType {
                            return try interp.handOver("sum_item_then", [total, v, it])
                        }
                        total = try interp.sumStep(total, v)
                    }
                    return total
                }
            }
            try interp.iterate(args[0]) { v in
                total = try interp.sumStep(total, v)
                return true
            }
            return total
        }
        define(ns, "sorted") { interp, args in
            guard args.positionalCount == 1 else {
                throw interp.typeError("sorted expected 1 argument, got \(args.positionalCount)")
            }
            if interp.iteratesInScript(args[0]), let f = interp.builtins.getString(interp.intern("sorted")) {
                return try interp.collectThenCall(f, args, replacing: 0)
            }
            let key = args.keyword("key").flatMap { $0.isNone ? nil : $0 }
            let reverse = try args.keyword("reverse").map { try interp.truthy($0) } ?? false
            try interp.refuseImpossibleLength(args[0])
            let items = try interp.iterateToArray(args[0])
            if interp.orderingRunsScript(items, key: key) {
                return try interp.handOver("sort_list", [interp.newList(items), key ?? .pyNone, .bool(reverse)])
            }
            return interp.newList(try interp.sortValues(items, key: key, reverse: reverse))
        }
        define(ns, "any") { interp, args in
            try interp.expectArgs(args, "any", min: 1, max: 1)
            if interp.iteratesInScript(args[0]) { return try interp.handOver("any_of", [args[0]]) }
            var found = false
            try interp.iterate(args[0]) { v in
                if try interp.truthy(v) { found = true; return false }
                return true
            }
            return .bool(found)
        }
        define(ns, "all") { interp, args in
            try interp.expectArgs(args, "all", min: 1, max: 1)
            if interp.iteratesInScript(args[0]) { return try interp.handOver("all_of", [args[0]]) }
            var ok = true
            try interp.iterate(args[0]) { v in
                if !(try interp.truthy(v)) { ok = false; return false }
                return true
            }
            return .bool(ok)
        }
        define(ns, "round") { interp, args in
            // The count and the keywords are checked against CPython's signature (NativeSignatures).
            guard let x = args.positionalCount > 0 ? args[0] : args.keyword("number") else {
                throw interp.typeError("round() missing required argument 'number' (pos 1)")
            }
            let nd = (args.positionalCount > 1 ? args[1] : args.keyword("ndigits")) ?? .pyNone
            if case .object(let r) = x, r.obj.type.isHeapType, let m = r.obj.type.lookup(interp.intern("__round__")) {
                return try interp.call(m, nd.isNone ? [x] : [x, nd])
            }
            guard let n = interp.number(x) else {
                throw interp.typeError("type \(interp.typeName(x)) doesn't define __round__ method")
            }
            switch n {
            case .float(let d):
                if nd.isNone {
                    if d.isNaN { throw interp.valueError("cannot convert float NaN to integer") }
                    if d.isInfinite { throw interp.overflowError("cannot convert float infinity to integer") }
                    return try interp.floatToInt(d.rounded(.toNearestOrEven))
                }
                let digits = try interp.indexValueForRange(nd)
                do { return .float(try pyRound(d, ndigits: digits)) } catch let e as PyFormatError { throw interp.mapFormatError(e) }
            default:
                if nd.isNone { return interp.intValue(n) }
                let digits = try interp.indexValueForRange(nd)
                if digits >= 0 { return interp.intValue(n) }
                // Round to a multiple of 10**-digits, half to even.
                let big = n.asBig
                let unit = interp.bigPow(BigInt(10), -digits)
                var q = interp.floorDivBig(big, unit)
                let r = big - q * unit
                let twice = r * 2
                if twice > unit || (twice == unit && q % 2 != 0) { q += 1 }
                return interp.newInt(q * unit)
            }
        }
        define(ns, "divmod") { interp, args in
            try interp.expectArgs(args, "divmod", min: 2, max: 2)
            let q = try interp.binary(.floorDiv, args[0], args[1])
            let r = try interp.binary(.mod, args[0], args[1])
            return interp.newTuple([q, r])
        }
        define(ns, "pow") { interp, args in
            try interp.expectArgs(args, "pow", min: 2, max: 3)
            if args.positionalCount == 3 && !args[2].isNone {
                guard let b = interp.number(args[0]), let e = interp.number(args[1]), let m = interp.number(args[2]),
                      !b.isFloat, !e.isFloat, !m.isFloat else {
                    throw interp.typeError("pow() 3rd argument not allowed unless all arguments are integers")
                }
                if m.asBig.isZero { throw interp.valueError("pow() 3rd argument cannot be 0") }
                do {
                    return interp.newInt(try pyIntPowMod(b.asBig, e.asBig, m.asBig))
                } catch let err as PyFormatError {
                    throw interp.mapFormatError(err)
                }
            }
            return try interp.binary(.pow, args[0], args[1])
        }
        define(ns, "chr") { interp, args in
            try interp.expectArgs(args, "chr", min: 1, max: 1)
            let i = try interp.indexValueForRange(args[0])
            if i > Int(Int32.max) || i < Int(Int32.min) { throw interp.overflowError("Python int too large to convert to C int") }
            guard i >= 0 && i <= 0x10FFFF else { throw interp.valueError("chr() arg not in range(0x110000)") }
            guard let s = Unicode.Scalar(UInt32(i)) else { throw interp.notImplemented("lone surrogate code points") }
            return Value(interp.singleCharacter(s))
        }
        define(ns, "ord") { interp, args in
            try interp.expectArgs(args, "ord", min: 1, max: 1)
            if let s = args[0].asObject as? StrObj {
                guard s.count == 1 else {
                    throw interp.typeError("ord() expected a character, but string of length \(s.count) found")
                }
                return .int(Int(s.scalar(at: 0).value))
            }
            if let b = args[0].asObject as? BytesObj {
                guard b.bytes.count == 1 else { throw interp.typeError("ord() expected a character, but string of length \(b.bytes.count) found") }
                return .int(Int(b.bytes[0]))
            }
            throw interp.typeError("ord() expected string of length 1, but \(interp.typeName(args[0])) found")
        }
        for (name, base) in [("hex", 16), ("oct", 8), ("bin", 2)] {
            define(ns, name) { interp, args in
                try interp.expectArgs(args, name, min: 1, max: 1)
                var n = interp.number(args[0])
                if n == nil || n!.isFloat {
                    if let m = interp.typeOf(args[0]).lookup(interp.names.__index__) { n = interp.number(try interp.call(m, [args[0]])) }
                }
                guard let num = n, !num.isFloat else {
                    throw interp.typeError("'\(interp.typeName(args[0]))' object cannot be interpreted as an integer")
                }
                switch base {
                case 16: return interp.newStr(pyHex(num.asBig))
                case 8: return interp.newStr(pyOct(num.asBig))
                default: return interp.newStr(pyBin(num.asBig))
                }
            }
        }
        define(ns, "format") { interp, args in
            try interp.expectArgs(args, "format", min: 1, max: 2)
            var spec = ""
            if args.positionalCount > 1 {
                guard let s = args[1].asObject as? StrObj else {
                    throw interp.typeError("format() argument 2 must be str, not \(interp.typeName(args[1]))")
                }
                spec = s.value
            }
            if interp.nativeMayResume, let m = interp.scriptFormatMethod(args[0]) {
                return interp.requestCall(m, [args[0], interp.newStr(spec)], then: FormatResultCheck())
            }
            if interp.nativeMayResume, spec.isEmpty, interp.scriptFormatMethod(args[0]) == nil,
               let (m, name) = interp.scriptStrMethod(args[0]) {
                return interp.requestCall(m, [args[0]], then: StringResultCheck(method: name))
            }
            return interp.newStr(try interp.format(args[0], spec))
        }
        define(ns, "dir") { interp, args in
            try interp.refuseKeywords(args, "dir")
            try interp.expectArgs(args, "dir", min: 0, max: 1)
            if args.positionalCount == 0 {
                guard let f = interp.fiber.frames.last else { return interp.newList([]) }
                if let ns = f.namespace { return interp.newList(ns.keys.sorted { interp.compareUTF8((($0.asObject as? StrObj)?.value ?? ""), (($1.asObject as? StrObj)?.value ?? "")) < 0 }) }
                return interp.newList(f.code.varNames.prefix(f.code.localCount).sorted().map { interp.newStr($0) })
            }
            if let m = interp.typeOf(args[0]).lookup(interp.intern("__dir__")), !(m.asObject is BuiltinFunctionObj) {
                return interp.newList(try interp.sortValues(try interp.iterateToArray(try interp.call(m, [args[0]])), key: nil, reverse: false))
            }
            return interp.newList(try interp.dirList(args[0]))
        }
        define(ns, "vars") { interp, args in
            try interp.expectArgs(args, "vars", min: 0, max: 1)
            if args.positionalCount == 0 {
                return try interp.call(ns.getString(interp.intern("locals"))!, [])
            }
            if let d = try interp.specialAttribute(args[0], "__dict__") { return d }
            throw interp.typeError("vars() argument must have __dict__ attribute")
        }
        define(ns, "input") { interp, args in
            let prompt = args.positionalCount > 0 ? try interp.str(args[0]) : ""
            interp.host.flush()
            guard let line = interp.host.readLine(prompt: prompt) else {
                // Ctrl-C while the host waited for the line.
                try interp.raiseInterrupt()
                throw interp.error(interp.types.exceptions.eofError, "EOF when reading a line")
            }
            return interp.newStr(line)
        }
    }

    /// min() and max(): an iterable or several arguments, with key and default.
    /// One addition of sum(): int and float fast paths, else `+`.
    @inline(__always)
    func sumStep(_ total: Value, _ v: Value) throws -> Value {
        if case .int(let a) = total, case .int(let b) = v {
            let (r, o) = a.addingReportingOverflow(b)
            if !o { return .int(r) }
        }
        if case .float(let a) = total, case .float(let b) = v { return .float(a + b) }
        return try binary(.add, total, v)
    }

    func minMax(_ args: Arguments, name: String, op: CompareOpcode) throws -> Value {
        let key = args.keyword("key").flatMap { $0.isNone ? nil : $0 }
        let dflt = args.keyword("default")
        var items: [Value]
        if args.positionalCount == 0 {
            throw typeError("\(name) expected at least 1 argument, got 0")
        } else if args.positionalCount == 1 {
            items = try iterateToArray(args[0])
            if items.isEmpty {
                if let d = dflt { return d }
                throw valueError("\(name)() arg is an empty sequence")
            }
        } else {
            if dflt != nil {
                throw typeError("Cannot specify a default for \(name)() with multiple positional arguments")
            }
            items = Array(args.positional)
        }
        if orderingRunsScript(items, key: key) {
            return try handOver("min_max", [newList(items), key ?? .pyNone, .bool(op == .gt)])
        }
        var best = items[0]
        var bestKey = try key.map { try call($0, [best]) } ?? best
        for v in items.dropFirst() {
            let k = try key.map { try call($0, [v]) } ?? v
            if try compare(k, bestKey, op) {
                best = v
                bestKey = k
            }
        }
        return best
    }
}
