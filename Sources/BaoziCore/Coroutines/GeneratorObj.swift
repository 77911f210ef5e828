// Generators: a suspended frame that `next()`/`send()` push back onto the running fiber.
//
// Nothing is copied on suspension: `yield` pops the generator's frame off the fiber (keeping
// its pc and value stack) and hands the value to whoever resumed it, as `resumeAction` says.

/// Who resumed a generator, and so where its yielded or returned value goes.
enum ResumeAction {
    /// A `for` loop's FOR_ITER: yield pushes the value; return ends the loop at `exit`.
    case forIter(exit: Int)
    /// `next()`/`send()` called from the VM: yield pushes the value; return raises StopIteration.
    case value
    /// An outer generator's `yield from`: yield passes the value up; return resumes the outer
    /// frame at `exit` with the return value.
    case delegate(exit: Int)
    /// Swift code running a nested loop: yield returns from it; return throws `GeneratorDone`.
    case returnToNative
}

public final class GeneratorObj: Obj {
    enum State { case created, suspended, running, finished }
    /// The generator's frame; nil once finished.
    var frame: Frame?
    var state: State = .created
    var name: String
    var qualname: String
    var resumeAction: ResumeAction = .value

    init(frame: Frame, name: String, qualname: String, type: TypeObj) {
        self.frame = frame
        self.name = name
        self.qualname = qualname
        super.init(type: type)
    }

    override func trace(_ marker: inout Marker) {
        if state != .running { frame?.trace(&marker) }
    }
}

/// Thrown out of the VM loop to Swift code when a generator it resumed returns.
struct GeneratorDone: Error {
    let value: Value
}

extension Interpreter {
    func makeGenerator(frame: Frame, function: FunctionObj) -> GeneratorObj {
        let gen = heap.track(GeneratorObj(frame: frame, name: function.name, qualname: function.qualname, type: types.generator))
        frame.generator = gen
        frame.onReturn = .generator
        return gen
    }

    /// Pushes the generator's frame so the VM loop continues in it. `sent` becomes the value of
    /// the suspended `yield` (or is discarded by the first instruction when just started).
    func resumeGenerator(_ gen: GeneratorObj, sending sent: Value, action: ResumeAction) throws {
        switch gen.state {
        case .running:
            throw valueError("generator already executing")
        case .finished:
            throw stopIteration()
        case .created:
            if !sent.isNone {
                throw typeError("can't send non-None value to a just-started generator")
            }
        case .suspended:
            break
        }
        guard let frame = gen.frame else { throw stopIteration() }
        frame.push(sent)
        gen.state = .running
        gen.resumeAction = action
        try pushFrame(frame)
    }

    /// Runs a generator to its next yield from Swift code: the yielded value, or nil when it
    /// returned.
    func resumeNested(_ gen: GeneratorObj, sending sent: Value = .none) throws -> Value? {
        if gen.state == .finished { return nil }
        do {
            return try resumeNestedUntilYield(gen, sending: sent)
        } catch is GeneratorDone {
            return nil
        }
    }

    /// Like `resumeNested`, but a generator that returns raises StopIteration(value).
    func resumeNestedOrStop(_ gen: GeneratorObj, sending sent: Value) throws -> Value {
        if gen.state == .finished { throw stopIteration() }
        do {
            return try resumeNestedUntilYield(gen, sending: sent)
        } catch let done as GeneratorDone {
            throw stopIteration(done.value)
        }
    }

    /// Resumes a generator on a nested run; its return surfaces as `GeneratorDone`.
    private func resumeNestedUntilYield(_ gen: GeneratorObj, sending sent: Value) throws -> Value {
        let depth = fiber.frames.count
        try resumeGenerator(gen, sending: sent, action: .returnToNative)
        return try runNested(entryDepth: depth)
    }

    /// `yield v` in the top frame: suspends it and delivers `v`. Returns a value when it must
    /// leave the VM loop (a native resumed the generator).
    func yieldFromFrame(_ v: Value, entryDepth: Int, delegating: Bool = false) throws -> Value? {
        var value = v
        while true {
            let frame = fiber.frames.removeLast()
            guard let gen = frame.generator else {
                throw runtimeError("yield outside a generator frame")
            }
            gen.state = .suspended
            switch gen.resumeAction {
            case .forIter, .value:
                fiber.frames[fiber.frames.count - 1].push(value)
                return nil
            case .returnToNative:
                return value
            case .delegate:
                // The outer generator yields the same value; it resumes at its YIELD_FROM.
                let outer = fiber.frames[fiber.frames.count - 1]
                outer.pc -= 1
                value = v
                continue
            }
        }
    }

    /// The generator's frame returned `value`.
    func generatorReturned(_ gen: GeneratorObj, frame: Frame, value: Value, entryDepth: Int) throws -> Value? {
        gen.state = .finished
        gen.frame = nil
        frame.generator = nil
        recycle(frame)
        switch gen.resumeAction {
        case .forIter(let exit):
            let caller = fiber.frames[fiber.frames.count - 1]
            caller.sp -= 1
            caller.pc = exit
            return nil
        case .value:
            throw stopIteration(value)
        case .delegate(let exit):
            let caller = fiber.frames[fiber.frames.count - 1]
            caller.sp -= 1
            caller.push(value)
            caller.pc = exit
            return nil
        case .returnToNative:
            throw GeneratorDone(value: value)
        }
    }

    /// An exception escaped the generator's frame: it is finished, and a StopIteration
    /// becomes RuntimeError (PEP 479).
    func generatorFailed(_ gen: GeneratorObj, frame: Frame, _ exc: ExceptionObj) -> ExceptionObj {
        gen.state = .finished
        gen.frame = nil
        frame.generator = nil
        recycle(frame)
        if exc.type.isSubtype(of: types.exceptions.stopIteration) {
            let e = makeException(types.exceptions.runtimeError, "generator raised StopIteration")
            e.cause = Value(exc)
            e.context = Value(exc)
            e.suppressContext = true
            return e
        }
        return exc
    }

    /// One step of `yield from sub`: resumes a sub-generator (its yields pass straight up), or
    /// takes the next value of another iterator. Returns `.unbound` when the VM must reload.
    func delegateResumable(_ sub: Value, _ sent: Value, exitTarget: Int) throws -> Value {
        let frame = fiber.frames[fiber.frames.count - 1]
        if let gen = sub.asObject as? GeneratorObj {
            if gen.state == .finished {
                frame.sp -= 1
                frame.push(.none)
                frame.pc = exitTarget
                return .unbound
            }
            try resumeGenerator(gen, sending: sent, action: .delegate(exit: exitTarget))
            return .unbound
        }
        do {
            let v: Value?
            if sent.isNone {
                v = try next(sub)
            } else {
                v = try callMethod(sub, "send", [sent])
            }
            if let v { return v }
            frame.sp -= 1
            frame.push(.none)
            frame.pc = exitTarget
            return .unbound
        } catch let e as PyError where e.exception.type.isSubtype(of: types.exceptions.stopIteration) {
            frame.sp -= 1
            frame.push(e.exception.args.first ?? .none)
            frame.pc = exitTarget
            return .unbound
        }
    }
}
