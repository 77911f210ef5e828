// compile(), eval() and exec(): source text or code objects run in a given namespace.

extension Interpreter {
    func setUpEvalBuiltins(_ ns: DictObj) {
        define(ns, "compile") { interp, args in
            let source = try interp.argument(args, 0, "source", of: "compile")
            guard let filename = try interp.argument(args, 1, "filename", of: "compile").asObject as? StrObj else {
                throw interp.typeError("compile() argument 'filename' must be str")
            }
            guard let modeName = (try interp.argument(args, 2, "mode", of: "compile").asObject as? StrObj)?.value,
                  let mode = ["exec": ParseMode.file, "eval": .eval, "single": .singleInteractive][modeName] else {
                throw interp.valueError("compile() mode must be 'exec', 'eval' or 'single'")
            }
            if source.asObject is CodeObj { return source }
            let text = try interp.sourceText(source, of: "compile")
            return Value(try interp.compileSource(text, filename: filename.value, mode: mode))
        }
        define(ns, "eval") { interp, args in try interp.evaluate(args, as: "eval") }
        define(ns, "exec") { interp, args in
            _ = try interp.evaluate(args, as: "exec")
            return .pyNone
        }
        // What the code of compile(..., 'single') calls with each expression statement's value.
        define(ns, "__baozi_displayhook__") { interp, args in
            try interp.expectArgs(args, "displayhook", min: 1, max: 1)
            guard !args[0].isNone else { return .pyNone }
            interp.builtins.setString(interp.intern("_"), .pyNone)
            try interp.writeText(try interp.repr(args[0]) + "\n", to: nil)
            interp.builtins.setString(interp.intern("_"), args[0])
            return .pyNone
        }
    }

    /// A required positional-or-keyword argument of a builtin.
    private func argument(_ args: Arguments, _ i: Int, _ name: String, of fn: String) throws -> Value {
        if let v = i < args.positionalCount ? args[i] : args.keyword(name) { return v }
        throw typeError("\(fn)() missing required argument '\(name)' (pos \(i + 1))")
    }

    /// Source code given as str or bytes.
    private func sourceText(_ v: Value, of fn: String) throws -> String {
        if let s = v.asObject as? StrObj { return s.value }
        if let b = v.asObject as? BytesObj {
            do { return try pyDecode(b.bytes) } catch let e as PyFormatError { throw mapFormatError(e) }
        }
        throw typeError("\(fn)() arg 1 must be a string, bytes or code object")
    }

    /// eval(source, globals=None, locals=None) / exec(...): compiles source text if needed and
    /// runs it with the given namespaces, by default the caller's.
    private func evaluate(_ args: Arguments, as fn: String) throws -> Value {
        try expectArgs(args, fn, min: 1, max: 3)
        let source = args[0]
        let globalsArg = args.positionalCount > 1 ? args[1] : (args.keyword("globals") ?? .pyNone)
        let localsArg = args.positionalCount > 2 ? args[2] : (args.keyword("locals") ?? .pyNone)
        guard globalsArg.isNone || globalsArg.asObject is DictObj else {
            throw typeError(fn == "eval" ? "globals must be a real dict; try eval(expr, {}, mapping)" : "exec() globals must be a dict, not \(typeName(globalsArg))")
        }
        guard localsArg.isNone || localsArg.asObject is DictObj else {
            if typeOf(localsArg).lookup(names.__getitem__) == nil { throw typeError("locals must be a mapping") }
            throw notImplemented("\(fn)() with a locals mapping that is not a dict")
        }
        let caller = fiber.frames.last
        let globals = (globalsArg.asObject as? DictObj) ?? caller?.globals ?? newDictObj()
        let locals = (localsArg.asObject as? DictObj)
            ?? (globalsArg.isNone ? caller.map { frameLocals($0) } : nil) ?? globals
        if globals.getString(intern("__builtins__")) == nil {
            globals.setString(intern("__builtins__"), Value(builtinsModule))
        }
        // Compiling and running nest several large Swift frames: stop while there is room.
        if totalNativeDepth >= nativeDepthLimit || stackGuard.isWithin(evalStackReserve) {
            throw error(types.exceptions.recursionError, "maximum recursion depth exceeded")
        }
        let code: CodeObj
        if let c = source.asObject as? CodeObj {
            code = c
        } else {
            var text = try sourceText(source, of: fn)
            // eval ignores leading spaces and tabs, as CPython does.
            if fn == "eval" { text = String(text.drop { $0 == " " || $0 == "\t" }) }
            code = try compileSource(text, filename: "<string>", mode: fn == "eval" ? .eval : .file)
        }
        return try runNested(code, globals: globals, locals: locals)
    }

    /// The stack eval and exec want free before they lex, parse and run a nested loop.
    private var evalStackReserve: UInt { 1 << 20 }

    /// Runs a module-level code object to completion in a nested VM loop.
    private func runNested(_ code: CodeObj, globals: DictObj, locals: DictObj) throws -> Value {
        if totalNativeDepth >= nativeDepthLimit {
            throw error(types.exceptions.recursionError, "maximum recursion depth exceeded")
        }
        let frame = makeFrame(code, globals: globals)
        frame.namespace = locals
        frame.onReturn = .returnToNative
        let depth = fiber.frames.count
        try pushFrame(frame)
        return try runNested(entryDepth: depth)
    }

    /// str() of a SyntaxError: "msg (file, line N)" with the file's base name, as CPython.
    func syntaxErrorStr(_ e: ExceptionObj) throws -> String? {
        guard e.type.isSubtype(of: types.exceptions.syntaxError), let d = e.dict else { return nil }
        let msg = try str(d.getString(intern("msg")) ?? e.args.first ?? .pyNone)
        let file = (d.getString(intern("filename"))?.asObject as? StrObj).map { $0.value.split(separator: "/").last.map(String.init) ?? $0.value }
        var line: Int? = nil
        if case .int(let n)? = d.getString(intern("lineno")) { line = n }
        switch (file, line) {
        case let (f?, l?): return "\(msg) (\(f), line \(l))"
        case let (f?, nil): return "\(msg) (\(f))"
        case let (nil, l?): return "\(msg) (line \(l))"
        default: return msg
        }
    }
}
