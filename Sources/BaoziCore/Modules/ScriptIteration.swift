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
    func iterateWithHelper(_ name: String, _ args: [Value]) throws -> Value {
        requestCall(try iterationHelper(name), args)
    }

    /// Whether a lazy builtin (enumerate, zip, map, filter) over `iterables`, calling
    /// `function`, should take its items from a Baozi generator: when an iterable may wait or
    /// the function is script code (which may switch greenlets).
    func lazyBuiltinNeedsScript(_ iterables: [Value], function: Value = .none) -> Bool {
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
        let module = try loadModule("_baozi_iteration")
        if case .object(let r) = module, let d = r.obj.dict, d.getString(intern("__hidden__")) == nil {
            // First use: hide the helpers' frames from tracebacks.
            for e in d.liveEntries {
                if let f = e.value.asObject as? FunctionObj { f.code.isHidden = true }
            }
            d.setString(intern("__hidden__"), .bool(true))
        }
        return try getAttribute(module, name)
    }
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
