// The instruction set the compiler emits and the VM runs.
//
// A code object is the resolved syntax tree laid out flat in evaluation order: an instruction
// array plus a program counter is the most compact form of "the position in the tree", and the
// frame's value stack holds the partial results. Together they make every frame resumable at any
// instruction, which is what generators and greenlets need.
//
// A method call uses two stack slots before the arguments, `[a, b, args...]`: `a == .unbound`
// means "call b(args)" (the attribute was not a method) and otherwise "call a(b, args)". A plain
// call `f(args)` has only the callable below its arguments: every frame that calls a function
// is a slot smaller than with a placeholder (what a suspended greenlet or a deep recursion keeps).

enum Op: UInt8 {
    // Stack
    case nop
    case popTop
    /// Pushes a copy of the value `arg` places down (1 = top).
    case copy
    /// Swaps the top with the value `arg` places down (2 = the one below the top).
    case swap

    // Names
    case loadConst
    case loadFast, storeFast, deleteFast
    /// The slot holds a cell (a captured variable).
    case loadDeref, storeDeref, deleteDeref
    /// Pushes the cell object itself, to build a closure.
    case loadClosure
    /// Class bodies: the namespace first, then the cell.
    case loadClassDeref
    case loadGlobal, storeGlobal, deleteGlobal
    /// Module and class bodies: namespace dict, then globals, then builtins.
    case loadName, storeName, deleteName

    // Attributes and items
    case loadAttr, storeAttr, deleteAttr
    /// Pushes `[function, self]` for a method found on the class, else `[.unbound, attribute]`.
    case loadMethod
    case binarySubscr, storeSubscr, deleteSubscr
    /// Builds a slice from 2 or 3 stack values.
    case buildSlice

    // Operators: `arg` selects the operator (see BinaryOpcode / CompareOpcode).
    case binaryOp
    case inplaceOp
    case unaryNegative, unaryPositive, unaryInvert, unaryNot
    case compareOp
    /// `is` (arg 0) / `is not` (arg 1).
    case isOp
    /// `in` (arg 0) / `not in` (arg 1).
    case containsOp

    // Building
    case buildTuple, buildList, buildSet, buildMap
    /// Concatenates `arg` strings (f-strings).
    case buildString
    /// Formats the top value: arg bits 0-1 conversion (0 none, 1 str, 2 repr, 3 ascii), bit 2: a
    /// format spec is on the stack above the value.
    case formatValue
    /// Comprehension helpers: add the top to the container `arg` places down (after popping).
    case listAppend, setAdd, mapAdd
    case listExtend, setUpdate, dictUpdate
    /// `**mapping` in a call: like dictUpdate but duplicate keys are a TypeError.
    case dictMerge
    case listToTuple
    case unpackSequence
    /// Unpacking with a starred target: arg = before | after << 8.
    case unpackEx

    // Control flow (arg is an absolute instruction index)
    case jump
    /// A backward jump: also a safe point for the collector.
    case jumpBackward
    case popJumpIfFalse, popJumpIfTrue
    case jumpIfFalseOrPop, jumpIfTrueOrPop
    case getIter
    /// Pushes the next item, or pops the iterator and jumps to `arg` when exhausted.
    case forIter

    // Calls and functions
    /// The next call's trailing arguments are keywords named by the tuple constant `arg`.
    case kwNames
    /// Calls with `arg` arguments (keywords included) on `[a, b, args...]` (see above).
    case call
    /// Calls `[callable, args...]` with `arg` arguments (keywords included).
    case callFunction
    /// `f(*args, **kwargs)` on `[callable, args tuple, kwargs dict?]`: arg 1 when the dict is there.
    case callFunctionEx
    /// Makes a function from the code constant on the stack. arg flags: 1 defaults tuple,
    /// 2 keyword-defaults dict, 4 annotations dict, 8 closure tuple.
    case makeFunction
    case returnValue
    /// Starts a class body: stack has [body function, name, bases tuple, kwargs dict].
    case buildClass

    // Exceptions
    /// arg 0: re-raise the handled exception; 1: raise top; 2: raise with a cause.
    case raiseVarargs
    /// Re-raises the exception on top without adding a traceback entry.
    case reraise
    /// Enters an except/finally handler: saves the handled exception, makes the top current.
    case pushExcInfo
    /// Leaves a handler: restores the previously handled exception.
    case popExcept
    /// [exc, type] -> [exc, bool]
    case checkExcMatch
    /// [exit, value] from a context manager on the stack.
    case beforeWith
    /// Calls the saved `__exit__` with the exception on top.
    case withExceptStart
    case loadAssertionError
    /// Generators.
    case yieldValue
    case yieldFrom
    /// First instruction of a generator body: discards the value sent into it.
    case genStart

    // Imports
    case importName
    case importFrom
    case importStar

    case setupAnnotations

    // Superinstructions, fused by the compiler from `loadFast; loadConst; <op>` (`n - 1`,
    // `i += 1`, `x % 2`, `n < 2`): one dispatch instead of three. arg: LocalConstOperands.
    case binaryOpLocalConst
    case compareLocalConst
}

/// The operands of a fused local-and-constant operation packed into an instruction's arg:
/// operator (4 bits), in-place flag (1 bit), local slot (13 bits), constant index (13 bits).
struct LocalConstOperands {
    static let indexLimit = 1 << 13
    let op: Int32
    let inplace: Bool
    let slot: Int
    let constant: Int

    init(op: Int32, inplace: Bool, slot: Int, constant: Int) {
        self.op = op
        self.inplace = inplace
        self.slot = slot
        self.constant = constant
    }

    @inline(__always) init(_ arg: Int32) {
        op = arg & 0xF
        inplace = arg & 0x10 != 0
        slot = Int(arg >> 5) & (LocalConstOperands.indexLimit - 1)
        constant = Int(arg >> 18)
    }

    /// The packed form, or nil when a piece does not fit.
    var arg: Int32? {
        guard op >= 0 && op < 16, slot < LocalConstOperands.indexLimit, constant < LocalConstOperands.indexLimit else { return nil }
        return op | (inplace ? 0x10 : 0) | Int32(slot) << 5 | Int32(constant) << 18
    }
}

/// Operators of `binaryOp` / `inplaceOp`, in the order of `BinaryOp` cases.
enum BinaryOpcode: Int32, CaseIterable {
    case add, sub, mul, matmul, div, floorDiv, mod, pow, lshift, rshift, and, or, xor

    /// The operator of an instruction the compiler emitted. The raw values are the case
    /// indexes (0, 1, 2...), so this is a reinterpretation, not the failable `init(rawValue:)`
    /// (an out-of-line call per operation). OpcodeTests checks the correspondence.
    @inline(__always) static func decode(_ arg: Int32) -> BinaryOpcode {
        unsafeBitCast(UInt8(truncatingIfNeeded: arg), to: BinaryOpcode.self)
    }

    var symbol: String {
        switch self {
        case .add: return "+"
        case .sub: return "-"
        case .mul: return "*"
        case .matmul: return "@"
        case .div: return "/"
        case .floorDiv: return "//"
        case .mod: return "%"
        case .pow: return "**"
        case .lshift: return "<<"
        case .rshift: return ">>"
        case .and: return "&"
        case .or: return "|"
        case .xor: return "^"
        }
    }

    var dunder: String {
        switch self {
        case .add: return "add"
        case .sub: return "sub"
        case .mul: return "mul"
        case .matmul: return "matmul"
        case .div: return "truediv"
        case .floorDiv: return "floordiv"
        case .mod: return "mod"
        case .pow: return "pow"
        case .lshift: return "lshift"
        case .rshift: return "rshift"
        case .and: return "and"
        case .or: return "or"
        case .xor: return "xor"
        }
    }
}

enum CompareOpcode: Int32, CaseIterable {
    case lt, le, eq, ne, gt, ge

    /// See `BinaryOpcode.decode`.
    @inline(__always) static func decode(_ arg: Int32) -> CompareOpcode {
        unsafeBitCast(UInt8(truncatingIfNeeded: arg), to: CompareOpcode.self)
    }

    @inline(__always) func compare(_ x: Int, _ y: Int) -> Bool {
        switch self {
        case .lt: return x < y
        case .le: return x <= y
        case .eq: return x == y
        case .ne: return x != y
        case .gt: return x > y
        case .ge: return x >= y
        }
    }

    var symbol: String {
        switch self {
        case .lt: return "<"
        case .le: return "<="
        case .eq: return "=="
        case .ne: return "!="
        case .gt: return ">"
        case .ge: return ">="
        }
    }

    var dunder: String {
        switch self {
        case .lt: return "__lt__"
        case .le: return "__le__"
        case .eq: return "__eq__"
        case .ne: return "__ne__"
        case .gt: return "__gt__"
        case .ge: return "__ge__"
        }
    }

    /// The operator with operands swapped: `a < b` is `b > a`.
    var reflected: CompareOpcode {
        switch self {
        case .lt: return .gt
        case .le: return .ge
        case .eq: return .eq
        case .ne: return .ne
        case .gt: return .lt
        case .ge: return .le
        }
    }
}

struct Instr {
    var op: Op
    /// Index of the instruction's inline cache (attribute or global sites), assigned by
    /// `CodeObj.finalize`; 0 is a shared scratch entry. Lives in what was padding: still 8 bytes.
    var cache: UInt16 = 0
    var arg: Int32
}
