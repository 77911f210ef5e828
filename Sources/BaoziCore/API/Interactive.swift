// What a REPL needs from the interpreter: running one entry as CPython's interactive mode
// does, and looking at names and attributes for completion without running any code.

import Foundation

/// How one REPL entry ended.
public enum EntryOutcome: Equatable {
    /// The entry ran; expression values were echoed through the display hook.
    case finished
    /// An exception (or a SyntaxError) escaped: its traceback as CPython prints it.
    case failed(traceback: String)
    /// `exit()`, `sys.exit(n)` or `raise SystemExit(n)`.
    case exited(Int32)
}

/// A name offered by completion, and whether calling it makes sense (the REPL then adds "(").
public struct CompletionName: Equatable {
    /// The name completed.
    public let name: String
    /// Whether the name is bound to something callable.
    public let isCallable: Bool
    /// A completion candidate.
    public init(_ name: String, isCallable: Bool) {
        self.name = name
        self.isCallable = isCallable
    }
}

extension Interpreter {
    /// Makes `__main__` ready for a REPL without a script: sys.path[0] is the current
    /// directory, as in `python3` started without arguments.
    public func prepareInteractiveMain() {
        _ = mainNamespace
        if mainNamespace.getString(intern("__doc__")) == nil { mainNamespace.setString(intern("__doc__"), .pyNone) }
        searchPath.items.insert(newStr(""), at: 0)
    }

    /// Compiles one complete REPL entry (CPython's "single" mode: expression statements
    /// echo their value and set `_`) and runs it in `__main__` on the main fiber with the
    /// normal run loop. Each entry is its own `filename` compile, so line numbers count
    /// from the entry's first line.
    public func runInteractiveEntry(_ source: String, filename: String = "<stdin>") -> EntryOutcome {
        defer { host.flush() }
        do {
            let code = try compileSource(source, filename: filename, mode: .singleInteractive)
            _ = try runCode(code, globals: mainNamespace)
            return .finished
        } catch let e as PyError {
            host.flush()
            if e.exception.type.isSubtype(of: types.exceptions.systemExit) {
                if case .exited(let status) = report(e.exception) { return .exited(status) }
            }
            return .failed(traceback: formatTraceback(e.exception))
        } catch {
            return .failed(traceback: "internal error: \(error)\n")
        }
    }

    // MARK: - Completion

    /// Globals of `__main__` and builtins, without duplicates.
    public func namesInScope() -> [CompletionName] {
        var seen = Set<String>()
        var out: [CompletionName] = []
        for d in [mainNamespace, builtins!] {
            for key in d.keys {
                guard let name = (key.asObject as? StrObj)?.value, seen.insert(name).inserted,
                      let v = d.getString(intern(name)) else { continue }
                out.append(CompletionName(name, isCallable: isCallableValue(v)))
            }
        }
        return out
    }

    /// The attributes of the object a dotted path of names leads to (`obj.items` for
    /// ["obj", "items"]), or nil when the path is not bound. The path is followed through
    /// dictionaries only, so no property, `__getattr__` or other script code runs.
    public func attributeNames(ofPath path: [String]) -> [CompletionName]? {
        guard let first = path.first,
              var v = mainNamespace.getString(intern(first)) ?? builtins.getString(intern(first)) else { return nil }
        for name in path.dropFirst() {
            guard let next = storedAttribute(v, name) else { return nil }
            v = next
        }
        return attributeNames(of: v)
    }

    private func attributeNames(of v: Value) -> [CompletionName]? {
        guard let names = try? dirList(v) else { return nil }
        return names.compactMap { n in
            guard let name = (n.asObject as? StrObj)?.value else { return nil }
            return CompletionName(name, isCallable: storedAttribute(v, name).map(isCallableValue) ?? false)
        }
    }

    /// The attributes of an already imported module (`from math import <Tab>`), or nil when
    /// it is not in sys.modules: completion never imports, since importing runs code.
    public func loadedModuleAttributeNames(_ name: String) -> [CompletionName]? {
        guard let m = modules.getString(intern(name)), m.asObject is ModuleObj else { return nil }
        return attributeNames(of: m)
    }

    /// Names `import` could load: loaded modules, modules shipped inside Baozi, and `.py`
    /// files and packages in the sys.path directories.
    public func importableModuleNames() -> [String] {
        var names = Set<String>()
        for key in modules.keys { if let s = (key.asObject as? StrObj)?.value, !s.contains(".") { names.insert(s) } }
        names.formUnion(EmbeddedLibrary.modules.keys)
        let fm = FileManager.default
        for entry in searchPath.items {
            guard let dir = (entry.asObject as? StrObj)?.value else { continue }
            let path = dir.isEmpty ? fm.currentDirectoryPath : dir
            for file in (try? fm.contentsOfDirectory(atPath: path)) ?? [] {
                if file.hasSuffix(".py") {
                    names.insert(String(file.dropLast(3)))
                } else if fm.fileExists(atPath: path + "/" + file + "/__init__.py") {
                    names.insert(file)
                }
            }
        }
        return names.filter { !$0.isEmpty && !$0.contains("-") }.sorted()
    }

    /// An attribute found in the object's own dict or its classes' dicts, unbound and
    /// without calling descriptors; nil for properties and computed attributes.
    private func storedAttribute(_ v: Value, _ name: String) -> Value? {
        let key = intern(name)
        if case .object(let r) = v, let d = r.obj.dict, let found = d.getString(key) { return found }
        let classes = (v.asObject as? TypeObj)?.mro ?? typeOf(v).mro
        for c in classes {
            if let found = c.type.dict?.getString(key) {
                return found.asObject is PropertyObj ? nil : found
            }
        }
        return nil
    }

    private func isCallableValue(_ v: Value) -> Bool {
        guard case .object(let r) = v else { return false }
        let o = r.obj
        return o is FunctionObj || o is BuiltinFunctionObj || o is MethodObj || o is TypeObj
            || o.type.lookup(names.__call__) != nil
    }
}
