// Native constructors of the builtin types: what `int(x)`, `list(it)`, `range(n)`... do.

import BigInt

extension Interpreter {
    /// The class a constructor was called for (the first argument).
    private func ctorClass(_ args: Arguments) -> TypeObj { args[0].asObject as! TypeObj }

    func setUpConstructors() {
        let t = types!
        t.object.nativeNew = { interp, args in
            // Reached only when neither __new__ nor __init__ is overridden: arguments are an error.
            let cls = interp.ctorClass(args)
            if args.values.count > 1 { throw interp.typeError("\(cls.name)() takes no arguments") }
            return try interp.allocateInstance(cls, args: [])
        }
        t.type.nativeNew = { interp, args in
            if args.count == 2 { return Value(interp.typeOf(args[1])) }
            guard args.count == 4, let name = args[1].asObject as? StrObj, let bases = args[2].asObject as? TupleObj,
                  let ns = args[3].asObject as? DictObj else {
                throw interp.typeError("type() takes 1 or 3 arguments")
            }
            let d = interp.copyDict(ns)
            let cls = try interp.makeClass(name: name.value, bases: Array(bases.items), namespace: d, metatype: interp.ctorClass(args))
            // type.__new__ from a metaclass runs the bases' __init_subclass__ with the class keywords.
            if interp.nativeMayResume, let hook = interp.initSubclassHook(cls), hook.asObject is FunctionObj {
                return interp.requestCall(hook, [Value(cls)], kwargs: args.keywordPairs, then: ReturnValue(Value(cls)))
            }
            try interp.initSubclassHooks(cls, kwargs: args.keywordPairs.map { ($0.0.value, $0.1) })
            return Value(cls)
        }
        // types.MethodType(function, instance) and types.ModuleType(name, doc=None).
        t.method.nativeNew = { interp, args in
            try interp.expectConstructorArgs(args, "method", min: 2, max: 2)
            guard case .object(let f) = args[1],
                  f.obj is FunctionObj || f.obj is BuiltinFunctionObj || f.obj is MethodObj || f.obj is TypeObj
                    || f.obj.type.lookup(interp.names.__call__) != nil else {
                throw interp.typeError("first argument must be callable")
            }
            if case .pyNone = args[2] { throw interp.typeError("instance must not be None") }
            return Value(interp.heap.track(MethodObj(function: args[1], instance: args[2], type: interp.types.method)))
        }
        t.module.nativeNew = { interp, args in
            guard args.count >= 2 || args.keyword("name") != nil else {
                throw interp.typeError("module.__init__() missing required argument 'name' (pos 1)")
            }
            let nameValue = args.count >= 2 ? args[1] : args.keyword("name")!
            guard let name = nameValue.asObject as? StrObj else {
                throw interp.typeError("module.__init__() argument 'name' must be str, not \(interp.typeName(nameValue))")
            }
            let d = interp.newDictObj()
            d.setString(interp.names.__name__, nameValue)
            d.setString(interp.intern("__doc__"), args.count >= 3 ? args[2] : (args.keyword("doc") ?? .pyNone))
            for key in ["__package__", "__loader__", "__spec__"] { d.setString(interp.intern(key), .pyNone) }
            return Value(interp.heap.track(ModuleObj(name: name.value, dict: d, type: interp.ctorClass(args))))
        }
        t.int.nativeNew = { interp, args in
            let cls = interp.ctorClass(args)
            if cls === interp.types.int, args.count == 2, args.names.isEmpty, interp.nativeMayResume {
                for name in ["__int__", "__index__"] {
                    if let m = interp.scriptMethod(args[1], interp.intern(name)) {
                        return interp.requestCall(m, [args[1]], then: NumberResultCheck(method: name, float: false))
                    }
                }
            }
            let v = try interp.intConstructor(args)
            if cls === interp.types.int { return v }
            let o = interp.heap.track(InstanceObj(type: cls))
            o.payload = v
            o.dict = interp.newDictObj()
            return Value(o)
        }
        t.bool.nativeNew = { interp, args in
            try interp.expectConstructorArgs(args, "bool", min: 0, max: 1)
            if args.count == 2, interp.nativeMayResume {
                if let m = interp.scriptMethod(args[1], interp.names.__bool__) {
                    return interp.requestCall(m, [args[1]], then: TruthValue(viaLen: false))
                }
                if interp.typeOf(args[1]).lookup(interp.names.__bool__) == nil, let m = interp.scriptMethod(args[1], interp.names.__len__) {
                    return interp.requestCall(m, [args[1]], then: TruthValue(viaLen: true))
                }
            }
            return .bool(args.count == 2 ? try interp.truthy(args[1]) : false)
        }
        t.float.nativeNew = { interp, args in
            let cls = interp.ctorClass(args)
            if cls === interp.types.float, args.count == 2, args.names.isEmpty, interp.nativeMayResume,
               let m = interp.scriptMethod(args[1], interp.intern("__float__")) {
                return interp.requestCall(m, [args[1]], then: NumberResultCheck(method: "__float__", float: true))
            }
            var v: Value = .float(0)
            if args.count > 1 { v = .float(try interp.toFloat(args[1])) }
            if cls === interp.types.float { return v }
            let o = interp.heap.track(InstanceObj(type: cls))
            o.payload = v
            o.dict = interp.newDictObj()
            return Value(o)
        }
        t.str.nativeNew = { interp, args in
            let cls = interp.ctorClass(args)
            var s = ""
            if args.count > 1 {
                if args.count >= 3 || args.keyword("encoding") != nil || args.keyword("errors") != nil {
                    func text(_ i: Int, _ name: String) throws -> String? {
                        guard let v = i < args.count ? args[i] : args.keyword(name) else { return nil }
                        guard let t = v.asObject as? StrObj else {
                            throw interp.typeError("str() argument '\(name)' must be str, not \(interp.typeName(v))")
                        }
                        return t.value
                    }
                    let encoding = try text(2, "encoding") ?? "utf-8", errors = try text(3, "errors") ?? "strict"
                    guard let b = args[1].asObject as? BytesObj else {
                        throw interp.typeError("decoding to str: need a bytes-like object, \(interp.typeName(args[1])) found")
                    }
                    do {
                        s = try pyDecode(b.bytes, encoding: encoding, errors: errors)
                    } catch let e as PyFormatError { throw interp.mapFormatError(e) }
                } else {
                    if cls === interp.types.str, interp.nativeMayResume, let (m, name) = interp.scriptStrMethod(args[1]) {
                        return interp.requestCall(m, [args[1]], then: StringResultCheck(method: name))
                    }
                    if cls === interp.types.str, interp.nativeMayResume, interp.containerReprRunsScript(args[1]) {
                        return try interp.handOver("container_repr", [args[1]])
                    }
                    s = try interp.str(args[1])
                }
            }
            if cls === interp.types.str { return interp.newStr(s) }
            let o = interp.heap.track(StrObj(s, type: cls))
            o.dict = interp.newDictObj()
            return Value(o)
        }
        t.list.nativeNew = { interp, args in
            let cls = interp.ctorClass(args)
            try interp.expectConstructorArgs(args, "list", min: 0, max: 1)
            if args.count > 1, cls === interp.types.list, interp.iteratesInScript(args[1]) {
                return try interp.collectThenCall(Value(cls), args.droppingFirst, replacing: 0)
            }
            if args.count > 1 { try interp.refuseImpossibleLength(args[1]) }
            let items = args.count > 1 ? ContiguousArray(try interp.iterateToArray(args[1])) : []
            let l = interp.heap.track(ListObj(items, type: cls))
            if cls.isHeapType { l.dict = interp.newDictObj() }
            return Value(l)
        }
        t.tuple.nativeNew = { interp, args in
            let cls = interp.ctorClass(args)
            try interp.expectConstructorArgs(args, "tuple", min: 0, max: 1)
            if args.count > 1, cls === interp.types.tuple, interp.iteratesInScript(args[1]) {
                return try interp.collectThenCall(Value(cls), args.droppingFirst, replacing: 0)
            }
            if args.count > 1, cls === interp.types.tuple, let tt = args[1].asObject as? TupleObj, tt.type === interp.types.tuple {
                return args[1]
            }
            if args.count > 1 { try interp.refuseImpossibleLength(args[1]) }
            let items = args.count > 1 ? ContiguousArray(try interp.iterateToArray(args[1])) : []
            let o = interp.heap.track(TupleObj(items, type: cls))
            if cls.isHeapType { o.dict = interp.newDictObj() }
            return Value(o)
        }
        t.dict.nativeNew = { interp, args in
            let cls = interp.ctorClass(args)
            // A mapping is read through keys(), never collected as an iterable of pairs.
            if args.count == 2, cls === interp.types.dict, interp.iteratesInScript(args[1]),
               interp.typeOf(args[1]).lookup(interp.intern("keys")) == nil {
                return try interp.collectThenCall(Value(cls), args.droppingFirst, replacing: 0)
            }
            let d = interp.heap.track(DictObj(type: cls))
            if cls.isHeapType { d.dict = interp.newDictObj() }
            if args.count == 2, interp.nativeMayResume, interp.pairsHaveScriptKey(args[1]) {
                return try interp.handOverHashing("dict_fill", [Value(d), args[1]])
            }
            try interp.dictUpdate(d, args, from: 1)
            return Value(d)
        }
        for st in [t.set, t.frozenset] {
            st.nativeNew = { interp, args in
                let cls = interp.ctorClass(args)
                try interp.expectConstructorArgs(args, cls.name, min: 0, max: 1)
                if args.count > 1, !cls.isHeapType, interp.iteratesInScript(args[1]) {
                    return try interp.collectThenCall(Value(cls), args.droppingFirst, replacing: 0)
                }
                let s = interp.heap.track(SetObj(type: cls))
                if cls.isHeapType { s.dict = interp.newDictObj() }
                if args.count > 1, interp.nativeMayResume, interp.itemsHaveScriptKey(args[1]) {
                    return try interp.handOverHashing("set_fill", [Value(s), args[1]])
                }
                if args.count > 1 {
                    if let other = args[1].asObject as? SetObj {
                        try s.addAll(from: other, interp)
                    } else {
                        for v in try interp.iterateToArray(args[1]) { try s.add(v, interp) }
                    }
                }
                return Value(s)
            }
        }
        t.range.nativeNew = { interp, args in
            try interp.expectConstructorArgs(args, "range", min: 1, max: 3)
            var vals: [Int] = []
            // A script __index__ runs as a frame; range() is called again with its result.
            if interp.nativeMayResume, let i = (1..<args.count).first(where: { interp.scriptMethod(args[$0], interp.names.__index__) != nil }),
               let m = interp.scriptMethod(args[i], interp.names.__index__) {
                let again = CallAgainWithList(callable: args[0], positional: Array(args.positional.dropFirst()), kwargs: [], index: i - 1)
                return interp.requestCall(m, [args[i]], then: CallAgainWithResult(again, check: checkIndexResult))
            }
            for i in 1..<args.count {
                vals.append(try interp.indexValueForRange(args[i]))
            }
            let (start, stop, step): (Int, Int, Int)
            switch vals.count {
            case 1: (start, stop, step) = (0, vals[0], 1)
            case 2: (start, stop, step) = (vals[0], vals[1], 1)
            default: (start, stop, step) = (vals[0], vals[1], vals[2])
            }
            if step == 0 { throw interp.valueError("range() arg 3 must not be zero") }
            return Value(interp.heap.track(RangeObj(start: start, stop: stop, step: step, type: interp.types.range)))
        }
        t.slice.nativeNew = { interp, args in
            try interp.expectConstructorArgs(args, "slice", min: 1, max: 3)
            let a = Array(args.positional.dropFirst())
            let (start, stop, step): (Value, Value, Value)
            switch a.count {
            case 1: (start, stop, step) = (.pyNone, a[0], .pyNone)
            case 2: (start, stop, step) = (a[0], a[1], .pyNone)
            default: (start, stop, step) = (a[0], a[1], a[2])
            }
            return Value(interp.heap.track(SliceObj(start: start, stop: stop, step: step, type: interp.types.slice)))
        }
        t.property.nativeNew = { interp, args in
            func arg(_ i: Int, _ name: String) -> Value { i < args.positionalCount ? args[i] : (args.keyword(name) ?? .pyNone) }
            var doc = arg(4, "doc")
            let getter = arg(1, "fget")
            if doc.isNone, let f = getter.asObject as? FunctionObj { doc = f.doc }
            return Value(interp.heap.track(PropertyObj(getter: getter, setter: arg(2, "fset"), deleter: arg(3, "fdel"), doc: doc, type: interp.types.property)))
        }
        t.staticmethod.nativeNew = { interp, args in
            try interp.expectConstructorArgs(args, "staticmethod", min: 1, max: 1)
            return Value(interp.heap.track(MethodWrapperObj(function: args[1], type: interp.types.staticmethod)))
        }
        t.classmethod.nativeNew = { interp, args in
            try interp.expectConstructorArgs(args, "classmethod", min: 1, max: 1)
            return Value(interp.heap.track(MethodWrapperObj(function: args[1], type: interp.types.classmethod)))
        }
        t.superType.nativeNew = { interp, args in
            try interp.makeSuper(args)
        }
        t.enumerateType.nativeNew = { interp, args in
            let iterable = args.positionalCount > 1 ? args[1] : (args.keyword("iterable") ?? .pyNone)
            var n = 0
            if args.positionalCount > 2 { n = try interp.indexValue(args[2], for: "enumerate") }
            if let s = args.keyword("start") { n = try interp.indexValue(s, for: "enumerate") }
            if interp.iterRunsScript([iterable]) {
                return try interp.handOver("lazy_iterator", [interp.newStr("enumerate"), .pyNone, interp.newList([iterable]), .int(n)])
            }
            let it = try interp.getIter(iterable)
            if interp.lazyBuiltinNeedsScript([it]) {
                return try interp.scriptIterator("enumerate_items", [it, .int(n)], type: interp.types.enumerateType)
            }
            return interp.newIterator(.native({ [unowned interp] in
                guard let v = try interp.next(it) else { return nil }
                defer { n += 1 }
                return interp.newTuple([.int(n), v])
            }), type: interp.types.enumerateType).keeping([it], interp)
        }
        t.zipType.nativeNew = { interp, args in
            let iterables = Array(args.positional.dropFirst())
            if interp.iterRunsScript(iterables), args.keyword("strict") == nil {
                return try interp.handOver("lazy_iterator", [interp.newStr("zip"), .pyNone, interp.newList(iterables), .int(0)])
            }
            let its = try (1..<args.positionalCount).map { try interp.getIter(args[$0]) }
            let strict = try args.keyword("strict").map { try interp.truthy($0) } ?? false
            if !strict && interp.lazyBuiltinNeedsScript(its) {
                return try interp.scriptIterator("zip_items", [interp.newList(its)], type: interp.types.zipType)
            }
            var done = its.isEmpty
            return interp.newIterator(.native({ [unowned interp] in
                if done { return nil }
                var items: [Value] = []
                for (i, it) in its.enumerated() {
                    guard let v = try interp.next(it) else {
                        done = true
                        if strict { try interp.checkStrictZipEnd(its, exhausted: i) }
                        return nil
                    }
                    items.append(v)
                }
                return interp.newTuple(items)
            }), type: interp.types.zipType).keeping(its, interp)
        }
        t.mapType.nativeNew = { interp, args in
            guard args.positionalCount >= 3 else { throw interp.typeError("map() must have at least two arguments.") }
            let fn = args[1]
            let iterables = Array(args.positional.dropFirst(2))
            if interp.iterRunsScript(iterables) {
                return try interp.handOver("lazy_iterator", [interp.newStr("map"), fn, interp.newList(iterables), .int(0)])
            }
            let its = try (2..<args.positionalCount).map { try interp.getIter(args[$0]) }
            if interp.lazyBuiltinNeedsScript(its, function: fn) {
                return try interp.scriptIterator("map_items", [fn, interp.newList(its)], type: interp.types.mapType)
            }
            return interp.newIterator(.native({ [unowned interp] in
                var items: [Value] = []
                for it in its {
                    guard let v = try interp.next(it) else { return nil }
                    items.append(v)
                }
                return try interp.call(fn, items)
            }), type: interp.types.mapType).keeping(its + [fn], interp)
        }
        t.filterType.nativeNew = { interp, args in
            try interp.expectConstructorArgs(args, "filter", min: 2, max: 2)
            let fn = args[1]
            if interp.iterRunsScript([args[2]]) {
                return try interp.handOver("lazy_iterator", [interp.newStr("filter"), fn, interp.newList([args[2]]), .int(0)])
            }
            let it = try interp.getIter(args[2])
            if interp.lazyBuiltinNeedsScript([it], function: fn) {
                return try interp.scriptIterator("filter_items", [fn, it], type: interp.types.filterType)
            }
            return interp.newIterator(.native({ [unowned interp] in
                while let v = try interp.next(it) {
                    let keep = fn.isNone ? try interp.truthy(v) : try interp.truthy(try interp.call(fn, [v]))
                    if keep { return v }
                }
                return nil
            }), type: interp.types.filterType).keeping([it, fn], interp)
        }
        t.reversedType.nativeNew = { interp, args in
            try interp.expectConstructorArgs(args, "reversed", min: 1, max: 1)
            let v = args[1]
            if let m = interp.typeOf(v).lookup(interp.intern("__reversed__")), !(m.asObject is BuiltinFunctionObj) {
                return try interp.call(m, [v])
            }
            switch v.asObject {
            case let l as ListObj:
                var i = l.items.count
                return interp.newIterator(.native({
                    i = min(i, l.items.count)
                    if i <= 0 { return nil }
                    i -= 1
                    return l.items[i]
                }), type: interp.types.reversedType).keeping([v], interp)
            case let r as RangeObj:
                if r.lengthOverflows {
                    throw interp.ssizeOverflow()
                }
                let last = r.item(r.count - 1)
                return interp.newIterator(.range(start: last, step: -r.step, count: r.count), type: interp.types.rangeIterator)
            case is TupleObj, is StrObj, is BytesObj:
                return interp.newIterator(.values(ContiguousArray(try interp.iterateToArray(v).reversed())), type: interp.types.reversedType)
            case let d as DictObj:
                return interp.newIterator(.values(ContiguousArray(d.keys.reversed())), type: interp.types.reversedType)
            default:
                if interp.typeOf(v).lookup(interp.names.__getitem__) != nil, interp.typeOf(v).lookup(interp.names.__len__) != nil {
                    let n = try interp.length(v)
                    var items: [Value] = []
                    for i in stride(from: n - 1, through: 0, by: -1) { items.append(try interp.getItem(v, .int(i))) }
                    return interp.newIterator(.values(ContiguousArray(items)), type: interp.types.reversedType)
                }
                throw interp.typeError("'\(interp.typeName(v))' object is not reversible")
            }
        }
        for e in t.exceptions.lookupAll {
            e.nativeNew = { interp, args in
                let cls = interp.ctorClass(args)
                // BaseException.__init__ takes no keywords; a class with an __init__ of its own decides.
                if args.hasKeywords, cls.lookup(interp.names.__init__)?.asObject is BuiltinFunctionObj {
                    try interp.refuseExceptionKeywords(cls)
                }
                let ex = interp.heap.track(ExceptionObj(args: ContiguousArray(args.positional.dropFirst()), type: cls))
                if cls.isHeapType { ex.dict = interp.newDictObj() }
                return Value(ex)
            }
        }
        setUpSingletonAndClosedConstructors()
        defineNewMethods([t.type, t.int, t.bool, t.float, t.str, t.bytes, t.bytearray, t.list, t.tuple, t.dict,
                          t.set, t.frozenset, t.range, t.slice, t.property, t.staticmethod, t.classmethod,
                          t.superType, t.enumerateType, t.zipType, t.mapType, t.filterType, t.reversedType,
                          t.exceptions.baseException])
        refuseUnknownConstructorKeywords()
    }

    /// `list(zzz=1)` and `int('1', zzz=1)` raise CPython's TypeError: each builtin type's
    /// constructor takes only the keywords CPython's does. Subclasses are left alone (their
    /// own __new__ or __init__ may take keywords and pass the rest on).
    private func refuseUnknownConstructorKeywords() {
        let t = types!
        let allowed: [(TypeObj, [String])] = [
            (t.float, []), (t.list, []), (t.tuple, []), (t.set, []), (t.frozenset, []), (t.range, []),
            (t.slice, []), (t.bool, []), (t.classmethod, []), (t.staticmethod, []), (t.zipType, ["strict"]),
            (t.int, ["base"]), (t.str, ["object", "encoding", "errors"]),
            (t.bytes, ["source", "encoding", "errors"]), (t.bytearray, ["source", "encoding", "errors"]),
            (t.property, ["fget", "fset", "fdel", "doc"]),
        ]
        for (type, keywords) in allowed {
            guard let native = type.nativeNew else { continue }
            let name = type.name
            type.nativeNew = { interp, args in
                if args.hasKeywords, args.positionalCount > 0, args[0].asObject === type {
                    for k in args.names where !keywords.contains(k.value) {
                        if keywords.isEmpty { throw interp.typeError("\(name)() takes no keyword arguments") }
                        throw interp.typeError("'\(k.value)' is an invalid keyword argument for \(name)()")
                    }
                }
                return try native(interp, args)
            }
        }
    }

    /// `type(None)()` gives None (as `type(...)()` gives Ellipsis); the types CPython builds
    /// only internally (iterators, views, builtin functions) refuse to be called. Without this
    /// they fell through to `object`'s constructor and made instances nothing could print.
    private func setUpSingletonAndClosedConstructors() {
        let t = types!
        let singletons: [(TypeObj, (Interpreter) -> Value)] = [(t.noneType, { _ in .pyNone }),
                                                              (t.notImplementedType, { $0.notImplemented }),
                                                              (t.ellipsisType, { $0.ellipsis })]
        for (type, value) in singletons {
            type.nativeNew = { interp, args in
                if args.values.count > 1 { throw interp.typeError("\(type.name) takes no arguments") }
                return value(interp)
            }
        }
        let closed: [TypeObj] = [t.builtinFunction, t.generator, t.iterator, t.listIterator, t.tupleIterator,
                                 t.rangeIterator, t.strIterator, t.bytesIterator, t.dictKeyIterator,
                                 t.dictValueIterator, t.dictItemIterator, t.setIterator, t.callableIterator,
                                 t.dictKeys, t.dictValues, t.dictItems, t.traceback, t.frame, t.complex]
        for type in closed where type.nativeNew == nil {
            type.refusesInstances = true
            type.nativeNew = { interp, _ in throw interp.typeError("cannot create '\(type.name)' instances") }
        }
    }

    /// Gives builtin types a `__new__` that runs their native constructor, so a script `__new__`
    /// can delegate with `super().__new__(cls, ...)` and `int.__new__(C, 5)` works. (Subclasses
    /// inherit it: the exception classes share BaseException's.)
    func defineNewMethods(_ builtinTypes: [TypeObj]) {
        for t in builtinTypes {
            method(t, "__new__") { interp, args in
                guard args.count >= 1, let cls = args[0].asObject as? TypeObj else {
                    let given = args.count >= 1 ? interp.typeName(args[0]) : "NoneType"
                    throw interp.typeError("\(t.name).__new__(X): X is not a type object (\(given))")
                }
                guard cls.isSubtype(of: t) else {
                    throw interp.typeError("\(t.name).__new__(\(cls.name)): \(cls.name) is not a subtype of \(t.name)")
                }
                guard let native = t.nativeNew else { return try interp.allocateInstance(cls, args: []) }
                return try native(interp, args)
            }
        }
    }

    /// zip(strict=True) when argument `exhausted` (0-based) ran out: every argument must end
    /// at the same time, with CPython's messages.
    func checkStrictZipEnd(_ its: [Value], exhausted i: Int) throws {
        if i > 0 {
            let before = i == 1 ? "argument 1" : "arguments 1-\(i)"
            throw valueError("zip() argument \(i + 1) is shorter than \(before)")
        }
        for j in 1..<max(1, its.count) where try next(its[j]) != nil {
            let before = j == 1 ? "argument 1" : "arguments 1-\(j)"
            throw valueError("zip() argument \(j + 1) is longer than \(before)")
        }
    }

    func indexValueForRange(_ v: Value) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default:
            if let m = typeOf(v).lookup(names.__index__), case .int(let i) = try call(m, [v]) { return i }
            throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
        }
    }

    /// `int(x)` / `int(s, base)`.
    func intConstructor(_ args: Arguments) throws -> Value {
        let n = args.positionalCount
        if n == 1 && args.keyword("base") == nil { return .int(0) }
        let x = n > 1 ? args[1] : .int(0)
        let baseV = n > 2 ? args[2] : args.keyword("base")
        if let baseV {
            guard case .int(let base) = baseV else { throw typeError("'\(typeName(baseV))' object cannot be interpreted as an integer") }
            guard let s = x.asObject as? StrObj else {
                if let b = x.asObject as? BytesObj { return try parseIntText(String(decoding: b.bytes, as: UTF8.self), base: base) }
                throw typeError("int() can't convert non-string with explicit base")
            }
            return try parseIntText(s.value, base: base)
        }
        switch x {
        case .int(let i): return .int(i)
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return try floatToInt(d)
        case .object(let r):
            if let s = r.obj as? StrObj { return try parseIntText(s.value, base: 10) }
            if let b = r.obj as? BigIntObj { return newInt(b.value) }
            if let b = r.obj as? BytesObj { return try parseIntText(String(decoding: b.bytes, as: UTF8.self), base: 10) }
            if let i = r.obj as? InstanceObj, !i.payload.isNone {
                if let num = number(i.payload) {
                    if case .float(let d) = num { return try floatToInt(d) }
                    return intValue(num)
                }
            }
            for name in ["__int__", "__index__", "__trunc__"] {
                if let m = r.obj.type.lookup(intern(name)) { return try call(m, [x]) }
            }
        default: break
        }
        throw typeError("int() argument must be a string, a bytes-like object or a real number, not '\(typeName(x))'")
    }

    func parseIntText(_ s: String, base: Int) throws -> Value {
        do {
            switch try pyParseInt(s, base: base, maxDigits: intMaxStrDigits) {
            case .int(let i): return .int(i)
            case .big(let b): return newInt(b)
            }
        } catch let e as PyFormatError {
            throw mapFormatError(e)
        }
    }

    func floatToInt(_ d: Double) throws -> Value {
        if d.isNaN { throw valueError("cannot convert float NaN to integer") }
        if d.isInfinite { throw overflowError("cannot convert float infinity to integer") }
        let t = d.rounded(.towardZero)
        if let i = Int(exactly: t) { return .int(i) }
        return newInt(BigInt(t))
    }

    /// A NaN no other float value is identical to. In CPython each float('nan') is a new object
    /// and `in`/`==` on containers test identity before equality; inline floats have no
    /// identity, so each parsed NaN gets its own payload bits instead (repr ignores them).
    private func distinctNaN(_ d: Double) -> Double {
        nanIdentities = (nanIdentities &+ 1) & ((1 << 50) - 1)
        let nan = Double(nan: Double.RawSignificand(nanIdentities), signaling: false)
        return d.sign == .minus ? -nan : nan
    }

    /// `float(x)`.
    func toFloat(_ x: Value) throws -> Double {
        if let n = number(x) { return try toDouble(n) }
        if let s = x.asObject as? StrObj {
            if let d = pyParseFloat(s.value) { return d.isNaN ? distinctNaN(d) : d }
            throw valueError("could not convert string to float: \(pyStrRepr(s.value))")
        }
        if let m = typeOf(x).lookup(intern("__float__")) {
            let r = try call(m, [x])
            if case .float(let d) = r { return d }
            throw typeError("\(typeName(x)).__float__ returned non-float (type \(typeName(r)))")
        }
        if let m = typeOf(x).lookup(names.__index__), case .int(let i) = try call(m, [x]) { return Double(i) }
        throw typeError("float() argument must be a string or a real number, not '\(typeName(x))'")
    }

    /// dict(mapping_or_pairs, **kw) and dict.update.
    func dictUpdate(_ d: DictObj, _ args: Arguments, from first: Int) throws {
        if args.positionalCount > first + 1 {
            throw typeError("dict expected at most 1 argument, got \(args.positionalCount - first)")
        }
        if args.positionalCount > first {
            let src = args[first]
            if let s = src.asObject as? DictObj {
                for e in s.liveEntries { try d.set(e.key, hash: e.hash, e.value, self) }
            } else if typeOf(src).lookup(intern("keys")) != nil {
                try mergeMapping(into: d, from: src, rejectDuplicates: false, callee: nil)
            } else {
                // Item by item, as CPython: a bad first item of a huge iterable fails at once.
                var i = 0
                try iterate(src) { item in
                    let pair = try iterateToArray(item, notIterableMessage: "cannot convert dictionary update sequence element #\(i) to a sequence")
                    guard pair.count == 2 else {
                        throw valueError("dictionary update sequence element #\(i) has length \(pair.count); 2 is required")
                    }
                    try d.set(pair[0], pair[1], self)
                    i += 1
                    return true
                }
            }
        }
        for (i, name) in args.names.enumerated() {
            d.setString(name, args.values[args.positionalCount + i])
        }
    }

    /// `super()` with no arguments finds the class cell and first argument of the caller.
    func makeSuper(_ args: Arguments) throws -> Value {
        var cls: TypeObj
        var obj: Value
        if args.positionalCount >= 3 {
            guard let c = args[1].asObject as? TypeObj else { throw typeError("super() argument 1 must be a type, not \(typeName(args[1]))") }
            cls = c
            obj = args[2]
        } else {
            // The calling frame's code: its first argument and its `__class__` cell. As in
            // CPython, `*args` alone is not a first argument.
            guard let frame = fiber.frames.last, frame.namespace == nil, frame.code.argCount > 0 else {
                throw runtimeError("super(): no arguments")
            }
            let code = frame.code
            guard let idx = code.varNames.firstIndex(of: "__class__"), let cell = frame.slots[idx].asObject as? CellObj,
                  let c = cell.value.asObject as? TypeObj else {
                throw runtimeError("super(): __class__ cell not found")
            }
            cls = c
            obj = frame.slots[0]
            if code.cellSlots.contains(0) { obj = obj.asCell.value }
        }
        let s = heap.track(SuperObj(cls: cls, obj: obj, type: types.superType))
        return Value(s)
    }
}

/// `super()`: attribute lookups start after `cls` in the MRO of `obj`'s class.
final class SuperObj: Obj {
    unowned(unsafe) let cls: TypeObj
    let obj: Value
    init(cls: TypeObj, obj: Value, type: TypeObj) {
        self.cls = cls
        self.obj = obj
        super.init(type: type)
    }
    override func trace(_ marker: inout Marker) {
        marker.mark(cls)
        marker.mark(obj)
    }
}

extension Value {
    /// Keeps values referenced by a native iterator's closure alive with the iterator.
    func keeping(_ values: [Value], _ interp: Interpreter) -> Value {
        if let it = asObject as? IteratorObj { it.kept = values }
        return self
    }
}
