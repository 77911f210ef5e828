// Builtins meant for interactive use: exit(), quit() and help(). CPython adds them through
// its `site` module; Baozi has no site, so they are plain builtins in every program.

import Foundation

extension Interpreter {
    func setUpInteractiveBuiltins(_ ns: DictObj) {
        // exit and quit are objects, not functions, so that typing `exit` at the prompt shows
        // how to leave (CPython's _sitebuiltins.Quitter).
        let quitter = makeNativeClass("Quitter", base: types.object, layout: .other, module: "_sitebuiltins")
        method(quitter, "__call__") { interp, args in
            try interp.expectMethodArgs(args, "Quitter.__call__", min: 0, max: 1)
            try interp.require(.processExit, "exit()")
            let code: [Value] = args.positionalCount > 1 ? [args[1]] : []
            throw PyError(interp.heap.track(ExceptionObj(args: ContiguousArray(code), type: interp.types.exceptions.systemExit)))
        }
        for name in ["exit", "quit"] {
            let q = SingletonObj(repr: "Use \(name)() or Ctrl-D (i.e. EOF) to exit", type: quitter)
            ns.setString(intern(name), Value(heap.makePermanent(q)))
        }
        define(ns, "help") { interp, args in
            try interp.expectArgs(args, "help", min: 0, max: 1)
            let text = args.positionalCount == 0
                ? "Type help(object) for help about object, exit() or Ctrl-D to leave.\n"
                : try interp.helpText(args[0])
            try interp.writeText(text, to: nil)
            return .pyNone
        }
    }

    // MARK: - help()

    /// A docstring-based summary of an object: what it is, its signature when cheap to
    /// know, its docstring, and for classes and modules their public members.
    func helpText(_ v: Value) throws -> String {
        if let s = v.asObject as? StrObj {
            // help('math'): a loaded module or a builtin by that name.
            if let m = modules.getString(intern(s.value)) { return try helpText(m) }
            if let b = builtins.getString(intern(s.value)) { return try helpText(b) }
            return "No Python documentation found for \(try repr(v)).\n"
        }
        let doc = docstring(v).map { indent($0, "    ") } ?? ""
        switch v.asObject {
        case let f as FunctionObj:
            let module = (f.module.asObject as? StrObj)?.value ?? "__main__"
            return "Help on function \(f.name) in module \(module):\n\n\(f.name)\(signature(f))\n\(doc)"
        case let m as MethodObj:
            // A bound method: help on the function it wraps.
            return try helpText(m.function)
        case let b as BuiltinFunctionObj:
            let kind = b.ownerType == nil && b.receiver == nil ? "built-in function" : "method"
            return "Help on \(kind) \(b.name):\n\n\(b.name)(...)\n\(doc)"
        case let m as ModuleObj:
            var out = "Help on module \(m.name):\n\nNAME\n    \(m.name)\n"
            if !doc.isEmpty { out += "\nDESCRIPTION\n\(doc)" }
            let members = publicNames(m.dict)
            if !members.isEmpty { out += "\nCONTENTS\n    " + members.joined(separator: ", ") + "\n" }
            return out
        case let t as TypeObj:
            let bases = t.bases.map { $0.type.name }.joined(separator: ", ")
            var out = "Help on class \(t.name) in module \(t.module):\n\nclass \(t.name)(\(bases))\n"
            out += docstring(v).map { indent($0, " |  ") } ?? ""
            let methods = publicNames(t.dict).compactMap { name -> String? in
                guard let m = t.dict?.getString(intern(name)) else { return nil }
                if let f = m.asObject as? FunctionObj { return " |  \(name)\(signature(f))" }
                return m.asObject is BuiltinFunctionObj ? " |  \(name)(...)" : nil
            }
            if !methods.isEmpty { out += " |\n |  Methods defined here:\n" + methods.joined(separator: "\n") + "\n" }
            return out
        default:
            // An instance: help on its class, as CPython does.
            return try helpText(Value(typeOf(v)))
        }
    }

    /// The `__doc__` stored on the object itself (no properties or other code run).
    private func docstring(_ v: Value) -> String? {
        let doc: Value
        switch v.asObject {
        case let f as FunctionObj: doc = f.doc
        case let t as TypeObj: return t.doc ?? (t.dict?.getString(intern("__doc__"))?.asObject as? StrObj)?.value
        case let m as ModuleObj: doc = m.dict?.getString(intern("__doc__")) ?? .pyNone
        default: return nil
        }
        return (doc.asObject as? StrObj)?.value
    }

    /// `(a, b=1, *args, c, **kw)` from a function's code object and defaults.
    func signature(_ f: FunctionObj) -> String {
        let code = f.code
        var parts: [String] = []
        let positional = code.argCount
        let firstDefault = positional - f.defaults.count
        for i in 0..<positional {
            var p = code.varNames[i]
            if i >= firstDefault { p += "=" + ((try? repr(f.defaults[i - firstDefault])) ?? "...") }
            parts.append(p)
            if i + 1 == code.positionalOnlyCount { parts.append("/") }
        }
        var next = positional
        if code.flags.contains(.varargs) {
            parts.append("*" + code.varNames[positional + code.kwOnlyCount])
        } else if code.kwOnlyCount > 0 {
            parts.append("*")
        }
        for i in 0..<code.kwOnlyCount {
            let name = code.varNames[next + i]
            let dflt = f.kwDefaults[name].map { "=" + ((try? repr($0)) ?? "...") } ?? ""
            parts.append(name + dflt)
        }
        next += code.kwOnlyCount + (code.flags.contains(.varargs) ? 1 : 0)
        if code.flags.contains(.varkeywords) { parts.append("**" + code.varNames[next]) }
        return "(" + parts.joined(separator: ", ") + ")"
    }

    /// Names in a namespace not starting with an underscore, sorted.
    private func publicNames(_ d: DictObj?) -> [String] {
        guard let d else { return [] }
        return d.keys.compactMap { ($0.asObject as? StrObj)?.value }.filter { !$0.hasPrefix("_") }.sorted()
    }

    private func indent(_ text: String, _ prefix: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                return trimmed.isEmpty ? prefix.trimmingCharacters(in: .whitespaces) : prefix + trimmed
            }.joined(separator: "\n") + "\n"
    }
}
