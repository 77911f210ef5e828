// The surface a Swift host uses to run code: run statements or a file in `__main__`, evaluate
// an expression, read and bind globals. Every call from the host goes through `hostEntry`,
// which arms the budgets and turns Python exceptions into `ScriptError`s.

import Foundation

extension Interpreter {
    /// The `__main__` module's namespace, created on first use.
    var mainNamespace: DictObj {
        if let m = modules.getString(intern("__main__"))?.asObject as? ModuleObj, let d = m.dict { return d }
        let d = newDictObj()
        heap.makePermanent(d)
        d.setString(names.__name__, newStr("__main__"))
        d.setString(intern("__builtins__"), Value(builtinsModule))
        let m = heap.makePermanent(ModuleObj(name: "__main__", dict: d, type: types.module))
        modules.setString(intern("__main__"), Value(m))
        return d
    }

    // MARK: - Running code

    /// Runs statements in `__main__`. A Python exception escaping them is thrown as a
    /// `ScriptError`; `filename` is what tracebacks show.
    public func run(source: String, filename: String = "<script>") throws {
        rememberSource(source, filename: filename)
        try hostEntry {
            let code = try compileSource(source, filename: filename)
            _ = try runCode(code, globals: mainNamespace)
        }
    }

    /// Reads a file and runs it in `__main__` (the host reads it: no capability is needed).
    /// A file that cannot be read throws a `ScriptError` of type `FileNotFoundError`.
    public func runFile(_ path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ScriptError("FileNotFoundError", "[Errno 2] No such file or directory: '\(path)'")
        }
        let source = String(decoding: data, as: UTF8.self)
        mainNamespace.setString(intern("__file__"), newStr(path))
        try run(source: source, filename: path)
    }

    /// Evaluates one expression in `__main__` and returns its value: `try vm.evaluate("1 + 2")`.
    public func evaluate(_ expression: String) throws -> ScriptValue {
        let filename = "<string>"
        rememberSource(expression, filename: filename)
        return try hostEntry {
            let code = try compileSource(expression, filename: filename, mode: .eval)
            return ScriptValue(try runCode(code, globals: mainNamespace), in: self)
        }
    }

    /// A global of `__main__`, or nil when it is not bound.
    public func global(_ name: String) -> ScriptValue? {
        mainNamespace.getString(intern(name)).map { ScriptValue($0, in: self) }
    }

    /// Binds a global of `__main__`.
    public func setGlobal(_ name: String, _ value: any ScriptRepresentable) throws {
        let v = try hostEntry { try convert(value) }
        mainNamespace.setString(intern(name), v)
    }

    /// Imports a module as `import name` does, and returns it.
    public func importModule(_ name: String) throws -> ScriptValue {
        try hostEntry {
            ScriptValue(try importModule(name, fromList: newTuple([newStr("*")]), level: .int(0), globals: mainNamespace), in: self)
        }
    }

    /// Runs a full collection now, when no script code is running (it is a no-op inside a
    /// host function). Scripts collect on their own; this is for hosts that measure.
    public func collectGarbage() {
        guard embedding.entryDepth == 0, fiber.frames.isEmpty, totalNativeDepth == 0 else { return }
        collectAndFinalize()
    }

    /// How many objects the heap holds (live ones, and garbage not collected yet): for hosts
    /// that watch memory.
    public var liveObjectCount: Int { heap.liveCount }

    // MARK: - Calls from the host

    /// Runs `body` as a call from the host: the outermost one arms the budgets (and reports
    /// one exceeded even if the script swallowed its exception); Python exceptions become
    /// `ScriptError`s.
    func hostEntry<T>(_ body: () throws -> T) throws -> T {
        let outermost = embedding.entryDepth == 0
        if outermost {
            startBudgets()
            // The stack limit for native recursion is the calling thread's (measuring it
            // reads the process's memory map on Linux: once per thread).
            let thread = pthread_self()
            if fiber.frames.isEmpty && embedding.stackGuardThread.map({ pthread_equal($0, thread) == 0 }) ?? true {
                stackGuard = StackGuard()
                embedding.stackGuardThread = thread
            }
        }
        embedding.entryDepth += 1
        let result: T
        do {
            result = try body()
        } catch let e as PyError {
            embedding.entryDepth -= 1
            guard outermost else { throw scriptError(e, budget: embedding.budget.exceeded) }
            host.flush()
            let exceeded = stopBudgets()
            throw scriptError(e, budget: exceeded)
        } catch {
            embedding.entryDepth -= 1
            if outermost { _ = stopBudgets() }
            throw error
        }
        embedding.entryDepth -= 1
        if outermost {
            host.flush()
            if let kind = stopBudgets() {
                // The script caught the budget's exception and ended anyway.
                embedding.budget.exceeded = kind
                let e = budgetExceeded(kind)
                embedding.budget.exceeded = nil
                throw scriptError(e, budget: kind)
            }
        }
        return result
    }

    /// Calls `callable` for the host. From the top (no script running) the call runs on the
    /// outermost loop, where collections and greenlet switches may happen, as in a script;
    /// from inside a host function it is a nested run.
    func callFromHost(_ callable: Value, _ args: [Value], _ kwargs: [(String, Value)]) throws -> Value {
        guard fiber.frames.isEmpty, totalNativeDepth == 0 else { return try call(callable, args, kwargs: kwargs) }
        if callable.asObject is BuiltinFunctionObj {
            // Called from a script frame, a builtin may switch greenlets (gevent.sleep).
            let kw = newDictObj()
            for (k, v) in kwargs { kw.setString(intern(k), v) }
            return try callFromHost(try hostHelper("call"), [callable, newTuple(args), Value(kw)], [])
        }
        var all = args + kwargs.map { $0.1 }
        let kwNames: TupleObj? = kwargs.isEmpty ? nil : newTuple(ContiguousArray(kwargs.map { Value(intern($0.0)) })).asObject as? TupleObj
        let r = try all.withUnsafeMutableBufferPointer { try invoke(callable, args: $0, kwNames: kwNames, action: .returnToNative) }
        if case .unbound = r { return try run(entryDepth: 0) }
        return r
    }

    /// A function of `_baozi_host`, whose frames tracebacks leave out.
    func hostHelper(_ name: String) throws -> Value {
        let module = try importModule("_baozi_host", fromList: newTuple([newStr("*")]), level: .int(0), globals: mainNamespace)
        let f = try getAttribute(module, name)
        (f.asObject as? FunctionObj)?.code.isHidden = true
        return f
    }

    /// Keeps a source text for tracebacks under its file name (it may not exist on disk).
    func rememberSource(_ source: String, filename: String) {
        sourceCache[filename] = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    // MARK: - For tests inside the package

    /// Runs statements in `__main__`, throwing the raw Python error.
    func execute(_ source: String, filename: String = "<embedded>") throws {
        let code = try compileSource(source, filename: filename)
        _ = try runCode(code, globals: mainNamespace)
    }

    /// A global of `__main__` as a raw value, or nil.
    func globalValue(_ name: String) -> Value? {
        mainNamespace.getString(intern(name))
    }

    /// The message of a Python error, as the last line of its traceback shows it.
    func message(of error: PyError) -> String {
        let e = error.exception
        let text = (try? exceptionStr(e)) ?? ""
        let name = exceptionDisplayName(e.type)
        return text.isEmpty ? name : "\(name): \(text)"
    }
}
