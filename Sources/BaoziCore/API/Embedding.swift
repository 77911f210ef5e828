// The surface a Swift host uses: run code in an interpreter's `__main__`, read its globals,
// call its functions, and turn results into Swift values.

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

    /// Runs statements in `__main__`; a Python exception escaping them is thrown as `PyError`.
    public func execute(_ source: String, filename: String = "<embedded>") throws {
        let code = try compileSource(source, filename: filename)
        _ = try runCode(code, globals: mainNamespace)
    }

    /// A global of `__main__`, or nil.
    public func global(_ name: String) -> Value? {
        mainNamespace.getString(intern(name))
    }

    /// Binds a global of `__main__`. The value must come from this interpreter (a value of
    /// another one is refused wherever it matters, e.g. switching to its greenlet).
    public func setGlobal(_ name: String, _ value: Value) {
        mainNamespace.setString(intern(name), value)
    }

    /// `repr()` of a value, as Python shows it.
    public func describe(_ value: Value) throws -> String {
        try repr(value)
    }

    /// The message of a Python error, as the last line of its traceback shows it.
    public func message(of error: PyError) -> String {
        let e = error.exception
        let text = (try? exceptionStr(e)) ?? ""
        let name = exceptionDisplayName(e.type)
        return text.isEmpty ? name : "\(name): \(text)"
    }

    /// A Swift string for a Python str value, or nil.
    public func string(_ value: Value) -> String? {
        (value.asObject as? StrObj)?.value
    }

    /// A Python str value.
    public func makeString(_ s: String) -> Value { newStr(s) }
}
