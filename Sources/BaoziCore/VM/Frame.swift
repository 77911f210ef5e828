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
    /// `__init__` returned: it must be None; push the new instance instead.
    case initResult(Value)
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

public final class Frame {
    unowned(unsafe) var code: CodeObj
    unowned(unsafe) var globals: DictObj
    /// The namespace of a module or class body; nil in function frames.
    unowned(unsafe) var namespace: DictObj?
    /// The function being run, for tracebacks and zero-argument super().
    var function: Value = .none
    let slots: UnsafeMutablePointer<Value>
    let capacity: Int
    /// Index of the next free stack slot.
    var sp: Int
    /// Index of the next instruction.
    var pc: Int = 0
    /// Handled exceptions saved by `pushExcInfo`, restored by `popExcept` or unwinding.
    var savedExceptions: [Value] = []
    var onReturn: ReturnAction = .push
    /// The generator owning this frame, if any.
    unowned(unsafe) var generator: GeneratorObj?

    init(code: CodeObj) {
        self.code = code
        capacity = code.slotCount + code.stackSize + 1
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: .unbound, count: capacity)
        sp = code.slotCount
        globals = unsafeBitCast(0 as Int, to: DictObj.self)
    }

    deinit {
        slots.deallocate()
    }

    /// Marks everything the frame references.
    func trace(_ marker: inout Marker) {
        marker.mark(code)
        marker.mark(globals)
        if let ns = namespace { marker.mark(ns) }
        marker.mark(function)
        marker.mark(slots, count: sp)
        marker.mark(savedExceptions)
        switch onReturn {
        case .initResult(let v): marker.mark(v)
        case .native(let c): c.trace(&marker)
        case .buildClass(let s):
            marker.mark(s.name); marker.mark(s.bases); marker.mark(s.kwargs)
            marker.mark(s.namespace); marker.mark(s.function)
        case .generator:
            if let g = generator { marker.mark(g) }
        default: break
        }
    }

    @inline(__always) func push(_ v: Value) {
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

    /// Line of the instruction being run (pc has moved past it).
    var currentLine: Int { code.line(at: max(pc - 1, 0)) }
}

/// A chain of frames that runs as one thread of control: the main program or a greenlet.
public final class Fiber {
    var frames: ContiguousArray<Frame> = []
    /// The exception being handled (`sys.exc_info()`, bare `raise`, implicit chaining).
    var handled: Value = .none
    /// How many native calls into script code are active on this fiber; a switch away from
    /// inside one cannot resume later and is refused.
    var nativeDepth = 0
    /// Depth in Python calls (recursion limit).
    var depth: Int { frames.count }
    /// The greenlet this fiber runs, once greenlets are in use (the main fiber's is made lazily).
    unowned(unsafe) var greenlet: GreenletObj?

    func trace(_ marker: inout Marker) {
        for f in frames { f.trace(&marker) }
        marker.mark(handled)
    }
}
