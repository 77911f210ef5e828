// String, number and exception methods; the remaining builtin functions; special attributes.

import BigInt

extension Interpreter {
    func setUpStringMethods() {
        let t = types!
        method(t.str, "join") { interp, args in
            if args.count > 1, interp.iteratesInScript(args[1]), let m = interp.types.str.lookup(interp.intern("join")) {
                return try interp.collectThenCall(m, args, replacing: 1)
            }
            let sepObj = args[0].asObject as! StrObj
            if args.count == 2, case .object(let r) = args[1] {
                if r.hasExactType(interp.types.list), let v = interp.joinExactStrs(sepObj, unsafeDowncast(r.obj, to: ListObj.self).items) { return v }
                if r.hasExactType(interp.types.tuple), let v = interp.joinExactStrs(sepObj, unsafeDowncast(r.obj, to: TupleObj.self).items) { return v }
            }
            // CPython makes a list of the items first: a range too long for one fails at once.
            try interp.refuseImpossibleLength(args[1])
            let sep = sepObj.value
            var parts: [String] = []
            for (i, v) in try interp.iterateToArray(args[1]).enumerated() {
                guard let s = v.asObject as? StrObj else {
                    throw interp.typeError("sequence item \(i): expected str instance, \(interp.typeName(v)) found")
                }
                parts.append(s.value)
            }
            return interp.newStr(parts.joined(separator: sep))
        }
        method(t.str, "format") { interp, args in
            guard args.positionalCount > 0, let fmt = args[0].asObject as? StrObj else {
                throw interp.typeError("descriptor 'format' for 'str' objects doesn't apply to a '\(args.positionalCount > 0 ? interp.typeName(args[0]) : "nothing")' object")
            }
            let keywords = args.keywordPairs
            return interp.newStr(try interp.strFormat(fmt.value, positional: Array(args.positional.dropFirst()), keywords: keywords))
        }
        method(t.str, "format_map") { interp, args in
            try interp.expectMethodArgs(args, "str.format_map", min: 1, max: 1)
            guard let fmt = args[0].asObject as? StrObj else { throw interp.typeError("descriptor 'format_map' requires a 'str' object") }
            return interp.newStr(try interp.strFormat(fmt.value, positional: [], keywords: [], mapping: args[1]))
        }
        setUpStrMethods()
    }

    /// `sep.join(items)` when every item is an exact str: the size, length and ASCII-ness
    /// are summed first and the bytes copied once into the result. Nil when an item is not
    /// an exact str (the general path reports the error or handles subclasses).
    func joinExactStrs(_ sep: StrObj, _ items: ContiguousArray<Value>) -> Value? {
        let strType = types.str
        if items.isEmpty { return newStr("") }
        var bytes = 0, count = 0, ascii = sep.isASCII
        for v in items {
            guard case .object(let r) = v, r.hasExactType(strType) else { return nil }
            let s = unsafeDowncast(r.obj, to: StrObj.self)
            bytes += s.value.utf8.count
            count += s.count
            ascii = ascii && s.isASCII
        }
        // As CPython: joining one exact str gives that str.
        if items.count == 1 { return items[0] }
        let n = items.count - 1
        var sepText = sep.value
        let sepBytes = sepText.utf8.count
        bytes += sepBytes * n
        count += sep.count * n
        let out = sepText.withUTF8 { sepBuf in
            String(unsafeUninitializedCapacity: bytes) { dst in
                var at = 0
                for (i, v) in items.enumerated() {
                    if i > 0 && sepBytes > 0 {
                        UnsafeMutableRawPointer(dst.baseAddress! + at).copyMemory(from: sepBuf.baseAddress!, byteCount: sepBytes)
                        at += sepBytes
                    }
                    var text = unsafeDowncast(v.asObject!, to: StrObj.self).value
                    text.withUTF8 { b in
                        if b.count > 0 {
                            UnsafeMutableRawPointer(dst.baseAddress! + at).copyMemory(from: b.baseAddress!, byteCount: b.count)
                        }
                        at += b.count
                    }
                }
                return at
            }
        }
        return Value(heap.track(StrObj(out, count: count, isASCII: ascii, type: strType)))
    }

    func setUpNumberMethods() {
        let t = types!
        method(t.int, "bit_length") { interp, args in
            switch interp.number(args[0]) {
            case .int(let i)?: return .int(pyBitLength(i))
            case .big(let b)?: return .int(pyBitLength(b))
            default: return .int(0)
            }
        }
        method(t.float, "is_integer") { interp, args in
            guard case .float(let d)? = interp.number(args[0]) else { return .bool(false) }
            return .bool(d.isFinite && d == d.rounded())
        }
        method(t.int, "__index__") { interp, args in interp.intValue(interp.number(args[0]) ?? .int(0)) }
        method(t.int, "__int__") { interp, args in interp.intValue(interp.number(args[0]) ?? .int(0)) }
        method(t.float, "__float__") { interp, args in .float(try interp.toDouble(interp.number(args[0]) ?? .float(0))) }
        for op in BinaryOpcode.allCases {
            for nt in [t.int, t.float] {
                method(nt, "__\(op.dunder)__") { interp, args in
                    guard let a = interp.number(args[0]), let b = interp.number(args[1]) else { return interp.notImplemented }
                    return try interp.numericBinary(op, a, b) ?? interp.notImplemented
                }
                method(nt, "__r\(op.dunder)__") { interp, args in
                    guard let a = interp.number(args[0]), let b = interp.number(args[1]) else { return interp.notImplemented }
                    return try interp.numericBinary(op, b, a) ?? interp.notImplemented
                }
            }
        }
        for nt in [t.int, t.float] {
            for (name, op) in [("__lt__", CompareOpcode.lt), ("__le__", .le), ("__gt__", .gt), ("__ge__", .ge), ("__eq__", .eq), ("__ne__", .ne)] {
                method(nt, name) { interp, args in
                    guard let a = interp.number(args[0]), let b = interp.number(args[1]) else { return interp.notImplemented }
                    guard let c = interp.compareNumbers(a, b) else { return .bool(op == .ne) }
                    return .bool(interp.ordered(c, op))
                }
            }
            method(nt, "__hash__") { interp, args in
                guard let a = interp.number(args[0]) else { return .int(0) }
                return .int(try interp.hash(interp.intValue(a)))
            }
            method(nt, "__repr__") { interp, args in interp.newStr(try interp.repr(interp.intValue(interp.number(args[0]) ?? .int(0)))) }
            method(nt, "__bool__") { interp, args in .bool(try interp.truthy(interp.intValue(interp.number(args[0]) ?? .int(0)))) }
        }
    }

    /// CPython's exceptions take no keyword arguments, except ImportError's name= and path=.
    func refuseExceptionKeywords(_ cls: TypeObj) throws {
        if cls.isSubtype(of: types.exceptions.importError) { return }
        throw typeError("\(cls.name)() takes no keyword arguments")
    }

    func setUpExceptionMethods() {
        let base = types.exceptions.baseException
        method(base, "__init__") { interp, args in
            if args.hasKeywords { try interp.refuseExceptionKeywords(interp.typeOf(args[0])) }
            if let e = args[0].asObject as? ExceptionObj { e.args = ContiguousArray(args.positional.dropFirst()) }
            return .pyNone
        }
        method(base, "__str__") { interp, args in
            guard let e = args[0].asObject as? ExceptionObj else { return interp.newStr("") }
            if let text = try interp.osErrorStr(e) ?? interp.syntaxErrorStr(e) { return interp.newStr(text) }
            switch e.args.count {
            case 0: return interp.newStr("")
            case 1: return interp.newStr(try interp.str(e.args[0]))
            default: return interp.newStr(try interp.repr(interp.newTuple(e.args)))
            }
        }
        method(base, "__repr__") { interp, args in
            guard let e = args[0].asObject as? ExceptionObj else { return interp.newStr("") }
            let inner = e.args.count == 1 ? try interp.repr(e.args[0]) : try e.args.map { try interp.repr($0) }.joined(separator: ", ")
            return interp.newStr("\(e.type.name)(\(inner))")
        }
        method(base, "with_traceback") { _, args in args[0] }
        method(base, "add_note") { interp, args in
            try interp.expectArgs(args, "add_note", min: 2, max: 2)
            try interp.addNote(args[0], args[1])
            return .pyNone
        }
    }

    /// Attributes every object has without a dict entry: __class__, __dict__, __name__...
    func specialAttribute(_ obj: Value, _ name: String) throws -> Value? {
        switch name {
        case "__class__": return Value(typeOf(obj))
        case "__dict__":
            if case .object(let r) = obj {
                if r.obj.dict == nil && (r.obj.type.isHeapType || r.obj is FunctionObj || r.obj is GreenletObj) { r.obj.dict = newDictObj() }
                if let d = r.obj.dict { return Value(d) }
            }
            return nil
        default: break
        }
        guard case .object(let r) = obj else {
            if name == "real", let n = number(obj) { return intValue(n) }
            if name == "imag", number(obj) != nil { return .int(0) }
            if name == "numerator", case .int = obj { return obj }
            if name == "denominator", case .int = obj { return .int(1) }
            return nil
        }
        switch r.obj {
        case let t as TypeObj:
            switch name {
            case "__name__": return newStr(t.name)
            case "__qualname__": return newStr(t.qualname)
            case "__module__": return newStr(t.module)
            case "__mro__": return newTuple(t.mro.map { Value($0.type) })
            case "__bases__": return newTuple(t.bases.map { Value($0.type) })
            case "__base__": return t.bases.first.map { Value($0.type) } ?? Value.pyNone
            case "__doc__": return Value.pyNone
            default: return nil
            }
        case let f as FunctionObj:
            switch name {
            case "__name__": return newStr(f.name)
            case "__qualname__": return newStr(f.qualname)
            case "__module__": return f.module
            case "__doc__": return f.doc
            case "__defaults__": return f.defaults.isEmpty ? .pyNone : newTuple(f.defaults)
            case "__code__": return Value(f.code)
            case "__globals__": return Value(f.globals)
            case "__closure__": return f.closure.isEmpty ? .pyNone : newTuple(f.closure)
            case "__annotations__": return f.annotations.isNone ? Value(newDictObj()) : f.annotations
            case "__kwdefaults__": return kwDefaultsDict(f)
            default: return nil
            }
        case let b as BuiltinFunctionObj:
            switch name {
            case "__name__": return newStr(b.name)
            case "__qualname__": return newStr(b.name)
            case "__self__": return b.receiver ?? Value.pyNone
            case "__doc__": return Value.pyNone
            default: return nil
            }
        case let m as MethodObj:
            switch name {
            case "__self__": return m.instance
            case "__func__": return m.function
            default: return try getAttributeOrNil(m.function, name)
            }
        case let m as ModuleObj:
            if name == "__name__" { return newStr(m.name) }
            return nil
        case let e as ExceptionObj:
            switch name {
            case "args": return newTuple(e.args)
            case "__cause__": return e.cause
            case "__context__": return e.context
            case "__suppress_context__": return .bool(e.suppressContext)
            case "__traceback__": return tracebackObject(for: e)
            // (A `where` clause guards only the last pattern of a case: one pattern per case.)
            case "name" where e.type.isSubtype(of: types.exceptions.importError): return Value.pyNone
            case "path" where e.type.isSubtype(of: types.exceptions.importError): return Value.pyNone
            case "msg" where e.type.isSubtype(of: types.exceptions.importError): return e.args.first ?? Value.pyNone
            case "value" where e.type.isSubtype(of: types.exceptions.stopIteration): return e.args.first ?? Value.pyNone
            case "code" where e.type.isSubtype(of: types.exceptions.systemExit): return e.args.count == 1 ? e.args[0] : (e.args.isEmpty ? .pyNone : newTuple(e.args))
            case "errno", "strerror", "filename":
                guard e.type.isSubtype(of: types.exceptions.osError) else { return nil }
                // Only OSError(errno, strerror[, filename]) sets these, as in CPython.
                let i = name == "errno" ? 0 : (name == "strerror" ? 1 : 2)
                return (2...5).contains(e.args.count) && i < e.args.count ? e.args[i] : .pyNone
            default: return nil
            }
        case is TracebackObj, is FrameSummaryObj:
            return tracebackAttribute(r.obj, name)
        case let code as CodeObj:
            return codeAttribute(code, name)
        case let cell as CellObj:
            return try cellAttribute(cell, name)
        case let rg as RangeObj:
            switch name {
            case "start": return .int(rg.start)
            case "stop": return .int(rg.stop)
            case "step": return .int(rg.step)
            default: return nil
            }
        case let s as SliceObj:
            switch name {
            case "start": return s.start
            case "stop": return s.stop
            case "step": return s.step
            default: return nil
            }
        case let p as PropertyObj:
            switch name {
            case "fget": return p.getter
            case "fset": return p.setter
            case "fdel": return p.deleter
            case "__doc__": return p.doc
            case "__isabstractmethod__":
                // abc: a property is abstract when one of its functions is.
                for f in [p.getter, p.setter, p.deleter] where !f.isNone {
                    if let flag = try getAttributeOrNil(f, "__isabstractmethod__"), try truthy(flag) { return .bool(true) }
                }
                return .bool(false)
            case "setter", "getter", "deleter":
                let which = name
                return Value(newBuiltin(name) { interp, args in
                    let f = args[0]
                    let np = interp.heap.track(PropertyObj(getter: which == "getter" ? f : p.getter,
                                                           setter: which == "setter" ? f : p.setter,
                                                           deleter: which == "deleter" ? f : p.deleter,
                                                           doc: p.doc, type: interp.types.property))
                    return Value(np)
                })
            default: return nil
            }
        case let w as MethodWrapperObj:
            if name == "__func__" { return w.function }
            return try getAttributeOrNil(w.function, name)
        case let g as GeneratorObj:
            return generatorAttribute(g, name)
        case let f as GeneratorFrameObj:
            return generatorFrameAttribute(f, name)
        case let s as SuperObj:
            let start = (s.obj.asObject as? TypeObj).flatMap { s.obj.asObject is TypeObj && $0.isSubtype(of: s.cls) ? $0 : nil } ?? typeOf(s.obj)
            var found = false
            let key = intern(name)
            for m in start.mro {
                if found, let d = m.type.dict, let v = d.getString(key) {
                    if name == "__new__" {
                        if let w = v.asObject as? MethodWrapperObj { return w.function }
                        return v
                    }
                    if s.obj.asObject is TypeObj && (s.obj.asObject as! TypeObj) === start {
                        if let w = v.asObject as? MethodWrapperObj {
                            if w.type === types.staticmethod { return w.function }
                            return Value(heap.track(MethodObj(function: w.function, instance: s.obj, type: types.method)))
                        }
                        return v
                    }
                    if let p = v.asObject as? PropertyObj { return try call(p.getter, [s.obj]) }
                    return try bindDescriptor(v, instance: s.obj, owner: start)
                }
                if m.type === s.cls { found = true }
            }
            return nil
        case let i as InstanceObj where !i.payload.isNone:
            return try specialAttribute(i.payload, name)
        case is BigIntObj:
            if name == "real" || name == "numerator" { return obj }
            if name == "imag" { return .int(0) }
            if name == "denominator" { return .int(1) }
            return nil
        default:
            return nil
        }
    }

    /// Stores the function attributes that live in FunctionObj fields (so the repr and
    /// tracebacks see them, as functools.wraps expects); false for other names.
    func setFunctionField(_ f: FunctionObj, _ name: String, _ value: Value) throws -> Bool {
        switch name {
        case "__name__", "__qualname__":
            guard let s = value.asObject as? StrObj else { throw typeError("\(name) must be set to a string object") }
            if name == "__name__" { f.name = s.value } else { f.qualname = s.value }
        case "__doc__": f.doc = value
        case "__module__": f.module = value
        case "__defaults__":
            if value.isNone { f.defaults = []; return true }
            guard let t = value.asObject as? TupleObj else { throw typeError("__defaults__ must be set to a tuple object") }
            f.defaults = t.items
        default: return false
        }
        return true
    }
}
