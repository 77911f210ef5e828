// Generators: a suspended frame that `next()`/`send()` push back onto the running fiber.
//
// Nothing is copied on suspension: `yield` pops the generator's frame off the fiber (keeping
// its work stack and value stack) and hands the value to whoever resumed it, as
// `resumeAction` says.
//
// `yield from sub` with a sub-generator pushes the sub-generator's frame on top of the outer
// one (action `.delegate`); a yield deep in a chain pops every frame of the chain and leaves
// each outer frame suspended *at* its `yield from` node, so the next resume pushes the chain
// again level by level (as CPython's SEND does). A generator is "delegating" exactly when it
// is suspended in a `yield from` node: the sub-iterator is then its stack top.

/// Who resumed a generator, and so where its yielded or returned value goes.
enum ResumeAction: UInt8 {
    /// A `for` loop: yield pushes the value; return pops the iterator, which ends the loop.
    case forIter
    /// `next()`/`send()` called from the VM: yield pushes the value; return raises StopIteration.
    case value
    /// An outer generator's `yield from`: yield passes the value up; return resumes the outer
    /// frame with the return value in place of the sub-iterator.
    case delegate
    /// Swift code running a nested loop: yield returns from it; return throws `GeneratorDone`.
    case returnToNative
}

final class GeneratorObj: Obj {
    enum State: UInt8 { case created, suspended, running, finished }
    /// The frame while the generator can still run; only its code once finished. One field
    /// for both keeps a suspended generator at 56 bytes (a 64-byte allocation). The frame is
    /// held as a manually retained `Unmanaged` so the VM's fast paths read it without ARC.
    private enum Body {
        case live(Unmanaged<Frame>)
        case finished(Unmanaged<CodeObj>)
    }
    private var body: Body
    var state: State = .created
    /// Who resumed the generator last.
    var resumeAction = ResumeAction.value

    init(frame: Frame, type: TypeObj) {
        body = .live(Unmanaged.passRetained(frame))
        super.init(type: type)
    }

    deinit {
        if case .live(let f) = body { f.release() }
    }

    /// The generator's frame; nil once finished (setting nil finishes it).
    var frame: Frame? {
        @inline(__always) get {
            if case .live(let f) = body { return f.takeUnretainedValue() }
            return nil
        }
        set {
            precondition(newValue == nil, "a generator's frame is only ever dropped")
            guard case .live(let f) = body else { return }
            body = .finished(Unmanaged.passUnretained(f.takeUnretainedValue().code))
            f.release()
        }
    }

    /// The frame without reference counting, for the VM's fast paths.
    var unmanagedFrame: Unmanaged<Frame>? {
        @inline(__always) get {
            if case .live(let f) = body { return f }
            return nil
        }
    }

    /// The generator's code (gi_code, the default names); kept alive by `trace`.
    var code: CodeObj {
        switch body {
        case .live(let f): return f.takeUnretainedValue().code
        case .finished(let c): return c.takeUnretainedValue()
        }
    }

    /// True when a yield pushes the value on the resumer's stack (`.forIter` and `.value`).
    var resumesIntoCaller: Bool { @inline(__always) get { resumeAction.rawValue <= 1 } }

    /// `__name__`/`__qualname__`: the code's, unless the function was renamed or they were
    /// assigned. Those rare overrides live in the object's dict (marked with the object), so
    /// that every generator does not pay for two more fields.
    var name: String { override("__name__") ?? code.name }
    var qualname: String { override("__qualname__") ?? code.qualname }

    private func override(_ key: String) -> String? {
        guard let d = dict else { return nil }
        for e in d.liveEntries {
            if let k = e.key.asObject as? StrObj, k.value == key, let v = e.value.asObject as? StrObj { return v.value }
        }
        return nil
    }

    override func trace(_ marker: inout Marker) {
        marker.mark(code)
        if state != .running { frame?.trace(&marker) }
    }

    /// A suspended generator that becomes garbage is closed first (GeneratorExit thrown in).
    /// A running one is left alone: its frame is on a suspended greenlet's fiber, and killing
    /// that greenlet unwinds it (close() would only say "generator already executing").
    override func finalize(_ interp: Interpreter) throws {
        if state == .running { return }
        try interp.closeGenerator(self)
    }

    /// The iterator a suspended `yield from` delegates to (gi_yieldfrom).
    var delegatee: Value? {
        guard state == .suspended, let f = frame, f.isAtYieldFrom else { return nil }
        return f.top
    }
}

/// Thrown out of the VM loop to Swift code when a generator it resumed returns.
struct GeneratorDone: Error {
    let value: Value
}

extension Interpreter {
    /// Records names that differ from the code's (see `GeneratorObj.name`).
    func setGeneratorNames(_ gen: GeneratorObj, name: String, qualname: String) {
        let d = gen.dict ?? newDictObj()
        d.setString(intern("__name__"), newStr(name))
        d.setString(intern("__qualname__"), newStr(qualname))
        gen.dict = d
    }

    func makeGenerator(frame: Frame, function: FunctionObj) -> GeneratorObj {
        let code = function.code
        let gen = heap.track(GeneratorObj(frame: frame, type: types.generator))
        if function.name != code.name || function.qualname != code.qualname {
            setGeneratorNames(gen, name: function.name, qualname: function.qualname)
        }
        frame.generator = gen
        frame.onReturn = .generator
        return gen
    }

    /// Pushes a suspended (or new) generator's frame so the VM loop runs it: the generator is
    /// running, sees its own handled exception, and needs finalizing if dropped half-way.
    @inline(__always)
    func enterGenerator(_ gen: GeneratorObj, _ frame: Frame) throws {
        try pushFrame(frame)
        if gen.state == .created { heap.needsFinalizer(gen) }
        gen.state = .running
        // A generator suspended inside an except block keeps its own exc_info: saved at the
        // end of its saved exceptions on yield; the first entry is whatever the resumer handles.
        if let saved = frame.saved {
            let own = saved.values.removeLast()
            saved.values[0] = fiber.handled
            fiber.handled = own
        }
    }

    /// Pushes the generator's frame so the VM loop continues in it. `sent` becomes the value of
    /// the suspended `yield` (or is dropped by the tree loop when the body just starts).
    @inline(__always)
    func resumeGenerator(_ gen: GeneratorObj, sending sent: Value, action: ResumeAction) throws {
        switch gen.state {
        case .suspended:
            break
        case .running:
            throw valueError("generator already executing")
        case .finished:
            throw stopIteration()
        case .created:
            if !sent.isNone {
                throw typeError("can't send non-None value to a just-started generator")
            }
        }
        guard let frame = gen.frame else { throw stopIteration() }
        try enterGenerator(gen, frame)
        gen.resumeAction = action
        // Resuming a `yield from` chain: push every level's frame here, as each level's
        // `yield from` node would, instead of running that node once per level. The value
        // goes to the innermost generator; a level whose sub-iterator is anything else (or
        // near the recursion limit) runs its `yield from` as usual.
        var top = frame
        while top.isAtYieldFrom, fiber.frames.count < recursionLimit,
              case .object(let r) = top.top, let sub = r.obj as? GeneratorObj,
              sub.state == .suspended, let subFrame = sub.frame {
            try enterGenerator(sub, subFrame)
            sub.resumeAction = .delegate
            top = subFrame
        }
        top.push(sent)
    }

    /// Runs a generator to its next yield from Swift code: the yielded value, or nil when it
    /// returned.
    func resumeNested(_ gen: GeneratorObj, sending sent: Value = .pyNone) throws -> Value? {
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
        while true {
            let frame = fiber.frames.removeLast()
            guard let gen = frame.generator else {
                throw runtimeError("yield outside a generator frame")
            }
            gen.state = .suspended
            if let saved = frame.saved {
                // Keep the generator's handled exception; give the resumer back its own.
                saved.values.append(fiber.handled)
                fiber.handled = saved.values[0]
            }
            switch gen.resumeAction {
            case .forIter, .value:
                fiber.frames[fiber.frames.count - 1].push(v)
                return nil
            case .returnToNative:
                return v
            case .delegate:
                // The outer generator yields the same value; it resumes at its `yield from`
                // node's step, already saved.
                break
            }
        }
    }

    /// Marks a generator finished and lets its frame go.
    func finishGenerator(_ gen: GeneratorObj, frame: Frame?) {
        gen.state = .finished
        gen.frame = nil
        heap.finalized(gen)
        if let frame {
            frame.generator = nil
            recycle(frame)
        }
    }

    /// The generator's frame returned `value`.
    func generatorReturned(_ gen: GeneratorObj, frame: Frame, value: Value, entryDepth: Int) throws -> Value? {
        finishGenerator(gen, frame: frame)
        switch gen.resumeAction {
        case .forIter:
            // The loop sees its iterator gone: it is exhausted.
            fiber.frames[fiber.frames.count - 1].sp -= 1
            return nil
        case .value:
            throw stopIteration(value)
        case .delegate:
            // The `yield from` ends with the value in place of its sub-iterator.
            let caller = fiber.frames[fiber.frames.count - 1]
            caller.sp -= 1
            caller.push(value)
            return nil
        case .returnToNative:
            throw GeneratorDone(value: value)
        }
    }

    /// An exception escaped the generator's frame: it is finished, and a StopIteration
    /// becomes RuntimeError (PEP 479).
    func generatorFailed(_ gen: GeneratorObj, frame: Frame, _ exc: ExceptionObj) -> ExceptionObj {
        finishGenerator(gen, frame: frame)
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
    func delegateResumable(_ sub: Value, _ sent: Value) throws -> Value {
        let frame = fiber.frames[fiber.frames.count - 1]
        if let gen = sub.asObject as? GeneratorObj {
            if gen.state == .finished {
                // CPython: send() to an exhausted generator raises a bare StopIteration.
                frame.sp -= 1
                frame.push(.pyNone)
                return .unbound
            }
            try resumeGenerator(gen, sending: sent, action: .delegate)
            return .unbound
        }
        // A script `__next__` gets a frame of its own, like a for loop's, when the value it
        // returns can be yielded in place (see YieldFromNextContinuation).
        if sent.isNone, !(sub.asObject is IteratorObj), let m = typeOf(sub).lookup(names.__next__),
           m.asObject is FunctionObj, delegationChainEndsInVM() {
            return try callResumable(m, [sub], then: YieldFromNextContinuation())
        }
        do {
            let v: Value?
            if !sent.isNone {
                v = try callMethod(sub, "send", [sent])
            } else if let it = sub.asObject as? IteratorObj {
                v = try nextFromBuiltinIterator(it)
            } else if let m = typeOf(sub).lookup(names.__next__) {
                // Called directly, so the StopIteration's value is seen below.
                v = try call(m, [sub])
            } else {
                throw typeError("'\(typeName(sub))' object is not an iterator")
            }
            if let v { return v }
            frame.sp -= 1
            frame.push(.pyNone)
            return .unbound
        } catch let e as PyError where e.exception.type.isSubtype(of: types.exceptions.stopIteration) {
            frame.sp -= 1
            frame.push(e.exception.args.first ?? .pyNone)
            return .unbound
        }
    }
}

extension Interpreter {
    /// True when the generator running on top of the fiber, followed through the generators
    /// delegating to it, was resumed by the VM (a yield then lands on a frame's stack rather
    /// than leaving a nested run).
    func delegationChainEndsInVM() -> Bool {
        var i = fiber.frames.count - 1
        while i >= 0, let g = fiber.frames[i].generator {
            switch g.resumeAction {
            case .delegate: i -= 1
            case .returnToNative: return false
            case .forIter, .value: return true
            }
        }
        return false
    }
}

/// Marks the frame of a script `__next__` that `yield from` called: its value is yielded by
/// the delegating generator (which then asks again on its next resume); the StopIteration it
/// raises ends the `yield from` with its value (see `unwind`).
final class YieldFromNextContinuation: NativeContinuation {
    override func resume(_ interp: Interpreter, _ value: Value) throws -> Value {
        // The delegating frame stays at its `yield from`, as when a sub-generator yields.
        _ = try interp.yieldFromFrame(value, entryDepth: 0, delegating: true)
        return .unbound
    }
}
