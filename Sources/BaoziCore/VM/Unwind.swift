// Exception propagation: finding handlers, building tracebacks, chaining.

extension Interpreter {
    /// Propagates `exc` from the top frame: jumps to the innermost handler covering the
    /// current instruction, popping frames that have none. Throws when the exception leaves
    /// the frame at `entryDepth` of `entryFiber` (the frame Swift code started). An exception
    /// leaving a greenlet's bottom frame goes on in its parent.
    func unwind(_ exc: ExceptionObj, addTraceback: Bool, entryFiber: Fiber, entryDepth: Int) throws {
        var exc = exc
        // Implicit chaining: an exception raised while another is handled records it.
        if addTraceback, case .object(let h) = fiber.handled, let handled = h.obj as? ExceptionObj,
           handled !== exc, exc.context.isNone {
            if !chainContains(handled, exc) { exc.context = Value(handled) }
        }
        var frame = fiber.frames[fiber.frames.count - 1]
        if addTraceback { exc.traceback.append(TracebackEntry(code: frame.code, location: frame.location - 1)) }
        while true {
            if treeCatch(frame, exc) { return }
            // No handler here: the frame is done.
            if let first = frame.saved?.values.first {
                fiber.handled = first
                frame.clearSavedExceptions()
            }
            fiber.frames.removeLast()
            let action = frame.onReturn
            if let gen = frame.generator {
                exc = generatorFailed(gen, frame: frame, exc)
                if case .returnToNative = gen.resumeAction {
                    throw PyError(exc)
                }
            } else {
                recycle(frame)
                if case .returnToNative = action { throw PyError(exc) }
                if case .greenletEnd = action {
                    // The greenlet died: its parent receives the exception (or, for
                    // GreenletExit, the exception as a value) at its suspension point.
                    do {
                        try greenletFailed(exc)
                        return
                    } catch let e as PyError {
                        exc = e.exception
                        frame = fiber.frames[fiber.frames.count - 1]
                        exc.traceback.append(TracebackEntry(code: frame.code, location: frame.location - 1))
                        continue
                    }
                }
                if fiber === entryFiber && fiber.frames.count <= entryDepth { throw PyError(exc) }
            }
            if fiber.frames.isEmpty { throw PyError(exc) }
            frame = fiber.frames[fiber.frames.count - 1]
            if case .native(let cont) = action { cont.unwound(self) }
            // A StopIteration ending a user `__next__` called by a for loop ends the loop.
            if case .native(let cont) = action, cont is ForIterContinuation,
               exc.type.isSubtype(of: types.exceptions.stopIteration) {
                frame.sp -= 1
                return
            }
            // A StopIteration ending a script `__next__` that `yield from` called ends it.
            if case .native(let cont) = action, cont is YieldFromNextContinuation,
               exc.type.isSubtype(of: types.exceptions.stopIteration) {
                frame.sp -= 1
                frame.push(exc.args.first ?? .pyNone)
                return
            }
            exc.traceback.append(TracebackEntry(code: frame.code, location: frame.location - 1))
        }
    }

    /// True when `target` is already in the context chain starting at `start`.
    private func chainContains(_ start: ExceptionObj, _ target: ExceptionObj) -> Bool {
        var cur: ExceptionObj? = start
        var steps = 0
        while let c = cur, steps < 1000 {
            if c === target { return true }
            cur = c.context.asObject as? ExceptionObj
            steps += 1
        }
        return false
    }

    /// The exception object `raise x` raises: an instance, or a class to instantiate.
    func makeRaisable(_ v: Value) throws -> ExceptionObj {
        if case .object(let r) = v {
            if let e = r.obj as? ExceptionObj { return e }
            if let t = r.obj as? TypeObj, t.isSubtype(of: types.exceptions.baseException) {
                let inst = try call(v, [])
                if let e = inst.asObject as? ExceptionObj { return e }
                throw typeError("calling \(t.name) should have returned an instance of BaseException, not \(typeName(inst))")
            }
        }
        throw typeError("exceptions must derive from BaseException")
    }

    /// `raise e from cause`.
    func setCause(_ e: ExceptionObj, _ cause: Value) throws {
        if cause.isNone {
            e.cause = .pyNone
        } else if isExceptionInstanceOrClass(cause) {
            e.cause = Value(try makeRaisable(cause))
        } else {
            throw typeError("exception causes must derive from BaseException")
        }
        e.suppressContext = true
    }

    private func isExceptionInstanceOrClass(_ v: Value) -> Bool {
        switch v.asObject {
        case is ExceptionObj: return true
        case let t as TypeObj: return t.isSubtype(of: types.exceptions.baseException)
        default: return false
        }
    }

    /// `except T:` — whether the exception matches a class or a tuple of classes.
    func exceptionMatches(_ exc: Value, _ spec: Value) throws -> Bool {
        guard let e = exc.asObject as? ExceptionObj else { return false }
        if case .object(let r) = spec {
            if let t = r.obj as? TypeObj {
                guard t.isSubtype(of: types.exceptions.baseException) else {
                    throw typeError("catching classes that do not inherit from BaseException is not allowed")
                }
                return e.type.isSubtype(of: t)
            }
            if let tuple = r.obj as? TupleObj {
                for item in tuple.items where try exceptionMatches(exc, item) { return true }
                return false
            }
        }
        throw typeError("catching classes that do not inherit from BaseException is not allowed")
    }
}

/// Marks the frame of a user `__next__` called by a `for` loop: its StopIteration ends the loop.
final class ForIterContinuation: NativeContinuation {}
