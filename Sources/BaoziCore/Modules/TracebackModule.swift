// The `traceback` module's common functions, printing what an uncaught exception prints.

extension Interpreter {
    func setUpTracebackModule() {
        _ = makeModule("traceback") { d in
            define(d, "format_exc") { interp, _ in
                interp.newStr(interp.handledExceptionText())
            }
            define(d, "print_exc") { interp, args in
                try interp.writeTraceback(interp.handledExceptionText(), to: args.keyword("file"))
                return .none
            }
            define(d, "format_exception") { interp, args in
                let text = try interp.tracebackText(args)
                return interp.newList(interp.linesKeepingEnds(text).map { interp.newStr($0) })
            }
            define(d, "print_exception") { interp, args in
                try interp.writeTraceback(try interp.tracebackText(args), to: args.keyword("file"))
                return .none
            }
            define(d, "format_exception_only") { interp, args in
                guard args.positionalCount >= 1 else { throw interp.typeError("format_exception_only() missing 1 required positional argument: 'exc'") }
                let e = args.positionalCount > 1 ? args[1] : args[0]
                guard let exc = e.asObject as? ExceptionObj else { return interp.newList([]) }
                let text = try interp.str(Value(exc))
                let name = interp.exceptionDisplayName(exc.type)
                return interp.newList([interp.newStr(text.isEmpty ? "\(name)\n" : "\(name): \(text)\n")])
            }
        }
    }

    /// The traceback of the exception being handled, or CPython's "NoneType: None".
    private func handledExceptionText() -> String {
        guard let e = fiber.handled.asObject as? ExceptionObj else { return "NoneType: None\n" }
        return formatTraceback(e)
    }

    /// `format_exception(exc)` or the old `(type, value, tb)` form.
    private func tracebackText(_ args: Arguments) throws -> String {
        guard args.positionalCount >= 1 else { throw typeError("format_exception() missing 1 required positional argument: 'exc'") }
        let v = args.positionalCount > 1 ? args[1] : args[0]
        guard let e = v.asObject as? ExceptionObj else { return "NoneType: None\n" }
        return formatTraceback(e)
    }

    private func writeTraceback(_ text: String, to file: Value?) throws {
        if let f = file, !f.isNone {
            _ = try callMethod(f, "write", [newStr(text)])
        } else {
            host.flush()
            host.write(text, toStandardError: true)
        }
    }

    private func linesKeepingEnds(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for ch in text {
            current.append(ch)
            if ch == "\n" { out.append(current); current = "" }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}
