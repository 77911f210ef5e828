// Frames and fibers: the heap-allocated execution state.
//
//   Frame.slots (one allocation, sized for the code object):
//   +--------------------+-------------------+---------------------------+
//   | locals (args first)| free-var cells    | value stack ...  (sp ->)  |
//   +--------------------+-------------------+---------------------------+
//
// A fiber is a chain of frames — the main program, a greenlet, or a nested native call's
// stretch of it. The VM loop always runs the top frame of the current fiber; a call pushes a
// frame, a return pops one, and nothing recurses on the Swift stack.

/// What happens to a frame's return value.
enum ReturnAction {
    /// Push it on the caller's stack (ordinary calls).
    case push
    /// Leave the VM loop and hand it to the Swift code that started this frame.
    case returnToNative
    /// `__init__` returned: it must be None; push the new instance instead. (A `Ref`, not a
    /// `Value`, keeps the enum at 8 bytes.)
    case initResult(Ref)
    /// Discard it.
    case discard
    /// Hand it to a native continuation, which produces the value to push (or another call).
    case native(NativeContinuation)
    /// A class body finished: build the class from its namespace.
    case buildClass(ClassBuildState)
    /// A generator's frame finished or yielded: see GeneratorObj.
    case generator
    /// The bottom frame of a greenlet: its return ends the greenlet (see GreenletObj).
    case greenletEnd
}

/// The rest of a native operation that called script code: receives that code's result.
class NativeContinuation {
    func resume(_ interp: Interpreter, _ value: Value) throws -> Value { value }
    /// An exception left the frame this continuation waited for (it will not be resumed).
    func unwound(_ interp: Interpreter) {}
    func trace(_ marker: inout Marker) {}
}

final class ClassBuildState {
    let name: Value
    let bases: Value
    let kwargs: Value
    let namespace: DictObj
    let function: Value
    init(name: Value, bases: Value, kwargs: Value, namespace: DictObj, function: Value) {
        self.name = name
        self.bases = bases
        self.kwargs = kwargs
        self.namespace = namespace
        self.function = function
    }
}

/// What a frame runs for besides its code: the namespace of a module or class body, or the
/// generator owning it (never both), and the handled exceptions it saved while in an `except`
/// or `finally` body. One 8-byte field holds it all: most frames are plain calls that never
/// handle an exception, and each 8 bytes of a frame is paid by every suspended greenlet level.
enum FrameContext {
    case none
    case namespace(Unmanaged<DictObj>)
    case generator(Unmanaged<GeneratorObj>)
    /// Inside a handler: the context the frame had, with the exceptions saved. The frame owns
    /// one strong reference, taken and given back explicitly: with a managed payload every copy
    /// of the context (each `namespace`/`generator` read) would pay reference counting.
    case handling(Unmanaged<SavedExceptions>)

    var namespaceRef: Unmanaged<DictObj>? {
        @inline(__always) get {
            switch self {
            case .namespace(let d): return d
            case .handling(let s): return s._withUnsafeGuaranteedRef { $0.context.namespaceRef }
            default: return nil
            }
        }
    }

    var generatorRef: Unmanaged<GeneratorObj>? {
        @inline(__always) get {
            switch self {
            case .generator(let g): return g
            case .handling(let s): return s._withUnsafeGuaranteedRef { $0.context.generatorRef }
            default: return nil
            }
        }
    }
}

/// The handled exceptions a frame saved by `pushExcInfo`, innermost last, to be restored by
/// `popExcept` or unwinding. Made when the frame enters a handler, dropped when it leaves the
/// last one.
final class SavedExceptions {
    /// The frame's context apart from this (never `.handling`).
    var context: FrameContext
    var values: [Value]
    init(context: FrameContext, first: Value) {
        self.context = context
        values = [first]
    }
}

/// A frame's fields; its slots follow it in the same allocation.
struct FrameHeader {
    unowned(unsafe) var code: CodeObj
    /// Non-owning references, read by LOAD_NAME/STORE_NAME and the generator fast paths
    /// without a retain/release pair (the namespace and generator are kept alive elsewhere:
    /// by `trace` and by the generator's own frame reference).
    var context: FrameContext
    var sp: Int32
    /// Index + 1 in the code's `locations` of the node running (0 before the body starts):
    /// tracebacks, `f_lineno` and `f_lasti` read it.
    var location: Int32
    var onReturn: ReturnAction
}

/// One activation: 48 bytes of header (Swift's object header and `FrameHeader`) followed by
/// its slots in the same allocation. A frame of five slots is one 128-byte block; every
/// suspended greenlet and generator level, and every level of a deep recursion, keeps one.
/// The globals are its code's (`CodeObj.bound(to:)`), so the frame holds no field for them.
final class Frame: ManagedBuffer<FrameHeader, Value> {
    /// A frame for `code` (already bound to its globals), its slots unbound.
    static func make(code: CodeObj) -> Frame {
        let capacity = Swift.max(code.slotCount + code.stackSize, 1)
        let buffer = Frame.create(minimumCapacity: capacity) { _ in
            FrameHeader(code: code, context: .none, sp: Int32(code.slotCount), location: 0, onReturn: .push)
        }
        let f = unsafeDowncast(buffer, to: Frame.self)
        f.slots.initialize(repeating: .unbound, count: capacity)
        return f
    }

    var code: CodeObj {
        @inline(__always) get { header.code }
    }
    /// The module globals: the code's.
    var globals: DictObj {
        @inline(__always) get { header.code.globals }
    }
    private var context: FrameContext {
        @inline(__always) get { header.context }
        @inline(__always) set { header.context = newValue }
    }
    /// The namespace of a module or class body; nil in function frames.
    var namespaceRef: Unmanaged<DictObj>? {
        @inline(__always) get { context.namespaceRef }
    }
    var namespace: DictObj? {
        @inline(__always) get { namespaceRef?.takeUnretainedValue() }
        set { setContext(newValue.map { .namespace(Unmanaged.passUnretained($0)) } ?? .none) }
    }
    /// The generator owning this frame, if any.
    var generatorRef: Unmanaged<GeneratorObj>? {
        @inline(__always) get { context.generatorRef }
    }
    var generator: GeneratorObj? {
        @inline(__always) get { generatorRef?.takeUnretainedValue() }
        set { setContext(newValue.map { .generator(Unmanaged.passUnretained($0)) } ?? .none) }
    }

    /// Sets the namespace or generator (or neither), keeping saved exceptions.
    private func setContext(_ c: FrameContext) {
        if case .handling(let s) = context { s.takeUnretainedValue().context = c } else { context = c }
    }

    /// Forgets the namespace, generator and saved exceptions: the frame is recycled.
    func clearContext() {
        clearSavedExceptions()
        context = .none
    }

    // MARK: Handled exceptions saved by `pushExcInfo`

    /// The saved exceptions, innermost last; nil when there are none.
    var saved: SavedExceptions? {
        if case .handling(let s) = context { return s.takeUnretainedValue() }
        return nil
    }

    @inline(__always) var hasSavedExceptions: Bool {
        if case .handling = context { return true }
        return false
    }

    var savedExceptionCount: Int { saved?.values.count ?? 0 }

    // Out of line: the VM loop's code stays smaller (its speed depends on its layout).
    @inline(never) func saveException(_ v: Value) {
        if let s = saved {
            s.values.append(v)
        } else {
            context = .handling(Unmanaged.passRetained(SavedExceptions(context: context, first: v)))
        }
    }

    /// Removes the innermost saved exception and returns it.
    @inline(never) func popSavedException() -> Value {
        guard case .handling(let u) = context else {
            fatalError("popExcept without a saved exception in \(code.qualname)")
        }
        let s = u.takeUnretainedValue()
        let v = s.values.removeLast()
        if s.values.isEmpty {
            context = s.context
            u.release()
        }
        return v
    }

    func clearSavedExceptions() {
        guard case .handling(let u) = context else { return }
        context = u.takeUnretainedValue().context
        u.release()
    }

    /// Locals, cells and the value stack (values are trivial: nothing to deinitialize).
    var slots: UnsafeMutablePointer<Value> {
        @inline(__always) get { withUnsafeMutablePointerToElements { $0 } }
    }
    /// Index of the next free stack slot.
    @inline(__always) var sp: Int {
        get { Int(header.sp) }
        set { header.sp = Int32(truncatingIfNeeded: newValue) }
    }
    /// Index + 1 of the running node's location (see `FrameHeader.location`).
    @inline(__always) var location: Int {
        get { Int(header.location) }
        set { header.location = Int32(truncatingIfNeeded: newValue) }
    }
    /// Number of slots of a running frame: locals, free variables and the value stack.
    var slotCapacity: Int { code.slotCount + code.stackSize }
    var onReturn: ReturnAction {
        @inline(__always) get { header.onReturn }
        @inline(__always) set { header.onReturn = newValue }
    }

    deinit {
        clearSavedExceptions()
    }

    /// Marks everything the frame references.
    func trace(_ marker: inout Marker) {
        marker.mark(code)
        if let ns = namespace { marker.mark(ns) }
        marker.mark(slots, count: sp)
        if let s = saved { marker.mark(s.values) }
        switch onReturn {
        case .initResult(let r): marker.mark(Value.object(r))
        case .native(let c): c.trace(&marker)
        case .buildClass(let s):
            marker.mark(s.name); marker.mark(s.bases); marker.mark(s.kwargs)
            marker.mark(s.namespace); marker.mark(s.function)
        case .generator:
            if let g = generator { marker.mark(g) }
        default: break
        }
    }

    /// True when returning just pushes the value on the caller's stack: an ordinary call,
    /// not a generator's frame, no handled exception to restore.
    @inline(__always) var returnsPlainly: Bool {
        guard case .none = context else { return false }
        if case .push = onReturn { return true }
        return false
    }

    @inline(__always) func push(_ v: Value) {
        assert(sp < slotCapacity, "frame stack overflow in \(code.qualname)")
        slots[sp] = v
        sp += 1
    }

    @inline(__always) func pop() -> Value {
        sp -= 1
        return slots[sp]
    }

    @inline(__always) var top: Value {
        get { slots[sp - 1] }
        set { slots[sp - 1] = newValue }
    }

    /// Line of the node being run.
    var currentLine: Int { code.line(at: max(location - 1, 0)) }
}

/// A chain of frames that runs as one thread of control: the main program or a greenlet.
/// A million suspended greenlets each keep one, so the fields are kept to a 64-byte allocation
/// (`nativeDepth` fits in the padding after `handled`).
final class Fiber {
    var frames: FrameStack
    /// The greenlet this fiber runs, once greenlets are in use (the main fiber's is made lazily).
    var greenlet: GreenletObj? {
        get { greenletRef?.takeUnretainedValue() }
        set { greenletRef = newValue.map { Unmanaged.passUnretained($0) } }
    }
    /// `greenlet` as stored: a switch compares it without reference counting.
    private(set) var greenletRef: Unmanaged<GreenletObj>?
    /// The exception being handled (`sys.exc_info()`, bare `raise`, implicit chaining).
    var handled: Value = .pyNone
    private var nativeDepth32: Int32 = 0
    /// How many native calls into script code are active on this fiber; a switch away from
    /// inside one cannot resume later and is refused. (Bounded by `nativeDepthLimit`.)
    var nativeDepth: Int {
        @inline(__always) get { Int(nativeDepth32) }
        @inline(__always) set { nativeDepth32 = Int32(truncatingIfNeeded: newValue) }
    }
    /// Depth in Python calls (recursion limit).
    var depth: Int { frames.count }

    /// A greenlet's fiber starts with room for a few frames (it grows on demand): a million
    /// suspended greenlets should not each keep a large empty stack.
    init(stackCapacity: Int = 16) {
        frames = FrameStack(capacity: stackCapacity)
    }

    deinit { frames.releaseAll() }

    func trace(_ marker: inout Marker) {
        for f in frames { f.trace(&marker) }
        marker.mark(handled)
    }
}

/// A fiber's frames in a malloc'd buffer. The stack owns one strong reference per frame, taken
/// and given back explicitly through `Unmanaged`: an `Array` of frames paid a uniqueness check
/// and retain/release pairs on every call, return and top-frame load (a third of fib's time).
/// It has `Array`'s names (`append`, `removeLast`, `last`, `count`, subscript, iteration);
/// `push(owned:)`, `popOwned()` and `top` move references to and from frame pools without
/// reference counting. The owning fiber releases what is left in its deinit.
///
/// A generator's frame is the exception: its generator owns it, and the stack only borrows it
/// while it runs (the generator is kept alive meanwhile by the frame's `trace`). So resuming
/// and suspending a generator costs no reference counting. `append`, `removeLast` and the
/// releases below tell the two kinds apart by `Frame.generatorRef`, which stays set while the
/// frame is on a stack; `push(owned:)`/`popOwned()` leave that to their callers.
struct FrameStack: Sequence {
    private var base: UnsafeMutablePointer<Unmanaged<Frame>>
    /// 32-bit sizes keep the stack at 16 bytes inside its fiber (a frame stack of 2^31 frames
    /// would need far more memory than there is).
    private var capacity32: Int32
    private var count32: Int32 = 0
    /// Number of frames on the stack.
    @inline(__always) var count: Int { Int(count32) }

    init(capacity: Int = 16) {
        capacity32 = Int32(Swift.max(1, capacity))
        base = .allocate(capacity: Int(capacity32))
    }

    var isEmpty: Bool { count32 == 0 }

    /// The top frame, not retained: valid while it stays on the stack.
    @inline(__always) var top: Unmanaged<Frame> { base[Int(count32 &- 1)] }

    var last: Frame? { count == 0 ? nil : base[count - 1].takeUnretainedValue() }

    subscript(i: Int) -> Frame {
        precondition(i >= 0 && i < count, "frame index out of range")
        return base[i].takeUnretainedValue()
    }

    /// Pushes a frame, taking a strong reference to it (a generator's frame: borrowing it).
    @inline(__always) mutating func append(_ f: Frame) {
        push(owned: f.generatorRef == nil ? Unmanaged.passRetained(f) : Unmanaged.passUnretained(f))
    }

    /// Pushes a frame whose strong reference the caller hands over.
    @inline(__always) mutating func push(owned f: Unmanaged<Frame>) {
        if count32 == capacity32 { grow() }
        base[Int(count32)] = f
        count32 &+= 1
    }

    /// Pops the top frame and returns it (as a strong reference).
    @discardableResult
    @inline(__always) mutating func removeLast() -> Frame {
        let u = popOwned()
        let borrowed = u._withUnsafeGuaranteedRef { $0.generatorRef != nil }
        return borrowed ? u.takeUnretainedValue() : u.takeRetainedValue()
    }

    /// Drops the stack's reference to a frame popped with `popOwned()`.
    @inline(__always) static func release(_ u: Unmanaged<Frame>) {
        let borrowed = u._withUnsafeGuaranteedRef { $0.generatorRef != nil }
        if !borrowed { u.release() }
    }

    /// Pops the top frame if there is one (as `Array.popLast`).
    mutating func popLast() -> Frame? {
        count == 0 ? nil : removeLast()
    }

    var first: Frame? { count == 0 ? nil : base[0].takeUnretainedValue() }

    /// Pops every frame, releasing the stack's references (the buffer stays).
    mutating func removeAll() {
        while count > 0 { FrameStack.release(popOwned()) }
    }

    /// Pops the top frame, handing its strong reference to the caller.
    @inline(__always) mutating func popOwned() -> Unmanaged<Frame> {
        precondition(count32 > 0, "pop from an empty frame stack")
        count32 &-= 1
        return base[Int(count32)]
    }

    private mutating func grow() {
        let bigger = UnsafeMutablePointer<Unmanaged<Frame>>.allocate(capacity: Int(capacity32) * 2)
        bigger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity32 *= 2
    }

    /// Releases every frame and the buffer; only the owning fiber's deinit calls this.
    mutating func releaseAll() {
        while count > 0 { FrameStack.release(popOwned()) }
        base.deallocate()
    }

    struct Iterator: IteratorProtocol {
        let stack: FrameStack
        var i = 0
        mutating func next() -> Frame? {
            guard i < stack.count else { return nil }
            defer { i += 1 }
            return stack[i]
        }
    }

    func makeIterator() -> Iterator { Iterator(stack: self) }
}

/// Finished frames of one code object kept for reuse (a fresh frame per call cost ~2x on fib).
/// Holds up to `limit` strong references, moved in and out without reference counting.
struct FramePool {
    static let limit = 4
    private var items: UnsafeMutablePointer<Unmanaged<Frame>>? = nil
    private(set) var count = 0

    var hasRoom: Bool { count < FramePool.limit }

    /// Takes over the caller's strong reference. Only call when `hasRoom`.
    @inline(__always) mutating func put(owned f: Unmanaged<Frame>) {
        if items == nil { items = .allocate(capacity: FramePool.limit) }
        items![count] = f
        count &+= 1
    }

    /// A pooled frame with its strong reference, or nil.
    @inline(__always) mutating func take() -> Unmanaged<Frame>? {
        if count == 0 { return nil }
        count &-= 1
        return items![count]
    }

    /// Releases the pooled frames; only the owning code object's deinit calls this.
    mutating func releaseAll() {
        while let f = take() { f.release() }
        items?.deallocate()
        items = nil
    }
}
