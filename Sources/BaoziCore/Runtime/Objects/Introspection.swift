// Introspection objects: tracebacks (`exc.__traceback__`, the third value of `sys.exc_info()`
// and the third argument of `__exit__`), their frames, and the attributes of code objects.
//
// An exception records where it passed as `TracebackEntry`s while it unwinds (innermost first);
// a traceback object is made on demand as a snapshot of those entries, outermost first, the way
// CPython's `tb` chain reads: `tb_next` leads towards the frame that raised. Frames are recycled
// once they finish, so `tb_frame` is a small stand-in that knows its code and line only.

/// One link of a traceback chain.
final class TracebackObj: Obj {
    /// This link and the ones after it, outermost first.
    let entries: ArraySlice<TracebackEntry>

    init(entries: ArraySlice<TracebackEntry>, type: TypeObj) {
        self.entries = entries
        super.init(type: type)
    }

    var entry: TracebackEntry { entries[entries.startIndex] }

    override func trace(_ marker: inout Marker) {
        for e in entries { marker.mark(e.code) }
    }
}

/// What `tb.tb_frame` returns: the code and line of a frame that has since finished.
final class FrameSummaryObj: Obj {
    let entry: TracebackEntry
    /// The calling frame's stand-in (`f_back`), for frames made by `sys._getframe`.
    var back: Value = .pyNone

    init(entry: TracebackEntry, type: TypeObj) {
        self.entry = entry
        super.init(type: type)
    }

    override func trace(_ marker: inout Marker) { marker.mark(entry.code); marker.mark(back) }
}

extension Interpreter {
    /// `exc.__traceback__`: None until the exception has been raised.
    func tracebackObject(for e: ExceptionObj) -> Value {
        let entries = e.traceback.reversed().filter { !$0.code.isHidden }
        if entries.isEmpty { return .pyNone }
        return Value(heap.track(TracebackObj(entries: ArraySlice(entries), type: types.traceback)))
    }

    /// Attributes of traceback objects and their frame stand-ins.
    func tracebackAttribute(_ obj: Obj, _ name: String) -> Value? {
        if let tb = obj as? TracebackObj {
            switch name {
            case "tb_lineno": return .int(tb.entry.code.line(at: tb.entry.location))
            case "tb_lasti": return .int(tb.entry.location * 2)
            case "tb_frame": return Value(heap.track(FrameSummaryObj(entry: tb.entry, type: types.frame)))
            case "tb_next":
                let rest = tb.entries.dropFirst()
                return rest.isEmpty ? Value.pyNone : Value(heap.track(TracebackObj(entries: rest, type: types.traceback)))
            default: return nil
            }
        }
        if let f = obj as? FrameSummaryObj {
            switch name {
            case "f_code": return Value(f.entry.code)
            case "f_lineno": return .int(f.entry.code.line(at: f.entry.location))
            case "f_lasti": return .int(f.entry.location * 2)
            case "f_back": return f.back
            case "f_globals": return f.entry.code.globalsRef.map { Value($0.takeUnretainedValue()) } ?? Value(newDictObj())
            default: return nil
            }
        }
        return nil
    }

    /// `cell.cell_contents`, the value a closure captured.
    func cellAttribute(_ cell: CellObj, _ name: String) throws -> Value? {
        guard name == "cell_contents" else { return nil }
        if cell.value.isUnbound { throw valueError("Cell is empty") }
        return cell.value
    }

    /// `exc.add_note(note)`: appends to the `__notes__` list the traceback prints.
    func addNote(_ exc: Value, _ note: Value) throws {
        guard note.asObject is StrObj else {
            throw typeError("note must be a str, not '\(typeName(note))'")
        }
        let key = intern("__notes__")
        if let existing = try getAttributeOrNil(exc, "__notes__") {
            guard let list = existing.asObject as? ListObj else { throw typeError("Cannot add note: __notes__ is not a list") }
            list.items.append(note)
        } else {
            try setAttribute(exc, key, newList([note]))
        }
    }

    /// The `co_*` attributes of a code object that describe it (not its bytecode).
    func codeAttribute(_ code: CodeObj, _ name: String) -> Value? {
        switch name {
        case "co_name": return newStr(code.name)
        case "co_qualname": return newStr(code.qualname)
        case "co_filename": return newStr(code.filename)
        case "co_firstlineno": return .int(code.firstLine)
        case "co_argcount": return .int(code.argCount)
        case "co_posonlyargcount": return .int(code.positionalOnlyCount)
        case "co_kwonlyargcount": return .int(code.kwOnlyCount)
        case "co_varnames": return newTuple(code.varNames.map { newStr($0) })
        case "co_nlocals": return .int(code.varNames.count)
        case "co_flags":
            // CPython's flag bits inspect reads: OPTIMIZED | NEWLOCALS for functions,
            // VARARGS, VARKEYWORDS, GENERATOR.
            var flags = code.flags.contains(.usesNamespace) ? 0 : 0x1 | 0x2
            if code.flags.contains(.varargs) { flags |= 0x4 }
            if code.flags.contains(.varkeywords) { flags |= 0x8 }
            if code.flags.contains(.generator) { flags |= 0x20 }
            return .int(flags)
        default: return nil
        }
    }

    /// `sys._getframe(depth=0)`: stand-ins for the running frames, `f_back` linking them
    /// (frames of hidden helper code are skipped, as tracebacks skip them).
    func currentFrame(depth: Int) throws -> Value {
        let visible = fiber.frames.filter { !$0.code.isHidden }
        guard depth >= 0, depth < visible.count else { throw valueError("call stack is not deep enough") }
        var back: Value = .pyNone
        var result: Value = .pyNone
        for (i, frame) in visible.enumerated() {
            let f = heap.track(FrameSummaryObj(entry: TracebackEntry(code: frame.code, location: max(frame.location - 1, 0)), type: types.frame))
            f.back = back
            back = Value(f)
            if i == visible.count - 1 - depth { result = back }
        }
        return result
    }
}
