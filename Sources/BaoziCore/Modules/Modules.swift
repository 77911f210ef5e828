// Module loading: builtin modules written in Swift, modules written in Baozi shipped inside
// the package, and what the host's `ModuleLoader` finds (`.py` files on sys.path for the
// program). Each module runs once and is cached in sys.modules.

import Foundation

extension Interpreter {
    /// Creates a module object with the given attributes.
    func makeModule(_ name: String, _ build: (DictObj) -> Void) -> ModuleObj {
        let d = newDictObj()
        heap.makePermanent(d)
        d.setString(names.__name__, newStr(name))
        build(d)
        let m = heap.makePermanent(ModuleObj(name: name, dict: d, type: types.module))
        modules.setString(intern(name), Value(m))
        return m
    }

    func setUpModules() {
        searchPath = heap.makePermanent(ListObj([], type: types.list))
        sysModule = makeModule("sys") { d in
            d.setString(intern("argv"), newList(argv.map { newStr($0) }))
            d.setString(intern("path"), Value(searchPath))
            d.setString(intern("modules"), Value(modules))
            d.setString(intern("platform"), newStr("linux"))
            d.setString(intern("version"), newStr("3.11.0 (Baozi \(Interpreter.version))"))
            let versionInfo = makeStructSequence("version_info", module: "sys", fields: ["major", "minor", "micro", "releaselevel", "serial"])
            d.setString(intern("version_info"), Value(heap.track(TupleObj([.int(3), .int(11), .int(0), newStr("final"), .int(0)], type: versionInfo))))
            d.setString(intern("hexversion"), .int(0x030B00F0))
            d.setString(intern("executable"), newStr(""))
            d.setString(intern("maxsize"), .int(Int.max))
            d.setString(intern("byteorder"), newStr("little"))
            d.setString(intern("stdout"), Value(heap.makePermanent(StdStreamObj(isError: false, type: types.file))))
            d.setString(intern("stderr"), Value(heap.makePermanent(StdStreamObj(isError: true, type: types.file))))
            define(d, "exit") { interp, args in
                try interp.require(.processExit, "sys.exit()")
                throw PyError(interp.heap.track(ExceptionObj(args: args.count > 0 ? [args[0]] : [], type: interp.types.exceptions.systemExit)))
            }
            define(d, "intern") { interp, args in
                guard args.count == 1 else { throw interp.typeError("intern() takes exactly one argument (\(args.count) given)") }
                guard let s = args[0].asObject as? StrObj, s.type === interp.types.str else {
                    throw interp.typeError("intern() argument must be str, not \(interp.typeName(args[0]))")
                }
                return Value(interp.intern(s.value))
            }
            define(d, "getrecursionlimit") { interp, _ in .int(interp.recursionLimit) }
            define(d, "setrecursionlimit") { interp, args in
                guard args.count == 1, case .int(let n) = args[0] else { throw interp.typeError("an integer is required") }
                if n < 1 { throw interp.valueError("recursion limit must be greater or equal than 1") }
                interp.recursionLimit = n
                return .pyNone
            }
            define(d, "set_int_max_str_digits") { interp, args in
                guard args.count == 1, case .int(let n) = args[0] else { throw interp.typeError("an integer is required") }
                if n != 0 && n < 640 { throw interp.valueError("maxdigits must be 0 or larger than 640") }
                interp.intMaxStrDigits = n
                return .pyNone
            }
            define(d, "get_int_max_str_digits") { interp, _ in .int(interp.intMaxStrDigits) }
            define(d, "exc_info") { interp, _ in
                guard let e = interp.fiber.handled.asObject as? ExceptionObj else { return interp.newTuple([.pyNone, .pyNone, .pyNone]) }
                return interp.newTuple([Value(e.type), Value(e), interp.tracebackObject(for: e)])
            }
        }
        method(types.file, "write") { interp, args in
            try interp.expectMethodArgs(args, "TextIOWrapper.write", min: 1, max: 1)
            guard let stream = args[0].asObject as? StdStreamObj else { return try interp.fileWrite(args[0], args[1]) }
            guard let s = args[1].asObject as? StrObj else { throw interp.typeError("write() argument must be str, not \(interp.typeName(args[1]))") }
            interp.host.write(s.value, toStandardError: stream.isError)
            return .int(s.count)
        }
        method(types.file, "flush") { interp, _ in interp.host.flush(); return .pyNone }
        setUpImportErrorConstructor()
        setUpNativeModules()
    }

    /// A tuple subclass whose items are also named attributes, like CPython's struct sequences
    /// (sys.version_info, os.stat_result): `version_info(major=3, minor=11, ...)`.
    func makeStructSequence(_ name: String, module: String, fields: [String]) -> TypeObj {
        let ns = newDictObj()
        ns.setString(names.__module__, newStr(module))
        let cls = heap.makePermanent(try! makeClass(name: name, bases: [Value(types.tuple)], namespace: ns, metatype: types.type))
        for (i, field) in fields.enumerated() {
            getter(cls, field) { interp, v in
                guard let t = v.asObject as? TupleObj, i < t.items.count else { throw interp.attributeError(field) }
                return t.items[i]
            }
        }
        method(cls, "__repr__") { interp, args in
            guard let t = args[0].asObject as? TupleObj else { return interp.newStr(name) }
            let parts = try zip(fields, t.items).map { "\($0)=\(try interp.repr($1))" }
            return interp.newStr("\(module).\(name)(\(parts.joined(separator: ", ")))")
        }
        return cls
    }

    // MARK: - import

    /// `import name` (dotted), relative to the importing module's package when `level` > 0.
    func importModule(_ name: String, fromList: Value, level: Value, globals: DictObj) throws -> Value {
        let parts = try absoluteModuleName(name, level: level, globals: globals).split(separator: ".").map(String.init)
        var current = ""
        var top: Value = .pyNone
        var last: Value = .pyNone
        for p in parts {
            current = current.isEmpty ? p : current + "." + p
            let m = try loadModule(current)
            if top.isNone { top = m }
            if case .object(let lr) = last, let parent = lr.obj.dict {
                parent.setString(intern(p), m)
            }
            last = m
        }
        if fromList.isNone || (fromList.asObject as? TupleObj)?.items.isEmpty == true { return top }
        return last
    }

    /// `import` run by the tree loop: as `importModule`, but the top level of a module loaded
    /// from source runs as a frame of the current fiber, so it may switch greenlets. Returns
    /// `.unbound` when it pushed one (the import goes on in `ImportProgress`).
    func importModuleResumable(_ name: String, fromList: Value, level: Value, globals: DictObj) throws -> Value {
        let parts = try absoluteModuleName(name, level: level, globals: globals).split(separator: ".").map(String.init)
        let wantsTop = fromList.isNone || (fromList.asObject as? TupleObj)?.items.isEmpty == true
        return try ImportProgress(parts: parts, wantsTop: wantsTop).advance(self)
    }

    /// The full dotted name `name` refers to, relative to the importing module's package when
    /// `level` > 0.
    func absoluteModuleName(_ name: String, level: Value, globals: DictObj) throws -> String {
        var fullName = name
        if case .int(let lvl) = level, lvl > 0 {
            let pkg = (globals.getString(intern("__package__"))?.asObject as? StrObj)?.value ?? ""
            var parts = pkg.split(separator: ".").map(String.init)
            if lvl - 1 > parts.count { throw error(types.exceptions.importError, "attempted relative import beyond top-level package") }
            parts.removeLast(lvl - 1)
            fullName = (parts + (name.isEmpty ? [] : [name])).joined(separator: ".")
        }
        return fullName
    }

    /// The module object for a full dotted name, loading it if needed.
    func loadModule(_ name: String) throws -> Value {
        if let m = modules.getString(intern(name)) { return m }
        let found = try findModuleSource(name)
        return try runModuleSource(found.source, name: name, filename: found.filename, isPackage: found.isPackage)
    }

    /// The source of module `name`: the embedded library's, or the host loader's (files on
    /// sys.path for the program). ModuleNotFoundError when there is none.
    func findModuleSource(_ name: String) throws -> ModuleSource {
        if let source = embeddedModuleSource(name) {
            let isPackage = EmbeddedLibrary.modules.keys.contains { $0.hasPrefix(name + ".") }
            return ModuleSource(source: source, filename: "<frozen \(name)>", isPackage: isPackage)
        }
        // Everything else comes from the host's loader (files on sys.path for the program).
        let path = searchPath.items.compactMap { ($0.asObject as? StrObj)?.value }
        let found: ModuleSource?
        do {
            found = try embedding.moduleLoader.find(name, path)
        } catch let e as PyError {
            throw e
        } catch {
            throw importError(types.exceptions.importError, "cannot load module '\(name)': \(error)", name: name)
        }
        if let found {
            rememberSource(found.source, filename: found.filename)
            return found
        }
        throw importError(types.exceptions.moduleNotFoundError, "No module named '\(name)'", name: name)
    }

    /// Compiles and runs a module's source in a fresh namespace registered before it runs.
    func runModuleSource(_ source: String, name: String, filename: String, isPackage: Bool = false) throws -> Value {
        let (m, d) = newModule(name, filename: filename, isPackage: isPackage)
        do {
            let code = try compileSource(source, filename: filename)
            _ = try runCode(code, globals: d)
        } catch {
            _ = modules.removeString(intern(name))
            throw error
        }
        return modules.getString(intern(name)) ?? Value(m)
    }

    /// A fresh module and its namespace, registered in sys.modules (before its code runs, as
    /// CPython does: a circular import finds it).
    func newModule(_ name: String, filename: String, isPackage: Bool) -> (ModuleObj, DictObj) {
        let d = newDictObj()
        d.setString(names.__name__, newStr(name))
        d.setString(intern("__file__"), newStr(filename))
        d.setString(intern("__doc__"), .pyNone)
        d.setString(intern("__builtins__"), Value(builtinsModule))
        let pkg = isPackage ? name : (name.contains(".") ? String(name[..<name.lastIndex(of: ".")!]) : "")
        d.setString(intern("__package__"), newStr(pkg))
        let m = heap.track(ModuleObj(name: name, dict: d, type: types.module))
        modules.setString(intern(name), Value(m))
        return (m, d)
    }

    func importFrom(_ module: Value, _ name: StrObj) throws -> Value {
        if let v = try getAttributeOrNil(module, name.value) { return v }
        if let m = module.asObject as? ModuleObj {
            // A submodule not imported yet.
            if let sub = try? loadModule(m.name + "." + name.value) { return sub }
            let file = (m.dict?.getString(intern("__file__"))?.asObject as? StrObj)?.value
            throw importError(types.exceptions.importError,
                              "cannot import name '\(name.value)' from '\(m.name)' (\(file ?? "unknown location"))",
                              name: m.name, path: file)
        }
        throw importError(types.exceptions.importError, "cannot import name '\(name.value)'", name: nil)
    }

    /// An ImportError (or subclass) with its `name` and `path` attributes.
    func importError(_ type: TypeObj, _ message: String, name: String?, path: String? = nil) -> PyError {
        let e = makeException(type, message)
        e.dict = newDictObj()
        e.dict!.setString(intern("name"), name.map { newStr($0) } ?? .pyNone)
        e.dict!.setString(intern("path"), path.map { newStr($0) } ?? .pyNone)
        return PyError(e)
    }

    /// ImportError(msg, name=None, path=None): the only builtin exceptions taking keywords.
    private func setUpImportErrorConstructor() {
        for t in [types.exceptions.importError, types.exceptions.moduleNotFoundError] {
            t.nativeNew = { interp, args in
                let cls = args[0].asObject as! TypeObj
                let e = interp.heap.track(ExceptionObj(args: ContiguousArray(args.positional.dropFirst()), type: cls))
                e.dict = interp.newDictObj()
                for key in ["name", "path"] { e.dict!.setString(interp.intern(key), args.keyword(key) ?? .pyNone) }
                for n in args.names where n.value != "name" && n.value != "path" {
                    throw interp.typeError("'\(n.value)' is an invalid keyword argument for \(cls.name)()")
                }
                return Value(e)
            }
        }
    }

    func importStar(_ module: Value, into ns: DictObj) throws {
        guard case .object(let r) = module, let d = r.obj.dict else { return }
        if let all = d.getString(intern("__all__")) {
            for n in try iterateToArray(all) {
                guard let s = n.asObject as? StrObj else { continue }
                ns.setString(intern(s.value), try getAttribute(module, intern(s.value)))
            }
            return
        }
        for e in d.liveEntries {
            if let s = e.key.asObject as? StrObj, !s.value.hasPrefix("_") { ns.setString(intern(s.value), e.value) }
        }
    }
}

/// An `import a.b.c` under way in the tree loop: the parts loaded so far. A part loaded from
/// source runs its top level as a frame returning here; an exception leaving that frame takes
/// the half-made module out of sys.modules again (`unwound`).
final class ImportProgress: NativeContinuation {
    private let parts: [String]
    private let wantsTop: Bool
    private var index = 0
    private var top: Value = .pyNone
    private var last: Value = .pyNone
    /// The module whose code runs now.
    private var running: ModuleObj?

    init(parts: [String], wantsTop: Bool) {
        self.parts = parts
        self.wantsTop = wantsTop
    }

    /// Loads the remaining parts; `.unbound` when a module's code was pushed as a frame.
    func advance(_ interp: Interpreter) throws -> Value {
        while index < parts.count {
            let name = parts[...index].joined(separator: ".")
            if let m = interp.modules.getString(interp.intern(name)) {
                bind(interp, m)
                continue
            }
            let found = try interp.findModuleSource(name)
            let (m, d) = interp.newModule(name, filename: found.filename, isPackage: found.isPackage)
            let code: CodeObj
            do {
                code = try interp.compileSource(found.source, filename: found.filename)
            } catch {
                _ = interp.modules.removeString(interp.intern(name))
                throw error
            }
            running = m
            let frame = interp.makeFrame(code, globals: d)
            frame.namespace = d
            frame.onReturn = .native(self)
            try interp.pushFrame(frame)
            return .unbound
        }
        return wantsTop ? top : last
    }

    /// The module of part `index`, now loaded: an attribute of its parent package.
    private func bind(_ interp: Interpreter, _ m: Value) {
        if top.isNone { top = m }
        if case .object(let lr) = last, let parent = lr.obj.dict {
            parent.setString(interp.intern(parts[index]), m)
        }
        last = m
        index += 1
    }

    override func resume(_ interp: Interpreter, _ value: Value) throws -> Value {
        guard let m = running else { return try advance(interp) }
        running = nil
        // The module may have replaced itself in sys.modules.
        bind(interp, interp.modules.getString(interp.intern(m.name)) ?? Value(m))
        return try advance(interp)
    }

    override func unwound(_ interp: Interpreter) {
        if let m = running { _ = interp.modules.removeString(interp.intern(m.name)) }
        running = nil
    }

    override func trace(_ marker: inout Marker) {
        marker.mark(top)
        marker.mark(last)
        if let running { marker.mark(running) }
    }
}
