// repr(), str() and format() of values, and f-string formatting from the VM.

import BigInt

extension Interpreter {
    /// `ascii(v)`: the repr with every non-ASCII code point escaped as \xhh, \uhhhh or \Uhhhhhhhh.
    func asciiRepr(_ v: Value) throws -> String {
        asciiEscaped(try repr(v))
    }

    /// `text` with every non-ASCII code point escaped, as `ascii()` escapes a repr.
    func asciiEscaped(_ text: String) -> String {
        var out = ""
        for c in text.unicodeScalars {
            if c.isASCII {
                out.unicodeScalars.append(c)
            } else {
                let (prefix, width) = c.value <= 0xff ? ("\\x", 2) : (c.value <= 0xffff ? ("\\u", 4) : ("\\U", 8))
                out += prefix + String(c.value, radix: 16).leftPadded(to: width)
            }
        }
        return out
    }

    /// `repr(v)`, running `__repr__` nested.
    func repr(_ v: Value) throws -> String {
        try checkNativeStack(" while getting the repr of an object")
        switch v {
        case .pyNone: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return floatRepr(d)
        case .unbound: return "<unbound>"
        case .object(let r):
            let o = r.obj
            if o.type.isHeapType, let m = o.type.lookup(names.__repr__), !(m.asObject is BuiltinFunctionObj) {
                let s = try call(m, [v])
                guard let so = s.asObject as? StrObj else {
                    throw typeError("__repr__ returned non-string (type \(typeName(s)))")
                }
                return so.value
            }
            return try builtinRepr(o, v)
        }
    }

    /// `str(v)`, running `__str__` nested.
    func str(_ v: Value) throws -> String {
        if case .object(let r) = v {
            let o = r.obj
            if let s = o as? StrObj, !o.type.isHeapType { return s.value }
            if o.type.isHeapType, let m = o.type.lookup(names.__str__), !(m.asObject is BuiltinFunctionObj) {
                let s = try call(m, [v])
                guard let so = s.asObject as? StrObj else {
                    throw typeError("__str__ returned non-string (type \(typeName(s)))")
                }
                return so.value
            }
            if let s = o as? StrObj { return s.value }
            if let e = o as? ExceptionObj { return try exceptionStr(e) }
        }
        return try repr(v)
    }

    func floatRepr(_ d: Double) -> String {
        pyFloatRepr(d)
    }

    /// Guards reprs of self-containing containers: `[[...]]`.
    private func withReprGuard(_ o: Obj, placeholder: String, _ body: () throws -> String) rethrows -> String {
        let id = ObjectIdentifier(o)
        if reprActive.contains(id) { return placeholder }
        reprActive.insert(id)
        defer { reprActive.remove(id) }
        return try body()
    }

    /// The repr of a builtin value by its layout: what `list.__repr__(self)` does.
    func builtinRepr(_ o: Obj, _ v: Value) throws -> String {
        switch o {
        case let s as StrObj:
            return pyStrRepr(s.value)
        case let b as BigIntObj:
            return try intToDecimal(b.value)
        case let l as ListObj:
            let body = try withReprGuard(l, placeholder: "[...]") {
                "[" + (try l.items.map { try repr($0) }.joined(separator: ", ")) + "]"
            }
            return o.type.isHeapType ? body : body
        case let t as TupleObj:
            return try withReprGuard(t, placeholder: "(...)") {
                if t.items.count == 1 { return "(" + (try repr(t.items[0])) + ",)" }
                return "(" + (try t.items.map { try repr($0) }.joined(separator: ", ")) + ")"
            }
        case let d as DictObj:
            return try withReprGuard(d, placeholder: "{...}") {
                "{" + (try d.liveEntries.map { "\(try repr($0.key)): \(try repr($0.value))" }.joined(separator: ", ")) + "}"
            }
        case let s as SetObj:
            let isFrozen = s.type.isSubtype(of: types.frozenset)
            let name = s.type.name
            if s.count == 0 { return "\(name)()" }
            return try withReprGuard(s, placeholder: "\(name)(...)") {
                let inner = "{" + (try s.elements.map { try repr($0) }.joined(separator: ", ")) + "}"
                return (isFrozen || s.type !== types.set) ? "\(name)(\(inner))" : inner
            }
        case let b as BytesObj:
            if b.type.isSubtype(of: types.bytearray) { return "\(b.type.name)(\(pyBytesRepr(b.bytes)))" }
            return pyBytesRepr(b.bytes)
        case let f as FunctionObj:
            return "<function \(f.qualname) at \(address(o))>"
        case let b as BuiltinFunctionObj:
            if let recv = b.receiver {
                return "<built-in method \(b.name) of \(typeName(recv)) object at \(address(recv.asObject ?? o))>"
            }
            if let owner = b.ownerType { return "<method '\(b.name)' of '\(owner.name)' objects>" }
            return "<built-in function \(b.name)>"
        case let m as MethodObj where m.function.asObject is BuiltinFunctionObj:
            let name = (m.function.asObject as! BuiltinFunctionObj).name
            return "<built-in method \(name) of \(typeName(m.instance)) object at \(address(m.instance.asObject ?? o))>"
        case let m as MethodObj:
            let fname = (m.function.asObject as? FunctionObj)?.qualname ?? "?"
            return "<bound method \(fname) of \(try repr(m.instance))>"
        case let t as TypeObj:
            return "<class '\(t.isHeapType || t.module != "builtins" ? "\(t.module).\(t.qualname)" : t.name)'>"
        case let m as ModuleObj:
            if let f = m.dict?.getString(intern("__file__")), let fs = f.asObject as? StrObj {
                return "<module '\(m.name)' from '\(fs.value)'>"
            }
            return "<module '\(m.name)' (built-in)>"
        case let r as RangeObj:
            return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"
        case let s as SliceObj:
            return "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))"
        case let e as ExceptionObj:
            let name = e.type.name
            if e.args.count == 1 { return "\(name)(\(try repr(e.args[0])))" }
            return "\(name)(" + (try e.args.map { try repr($0) }.joined(separator: ", ")) + ")"
        case let s as SingletonObj:
            return s.repr
        case let g as GeneratorObj:
            return "<generator object \(g.qualname) at \(address(o))>"
        case let f as GeneratorFrameObj:
            return "<frame at \(address(o)), file '\(f.generator.code.filename)', line \(f.generator.currentLine), code \(f.generator.code.name)>"
        case let dv as DictViewObj:
            let name: String
            switch dv.kind {
            case .keys: name = "dict_keys"
            case .values: name = "dict_values"
            case .items: name = "dict_items"
            }
            return "\(name)([" + (try iterateToArray(v).map { try repr($0) }.joined(separator: ", ")) + "])"
        case let i as InstanceObj where !i.payload.isNone:
            return try repr(i.payload)
        case let p as PropertyObj:
            _ = p
            return "<property object at \(address(o))>"
        case is CellObj:
            return "<cell at \(address(o))>"
        case let g as GreenletObj:
            return greenletRepr(g)
        case let f as FrameSummaryObj:
            return "<frame at \(address(o)), file '\(f.entry.code.filename)', line \(f.entry.code.line(at: f.entry.location)), code \(f.entry.code.name)>"
        default:
            if o.type.isHeapType, let m = o.type.lookup(names.__repr__), !(m.asObject is BuiltinFunctionObj) {
                return try str(try call(m, [v]))
            }
            return "<\(o.type.displayName) object at \(address(o))>"
        }
    }

    func address(_ o: Obj) -> String {
        "0x" + String(UInt(bitPattern: Unmanaged.passUnretained(o).toOpaque()), radix: 16).leftPadded(to: 12)
    }

    /// `address` for any value: one stored inline (an int, a float, None) shows its hash's bits.
    func pseudoAddress(_ v: Value) -> String {
        if let o = v.asObject { return address(o) }
        let bits = UInt(bitPattern: (try? hash(v)) ?? 0)
        return "0x" + String(bits, radix: 16).leftPadded(to: 12)
    }

    func intToDecimal(_ b: BigInt) throws -> String {
        do {
            return try pyIntToString(b, base: 10, maxDigits: intMaxStrDigits)
        } catch let e as PyFormatError {
            throw mapFormatError(e)
        }
    }

    /// str() of an exception: its single argument, or the args tuple.
    func exceptionStr(_ e: ExceptionObj) throws -> String {
        if e.type.isHeapType, let m = e.type.lookup(names.__str__), !(m.asObject is BuiltinFunctionObj) {
            return try str(try call(m, [Value(e)]))
        }
        if let text = try osErrorStr(e) ?? syntaxErrorStr(e) { return text }
        if e.type.isSubtype(of: types.exceptions.keyError), e.args.count == 1 {
            return try repr(e.args[0])
        }
        switch e.args.count {
        case 0: return ""
        case 1: return try str(e.args[0])
        default: return try repr(newTuple(e.args))
        }
    }

    /// `format(v, spec)`.
    func format(_ v: Value, _ spec: String) throws -> String {
        if case .object(let r) = v, r.obj.type.isHeapType, let m = r.obj.type.lookup(intern("__format__")),
           !(m.asObject is BuiltinFunctionObj) {
            return try str(try call(m, [v, newStr(spec)]))
        }
        return try builtinFormat(v, spec)
    }

    func builtinFormat(_ v: Value, _ spec: String) throws -> String {
        do {
            switch v {
            case .bool(let b):
                if spec.isEmpty { return b ? "True" : "False" }
                return try pyFormat(b ? 1 : 0, spec: spec, typeName: "bool")
            case .int(let i):
                if spec.isEmpty { return String(i) }
                return try pyFormat(i, spec: spec)
            case .float(let d):
                return try pyFormat(d, spec: spec)
            case .object(let r):
                if let b = r.obj as? BigIntObj {
                    if spec.isEmpty { return try intToDecimal(b.value) }
                    return try pyFormat(b.value, spec: spec)
                }
                if let s = r.obj as? StrObj {
                    if spec.isEmpty { return s.value }
                    return try pyFormat(s.value, spec: spec)
                }
                if let i = r.obj as? InstanceObj, !i.payload.isNone { return try builtinFormat(i.payload, spec) }
            default: break
            }
            if spec.isEmpty { return try str(v) }
            throw typeError("unsupported format string passed to \(typeName(v)).__format__")
        } catch let e as PyFormatError {
            throw mapFormatError(e)
        }
    }

    /// A UnicodeEncodeError/UnicodeDecodeError with its encoding, start, end and reason.
    private func unicodeError(_ type: TypeObj, _ info: PyUnicodeErrorInfo) -> PyError {
        let e = makeException(type, info.message)
        let d = newDictObj()
        d.setString(intern("encoding"), newStr(info.encoding))
        d.setString(intern("start"), .int(info.start))
        d.setString(intern("end"), .int(info.end))
        d.setString(intern("reason"), newStr(info.reason))
        e.dict = d
        return PyError(e)
    }

    func mapFormatError(_ e: PyFormatError) -> PyError {
        let ex = types.exceptions
        switch e {
        case .valueError(let m): return valueError(m)
        case .typeError(let m): return typeError(m)
        case .overflowError(let m): return overflowError(m)
        case .zeroDivisionError(let m): return zeroDivision(m)
        case .lookupError(let m): return error(ex.lookupError, m)
        case .memoryError(let m): return error(ex.memoryError, m)
        case .unicodeEncodeError(let info): return unicodeError(ex.unicodeEncodeError, info)
        case .unicodeDecodeError(let info): return unicodeError(ex.unicodeDecodeError, info)
        }
    }

    /// `fmt % args`, driven over the directives `pyParsePercentFormat` finds.
    func percentFormat(_ fmt: String, _ arg: Value) throws -> String {
        var values: [Value]
        var isMapping = false
        if let t = arg.asObject as? TupleObj {
            values = Array(t.items)
        } else {
            values = [arg]
            if case .object(let r) = arg, !(r.obj is StrObj), r.obj.type.lookup(names.__getitem__) != nil,
               !(r.obj is ListObj), !(r.obj is TupleObj) {
                isMapping = true
            }
        }
        var next = 0
        func take() throws -> Value {
            guard next < values.count else { throw typeError("not enough arguments for format string") }
            next += 1
            return values[next - 1]
        }
        var out = ""
        do {
            for segment in pyParsePercentFormat(fmt) {
                switch segment {
                case .literal(let text):
                    out += text
                case .error(let e):
                    throw e
                case .directive(var d):
                    var value: Value
                    if let key = d.mappingKey {
                        guard isMapping else { throw typeError("format requires a mapping") }
                        value = try getItem(arg, newStr(key))
                    } else {
                        var w: Int? = nil, p: Int? = nil
                        if d.width == .star {
                            guard case .int(let x) = try take() else { throw typeError("* wants int") }
                            w = x
                        }
                        if d.precision == .star {
                            guard case .int(let x) = try take() else { throw typeError("* wants int") }
                            p = x
                        }
                        d = d.resolving(width: w, precision: p)
                        value = isMapping ? arg : try take()
                        if isMapping { next = values.count }
                    }
                    try pyPercentCheckConversion(d)
                    out += try renderPercent(d, value)
                }
            }
        } catch let e as PyFormatError {
            throw mapFormatError(e)
        }
        if next < values.count && !isMapping {
            throw typeError("not all arguments converted during string formatting")
        }
        return out
    }

    private func renderPercent(_ d: PercentDirective, _ v: Value) throws -> String {
        switch d.conversion {
        case "s": return pyPercentFormatText(try str(v), d)
        case "r": return pyPercentFormatText(try repr(v), d)
        case "a": return pyPercentFormatText(try asciiRepr(v), d)
        case "c":
            if let s = v.asObject as? StrObj {
                guard s.count == 1 else { throw typeError("%c requires int or char") }
                return pyPercentFormatText(s.value, d)
            }
            guard let n = number(v), !n.isFloat else { throw typeError("%c requires int or char") }
            return pyPercentFormatText(try pyPercentChar(n.asBig), d)
        case "d", "i", "u", "o", "x", "X":
            var n = number(v)
            if n == nil, let m = typeOf(v).lookup(names.__index__) { n = number(try call(m, [v])) }
            if n == nil, "diu".unicodeScalars.contains(d.conversion), let m = typeOf(v).lookup(intern("__int__")) { n = number(try call(m, [v])) }
            guard let num = n else {
                throw typeError(pyPercentTypeErrorMessage(conversion: d.conversion, typeName: typeName(v)))
            }
            switch num {
            case .int(let i): return try pyPercentFormatInt(i, d)
            case .big(let b): return try pyPercentFormatInt(b, d)
            case .float(let x):
                if "oxX".unicodeScalars.contains(d.conversion) {
                    throw typeError(pyPercentTypeErrorMessage(conversion: d.conversion, typeName: typeName(v)))
                }
                switch try floatToInt(x) {
                case .int(let i): return try pyPercentFormatInt(i, d)
                case let other: return try pyPercentFormatInt(number(other)!.asBig, d)
                }
            }
        default:
            guard let n = number(v) else {
                if let m = typeOf(v).lookup(intern("__float__")) {
                    return try pyPercentFormatFloat(try toFloat(try call(m, [v])), d)
                }
                throw typeError(pyPercentTypeErrorMessage(conversion: d.conversion, typeName: typeName(v)))
            }
            return try pyPercentFormatFloat(try toDouble(n), d)
        }
    }

    /// FORMAT_VALUE: conversion (1 str, 2 repr, 3 ascii) then format with the spec.
    func formatValueResumable(_ v: Value, conversion: Int, spec: Value) throws -> Value {
        let specStr = (spec.asObject as? StrObj)?.value ?? ""
        // A conversion that runs a script __str__/__repr__ gets a frame; the spec is applied
        // to its result.
        if conversion != 0, let (m, name) = conversion == 1 ? scriptStrMethod(v) : scriptReprMethod(v) {
            return try callResumable(m, [v], then: FormatAfterConversion(method: name, ascii: conversion == 3, spec: specStr))
        }
        if conversion != 0 || specStr.isEmpty, conversion != 1 || scriptStrMethod(v) == nil, containerReprRunsScript(v) {
            return try callHelperResumable("container_repr", [v], then: FormatAfterConversion(method: "__repr__", ascii: conversion == 3, spec: specStr))
        }
        if conversion == 0, let m = scriptFormatMethod(v) {
            return try callResumable(m, [v, spec.asObject is StrObj ? spec : newStr("")], then: FormatResultCheck())
        }
        var value = v
        switch conversion {
        case 1: value = newStr(try str(v))
        case 2: value = newStr(try repr(v))
        case 3: value = newStr(try asciiRepr(v))
        default: break
        }
        if case .object(let r) = value, let s = r.obj as? StrObj, !r.obj.type.isHeapType, specStr.isEmpty {
            return Value(s)
        }
        if specStr.isEmpty, conversion == 0, let (m, name) = scriptStrMethod(value) {
            return try callResumable(m, [value], then: StringResultCheck(method: name))
        }
        return newStr(try format(value, specStr))
    }
}

extension String {
    func leftPadded(to n: Int, with c: Character = "0") -> String {
        count >= n ? self : String(repeating: c, count: n - count) + self
    }
}
