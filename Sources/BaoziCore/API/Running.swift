// Running programs: compiling source, executing modules, and reporting uncaught exceptions
// the way CPython does.

import Foundation

/// How a program run ended.
public enum RunOutcome: Equatable {
    /// The program ran to its end.
    case finished
    /// `sys.exit(n)` / `raise SystemExit(n)` or an uncaught exception (status 1).
    case exited(Int32)
}

extension Interpreter {
    /// Baozi's version.
    public static let version = "0.1.0"

    func compileSource(_ source: String, filename: String, mode: ParseMode = .file) throws -> CodeObj {
        do {
            let module = try parse(source, filename: filename, mode: mode)
            return try compileModule(module, filename: filename, interp: self, mode: mode)
        } catch var e as SyntaxError {
            // The compiler reports positions without the text: take the line from the source.
            if e.text.isEmpty, e.line >= 1 {
                let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
                if e.line <= lines.count { e.text = String(lines[e.line - 1]) }
            }
            throw PyError(syntaxErrorObject(e))
        }
    }

    /// A SyntaxError exception object carrying the position for the traceback printer.
    func syntaxErrorObject(_ e: SyntaxError) -> ExceptionObj {
        let type: TypeObj
        switch e.kind {
        case .syntax: type = types.exceptions.syntaxError
        case .indentation: type = types.exceptions.indentationError
        case .tab: type = types.exceptions.tabError
        }
        let details = newTuple([newStr(e.filename), .int(e.line), .int(e.column), newStr(e.text), .int(e.line), .int(e.endColumn)])
        let ex = heap.track(ExceptionObj(args: [newStr(e.message), details], type: type))
        ex.dict = newDictObj()
        ex.dict!.setString(intern("msg"), newStr(e.message))
        ex.dict!.setString(intern("filename"), newStr(e.filename))
        ex.dict!.setString(intern("lineno"), .int(e.line))
        ex.dict!.setString(intern("offset"), .int(e.column))
        ex.dict!.setString(intern("end_offset"), .int(e.endColumn))
        ex.dict!.setString(intern("text"), newStr(e.text))
        return ex
    }

    /// Runs a module-level code object in `globals` on the current fiber.
    func runCode(_ code: CodeObj, globals: DictObj) throws -> Value {
        // The outermost run on this thread sets the stack limit for native recursion.
        if fiber.frames.isEmpty { stackGuard = StackGuard() }
        let frame = makeFrame(code, globals: globals)
        frame.namespace = globals
        frame.onReturn = .returnToNative
        let depth = fiber.frames.count
        try pushFrame(frame)
        // Code run while other frames wait on the Swift stack (an import) is a nested run:
        // a greenlet switch out of it could not come back.
        if depth > 0 { return try runNested(entryDepth: depth) }
        return try run(entryDepth: depth)
    }

    /// Runs a program as `__main__`. Uncaught exceptions are printed with a traceback.
    /// With `inspect` (`baozi -i`), SystemExit is printed like any exception too, since the
    /// REPL opens afterwards instead of the process exiting (as `python3 -i` does).
    public func runMain(source: String, filename: String, inspect: Bool = false) -> RunOutcome {
        let d = newDictObj()
        heap.makePermanent(d)
        d.setString(names.__name__, newStr("__main__"))
        d.setString(intern("__builtins__"), Value(builtinsModule))
        d.setString(intern("__file__"), newStr(filename))
        d.setString(intern("__package__"), .pyNone)
        // A docstring, if the module has one, replaces this when the module body runs.
        d.setString(intern("__doc__"), .pyNone)
        let m = heap.makePermanent(ModuleObj(name: "__main__", dict: d, type: types.module))
        modules.setString(intern("__main__"), Value(m))
        let dir = (filename as NSString).deletingLastPathComponent
        searchPath.items.insert(newStr(filename.hasPrefix("<") ? "" : dir), at: 0)
        do {
            let code = try compileSource(source, filename: filename)
            _ = try runCode(code, globals: d)
            host.flush()
            // With -i the program goes on at the prompt: the REPL calls `shutdown()` at its end.
            if !inspect {
                runAtExitFunctions()
                finalizeAtExit()
            }
            return .finished
        } catch let e as PyError {
            host.flush()
            if inspect {
                host.write(formatTraceback(e.exception), toStandardError: true)
                return .exited(1)
            }
            let outcome = report(e.exception)
            runAtExitFunctions()
            finalizeAtExit()
            return outcome
        } catch {
            host.write("internal error: \(error)\n", toStandardError: true)
            return .exited(1)
        }
    }

    /// Ends the program: suspended generators and greenlets still alive are finalized (their
    /// pending `finally` blocks run). `runMain` does this itself unless it was asked to keep
    /// the program open for inspection.
    public func shutdown() {
        runAtExitFunctions()
        finalizeAtExit()
    }

    /// The functions registered with `atexit.register`, last first, if the program imported
    /// atexit (the module reports their errors itself, as CPython does).
    func runAtExitFunctions() {
        guard let module = modules.getString(intern("atexit")),
              let run = try? getAttributeOrNil(module, "_run_exitfuncs") else { return }
        _ = try? call(run, [])
        host.flush()
    }

    /// Prints an uncaught exception (or handles SystemExit) and returns the exit status.
    func report(_ e: ExceptionObj) -> RunOutcome {
        if e.type.isSubtype(of: types.exceptions.systemExit) {
            // The `code` attribute: the single argument, None, or the tuple of arguments.
            let code = (try? getAttribute(Value(e), "code")) ?? .pyNone
            switch code {
            case .pyNone: return .exited(0)
            case .int(let i): return .exited(Int32(truncatingIfNeeded: i))
            case .bool(let b): return .exited(b ? 1 : 0)
            default:
                host.write(((try? str(code)) ?? "") + "\n", toStandardError: true)
                return .exited(1)
            }
        }
        host.write(formatTraceback(e), toStandardError: true)
        // Like a process ended by SIGINT, as the shell reports CPython's.
        if e.type.isSubtype(of: types.exceptions.keyboardInterrupt) { return .exited(130) }
        return .exited(1)
    }

    /// CPython's traceback text, including chained exceptions.
    func formatTraceback(_ e: ExceptionObj) -> String {
        formatTraceback(e, entries: nil)
    }

    /// The same, with `entries` (outermost first) in place of the traceback of `e` itself:
    /// `traceback.format_exception(type, value, tb)` with a `tb` that skips frames.
    func formatTraceback(_ e: ExceptionObj, entries: [TracebackEntry]?) -> String {
        var out = ""
        var seen = Set<ObjectIdentifier>()
        formatChain(e, into: &out, seen: &seen, entries: entries)
        return out
    }

    private func formatChain(_ e: ExceptionObj, into out: inout String, seen: inout Set<ObjectIdentifier>,
                             entries: [TracebackEntry]? = nil) {
        seen.insert(ObjectIdentifier(e))
        if let cause = e.cause.asObject as? ExceptionObj, !seen.contains(ObjectIdentifier(cause)) {
            formatChain(cause, into: &out, seen: &seen)
            out += "\nThe above exception was the direct cause of the following exception:\n\n"
        } else if !e.suppressContext, let ctx = e.context.asObject as? ExceptionObj, !seen.contains(ObjectIdentifier(ctx)) {
            formatChain(ctx, into: &out, seen: &seen)
            out += "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        if let entries {
            if !entries.isEmpty {
                out += "Traceback (most recent call last):\n"
                formatEntries(entries, into: &out)
            }
        } else if !e.traceback.isEmpty {
            out += "Traceback (most recent call last):\n"
            formatEntries(e.traceback.reversed(), into: &out)
        }
        if e.type.isSubtype(of: types.exceptions.syntaxError), let d = e.dict,
           let file = (d.getString(intern("filename"))?.asObject as? StrObj)?.value,
           case .int(let line)? = d.getString(intern("lineno")) {
            out += "  File \"\(file)\", line \(line)\n"
            if let text = (d.getString(intern("text"))?.asObject as? StrObj)?.value {
                let stripped = text.drop { $0 == " " || $0 == "\t" }
                let removed = text.count - stripped.count
                out += "    \(stripped.trimmingCharacters(in: .newlines))\n"
                // No caret when it would point left of the stripped text (CPython's rule);
                // IndentationErrors get a single caret.
                if case .int(let col)? = d.getString(intern("offset")), col - 1 - removed >= 0 {
                    var endCol = col + 1
                    if case .int(let ec)? = d.getString(intern("end_offset")), ec > col,
                       !e.type.isSubtype(of: types.exceptions.indentationError) { endCol = ec }
                    let pad = col - 1 - removed
                    out += "    " + String(repeating: " ", count: pad) + String(repeating: "^", count: max(1, endCol - col)) + "\n"
                }
            }
            let msg = (d.getString(intern("msg"))?.asObject as? StrObj)?.value ?? ""
            out += "\(e.type.name): \(msg)\n"
            return
        }
        let name = exceptionDisplayName(e.type)
        let msg = (try? exceptionStr(e)) ?? "<exception str() failed>"
        out += msg.isEmpty ? "\(name)\n" : "\(name): \(msg)\n"
        formatNotes(e, into: &out)
    }

    /// The notes added with `add_note`, one per line after the message.
    private func formatNotes(_ e: ExceptionObj, into out: inout String) {
        guard let notes = e.dict?.getString(intern("__notes__")) else { return }
        guard let list = notes.asObject as? ListObj else {
            out += ((try? repr(notes)) ?? "<__notes__ repr() failed>") + "\n"
            return
        }
        for note in list.items {
            out += ((try? str(note)) ?? "<note str() failed>") + "\n"
        }
    }

    /// The "File ..., line ..., in ..." lines, outermost first. Like CPython, a run of more than
    /// three identical entries (deep recursion) prints three and then a "repeated" note.
    func formatEntries<S: Sequence>(_ entries: S, into out: inout String) where S.Element == TracebackEntry {
        let cutoff = 3
        var last: (code: CodeObj, line: Int)? = nil
        var count = 0
        func noteRepeats() {
            guard count > cutoff else { return }
            let more = count - cutoff
            out += "  [Previous line repeated \(more) more time\(more > 1 ? "s" : "")]\n"
        }
        for entry in entries where !entry.code.isHidden {
            let line = entry.code.line(at: entry.location)
            let code = entry.code
            if let l = last, l.line == line, l.code.filename == code.filename, l.code.name == code.name {
                count += 1
            } else {
                noteRepeats()
                last = (code, line)
                count = 1
            }
            if count > cutoff { continue }
            out += "  File \"\(code.filename)\", line \(line), in \(code.name)\n"
            if let text = sourceLine(code.filename, line) {
                out += "    \(text)\n"
                if let carets = caretLine(code, location: entry.location) { out += carets + "\n" }
            }
        }
        noteRepeats()
    }

    /// A line of a source file, stripped, for tracebacks.
    func sourceLine(_ filename: String, _ line: Int) -> String? {
        if sourceCache[filename] == nil {
            guard let text = try? String(contentsOfFile: filename, encoding: .utf8) else { return nil }
            sourceCache[filename] = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        guard let lines = sourceCache[filename], line >= 1, line <= lines.count else { return nil }
        let l = lines[line - 1].trimmingCharacters(in: .whitespaces)
        return l.isEmpty ? nil : l
    }
}

extension Interpreter {
    /// An exception class as the last line of a traceback names it: `ValueError`, `greenlet.error`.
    func exceptionDisplayName(_ t: TypeObj) -> String {
        t.module == "builtins" || t.module == "__main__" ? t.qualname : "\(t.module).\(t.qualname)"
    }
}

extension Interpreter {
    /// What `baozi -m name` runs as `__main__`: the source and file name of the module (a
    /// package's `__main__` submodule if it has one), embedded in Baozi or found from the
    /// current directory, as `python3 -m` looks first in the current directory.
    public static func moduleMainSource(_ name: String) -> (source: String, filename: String)? {
        for key in [name + ".__main__", name] {
            if let bytes = EmbeddedLibrary.modules[key] {
                return (String(decoding: bytes, as: UTF8.self), "<frozen \(key)>")
            }
        }
        let cwd = FileManager.default.currentDirectoryPath
        let rel = name.replacingOccurrences(of: ".", with: "/")
        for file in [rel + "/__main__.py", rel + ".py"] {
            let path = cwd + "/" + file
            if let data = FileManager.default.contents(atPath: path) {
                return (String(decoding: data, as: UTF8.self), path)
            }
        }
        return nil
    }
}
