// The interpreter: all state of one running Baozi program. Nothing is global, so several
// interpreters can run on several threads at once.

import BigInt
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Where a script's standard streams go. The CLI is one host; an embedding application gives
/// closures in `InterpreterOptions` instead (modules come from `ModuleLoader`).
public protocol ScriptHost: AnyObject {
    /// Writes what the script printed to its standard output or standard error.
    func write(_ text: String, toStandardError: Bool)
    /// Pushes buffered output out (after a run, before a prompt).
    func flush()
    /// One line from standard input without its newline, or nil at end of input.
    func readLine(prompt: String) -> String?
}

/// A host that writes to the process's standard streams.
public final class StandardHost: ScriptHost {
    /// A host on the process's stdin, stdout and stderr.
    public init() {}
    /// Writes to stdout (buffered) or stderr (flushed at once).
    public func write(_ text: String, toStandardError: Bool) {
        var t = text
        t.withUTF8 { buf in
            _ = fwrite(buf.baseAddress, 1, buf.count, toStandardError ? stderr : stdout)
        }
        if toStandardError { fflush(stderr) }
    }
    /// Flushes stdout.
    public func flush() { fflush(stdout) }
    /// Writes the prompt to stdout and reads a line of stdin.
    public func readLine(prompt: String) -> String? {
        if !prompt.isEmpty {
            write(prompt, toStandardError: false)
            flush()
        }
        return Swift.readLine(strippingNewline: true)
    }
}

/// One Baozi interpreter: its heap, modules, greenlets and everything a script can reach.
/// Make one with `Interpreter(InterpreterOptions)`; use it from one thread at a time (several
/// interpreters may run on several threads at once).
public final class Interpreter {
    let heap = Heap()
    /// Where the script's standard streams go.
    public let host: ScriptHost
    var types: BuiltinTypes!
    var names: InternedNames!
    /// Interned strings by content.
    var interned: [String: StrObj] = [:]

    var builtins: DictObj! {
        didSet { builtinsRef = Unmanaged.passUnretained(builtins) }
    }
    /// `builtins` for guaranteed-reference access on hot paths (no retain/release).
    private(set) var builtinsRef: Unmanaged<DictObj>!
    var builtinsModule: ModuleObj!
    var sysModule: ModuleObj!
    /// Loaded modules by name (sys.modules).
    var modules: DictObj!
    /// Search path for `.py` modules (sys.path).
    var searchPath: ListObj!
    var argv: [String] = []

    /// io.UnsupportedOperation, raised by file methods the open mode does not allow.
    var unsupportedOperation: TypeObj!
    /// NaN payloads handed out so far, one per float('nan') (see `distinctNaN`).
    var nanIdentities: UInt64 = 0

    var none: Value = .pyNone
    var notImplemented: Value!
    var ellipsis: Value!

    /// The fiber the VM loop runs.
    var fiber: Fiber {
        didSet { fiberRef = Unmanaged.passUnretained(fiber) }
    }
    /// `fiber` without reference counting, for the VM's hot paths: a strong load of `fiber`
    /// pays a retain/release pair. Valid while `fiber` holds it (kept in step by `didSet`).
    private(set) var fiberRef: Unmanaged<Fiber>
    let mainFiber: Fiber
    /// Classes of the greenlet module.
    var greenletTypes: GreenletTypes!
    /// The gevent hub's event loop and the classes of `_baozi_hub`.
    var hubState: HubState!

    var recursionLimit = 1000
    /// Limit on nested native calls into script code (each uses Swift stack).
    let nativeDepthLimit = 400
    var totalNativeDepth = 0
    /// Digits allowed in int/str conversion (sys.set_int_max_str_digits).
    var intMaxStrDigits = 4300

    /// A call a native function asked the VM to make on its behalf (see `requestCall`).
    var pendingCall: (callable: Value, args: [Value], kwargs: [(StrObj, Value)], then: NativeContinuation?)?

    /// Watches the native stack of the thread running scripts: Swift code that recurses per
    /// level of a data structure (repr of nested lists, equality, nested native calls) raises
    /// RecursionError before the stack runs out. Set when a run starts on a thread.
    var stackGuard = StackGuard()

    /// Raises RecursionError when the native stack is nearly exhausted.
    @inline(__always)
    func checkNativeStack(_ context: String = "") throws {
        if stackGuard.isExhausted {
            throw error(types.exceptions.recursionError, "maximum recursion depth exceeded" + context)
        }
    }

    /// True while a native function runs that the VM loop called directly, so it may push a
    /// frame (resume a generator) and let the loop continue in it.
    var nativeMayResume = false
    /// Containers whose repr is being computed, to print `[...]` for self-references.
    var reprActive: Set<ObjectIdentifier> = []
    /// Source lines of files, for tracebacks.
    var sourceCache: [String: [String]] = [:]
    /// One-character ASCII strings, made on first use.
    var asciiChars = [StrObj?](repeating: nil, count: 128)

    /// Set by `requestInterrupt()` (from a signal handler or another thread); the VM turns it
    /// into KeyboardInterrupt at its next safe point (see Interrupts.swift).
    let interruptRequested = Atomic<Bool>(false)
    /// The hub loop's libuv wake-up handle, once gevent runs: an interrupt request wakes it.
    let loopWakeup = Atomic<UnsafeMutableRawPointer?>(nil)

    /// Host-held values that must survive collections.
    var handles: [Int: Value] = [:]
    var nextHandle = 1
    /// What the host granted and limits (API/EmbeddingState.swift); `budgetTick` counts down
    /// `safePointCountdown` at each safe point (Int.max: no budget armed).
    let embedding = EmbeddingState()
    var safePointCountdown = Int.max

    /// An interpreter writing to `host`, with `argv` as `sys.argv`, granting no capabilities
    /// and loading no modules beyond Baozi's library (see `InterpreterOptions` for more).
    public init(host: ScriptHost = StandardHost(), argv: [String] = []) {
        self.host = host
        self.argv = argv
        mainFiber = Fiber()
        fiber = mainFiber
        fiberRef = Unmanaged.passUnretained(mainFiber)
        heap.paused += 1
        types = BuiltinTypes(self)
        names = InternedNames(self)
        notImplemented = Value(heap.makePermanent(SingletonObj(repr: "NotImplemented", type: types.notImplementedType)))
        ellipsis = Value(heap.makePermanent(SingletonObj(repr: "Ellipsis", type: types.ellipsisType)))
        setUpBuiltins()
        heap.paused -= 1
    }

    deinit {
        heap.releaseAll()
    }

    // MARK: - Interning

    /// The unique string object for `s`, used for names.
    func intern(_ s: String) -> StrObj {
        if let o = interned[s] { return o }
        let o = heap.makePermanent(StrObj(s, type: types.str))
        o.isInterned = true
        interned[s] = o
        return o
    }

    // MARK: - Collection

    /// Runs a collection if enough was allocated. Called only at safe points of the VM loop.
    @inline(__always)
    func collectIfDue() {
        if heap.isDue && totalNativeDepth == 0 { collectAndFinalize() }
    }

    func collect() {
        heap.collect { marker in
            self.markRoots(&marker)
        }
    }

    private func markRoots(_ marker: inout Marker) {
        mainFiber.trace(&marker)
        if fiber !== mainFiber { fiber.trace(&marker) }
        // The running greenlet may be referenced by nothing else.
        marker.mark(fiber.greenlet)
        marker.mark(builtins)
        marker.mark(modules)
        marker.mark(searchPath)
        marker.mark(sysModule)
        marker.mark(builtinsModule)
        for (_, v) in handles { marker.mark(v) }
        if let p = pendingCall {
            marker.mark(p.callable)
            marker.mark(p.args)
            for (k, v) in p.kwargs { marker.mark(k); marker.mark(v) }
            p.then?.trace(&marker)
        }
        for extra in extraRoots { extra(&marker) }
    }

    /// Additional root sets registered by subsystems (e.g. a scheduler's ready queue).
    var extraRoots: [(inout Marker) -> Void] = []
}
