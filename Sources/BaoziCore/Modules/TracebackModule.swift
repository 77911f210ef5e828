// `_traceback`: what the `traceback` module (Modules/Lib/traceback.py) needs from the
// interpreter — the text of an exception as an uncaught one prints, and the frames of a
// traceback object or of the running stack as plain tuples.

extension Interpreter {
    func setUpTracebackModule() {
        _ = makeModule("_traceback") { d in
            // format(exc[, tb]): CPython's traceback text; with `tb` (a traceback object or
            // None), those frames stand in for the exception's own.
            define(d, "format") { interp, args in
                guard args.positionalCount >= 1, let exc = args[0].asObject as? ExceptionObj else {
                    return interp.newStr("NoneType: None\n")
                }
                guard args.positionalCount >= 2 else { return interp.newStr(interp.formatTraceback(exc)) }
                let entries = (args[1].asObject as? TracebackObj).map { Array($0.entries) } ?? []
                return interp.newStr(interp.formatTraceback(exc, entries: entries))
            }
            // tb_entries(tb): (filename, lineno, name, line, carets) for each link, outermost first.
            define(d, "tb_entries") { interp, args in
                guard args.positionalCount == 1 else { throw interp.typeError("tb_entries() takes 1 argument") }
                guard let tb = args[0].asObject as? TracebackObj else { return interp.newList([]) }
                return interp.newList(tb.entries.filter { !$0.code.isHidden }.map { interp.entryTuple($0) })
            }
            // cut(tb, count): the first `count` links of a traceback chain (None if none).
            define(d, "cut") { interp, args in
                guard args.positionalCount == 2, let tb = args[0].asObject as? TracebackObj,
                      case .int(let count) = args[1] else { throw interp.typeError("cut() takes a traceback and an int") }
                let kept = tb.entries.prefix(max(count, 0))
                if kept.isEmpty { return .pyNone }
                return Value(interp.heap.track(TracebackObj(entries: kept, type: interp.types.traceback)))
            }
            // stack_frames(): (filename, lineno, name) of every running frame, outermost first,
            // without reading source lines (logging asks for its caller on every record).
            define(d, "stack_frames") { interp, _ in
                var frames: [Value] = []
                let stack = interp.fiber.frames
                for i in 0..<stack.count {
                    let f = stack[i]
                    if f.code.isHidden { continue }
                    let line = f.code.line(at: max(f.location - 1, 0))
                    frames.append(interp.newTuple([interp.newStr(f.code.filename), .int(line), interp.newStr(f.code.name)]))
                }
                return interp.newList(frames)
            }
            // stack_entries(): the same for the frames running now, outermost first, without
            // the caller of stack_entries itself (traceback.py's own frame).
            define(d, "stack_entries") { interp, _ in
                var entries: [Value] = []
                let frames = interp.fiber.frames
                for i in 0..<frames.count {
                    let f = frames[i]
                    if f.code.isHidden { continue }
                    entries.append(interp.entryTuple(TracebackEntry(code: f.code, location: max(f.location - 1, 0))))
                }
                if !entries.isEmpty { entries.removeLast() }
                return interp.newList(entries)
            }
        }
    }

    private func entryTuple(_ e: TracebackEntry) -> Value {
        let line = e.code.line(at: e.location)
        let text = sourceLine(e.code.filename, line)
        let carets = text == nil ? nil : caretLine(e.code, location: e.location)
        return newTuple([newStr(e.code.filename), .int(line), newStr(e.code.name),
                         text.map { newStr($0) } ?? .pyNone, carets.map { newStr($0) } ?? .pyNone])
    }
}
