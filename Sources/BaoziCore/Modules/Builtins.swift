// The builtins module: functions every script sees without an import.

import BigInt

extension Interpreter {
    /// Registers a native function in a namespace.
    func define(_ ns: DictObj, _ name: String, _ fn: @escaping NativeFunction) {
        var fn = fn
        if let module = ns.getString(names.__name__)?.asObject as? StrObj {
            fn = checkedFunction(module: module.value, name, fn)
        }
        let b = newBuiltin(name, fn)
        heap.makePermanent(b)
        ns.setString(intern(name), Value(b))
    }

    /// Registers a method on a builtin type: it receives the instance as first argument, checked
    /// (with the argument count and keywords) before `fn` runs (see NativeSignature.swift).
    func method(_ type: TypeObj, _ name: String, _ fn: @escaping NativeFunction) {
        let b = BuiltinFunctionObj(name: name, fn: checkedMethod(type, name, fn), type: types.builtinFunction)
        b.ownerType = type
        heap.makePermanent(b)
        if type.dict == nil { type.dict = heap.makePermanent(DictObj(type: types.dict)) }
        type.dict!.setString(intern(name), Value(b))
        type.invalidate()
    }

    /// Registers a read-only attribute of a builtin type's instances (`file.closed`), as a
    /// property whose getter is native.
    func getter(_ type: TypeObj, _ name: String, _ fn: @escaping (Interpreter, Value) throws -> Value) {
        let get = heap.makePermanent(BuiltinFunctionObj(name: name, fn: { interp, args in try fn(interp, args[0]) }, type: types.builtinFunction))
        installProperty(type, name, getter: Value(get), setter: .pyNone)
    }

    /// Registers an assignable attribute of a builtin type's instances (`greenlet.parent`).
    func property(_ type: TypeObj, _ name: String,
                  get: @escaping (Interpreter, Value) throws -> Value,
                  set: @escaping (Interpreter, Value, Value) throws -> Void) {
        let g = heap.makePermanent(newBuiltin(name) { interp, args in try get(interp, args[0]) })
        let s = heap.makePermanent(newBuiltin(name) { interp, args in try set(interp, args[0], args[1]); return .pyNone })
        installProperty(type, name, getter: Value(g), setter: Value(s))
    }

    private func installProperty(_ type: TypeObj, _ name: String, getter: Value, setter: Value) {
        let p = heap.makePermanent(PropertyObj(getter: getter, setter: setter, deleter: .pyNone, doc: .pyNone, type: types.property))
        if type.dict == nil { type.dict = heap.makePermanent(DictObj(type: types.dict)) }
        type.dict!.setString(intern(name), Value(p))
        type.invalidate()
    }

    /// A class written in Swift for a module (`greenlet.greenlet`, `_baozi_hub.timer`): never
    /// collected, subclassable like the builtin types.
    func makeNativeClass(_ name: String, base: TypeObj, layout: Layout, module: String) -> TypeObj {
        let t = heap.makePermanent(TypeObj(name: name, bases: [base], layout: layout, metatype: types.type, isHeapType: false, module: module))
        t.mro = [TypeRef(t)] + base.mro
        base.subclasses.append(TypeRef(t))
        return t
    }

    /// Registers a class method on a builtin type (`dict.fromkeys`): it receives the class
    /// it was called through as first argument.
    func classMethod(_ type: TypeObj, _ name: String, _ fn: @escaping NativeFunction) {
        wrapMethod(type, name, fn, as: types.classmethod)
    }

    /// Registers a static method on a builtin type (`str.maketrans`).
    func staticMethod(_ type: TypeObj, _ name: String, _ fn: @escaping NativeFunction) {
        wrapMethod(type, name, fn, as: types.staticmethod)
    }

    private func wrapMethod(_ type: TypeObj, _ name: String, _ fn: @escaping NativeFunction, as kind: TypeObj) {
        let b = heap.makePermanent(BuiltinFunctionObj(name: name, fn: fn, type: types.builtinFunction))
        b.qualifier = type.name
        let wrapper = heap.makePermanent(MethodWrapperObj(function: Value(b), type: kind))
        if type.dict == nil { type.dict = heap.makePermanent(DictObj(type: types.dict)) }
        type.dict!.setString(intern(name), Value(wrapper))
        type.invalidate()
    }

    /// getattr/setattr/hasattr/delattr with a name that is not a str.
    func attributeNameError(_ name: Value) -> PyError {
        typeError("attribute name must be string, not '\(typeName(name))'")
    }

    /// "f() takes no keyword arguments" when keywords were passed to a builtin that takes none.
    func refuseKeywords(_ args: Arguments, _ name: String) throws {
        if args.hasKeywords { throw typeError("\(name)() takes no keyword arguments") }
    }

    /// Checks the positional argument count of a builtin.
    func expectArgs(_ args: Arguments, _ name: String, min: Int, max: Int) throws {
        try checkArgumentCount(args.positionalCount, hasKeywords: args.hasKeywords, name, min: min, max: max)
    }

    /// Checks the argument count of a builtin type's method or constructor: `min` and `max`
    /// count the arguments after the receiver (self, or the class), as CPython's messages do.
    /// Methods taking exactly one argument should be named with their type ("list.append").
    func expectMethodArgs(_ args: Arguments, _ name: String, min: Int, max: Int) throws {
        try checkArgumentCount(args.positionalCount - 1, hasKeywords: args.hasKeywords, name, min: min, max: max)
    }

    /// Checks the argument count of a builtin type's constructor (after the class), worded
    /// as CPython's constructors do: "list expected at most 1 argument, got 2".
    func expectConstructorArgs(_ args: Arguments, _ name: String, min: Int, max: Int) throws {
        try checkArgumentCount(args.positionalCount - 1, hasKeywords: false, name, min: min, max: max, singleArgumentStyle: false)
    }

    private func checkArgumentCount(_ n: Int, hasKeywords: Bool, _ name: String, min: Int, max: Int,
                                    singleArgumentStyle: Bool = true) throws {
        if min == 1 && max == 1 && singleArgumentStyle {
            // CPython's one-argument builtins (METH_O) word their errors this way.
            if hasKeywords { throw typeError("\(name)() takes no keyword arguments") }
            if n != 1 { throw typeError("\(name)() takes exactly one argument (\(n) given)") }
            return
        }
        if n < min || n > max {
            if min == 0 && max == 0 { throw typeError("\(name)() takes no arguments (\(n) given)") }
            if min == max {
                throw typeError("\(name) expected \(min) argument\(min == 1 ? "" : "s"), got \(n)")
            }
            if n < min {
                throw typeError("\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(n)")
            }
            throw typeError("\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(n)")
        }
    }

    func setUpBuiltins() {
        let ns = heap.makePermanent(DictObj(type: types.dict))
        builtins = ns
        modules = heap.makePermanent(DictObj(type: types.dict))
        builtinsModule = heap.makePermanent(ModuleObj(name: "builtins", dict: ns, type: types.module))
        ns.setString(names.__name__, newStr("builtins"))
        let t = types!
        for (name, type) in [("object", t.object), ("type", t.type), ("int", t.int), ("bool", t.bool), ("float", t.float),
                             ("str", t.str), ("bytes", t.bytes), ("list", t.list), ("tuple", t.tuple), ("dict", t.dict),
                             ("set", t.set), ("frozenset", t.frozenset), ("range", t.range), ("slice", t.slice),
                             ("property", t.property), ("staticmethod", t.staticmethod), ("classmethod", t.classmethod),
                             ("super", t.superType), ("enumerate", t.enumerateType), ("zip", t.zipType),
                             ("map", t.mapType), ("filter", t.filterType), ("reversed", t.reversedType),
                             ("complex", t.complex), ("bytearray", t.bytearray)] {
            ns.setString(intern(name), Value(type))
        }
        for e in t.exceptions.lookupAll {
            ns.setString(intern(e.name), Value(e))
        }
        ns.setString(intern("EnvironmentError"), Value(t.exceptions.osError))
        ns.setString(intern("IOError"), Value(t.exceptions.osError))
        ns.setString(intern("None"), .pyNone)
        ns.setString(intern("NotImplemented"), notImplemented)
        ns.setString(intern("Ellipsis"), ellipsis)
        ns.setString(intern("__debug__"), .bool(true))
        modules.setString(intern("builtins"), Value(builtinsModule))

        setUpObjectAndTypeMethods()
        setUpConstructors()
        setUpBuiltinFunctions(ns)
        setUpFunctionalBuiltins(ns)
        setUpFileBuiltins(ns)
        setUpEvalBuiltins(ns)
        setUpInteractiveBuiltins(ns)
        setUpCollectionMethods()
        setUpStringMethods()
        setUpBytesMethods()
        setUpNumberMethods()
        setUpNumberConversions()
        setUpExceptionMethods()
        setUpGeneratorMethods()
        setUpModules()
    }

    // MARK: - print, len, repr...

    private func setUpBuiltinFunctions(_ ns: DictObj) {
        define(ns, "print") { interp, args in
            let sep = args.keyword("sep").flatMap { $0.isNone ? nil : $0 }
            let end = args.keyword("end").flatMap { $0.isNone ? nil : $0 }
            let file = args.keyword("file").flatMap { $0.isNone ? nil : $0 }
            let sepS = try sep.map { v -> String in
                guard let s = v.asObject as? StrObj else { throw interp.typeError("sep must be None or a string, not \(interp.typeName(v))") }
                return s.value
            } ?? " "
            let endS = try end.map { v -> String in
                guard let s = v.asObject as? StrObj else { throw interp.typeError("end must be None or a string, not \(interp.typeName(v))") }
                return s.value
            } ?? "\n"
            if interp.nativeMayResume, args.positional.contains(where: { interp.scriptStrMethod($0) != nil || interp.containerReprRunsScript($0) }) {
                return try interp.handOver("print_str", [interp.newTuple(Array(args.positional)), sep ?? .pyNone, end ?? .pyNone,
                                                         file ?? .pyNone, args.keyword("flush") ?? .pyNone])
            }
            var out = ""
            for i in 0..<args.positionalCount {
                if i > 0 { out += sepS }
                out += try interp.str(args[i])
            }
            out += endS
            try interp.writeText(out, to: file)
            if let f = args.keyword("flush"), try interp.truthy(f) { interp.host.flush() }
            return .pyNone
        }
        define(ns, "len") { interp, args in
            try interp.expectArgs(args, "len", min: 1, max: 1)
            if interp.nativeMayResume, let m = interp.scriptMethod(args[0], interp.names.__len__) {
                return interp.requestCall(m, [args[0]], then: LengthResult())
            }
            return .int(try interp.length(args[0]))
        }
        define(ns, "repr") { interp, args in
            try interp.expectArgs(args, "repr", min: 1, max: 1)
            if interp.nativeMayResume, let (m, name) = interp.scriptReprMethod(args[0]) {
                return interp.requestCall(m, [args[0]], then: StringResultCheck(method: name))
            }
            if interp.nativeMayResume, interp.containerReprRunsScript(args[0]) {
                return try interp.handOver("container_repr", [args[0]])
            }
            return interp.newStr(try interp.repr(args[0]))
        }
        define(ns, "ascii") { interp, args in
            try interp.expectArgs(args, "ascii", min: 1, max: 1)
            return interp.newStr(try interp.asciiRepr(args[0]))
        }
        define(ns, "isinstance") { interp, args in
            try interp.expectArgs(args, "isinstance", min: 2, max: 2)
            return .bool(try interp.isInstanceCheck(args[0], args[1]))
        }
        define(ns, "issubclass") { interp, args in
            try interp.expectArgs(args, "issubclass", min: 2, max: 2)
            return .bool(try interp.isSubclassCheck(args[0], args[1]))
        }
        define(ns, "hasattr") { interp, args in
            try interp.expectArgs(args, "hasattr", min: 2, max: 2)
            guard let n = args[1].asObject as? StrObj else { throw interp.attributeNameError(args[1]) }
            if interp.nativeMayResume, interp.attributeMayRunScript(args[0], interp.intern(n.value)) {
                return try interp.handOver("has_attribute", [args[0], args[1]])
            }
            return .bool(try interp.getAttributeOrNil(args[0], n.value) != nil)
        }
        define(ns, "getattr") { interp, args in
            try interp.expectArgs(args, "getattr", min: 2, max: 3)
            guard let n = args[1].asObject as? StrObj else { throw interp.attributeNameError(args[1]) }
            let name = interp.intern(n.value)
            if interp.nativeMayResume, interp.attributeMayRunScript(args[0], name) {
                // A property or __getattr__ runs as a frame; with a default, in Baozi (it
                // catches the AttributeError).
                if args.count == 3 { return try interp.handOver("getattr_or", [args[0], args[1], args[2]]) }
                return try interp.getAttributeResumable(args[0], name)
            }
            if args.count == 3 { return try interp.getAttributeOrNil(args[0], n.value) ?? args[2] }
            return try interp.getAttribute(args[0], name)
        }
        define(ns, "setattr") { interp, args in
            try interp.expectArgs(args, "setattr", min: 3, max: 3)
            guard let n = args[1].asObject as? StrObj else { throw interp.attributeNameError(args[1]) }
            try interp.setAttribute(args[0], interp.intern(n.value), args[2])
            return .pyNone
        }
        define(ns, "delattr") { interp, args in
            try interp.expectArgs(args, "delattr", min: 2, max: 2)
            guard let n = args[1].asObject as? StrObj else { throw interp.attributeNameError(args[1]) }
            try interp.deleteAttribute(args[0], interp.intern(n.value))
            return .pyNone
        }
        define(ns, "id") { interp, args in
            try interp.expectArgs(args, "id", min: 1, max: 1)
            if case .object(let r) = args[0] { return .int(Int(bitPattern: UInt(bitPattern: r.raw.toOpaque()))) }
            return .int(try interp.hash(args[0]) &* 2654435761)
        }
        define(ns, "hash") { interp, args in
            try interp.expectArgs(args, "hash", min: 1, max: 1)
            if interp.nativeMayResume, let m = interp.scriptMethod(args[0], interp.names.__hash__) {
                return interp.requestCall(m, [args[0]], then: HashResult())
            }
            return .int(try interp.hash(args[0]))
        }
        define(ns, "callable") { interp, args in
            try interp.expectArgs(args, "callable", min: 1, max: 1)
            guard case .object(let r) = args[0] else { return .bool(false) }
            let o = r.obj
            return .bool(o is FunctionObj || o is BuiltinFunctionObj || o is MethodObj || o is TypeObj || o.type.lookup(interp.names.__call__) != nil)
        }
        // __import__(name, globals=None, locals=None, fromlist=(), level=0), as `import` does it.
        define(ns, "__import__") { interp, args in
            guard args.positionalCount >= 1 || args.keyword("name") != nil else {
                throw interp.typeError("__import__() missing required argument 'name' (pos 1)")
            }
            let nameValue = args.positionalCount >= 1 ? args[0] : args.keyword("name")!
            guard let name = nameValue.asObject as? StrObj else {
                throw interp.typeError("__import__() argument 1 must be str, not \(interp.typeName(nameValue))")
            }
            func arg(_ i: Int, _ key: String) -> Value? { args.positionalCount > i ? args[i] : args.keyword(key) }
            let globals = arg(1, "globals")?.asObject as? DictObj ?? interp.newDictObj()
            var fromList = arg(3, "fromlist") ?? .pyNone
            if let list = fromList.asObject as? ListObj, list.items.isEmpty { fromList = .pyNone }
            let level = arg(4, "level") ?? .int(0)
            if name.value.isEmpty, case .int(0) = level { throw interp.valueError("Empty module name") }
            return try interp.importModule(name.value, fromList: fromList, level: level, globals: globals)
        }
        define(ns, "iter") { interp, args in
            try interp.expectArgs(args, "iter", min: 1, max: 2)
            if args.count == 2 { return interp.newIterator(.callable(args[0], sentinel: args[1]), type: interp.types.callableIterator) }
            if interp.nativeMayResume, let m = interp.scriptMethod(args[0], interp.names.__iter__) {
                return interp.requestCall(m, [args[0]], then: IterResultCheck())
            }
            return try interp.getIter(args[0])
        }
        define(ns, "next") { interp, args in
            try interp.expectArgs(args, "next", min: 1, max: 2)
            let it = args[0]
            if case .object(let r) = it, let g = r.obj as? GeneratorObj, args.count == 1 {
                if g.state == .finished { throw interp.stopIteration() }
                if interp.nativeMayResume {
                    try interp.resumeGenerator(g, sending: .pyNone, action: .value)
                    return interp.requestNothing()
                }
                return try interp.resumeNestedOrStop(g, sending: .pyNone)
            }
            if !(it.asObject is IteratorObj) && !(it.asObject is GeneratorObj) && interp.typeOf(it).lookup(interp.names.__next__) == nil {
                throw interp.typeError("'\(interp.typeName(it))' object is not an iterator")
            }
            // Without a default, a script `__next__` runs as a frame of its own: the
            // StopIteration it raises (with its value) propagates unchanged.
            if args.count == 1, !(it.asObject is IteratorObj), let m = interp.typeOf(it).lookup(interp.names.__next__) {
                return interp.requestCall(m, [it])
            }
            // With a default, the StopIteration is caught in Baozi.
            if args.count == 2, interp.nativeMayResume, let o = it.asObject, interp.mayWait(o) {
                return try interp.handOver("next_or", [it, args[1]])
            }
            if let v = try interp.next(it) { return v }
            if args.count == 2 { return args[1] }
            throw interp.stopIteration()
        }
        define(ns, "abs") { interp, args in
            try interp.expectArgs(args, "abs", min: 1, max: 1)
            switch interp.number(args[0]) {
            case .int(let i)?: return i == Int.min ? interp.newInt(BigInt(i).magnitude) : .int(Swift.abs(i))
            case .big(let b)?: return interp.newInt(b.magnitude)
            case .float(let d)?: return .float(Swift.abs(d))
            case nil:
                if let m = interp.typeOf(args[0]).lookup(interp.intern("__abs__")) { return try interp.call(m, [args[0]]) }
                throw interp.typeError("bad operand type for abs(): '\(interp.typeName(args[0]))'")
            }
        }
        define(ns, "globals") { interp, args in
            try interp.expectArgs(args, "globals", min: 0, max: 0)
            try interp.refuseKeywords(args, "globals")
            return Value(interp.fiber.frames.last?.globals ?? interp.builtins)
        }
        define(ns, "locals") { interp, args in
            try interp.expectArgs(args, "locals", min: 0, max: 0)
            try interp.refuseKeywords(args, "locals")
            guard let f = interp.fiber.frames.last else { return .pyNone }
            return Value(interp.frameLocals(f))
        }
        define(ns, "__build_class__") { interp, _ in
            throw interp.notImplemented("__build_class__")
        }
    }

    /// A frame's local variables: its namespace (module and class bodies) or a snapshot of
    /// its slots (functions), as locals() returns them.
    func frameLocals(_ f: Frame) -> DictObj {
        if let n = f.namespace { return n }
        let d = newDictObj()
        for i in 0..<f.code.localCount where !f.slots[i].isUnbound {
            var v = f.slots[i]
            if f.code.cellSlots.contains(i) { v = v.asCell.value; if v.isUnbound { continue } }
            d.setString(intern(f.code.varNames[i]), v)
        }
        return d
    }

    /// A native that resumed a generator in place returns this: the VM continues in the
    /// generator's frame and its yield pushes the result.
    func requestNothing() -> Value {
        pendingCall = nil
        return .unbound
    }

    /// Writes text to sys.stdout or to a file-like object.
    func writeText(_ text: String, to file: Value?) throws {
        if let file {
            if case .object(let r) = file, let sf = r.obj as? StdStreamObj {
                host.write(text, toStandardError: sf.isError)
                return
            }
            _ = try callMethod(file, "write", [newStr(text)])
            return
        }
        if let out = sysModule?.dict?.getString(intern("stdout")), case .object(let r) = out, !(r.obj is StdStreamObj) {
            _ = try callMethod(out, "write", [newStr(text)])
            return
        }
        host.write(text, toStandardError: false)
    }

    /// `len(v)`.
    func length(_ v: Value) throws -> Int {
        if case .object(let r) = v {
            let o = r.obj
            if let rg = o as? RangeObj, rg.lengthOverflows {
                throw ssizeOverflow()
            }
            if !o.type.isHeapType || o.type.lookup(names.__len__).map({ $0.asObject is BuiltinFunctionObj }) ?? false,
               let n = builtinLength(o) {
                return n
            }
            if let m = o.type.lookup(names.__len__) {
                return try lengthValue(try call(m, [v]))
            }
        }
        throw typeError("object of type '\(typeName(v))' has no len()")
    }

    /// The length of a builtin container by its layout (`list.__len__`); nil for other objects.
    func builtinLength(_ o: Obj) -> Int? {
        switch o {
        case let s as StrObj: return s.count
        case let l as ListObj: return l.items.count
        case let t as TupleObj: return t.items.count
        case let d as DictObj: return d.count
        case let s as SetObj: return s.count
        case let b as BytesObj: return b.bytes.count
        case let r as RangeObj: return r.count
        case let dv as DictViewObj: return dv.dictObj.count
        default: return nil
        }
    }

    /// isinstance(v, spec) as CPython's PyObject_IsInstance: an exact type match first, then
    /// a tuple item by item, then the `__instancecheck__` of spec's metaclass (ABCMeta,
    /// typing's aliases), else the MRO test.
    func isInstanceCheck(_ v: Value, _ spec: Value) throws -> Bool {
        if let t = spec.asObject as? TypeObj, typeOf(v) === t { return true }
        if let tuple = spec.asObject as? TupleObj {
            // Tuples nest without limit: ((int,),) ... recurses in Swift.
            try checkNativeStack(" in __instancecheck__")
            for item in tuple.items where try isInstanceCheck(v, item) { return true }
            return false
        }
        if let hook = checkHook(on: spec, intern("__instancecheck__")) {
            return try truthy(try call(hook, [spec, v]))
        }
        if let t = spec.asObject as? TypeObj { return typeOf(v).isSubtype(of: t) }
        throw typeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
    }

    /// issubclass(c, spec) as CPython's PyObject_IsSubclass: a tuple item by item, then the
    /// `__subclasscheck__` of spec's metaclass, else the MRO test.
    func isSubclassCheck(_ c: Value, _ spec: Value) throws -> Bool {
        if let tuple = spec.asObject as? TupleObj {
            try checkNativeStack(" in __subclasscheck__")
            for item in tuple.items where try isSubclassCheck(c, item) { return true }
            return false
        }
        if let hook = checkHook(on: spec, intern("__subclasscheck__")) {
            return try truthy(try call(hook, [spec, c]))
        }
        guard let sub = c.asObject as? TypeObj else { throw typeError("issubclass() arg 1 must be a class") }
        if let t = spec.asObject as? TypeObj { return sub.isSubtype(of: t) }
        throw typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
    }

    /// A check hook a script class defines on spec's type; `type`'s own is the plain MRO test.
    private func checkHook(on spec: Value, _ name: StrObj) -> Value? {
        let meta = typeOf(spec)
        guard meta !== types.type, let hook = meta.lookup(name), !(hook.asObject is BuiltinFunctionObj) else { return nil }
        return hook
    }
}

/// sys.stdout / sys.stderr: writes go to the host.
final class StdStreamObj: Obj {
    let isError: Bool
    init(isError: Bool, type: TypeObj) {
        self.isError = isError
        super.init(type: type)
    }
}
