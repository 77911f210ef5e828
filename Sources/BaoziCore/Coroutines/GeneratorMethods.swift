// The generator object's methods: send, throw, close, __next__, __iter__.

extension Interpreter {
    func setUpGeneratorMethods() {
        let t = types.generator
        method(t, "__iter__") { _, args in args[0] }
        method(t, "__next__") { interp, args in
            try interp.sendToGenerator(try interp.generatorArg(args, "__next__"), .none)
        }
        method(t, "send") { interp, args in
            try interp.expectArgs(args, "send", min: 2, max: 2)
            return try interp.sendToGenerator(try interp.generatorArg(args, "send"), args[1])
        }
        method(t, "throw") { interp, args in
            try interp.expectArgs(args, "throw", min: 2, max: 4)
            let gen = try interp.generatorArg(args, "throw")
            let exc = try interp.exceptionToThrow(args[1], args.positionalCount > 2 ? args[2] : .none)
            return try interp.throwIntoGenerator(gen, exc)
        }
        method(t, "close") { interp, args in
            try interp.closeGenerator(try interp.generatorArg(args, "close"))
            return .none
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
        if nativeMayResume {
            try resumeGenerator(gen, sending: value, action: .value)
            return requestNothing()
        }
        return try resumeNestedOrStop(gen, sending: value)
    }

    /// The exception object `throw(typ, val)` raises.
    func exceptionToThrow(_ typ: Value, _ val: Value) throws -> ExceptionObj {
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

    /// `gen.throw(exc)`: raises `exc` at the suspension point. When the generator handles it,
    /// it runs on (in place or nested) to its next yield; otherwise the exception leaves it.
    func throwIntoGenerator(_ gen: GeneratorObj, _ exc: ExceptionObj) throws -> Value {
        switch gen.state {
        case .running:
            throw valueError("generator already executing")
        case .finished, .created:
            // Nothing to resume: the exception is raised as if at the first line.
            gen.state = .finished
            if let f = gen.frame { f.generator = nil; recycle(f) }
            gen.frame = nil
            throw PyError(exc)
        case .suspended:
            break
        }
        guard let frame = gen.frame else { throw PyError(exc) }
        let inPlace = nativeMayResume
        let depth = fiber.frames.count
        gen.state = .running
        gen.resumeAction = inPlace ? .value : .returnToNative
        frame.onReturn = .generator
        try pushFrame(frame)
        exc.traceback.append(TracebackEntry(code: frame.code, pc: frame.pc - 1))
        guard let h = frame.code.handler(at: frame.pc - 1) else {
            // Not handled inside: the generator is finished and the exception propagates.
            fiber.frames.removeLast()
            throw PyError(generatorFailed(gen, frame: frame, exc))
        }
        enterHandler(h, in: frame, with: exc)
        if inPlace { return requestNothing() }
        do {
            return try runNested(entryDepth: depth)
        } catch let done as GeneratorDone {
            throw stopIteration(done.value)
        }
    }

    /// `gen.close()`: GeneratorExit at the suspension point; finally blocks run.
    func closeGenerator(_ gen: GeneratorObj) throws {
        guard gen.state == .suspended else {
            if gen.state == .created {
                gen.state = .finished
                if let f = gen.frame { f.generator = nil; recycle(f) }
                gen.frame = nil
            }
            return
        }
        let exit = makeException(types.exceptions.generatorExit, nil)
        let outer = nativeMayResume
        nativeMayResume = false
        defer { nativeMayResume = outer }
        do {
            _ = try throwIntoGenerator(gen, exit)
        } catch let e as PyError {
            if e.exception.type.isSubtype(of: types.exceptions.generatorExit)
                || e.exception.type.isSubtype(of: types.exceptions.stopIteration) { return }
            throw e
        }
        throw runtimeError("generator ignored GeneratorExit")
    }
}
