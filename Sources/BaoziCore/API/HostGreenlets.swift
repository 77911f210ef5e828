// Green threads from the host: spawn a script function as a gevent greenlet, drive the hub,
// and let a host function suspend the greenlet that called it until the host has a result.
//
// A suspending host function is a small script function (`_baozi_host.suspending`) that hands
// a gevent `Waiter` to the host and waits on it: the greenlet parks in the hub like any gevent
// wait, so nothing in the evaluator knows about the host. Resuming schedules the waiter's
// `switch` (or `throw`) as a hub callback, which the next drive of the hub runs.

/// A greenlet suspended in a host function, waiting for the host's result.
///
/// Resume it once, from the interpreter's thread when no script is running or from a host
/// function; the greenlet continues at the next `runHub()` or `runHubOnce()`.
public final class Suspension: @unchecked Sendable {
    /// The interpreter of the suspended greenlet.
    public let interpreter: Interpreter
    private let waiter: ScriptValue
    /// True once `resume` was called.
    public private(set) var isResumed = false

    init(waiter: ScriptValue) {
        self.interpreter = waiter.interpreter
        self.waiter = waiter
        interpreter.embedding.pendingSuspensions += 1
    }

    deinit {
        if !isResumed { interpreter.embedding.pendingSuspensions -= 1 }
    }

    /// Resumes the greenlet: the host function's call returns `value` (nil: `None`).
    public func resume(returning value: (any ScriptRepresentable)?) throws {
        try markResumed()
        try interpreter.runOnHub(waiter.attribute("switch"), [value ?? interpreter.noneValue])
    }

    /// Resumes the greenlet by raising `error` from the host function's call.
    public func resume(throwing error: ScriptError) throws {
        try markResumed()
        let exception = try interpreter.hostEntry { ScriptValue(Value(interpreter.pyError(fromHost: error).exception), in: interpreter) }
        try interpreter.runOnHub(waiter.attribute("throw"), [exception])
    }

    private func markResumed() throws {
        guard !isResumed else { throw ScriptError("RuntimeError", "this suspension was already resumed") }
        isResumed = true
        interpreter.embedding.pendingSuspensions -= 1
    }
}

/// The body of a suspending host function: it gets the arguments and the suspension to resume
/// (now or later) with the result.
public typealias SuspendingHostFunction = (HostArguments, Suspension) throws -> Void

extension Interpreter {
    /// Makes a builtin function that suspends the calling greenlet until the host resumes it:
    ///
    ///     vm.defineSuspending("fetch", parameters: ["url"]) { args, suspension in
    ///         pending.append((try args.string("url"), suspension))   // resumed later
    ///     }
    ///
    /// Call it from green threads (`gevent.spawn`, `Interpreter.spawn`): while one waits the
    /// others run. Called from the main greenlet with nothing else to run it raises gevent's
    /// LoopExit, as any wait that can never end does.
    public func defineSuspending(_ name: String, parameters: [String]? = nil, _ body: @escaping SuspendingHostFunction) throws {
        let signature = parameters.map { HostSignature($0) }
        let start = newBuiltin(name) { interp, args in
            guard args.count >= 1 else { throw interp.typeError("\(name)() needs its waiter") }
            let suspension = Suspension(waiter: ScriptValue(args[0], in: interp))
            return try interp.callHostFunction(name, signature, args.droppingFirst) { arguments in
                try body(arguments, suspension)
                return nil
            }
        }
        heap.makePermanent(start)
        let suspending = try hostEntry { ScriptValue(try hostHelper("suspending"), in: self) }
        let function = try suspending.call([ScriptValue(Value(start), in: self), name])
        builtins.setString(intern(name), function.value)
    }

    /// How many suspensions made by suspending host functions are not resumed yet.
    public var pendingSuspensionCount: Int { embedding.pendingSuspensions }

    /// Starts `function(arguments...)` as a gevent green thread and returns its `Greenlet`.
    /// It runs when the hub runs (`runHub()`, `runHubOnce()`, or a script that waits).
    @discardableResult
    public func spawn(_ function: ScriptValue, _ arguments: [any ScriptRepresentable] = []) throws -> ScriptValue {
        try importModule("gevent").attribute("spawn").call([function] + arguments)
    }

    /// Runs the gevent hub until it has nothing left to do: every green thread finished or is
    /// waiting for something only the host can give (a `Suspension`). Call it when no script
    /// is running (not from a host function).
    public func runHub() throws {
        try requireTopLevel("runHub()")
        let hub = try importModule("gevent.hub").attribute("get_hub").call()
        try hub.callMethod("join")
    }

    /// Runs one iteration of the hub: the callbacks ready now (green threads that can go on,
    /// resumed suspensions, timers that fell due), then returns. Call it when no script is
    /// running (not from a host function).
    public func runHubOnce() throws {
        try requireTopLevel("runHubOnce()")
        try importModule("gevent").attribute("sleep").call([0])
    }

    private func requireTopLevel(_ what: String) throws {
        if embedding.entryDepth > 0 || !fiber.frames.isEmpty {
            throw ScriptError("RuntimeError", "\(what) cannot be called while a script is running")
        }
    }

    /// Schedules `function(arguments)` as a hub callback.
    func runOnHub(_ function: ScriptValue, _ arguments: [any ScriptRepresentable]) throws {
        try importModule("_baozi_hub").attribute("run_callback").call([function] + arguments)
    }
}
