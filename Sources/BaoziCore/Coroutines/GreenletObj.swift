// Greenlets: a chain of heap frames (a Fiber) with a parent. Switching stores the value in the
// target's top frame and makes its fiber the one the VM loop runs, so a switch costs the same
// at any depth and nothing of the native stack is kept.
//
// A suspended greenlet's top frame waits in a `switch()` (or `throw()`) call whose result slot
// is the top of its stack: resuming pushes the value there, or raises at that call. A greenlet
// that has not started gets a fiber whose bottom frame is `run`'s, with `.greenletEnd` as its
// return action: its return (or an exception escaping it) passes control to the parent.

final class GreenletObj: Obj {
    // A million suspended greenlets each keep one of these: the fields are ordered so that
    // the small ones fill the padding after `run`, for a 96-byte allocation (it was 128).
    enum State: UInt8 { case unstarted, active, dead }
    /// The frames; nil until started and once dead. The main greenlet's is the main fiber.
    var fiber: Fiber?
    /// Where control goes when this greenlet ends. Only the main greenlet has none, so the
    /// root of the chain is the main greenlet of the interpreter that made this one (a new
    /// greenlet's parent is one of its greenlets, and `parent` can only be set to another).
    var parent: GreenletObj? {
        get { parentRef?.takeUnretainedValue() }
        set { parentRef = newValue.map { Unmanaged.passUnretained($0) } }
    }
    /// `parent` as stored: `rootRef` walks the chain on every switch, and loading an optional
    /// `unowned(unsafe)` reference paid a retain/release pair per step.
    private var parentRef: Unmanaged<GreenletObj>?
    /// The timer of the hub's native `sleep(t)`, reused by the next one. Stopped when the
    /// greenlet is woken otherwise (killed), so nothing stays armed for it.
    var sleepTimer: TimerWatcherObj?
    /// The callable given as `run` (None is one too), what the `run` attribute returns; a
    /// subclass's `run` method takes precedence. `.unbound` when not given and once started.
    var run: Value = .unbound
    var state: State
    let isMain: Bool
    /// False for the gevent hub: it is not killed at shutdown (its loop would run on).
    var finalizeWhenSuspended = true
    /// Nonzero while parked by the hub's native sleep: the ready entry or timer carrying the
    /// same token may resume it. Any other switch into the greenlet clears it. (32 bits: see
    /// `HubState.nextToken` for why a token is never mistaken for a stale one.)
    var waitToken: UInt32 = 0
    /// gevent's `Greenlet.spawning_greenlet`, kept here rather than in the instance dict: a
    /// parked gevent greenlet's dict stays at two entries.
    var spawner: Value = .pyNone

    init(type: TypeObj, parent: GreenletObj?, isMain: Bool = false) {
        self.state = isMain ? .active : .unstarted
        self.isMain = isMain
        self.parentRef = parent.map { Unmanaged.passUnretained($0) }
        super.init(type: type)
    }

    /// The main greenlet of the interpreter that made this one (see `parent`).
    var rootRef: Unmanaged<GreenletObj> {
        var g = Unmanaged.passUnretained(self)
        while let p = g._withUnsafeGuaranteedRef({ $0.parentRef }) { g = p }
        return g
    }

    override func trace(_ marker: inout Marker) {
        marker.mark(run)
        marker.mark(parent)
        if let t = sleepTimer { marker.mark(t) }
        marker.mark(spawner)
        if !isMain, let f = fiber { f.trace(&marker) }
    }

    /// This greenlet, or its first parent that is not dead: where a switch to it really goes.
    var firstLive: GreenletObj {
        var g = self
        while g.state == .dead, let p = g.parent { g = p }
        return g
    }

    /// A suspended greenlet that became garbage (or is left at shutdown) gets GreenletExit
    /// thrown in, so its `finally` blocks run, as greenlet does.
    override func finalize(_ interp: Interpreter) throws {
        try interp.killSuspendedGreenlet(self)
    }
}

/// What a switch hands to the greenlet it resumes.
enum SwitchPayload {
    /// `switch(*args, **kwargs)`: the call arguments of `run`, or packed as the value of the
    /// pending `switch()` (`()`, the one value, a tuple, the kwargs dict or `(args, kwargs)`).
    case arguments([Value], [(StrObj, Value)])
    /// A greenlet's result handed to its parent.
    case value(Value)
    /// `throw()`, or an exception that escaped a child: raised at the suspension point.
    case raise(ExceptionObj)

    func trace(_ marker: inout Marker) {
        switch self {
        case .arguments(let args, let kwargs):
            for a in args { marker.mark(a) }
            for (k, v) in kwargs { marker.mark(k); marker.mark(v) }
        case .value(let v): marker.mark(v)
        case .raise(let e): marker.mark(e)
        }
    }
}

/// What the greenlet module keeps per interpreter, reachable by the collector (permanent).
final class GreenletModuleState: Obj {
    /// The function `greenlet.settrace` installed, or None.
    var tracer: Value = .pyNone
    /// What a greenlet about to start will receive, kept alive while the tracer runs.
    var inFlight: SwitchPayload = .value(.pyNone)

    override func trace(_ marker: inout Marker) {
        marker.mark(tracer)
        inFlight.trace(&marker)
    }
}

extension Interpreter {
    /// The running greenlet; the main greenlet is made on first use.
    var currentGreenlet: GreenletObj {
        if let g = fiber.greenlet { return g }
        return mainGreenlet
    }

    var mainGreenlet: GreenletObj {
        if let g = mainFiber.greenlet { return g }
        let g = heap.makePermanent(GreenletObj(type: greenletTypes.greenlet, parent: nil, isMain: true))
        g.fiber = mainFiber
        mainFiber.greenlet = g
        return g
    }

    /// False for a greenlet made by another interpreter: switching to it is refused.
    @inline(__always) func owns(_ g: GreenletObj) -> Bool {
        g.rootRef.toOpaque() == mainFiber.greenletRef?.toOpaque()
    }

    /// `g.switch(...)` called by the VM loop (`args[0]` is `g`): resuming an active greenlet,
    /// the common case, needs no intermediate arrays.
    func switchGreenlet(to target: GreenletObj, arguments args: Arguments) throws -> Value {
        let live = target.firstLive
        if live.state == .active && owns(live) && totalNativeDepth == 0 && nativeMayResume {
            let value = packSwitchValue(args)
            if live.fiber === fiber && greenletTypes.state.tracer.isNone { return value }
            try transfer(to: live, .value(value))
            return .unbound
        }
        return try switchGreenlet(to: target, .arguments(args.positionalArray(from: 1), args.keywordPairs), method: "switch")
    }

    /// `g.switch(...)` / `g.throw(...)` called by the VM loop. Returns the value of the call
    /// when control stays here (a switch to the current greenlet), else `.unbound`: `fiber`
    /// is now the target's and the loop reloads. Throws when the payload is raised in the
    /// target (the loop then unwinds the target's frames).
    func switchGreenlet(to target: GreenletObj, _ payload: SwitchPayload, method: String) throws -> Value {
        guard owns(target) else {
            throw PyError(makeException(greenletTypes.error, "cannot switch to a greenlet of a different interpreter"))
        }
        guard totalNativeDepth == 0 && nativeMayResume else {
            throw PyError(makeException(greenletTypes.error,
                "cannot switch greenlets from here: script code called by a builtin (such as importlib.import_module() or a callback of the host) cannot be suspended; call \(method)() from ordinary script code"))
        }
        let target = target.firstLive
        if target === currentGreenlet {
            try callGreenletTracer(payload, from: target, to: target)
            switch payload {
            case .arguments(let args, let kwargs): return packSwitchValue(args, kwargs)
            case .value(let v): return v
            case .raise(let e): throw PyError(e)
            }
        }
        try transfer(to: target, payload)
        return .unbound
    }

    /// Makes `target` run with `payload`: starts it, or resumes it with the value pushed on
    /// its top frame, or throws the exception to be raised there (with `fiber` already the
    /// target's). A greenlet that ends at once passes control on to its parent.
    func transfer(to target: GreenletObj, _ payload: SwitchPayload) throws {
        var target = target
        var payload = payload
        // The greenlet control comes from, for the tracer: the running one, then each that ends.
        var origin = currentGreenlet
        while true {
            target = target.firstLive
            if target.state == .active {
                if target.waitToken != 0 { endNativeWait(target) }
                fiber = target.fiber!
                let top = fiber.frames[fiber.frames.count - 1]
                switch payload {
                case .arguments(let args, let kwargs):
                    top.push(packSwitchValue(args, kwargs))
                case .value(let v):
                    top.push(v)
                case .raise(let e):
                    try callGreenletTracer(payload, from: origin, to: target)
                    throw PyError(e)
                }
                // The value waits on the target's stack (where the collector sees it) while
                // the tracer runs; an error from the tracer is raised in its place.
                do {
                    try callGreenletTracer(payload, from: origin, to: target)
                } catch {
                    _ = top.pop()
                    throw error
                }
                return
            }
            // Start it.
            let run: Value
            do {
                // A subclass's `run` method wins over one given to the constructor, as in
                // greenlet (`run` is looked up on the object).
                let plain = !target.type.isHeapType && !target.run.isUnbound
                run = plain ? target.run : try getAttribute(Value(target), greenletTypes.runName)
            } catch let e as PyError where currentGreenlet.state == .dead {
                // A greenlet that just ended has nowhere to raise this: as greenlet does, the
                // target stays unstarted and the error goes on to the target's parent.
                (target, payload) = ((target.parent ?? mainGreenlet), .raise(e.exception))
                continue
            }
            target.run = .unbound
            let f = Fiber(stackCapacity: 6)
            f.greenlet = target
            target.fiber = f
            target.state = .active
            if target.finalizeWhenSuspended { heap.needsFinalizer(target) }
            fiber = f
            let outcome: SwitchPayload
            do {
                greenletTypes.state.inFlight = payload
                defer { greenletTypes.state.inFlight = .value(.pyNone) }
                try callGreenletTracer(payload, from: origin, to: target)
            } catch let e as PyError {
                // As in greenlet, a tracer error kills a greenlet that was about to start.
                payload = .raise(e.exception)
            }
            switch payload {
            case .raise(let e):
                // Thrown into a greenlet that never ran: it dies with the exception at once.
                outcome = .raise(e)
            case .arguments(let args, let kwargs):
                guard let o = try startRun(run, args, kwargs) else { return }
                outcome = o
            case .value(let v):
                guard let o = try startRun(run, [v], []) else { return }
                outcome = o
            }
            // `run` finished without a frame (a native, or it failed to start).
            origin = target
            (target, payload) = endGreenlet(target, outcome)
        }
    }

    /// Calls the function `greenlet.settrace` installed, in the greenlet control just reached,
    /// with `("switch" or "throw", (origin, target))`. A tracer that raises is removed.
    private func callGreenletTracer(_ payload: SwitchPayload, from origin: GreenletObj, to target: GreenletObj) throws {
        let tracer = greenletTypes.state.tracer
        if tracer.isNone { return }
        let event: String
        if case .raise = payload { event = "throw" } else { event = "switch" }
        do {
            _ = try call(tracer, [newStr(event), newTuple([Value(origin), Value(target)])])
        } catch {
            greenletTypes.state.tracer = .pyNone
            throw error
        }
    }

    /// Calls a new greenlet's `run` as its fiber's bottom frame. Nil when the frame is pushed
    /// (the loop runs it); else what `run` returned or raised at once.
    private func startRun(_ run: Value, _ args: [Value], _ kwargs: [(StrObj, Value)]) throws -> SwitchPayload? {
        do {
            let r = try invoke(run, args, kwargs: kwargs, action: .greenletEnd)
            if case .unbound = r { return nil }
            return .value(r)
        } catch let e as PyError {
            return .raise(e.exception)
        }
    }

    /// Marks `g` dead and says where control goes: its first live parent, with the result.
    private func endGreenlet(_ g: GreenletObj, _ outcome: SwitchPayload) -> (GreenletObj, SwitchPayload) {
        g.state = .dead
        g.fiber = nil
        heap.finalized(g)
        let parent = (g.parent ?? mainGreenlet).firstLive
        if case .raise(let e) = outcome, e.type.isSubtype(of: greenletTypes.greenletExit) {
            // GreenletExit ends a greenlet quietly: the parent receives the exception object.
            return (parent, .value(Value(e)))
        }
        return (parent, outcome)
    }

    /// The bottom frame of the running greenlet returned `value`.
    func greenletReturned(_ value: Value) throws {
        let (parent, payload) = endGreenlet(currentGreenlet, .value(value))
        try transfer(to: parent, payload)
    }

    /// `exc` escaped the bottom frame of the running greenlet. Returns when the parent got it
    /// as a value (GreenletExit); throws it, with `fiber` now the parent's, to be raised there.
    func greenletFailed(_ exc: ExceptionObj) throws {
        let (parent, payload) = endGreenlet(currentGreenlet, .raise(exc))
        try transfer(to: parent, payload)
    }

    /// Finalizer of a suspended greenlet: raises GreenletExit at its suspension point and runs
    /// it, nested, until it ends (a switch out of it is refused there). Any exception other
    /// than GreenletExit that escapes is thrown for the finalizer queue to report.
    func killSuspendedGreenlet(_ g: GreenletObj) throws {
        guard g.state == .active, !g.isMain, let gf = g.fiber, !gf.frames.isEmpty, gf !== fiber else { return }
        let saved = fiber
        // The bottom frame returns here instead of switching to the parent.
        gf.frames[0].onReturn = .returnToNative
        fiber = gf
        defer {
            g.state = .dead
            g.fiber = nil
            heap.finalized(g)
            fiber = saved
        }
        let exit = makeException(greenletTypes.greenletExit, nil)
        do {
            try unwind(exit, addTraceback: true, entryFiber: gf, entryDepth: 0)
            _ = try runNested(entryDepth: 0)
        } catch let e as PyError where e.exception.type.isSubtype(of: greenletTypes.greenletExit) {
            return
        }
    }

    /// The value a pending `switch()` returns for `switch(*args, **kwargs)` (`args[0]` is the
    /// greenlet itself).
    func packSwitchValue(_ args: Arguments) -> Value {
        if args.names.isEmpty {
            switch args.positionalCount {
            case 1: return greenletTypes.emptyTuple
            case 2: return args[1]
            default: return newTuple(ContiguousArray(args.values[1...]))
            }
        }
        let positional = args.positionalArray(from: 1)
        let kwargs = args.keywordPairs
        return packSwitchValue(positional, kwargs)
    }

    /// The value a pending `switch()` returns for `switch(*args, **kwargs)`.
    func packSwitchValue(_ args: [Value], _ kwargs: [(StrObj, Value)]) -> Value {
        if kwargs.isEmpty {
            if args.count == 1 { return args[0] }
            if args.isEmpty { return greenletTypes.emptyTuple }
            return newTuple(ContiguousArray(args))
        }
        let d = newDictObj()
        for (k, v) in kwargs { d.setString(k, v) }
        if args.isEmpty { return Value(d) }
        return newTuple([newTuple(ContiguousArray(args)), Value(d)])
    }
}
