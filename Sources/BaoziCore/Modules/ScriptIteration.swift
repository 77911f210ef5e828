// Builtins that consume a whole iterable (list(), sorted(), sum(), str.join(), ...) run the
// iteration in Baozi when the iterable is a generator or an iterator written in Baozi and the
// VM loop called them: the iteration is then resumable, so a greenlet switch inside the
// iterator (a gevent wait in a generator expression) works instead of being refused.
//
// Whole-collection builtins ask for `collect(iterable)` and are called again with the list in
// place of the iterable; sum/any/all, which must stop early or add as they go, have their own
// helper. Helpers live in Modules/Lib/_baozi_iteration.py; their frames are hidden from
// tracebacks.

extension Interpreter {
    /// True when `v` should be iterated by a helper: the VM called the builtin (so a frame may
    /// be pushed) and `v` is a generator or an instance of a class with a script `__iter__`
    /// or `__next__`.
    func iteratesInScript(_ v: Value) -> Bool {
        guard nativeMayResume, case .object(let r) = v else { return false }
        return mayWait(r.obj)
    }

    /// A generator, a script-backed builtin iterator, or an instance of a class with a script
    /// `__iter__`/`__next__`: iterating it may run script code that switches greenlets.
    func mayWait(_ o: Obj) -> Bool {
        if o is GeneratorObj { return true }
        if let it = o as? IteratorObj, case .script = it.kind { return true }
        let t = o.type
        guard t.isHeapType else { return false }
        for name in [names.__iter__, names.__next__] {
            if let m = t.lookup(name), m.asObject is FunctionObj { return true }
        }
        return false
    }

    /// Collects `args.values[index]` with the helper, then calls `callable` again with the
    /// same arguments and the list in place of the iterable.
    func collectThenCall(_ callable: Value, _ args: Arguments, replacing index: Int) throws -> Value {
        let helper = try iterationHelper("collect")
        let positional = args.positionalArray()
        let kwargs = args.keywordPairs
        return requestCall(helper, [args.values[index]],
                           then: CallAgainWithList(callable: callable, positional: positional, kwargs: kwargs, index: index))
    }

    /// Runs helper `name` of _baozi_iteration with `args`; its result is the builtin's.
    /// Only for a builtin the VM loop called (`nativeMayResume`).
    func handOver(_ name: String, _ args: [Value]) throws -> Value {
        requestCall(try iterationHelper(name), args)
    }

    /// Runs helper `name` as a frame of the running VM code (not through a builtin's return):
    /// for protocol steps the loop performs itself (`in`).
    func callHelperResumable(_ name: String, _ args: [Value], then: NativeContinuation? = nil) throws -> Value {
        try callResumable(try iterationHelper(name), args, then: then)
    }

    // MARK: - Which values run script code

    /// Values whose comparisons, hashes and reprs run no script code: None, bools, numbers,
    /// exact strs and bytes, and tuples and lists of those.
    func isPlainData(_ v: Value, depth: Int = 0) -> Bool {
        guard case .object(let r) = v else { return true }
        let o = r.obj
        if o.type.isHeapType { return false }
        switch o {
        case is StrObj, is BigIntObj, is BytesObj:
            return true
        case let t as TupleObj:
            return depth < 8 && t.items.allSatisfy { isPlainData($0, depth: depth + 1) }
        case let l as ListObj:
            return depth < 8 && l.items.allSatisfy { isPlainData($0, depth: depth + 1) }
        default:
            return false
        }
    }

    /// Whether `iter()` of one of `iterables` runs a script `__iter__` that should be resumable.
    func iterRunsScript(_ iterables: [Value]) -> Bool {
        nativeMayResume && iterables.contains { scriptMethod($0, names.__iter__) != nil }
    }

    /// A list, tuple, dict, set or frozenset (exactly) holding, at any depth, a value whose
    /// `__repr__` is script code: its repr is made in Baozi.
    func containerReprRunsScript(_ v: Value) -> Bool {
        guard case .object(let r) = v, !r.obj.type.isHeapType else { return false }
        var budget = 10_000
        return reprRunsScript(v, depth: 0, budget: &budget)
    }

    /// Whether repr(v) runs script code; looks no deeper than 16 levels and at no more than
    /// `budget` values (self-referring containers), answering false beyond (the repr then
    /// runs nested).
    private func reprRunsScript(_ v: Value, depth: Int, budget: inout Int) -> Bool {
        guard case .object(let r) = v else { return false }
        budget -= 1
        if budget < 0 || depth > 16 { return false }
        let o = r.obj
        if o.type.isHeapType { return scriptReprMethod(v) != nil }
        let d1 = depth + 1
        switch o {
        case let l as ListObj: return l.items.contains { reprRunsScript($0, depth: d1, budget: &budget) }
        case let t as TupleObj: return t.items.contains { reprRunsScript($0, depth: d1, budget: &budget) }
        case let d as DictObj:
            return d.liveEntries.contains {
                reprRunsScript($0.key, depth: d1, budget: &budget) || reprRunsScript($0.value, depth: d1, budget: &budget)
            }
        case let s as SetObj: return s.elements.contains { reprRunsScript($0, depth: d1, budget: &budget) }
        default: return false
        }
    }

    /// Whether `str % args` runs script code: an argument (an item of a tuple, a value of a
    /// dict) whose `__str__`, `__repr__`, `__index__`, `__int__` or `__float__` is script code,
    /// a container whose repr reaches one, or a mapping with a script `__getitem__`.
    func percentArgumentsRunScript(_ args: Value) -> Bool {
        guard case .object(let r) = args else { return false }
        if r.hasExactType(types.tuple) {
            return unsafeDowncast(r.obj, to: TupleObj.self).items.contains { percentArgumentRunsScript($0) }
        }
        if r.hasExactType(types.dict) {
            return unsafeDowncast(r.obj, to: DictObj.self).liveEntries.contains { percentArgumentRunsScript($0.value) }
        }
        return percentArgumentRunsScript(args) || scriptMethod(args, names.__getitem__) != nil
    }

    private func percentArgumentRunsScript(_ v: Value) -> Bool {
        guard case .object(let r) = v else { return false }
        if !r.obj.type.isHeapType { return containerReprRunsScript(v) }
        if scriptStrMethod(v) != nil || scriptReprMethod(v) != nil { return true }
        return [names.__index__, intern("__int__"), intern("__float__")].contains { scriptMethod(v, $0) != nil }
    }

    /// A callable that runs no script code of its own: a builtin function or builtin class.
    func isNativeCallable(_ f: Value) -> Bool {
        guard case .object(let r) = f else { return false }
        if r.obj is BuiltinFunctionObj { return true }
        if let t = r.obj as? TypeObj { return !t.isHeapType }
        return false
    }

    /// Whether sorting (or taking the min/max of) `items` by `key` runs script code that
    /// should be resumable: a key function written in Baozi, or items that are not plain data.
    func orderingRunsScript(_ items: [Value], key: Value?) -> Bool {
        guard nativeMayResume else { return false }
        if let key, !isNativeCallable(key) { return true }
        return !items.allSatisfy { isPlainData($0) }
    }

    /// The method a value's `str()` runs when it is script code: `__str__`, or `__repr__`
    /// through object.__str__ (as `str(_:)` decides).
    func scriptStrMethod(_ v: Value) -> (method: Value, name: String)? {
        guard case .object(let r) = v, r.obj.type.isHeapType else { return nil }
        let o = r.obj
        if let m = o.type.lookup(names.__str__), !(m.asObject is BuiltinFunctionObj) {
            return m.asObject is FunctionObj ? (m, "__str__") : nil
        }
        if o is StrObj || o is ExceptionObj { return nil }
        return scriptReprMethod(v)
    }

    /// A value's `__repr__` when it is script code.
    func scriptReprMethod(_ v: Value) -> (method: Value, name: String)? {
        guard case .object(let r) = v, r.obj.type.isHeapType,
              let m = r.obj.type.lookup(names.__repr__), m.asObject is FunctionObj else { return nil }
        return (m, "__repr__")
    }

    /// A value's `__format__` when it is script code.
    func scriptFormatMethod(_ v: Value) -> Value? {
        guard case .object(let r) = v, r.obj.type.isHeapType,
              let m = r.obj.type.lookup(intern("__format__")), m.asObject is FunctionObj else { return nil }
        return m
    }

    /// A value's special method `name` when it is script code (looked up on its class).
    func scriptMethod(_ v: Value, _ name: StrObj) -> Value? {
        guard case .object(let r) = v, r.obj.type.isHeapType,
              let m = r.obj.type.lookup(name), m.asObject is FunctionObj else { return nil }
        return m
    }

    /// Whether reading `obj.name` may run script code: a `__getattribute__` or `__getattr__`
    /// written in Baozi, or a property or script descriptor on the class.
    func attributeMayRunScript(_ obj: Value, _ name: StrObj) -> Bool {
        let t = typeOf(obj)
        guard t.isHeapType || obj.asObject is TypeObj else { return false }
        if t.hasCustomGetattribute || t.hasGetattr { return true }
        let owner = (obj.asObject as? TypeObj) ?? t
        guard case .object(let a)? = owner.lookup(name) else { return false }
        return a.obj is PropertyObj || a.obj.type.isHeapType
    }

    /// Whether a lazy builtin (enumerate, zip, map, filter) over `iterables`, calling
    /// `function`, should take its items from a Baozi generator: when an iterable may wait or
    /// the function is script code (which may switch greenlets).
    func lazyBuiltinNeedsScript(_ iterables: [Value], function: Value = .pyNone) -> Bool {
        for v in iterables {
            if case .object(let r) = v, mayWait(r.obj) { return true }
        }
        if case .object(let r) = function {
            let f = r.obj
            if f is FunctionObj { return true }
            if let m = f as? MethodObj, m.function.asObject is FunctionObj { return true }
            if f.type.isHeapType, f.type.lookup(intern("__call__"))?.asObject is FunctionObj { return true }
        }
        return false
    }

    /// A builtin iterator of class `type` whose items come from helper generator `name`.
    func scriptIterator(_ name: String, _ args: [Value], type: TypeObj) throws -> Value {
        let gen = try call(try iterationHelper(name), args)
        guard let g = gen.asObject as? GeneratorObj else { return gen }
        return newIterator(.script(g), type: type)
    }

    private func iterationHelper(_ name: String) throws -> Value {
        try helper(name, in: "_baozi_iteration") { $0.defineHelperNatives($1) }
    }

    /// Function `name` of the helper module `moduleName`; on first use the module's frames
    /// are hidden from tracebacks and `natives` adds the natives its functions use.
    func helper(_ name: String, in moduleName: String, natives: (Interpreter, DictObj) -> Void) throws -> Value {
        let module = try loadModule(moduleName)
        if case .object(let r) = module, let d = r.obj.dict, d.getString(intern("__hidden__")) == nil {
            for e in d.liveEntries {
                if let f = e.value.asObject as? FunctionObj { f.code.isHidden = true }
            }
            d.setString(intern("__hidden__"), .bool(true))
            natives(self, d)
        }
        return try getAttribute(module, name)
    }
}

extension Interpreter {
    /// Natives of _baozi_iteration: the fast halves of its slow paths.
    fileprivate func defineHelperNatives(_ d: DictObj) {
        // _plain_sort(values, keys, reverse): values sorted by keys natively when the keys are
        // plain data (their `<` runs no script code), else None.
        define(d, "_plain_sort") { interp, args in
            guard let values = args[0].asObject as? ListObj, let keys = args[1].asObject as? ListObj,
                  keys.items.allSatisfy({ interp.isPlainData($0) }) else { return .pyNone }
            let sorted = try interp.sortValues(Array(values.items), keys: Array(keys.items), reverse: try interp.truthy(args[2]))
            return interp.newList(sorted)
        }
        // _percent(fmt, args): `fmt % args` natively, once the arguments are plain values.
        define(d, "_percent") { interp, args in
            guard let fmt = args[0].asObject as? StrObj else { return .pyNone }
            return interp.newStr(try interp.percentFormat(fmt.value, args[1]))
        }
        // _script_iterator(generator, kind): an enumerate/zip/map/filter object over it.
        define(d, "_script_iterator") { interp, args in
            guard let g = args[0].asObject as? GeneratorObj, let kind = args[1].asObject as? StrObj else { return args[0] }
            let t = interp.types!
            let type: TypeObj
            switch kind.value {
            case "enumerate": type = t.enumerateType
            case "zip": type = t.zipType
            case "map": type = t.mapType
            default: type = t.filterType
            }
            return interp.newIterator(.script(g), type: type)
        }
    }
}

/// Checks a script method's result, then calls a builtin again with it in place of one of
/// its arguments (`range(obj)` after `obj.__index__()`).
final class CallAgainWithResult: NativeContinuation {
    let again: CallAgainWithList
    let check: (Interpreter, Value) throws -> Void

    init(_ again: CallAgainWithList, check: @escaping (Interpreter, Value) throws -> Void) {
        self.again = again
        self.check = check
    }

    override func resume(_ interp: Interpreter, _ value: Value) throws -> Value {
        try check(interp, value)
        return try again.resume(interp, value)
    }

    override func trace(_ marker: inout Marker) { again.trace(&marker) }
}

/// Calls a builtin again with the collected list in place of the iterable it was given.
final class CallAgainWithList: NativeContinuation {
    let callable: Value
    let positional: [Value]
    let kwargs: [(StrObj, Value)]
    let index: Int

    init(callable: Value, positional: [Value], kwargs: [(StrObj, Value)], index: Int) {
        self.callable = callable
        self.positional = positional
        self.kwargs = kwargs
        self.index = index
    }

    override func resume(_ interp: Interpreter, _ value: Value) throws -> Value {
        var positional = self.positional
        var kwargs = self.kwargs
        if index < positional.count {
            positional[index] = value
        } else {
            kwargs[index - positional.count].1 = value
        }
        return interp.requestCall(callable, positional, kwargs: kwargs)
    }

    override func trace(_ marker: inout Marker) {
        marker.mark(callable)
        marker.mark(positional)
        for (k, v) in kwargs { marker.mark(k); marker.mark(v) }
    }
}
