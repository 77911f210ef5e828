// The generator object's methods (send, throw, close, __next__, __iter__) and attributes
// (gi_frame, gi_code, gi_running, gi_yieldfrom, __name__, __qualname__).
//
// throw() and close() follow CPython 3.11's gen_throw/gen_close: a generator suspended in a
// `yield from` hands the exception to its sub-iterator first. throw() stacks the frames of the
// whole delegation chain on the fiber and raises in the innermost one, so handlers run in place
// and nothing recurses on the Swift stack; close() walks the chain from the innermost generator
// outwards, one nested run per level.

extension Interpreter {
    func setUpGeneratorMethods() {
        let t = types.generator
        method(t, "__iter__") { _, args in args[0] }
        method(t, "__next__") { interp, args in
            try interp.sendToGenerator(try interp.generatorArg(args, "__next__"), .pyNone)
        }
        method(t, "send") { interp, args in
            try interp.expectArgs(args, "send", min: 2, max: 2)
            return try interp.sendToGenerator(try interp.generatorArg(args, "send"), args[1])
        }
        method(t, "throw") { interp, args in
            try interp.expectArgs(args, "throw", min: 2, max: 4)
            let gen = try interp.generatorArg(args, "throw")
            let raw = (1..<args.positionalCount).map { args[$0] }
            let exc = try interp.exceptionToThrow(args[1], args.positionalCount > 2 ? args[2] : .pyNone,
                                                  args.positionalCount > 3 ? args[3] : .pyNone)
            return try interp.throwIntoGenerator(gen, exc, arguments: raw)
        }
        method(t, "close") { interp, args in
            try interp.closeGenerator(try interp.generatorArg(args, "close"))
            return .pyNone
        }
    }

    private func generatorArg(_ args: Arguments, _ name: String) throws -> GeneratorObj {
        guard let g = args[0].asObject as? GeneratorObj else {
            throw typeError("descriptor '\(name)' for 'generator' objects doesn't apply to a '\(typeName(args[0]))' object")
        }
        return g
    }

    /// `gen.send(v)`: in place when the VM called us, else on a nested loop.
    func sendToGenerator(_ gen: GeneratorObj, _ value: Value) throws -> Value {
        if gen.state == .finished { throw stopIteration() }
        if nativeMayResume, resumeValueFast(gen, value) { return requestNothing() }
        if nativeMayResume {
            try resumeGenerator(gen, sending: value, action: .value)
            return requestNothing()
        }
        return try resumeNestedOrStop(gen, sending: value)
    }

    /// The exception object `throw(typ[, val[, tb]])` raises.
    func exceptionToThrow(_ typ: Value, _ val: Value, _ tb: Value = .pyNone) throws -> ExceptionObj {
        if !tb.isNone && !(tb.asObject is TracebackObj) {
            throw typeError("throw() third argument must be a traceback object")
        }
        if let e = typ.asObject as? ExceptionObj {
            if !val.isNone { throw typeError("instance exception may not have a separate value") }
            return e
        }
        guard let cls = typ.asObject as? TypeObj, cls.isSubtype(of: types.exceptions.baseException) else {
            throw typeError("exceptions must be classes or instances deriving from BaseException, not \(typeName(typ))")
        }
        if let e = val.asObject as? ExceptionObj, e.type.isSubtype(of: cls) { return e }
        let args: [Value] = val.isNone ? [] : ((val.asObject as? TupleObj).map { Array($0.items) } ?? [val])
        guard let e = try call(typ, args).asObject as? ExceptionObj else {
            throw typeError("calling \(cls.name) should have returned an instance of BaseException")
        }
        return e
    }

    private func isGeneratorExit(_ e: ExceptionObj) -> Bool {
        e.type.isSubtype(of: types.exceptions.generatorExit)
    }

    // MARK: - throw

    /// `gen.throw(exc)`: raises `exc` at the suspension point (handed down a `yield from`
    /// chain first). When it is handled, the generator runs on — in place when the VM called
    /// us, else nested — to its next yield; otherwise the exception leaves it.
    /// `arguments` are throw()'s own, passed on as given to a sub-iterator's `throw` method.
    func throwIntoGenerator(_ gen: GeneratorObj, _ exc: ExceptionObj, arguments: [Value]? = nil) throws -> Value {
        switch gen.state {
        case .running:
            throw valueError("generator already executing")
        case .finished:
            throw PyError(exc)
        case .created, .suspended:
            break
        }
        guard let frame = gen.frame else { throw PyError(exc) }
        let inPlace = nativeMayResume
        let depth = fiber.frames.count
        try enterGenerator(gen, frame)
        gen.resumeAction = inPlace ? .value : .returnToNative
        if let yielded = try throwIntoTopGenerator(exc, arguments: arguments ?? [Value(exc)]) { return yielded }
        if inPlace { return requestNothing() }
        return try runNestedToYield(depth)
    }

    /// Runs the generator frames just pushed until the outermost one yields (its value) or
    /// returns (StopIteration).
    private func runNestedToYield(_ depth: Int) throws -> Value {
        do {
            return try runNested(entryDepth: depth)
        } catch let done as GeneratorDone {
            throw stopIteration(done.value)
        }
    }

    /// Delivers `exc` to the generator whose frame was just pushed on top of the fiber. While
    /// it delegates, the sub-generator's frame is pushed too and gets the exception instead;
    /// another sub-iterator's `throw`/`close` method is called. Returns a value only when the
    /// chain yielded it straight back to Swift code; otherwise the top frame is set to go on.
    private func throwIntoTopGenerator(_ exc: ExceptionObj, arguments: [Value]) throws -> Value? {
        var exc = exc
        while true {
            let frame = fiber.frames[fiber.frames.count - 1]
            let gen = frame.generator!
            guard gen.state == .running, frame.isAtYieldFrom else { break }
            // The sub-iterator stays on the stack.
            let sub = frame.top
            if isGeneratorExit(exc) {
                // Close the sub-iterator, then raise here: its close error if it had one.
                do { try closeIterator(sub) } catch let e as PyError { exc = e.exception }
                break
            }
            if let subGen = sub.asObject as? GeneratorObj {
                guard subGen.state == .suspended, let subFrame = subGen.frame else {
                    // A finished sub-generator re-raises the exception: it lands here.
                    break
                }
                try enterGenerator(subGen, subFrame)
                subGen.resumeAction = .delegate
                continue
            }
            guard let method = try getAttributeOrNil(sub, "throw") else { break }
            let result: Value
            do {
                result = try call(method, arguments)
            } catch let e as PyError {
                if e.exception.type.isSubtype(of: types.exceptions.stopIteration) {
                    // The sub-iterator finished: `yield from` evaluates to its value.
                    frame.sp -= 1
                    frame.push(e.exception.args.first ?? .pyNone)
                    return nil
                }
                exc = e.exception
                break
            }
            // The sub-iterator yielded: so does the whole chain, staying at this `yield from`.
            return try yieldFromFrame(result, entryDepth: 0, delegating: true)
        }
        try raiseInGeneratorChain(exc)
        return nil
    }

    /// Raises `exc` in the top frame (a generator just pushed for throw/close) at its
    /// suspension point. Unhandled, it leaves that generator and is raised in the generator
    /// delegating to it, and so on; out of the outermost one it is thrown to the caller.
    private func raiseInGeneratorChain(_ exc: ExceptionObj) throws {
        var exc = exc
        while true {
            let frame = fiber.frames[fiber.frames.count - 1]
            exc.traceback.append(TracebackEntry(code: frame.code, location: max(frame.location - 1, 0)))
            if treeCatch(frame, exc) { return }
            fiber.frames.removeLast()
            if let first = frame.saved?.values.first { fiber.handled = first }
            let gen = frame.generator!
            exc = generatorFailed(gen, frame: frame, exc)
            guard case .delegate = gen.resumeAction else { throw PyError(exc) }
        }
    }

    // MARK: - close

    /// `gen.close()`: GeneratorExit at the suspension point, so finally blocks and with exits
    /// run. A delegating generator first closes its sub-iterator (CPython's gen_close_iter):
    /// the chain is closed from the innermost generator outwards, each level on its own nested
    /// run, and an error closing one level is raised in the next instead of GeneratorExit.
    func closeGenerator(_ gen: GeneratorObj) throws {
        switch gen.state {
        case .running:
            throw valueError("generator already executing")
        case .finished:
            return
        case .created:
            // Nothing ran yet: GeneratorExit would leave at once.
            finishGenerator(gen, frame: gen.frame)
            return
        case .suspended:
            break
        }
        // The generators of the delegation chain, outermost first.
        var chain = [gen]
        while let sub = chain[chain.count - 1].delegatee?.asObject as? GeneratorObj, sub.state == .suspended {
            chain.append(sub)
        }
        // Outer generators count as running while their inner ones close.
        for g in chain.dropLast() { g.state = .running }
        var error: ExceptionObj? = nil
        if let sub = chain[chain.count - 1].delegatee, !(sub.asObject is GeneratorObj) {
            chain[chain.count - 1].state = .running
            do { try closeIterator(sub) } catch let e as PyError { error = e.exception }
            chain[chain.count - 1].state = .suspended
        }
        for g in chain.reversed() {
            g.state = .suspended
            error = closeOneLevel(g, raising: error)
        }
        if let error { throw PyError(error) }
    }

    /// Raises GeneratorExit (or `pending`, an error from closing its sub-iterator) in one
    /// suspended generator whose sub-iterator is already closed. Returns the error close()
    /// must report, or nil when the generator finished as it should.
    private func closeOneLevel(_ g: GeneratorObj, raising pending: ExceptionObj?) -> ExceptionObj? {
        guard let frame = g.frame else { return pending }
        // No handler around the suspension point: GeneratorExit would just leave. Skip the run.
        if pending == nil, !frame.isAtYieldFrom, !frame.mayHandleException {
            finishGenerator(g, frame: frame)
            return nil
        }
        let exc = pending ?? makeException(types.exceptions.generatorExit, nil)
        let depth = fiber.frames.count
        do {
            try enterGenerator(g, frame)
            g.resumeAction = .returnToNative
            try raiseInGeneratorChain(exc)
            _ = try runNested(entryDepth: depth)
            return runtimeErrorObject("generator ignored GeneratorExit")
        } catch is GeneratorDone {
            return nil
        } catch let e as PyError {
            let t = e.exception.type
            if t.isSubtype(of: types.exceptions.generatorExit) || t.isSubtype(of: types.exceptions.stopIteration) {
                return nil
            }
            return e.exception
        } catch {
            return nil
        }
    }

    private func runtimeErrorObject(_ message: String) -> ExceptionObj {
        makeException(types.exceptions.runtimeError, message)
    }

    /// CPython's gen_close_iter: closes what a `yield from` delegates to.
    func closeIterator(_ sub: Value) throws {
        if let g = sub.asObject as? GeneratorObj {
            try closeGenerator(g)
        } else if let m = try? getAttributeOrNil(sub, "close") {
            _ = try call(m, [])
        }
    }

    // MARK: - Attributes

    /// `gen.gi_frame` & co; nil for other names.
    func generatorAttribute(_ g: GeneratorObj, _ name: String) -> Value? {
        switch name {
        case "__name__": return newStr(g.name)
        case "__qualname__": return newStr(g.qualname)
        case "gi_running": return .bool(g.state == .running)
        case "gi_suspended": return .bool(g.state == .suspended)
        case "gi_code": return Value(g.code)
        case "gi_frame":
            if g.state == .finished || g.frame == nil { return Value.pyNone }
            return Value(heap.track(GeneratorFrameObj(generator: g, type: types.frame)))
        case "gi_yieldfrom": return g.delegatee ?? Value.pyNone
        default: return nil
        }
    }

    /// `gen.__name__ = ...` and `gen.__qualname__ = ...`; generators take no other attributes.
    func setGeneratorAttribute(_ g: GeneratorObj, _ name: String, _ value: Value) throws -> Bool {
        switch name {
        case "__name__", "__qualname__":
            guard let s = value.asObject as? StrObj else {
                throw typeError("\(name) must be set to a string object")
            }
            setGeneratorNames(g, name: name == "__name__" ? s.value : g.name,
                              qualname: name == "__qualname__" ? s.value : g.qualname)
            return true
        case "gi_running", "gi_frame", "gi_code", "gi_yieldfrom", "gi_suspended":
            throw attributeError("readonly attribute")
        default:
            throw attributeError("'generator' object has no attribute '\(name)'")
        }
    }

    /// Attributes of a generator's frame.
    func generatorFrameAttribute(_ f: GeneratorFrameObj, _ name: String) -> Value? {
        let g = f.generator
        switch name {
        case "f_code": return Value(g.code)
        case "f_lineno": return .int(g.currentLine)
        case "f_lasti":
            guard let fr = g.frame else { return .int(-1) }
            return .int(max(fr.location - 1, 0) * 2)
        case "f_locals":
            guard let fr = g.frame else { return Value(newDictObj()) }
            return Value(frameLocals(fr))
        case "f_globals":
            guard let fr = g.frame else { return Value.pyNone }
            return Value(fr.globals)
        case "f_back": return Value.pyNone
        default: return nil
        }
    }
}

/// `gen.gi_frame`: a view of the generator's live frame.
final class GeneratorFrameObj: Obj {
    unowned(unsafe) let generator: GeneratorObj

    init(generator: GeneratorObj, type: TypeObj) {
        self.generator = generator
        super.init(type: type)
    }

    override func trace(_ marker: inout Marker) { marker.mark(generator) }
}

extension GeneratorObj {
    /// The line the generator is at: its `def` before it starts, else the suspension point.
    var currentLine: Int {
        guard let f = frame, state != .created else { return code.firstLine }
        return f.code.line(at: max(f.location - 1, 0))
    }
}
