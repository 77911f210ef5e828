// The code object under construction: instructions with their source ranges, constants, names,
// slots, jump labels, the value-stack depth at every point, and the exception-handler regions.

/// A jump target inside one code unit.
struct Label: Hashable {
    fileprivate let id: Int
}

/// A constant's identity for de-duplication: `1`, `1.0` and `True` are different constants,
/// and so are `0.0` and `-0.0`, and `"\u00e9"` and `"e\u0301"` (Swift strings would compare
/// those equal, so strings are keyed by their UTF-8 bytes).
indirect enum ConstKey: Hashable {
    case none, ellipsis
    case bool(Bool)
    case int(Int)
    case bigInt(String)
    case float(UInt64)
    case utf8([UInt8])
    case bytes([UInt8])
    case tuple([ConstKey])
    case object(ObjectIdentifier)

    static func string(_ s: String) -> ConstKey { .utf8(Array(s.utf8)) }
}

/// A statement construct that break/continue/return must undo when they jump out of it.
enum FBlockKind {
    /// A while loop. `head` is the continue target, `exit` the break target.
    case whileLoop(head: Label, exit: Label)
    /// A for loop: its iterator is on the stack.
    case forLoop(head: Label, exit: Label)
    /// The body of a try/finally: leaving runs a copy of the finally body.
    case finallyTry(body: [Stmt])
    /// The finally body run for an exception: the exception is on the stack and handled.
    case finallyEnd
    /// A with body: `[null, exit]` is on the stack.
    case with(range: SourceRange)
    /// An except clause body: the exception is handled (and bound to `name`).
    case handlerCleanup(name: String?)
    /// A value kept on the stack (a return value while a finally copy runs).
    case popValue
}

struct FBlock {
    var kind: FBlockKind
    /// Number of handler regions active outside this block: code undoing the block is not
    /// covered by the block's own handler.
    var regionDepth: Int
}

final class CodeUnit {
    let scope: SymbolScope
    let name: String
    let qualname: String
    let firstLine: Int
    /// Class name used to mangle private names here.
    let privateName: String?

    private(set) var instructions: [Instr] = []
    private(set) var locations: [SourceRange] = []
    /// Index into `regions` of the handler covering each instruction, or -1.
    private var instructionRegion: [Int] = []

    private(set) var constants: [Value] = []
    private var constantIndex: [ConstKey: Int] = [:]
    private(set) var names: [StrObj] = []
    private var nameIndex: [String: Int] = [:]

    /// Slot names: locals (parameters first), then free variables.
    private(set) var varNames: [String] = []
    private var slotIndex: [String: Int] = [:]
    private(set) var cellSlots: [Int] = []
    private(set) var freeCount = 0

    var argCount = 0
    var positionalOnlyCount = 0
    var kwOnlyCount = 0
    var flags: CodeObj.Flags = []
    var doc: Value = .none

    /// Source range given to the instructions emitted now.
    var range: SourceRange

    /// Value-stack depth (relative to the stack base) at the current point, and its maximum.
    private(set) var depth = 0
    private(set) var maxDepth = 0
    /// `maxDepth` before each of the last two instructions: a fusion that replaces them
    /// restores it, as the fused instruction never holds both operands on the stack.
    private var maxDepthBefore: (Int, Int) = (0, 0)
    /// Handled exceptions saved by pushExcInfo at the current point.
    private(set) var excDepth = 0

    private var labelTargets: [Int] = []
    /// Where the last label was placed: instructions from there on may be jumped to, so the
    /// peephole fusion must not merge across it.
    private var lastLabelPosition = -1
    /// (depth, excDepth) expected at each label, from the jumps to it or its placement.
    private var labelStates: [(depth: Int, exc: Int)?] = []
    private var fixups: [(index: Int, label: Label)] = []
    /// False after an instruction that never falls through, until a label jumped to is placed.
    private(set) var reachable = true
    /// Stack states that disagree at a label: a compiler bug, reported by `finish`.
    private var inconsistencies: [String] = []

    struct Region {
        let target: Label
        let stackDepth: Int
        let excDepth: Int
    }
    private var regions: [Region] = []
    /// Regions enclosing the current point, innermost last.
    var activeRegions: [Int] = []

    /// Blocks that break/continue/return must unwind, innermost last.
    var fblocks: [FBlock] = []

    init(scope: SymbolScope, name: String, qualname: String, firstLine: Int, privateName: String?, range: SourceRange) {
        self.scope = scope
        self.name = name
        self.qualname = qualname
        self.firstLine = firstLine
        self.privateName = privateName
        self.range = range
        setUpSlots()
    }

    // MARK: - Slots

    /// Function-like scopes: parameters, other locals, free variables. Class bodies: the
    /// `__class__` cell, then free variables. Modules have no slots.
    private func setUpSlots() {
        var locals: [String] = []
        if scope.isFunctionLike {
            locals = scope.parameters + scope.nonParameterLocals
        } else if scope.kind == .classBody && scope.needsClassCell {
            locals = ["__class__"]
        }
        for (i, n) in locals.enumerated() {
            varNames.append(n)
            if slotIndex[n] == nil { slotIndex[n] = i }
            if scope.scope(of: n) == .cell || (scope.kind == .classBody && n == "__class__") {
                cellSlots.append(i)
            }
        }
        for n in scope.freeNames {
            if slotIndex[n] == nil { slotIndex[n] = varNames.count }
            varNames.append(n)
        }
        freeCount = scope.freeNames.count
    }

    /// The slot of a local, cell or free variable.
    func slot(_ name: String) -> Int? { slotIndex[name] }

    // MARK: - Constants and names

    func constant(_ key: ConstKey, _ make: () -> Value) -> Int32 {
        if let i = constantIndex[key] { return Int32(i) }
        constants.append(make())
        constantIndex[key] = constants.count - 1
        return Int32(constants.count - 1)
    }

    func name(_ n: String, _ interp: Interpreter) -> Int32 {
        if let i = nameIndex[n] { return Int32(i) }
        names.append(interp.intern(n))
        nameIndex[n] = names.count - 1
        return Int32(names.count - 1)
    }

    // MARK: - Emission

    /// Appends an instruction and applies its stack effect.
    func emit(_ op: Op, _ arg: Int32 = 0) {
        if op == .binaryOp || op == .inplaceOp || op == .compareOp, fuseLocalConst(op, arg) { return }
        maxDepthBefore = (maxDepthBefore.1, maxDepth)
        instructions.append(Instr(op: op, arg: arg))
        locations.append(range)
        instructionRegion.append(activeRegions.last ?? -1)
        switch op {
        case .pushExcInfo: excDepth += 1
        case .popExcept: excDepth -= 1
        case .returnValue, .raiseVarargs, .reraise: reachable = false
        default: break
        }
        adjustDepth(stackEffect(op, arg))
    }

    /// Replaces `loadFast x; loadConst k` just emitted and the operator `op` by one fused
    /// instruction. Not when a label points between them, or they differ in handler region
    /// or line (an unbound `x` must be reported at its own line).
    private func fuseLocalConst(_ op: Op, _ arg: Int32) -> Bool {
        let n = instructions.count
        let region = activeRegions.last ?? -1
        guard n >= 2, lastLabelPosition < n - 1,
              instructions[n - 2].op == .loadFast, instructions[n - 1].op == .loadConst,
              instructionRegion[n - 2] == region, instructionRegion[n - 1] == region,
              locations[n - 2].start.line == range.start.line,
              let packed = LocalConstOperands(op: arg, inplace: op == .inplaceOp,
                                              slot: Int(instructions[n - 2].arg),
                                              constant: Int(instructions[n - 1].arg)).arg
        else { return false }
        instructions.removeLast(2)
        locations.removeLast(2)
        instructionRegion.removeLast(2)
        depth -= 2
        maxDepth = maxDepthBefore.0
        emit(op == .compareOp ? .compareLocalConst : .binaryOpLocalConst, packed)
        return true
    }

    /// Appends a jump to `label` (fixed up when the code is finished).
    func emit(_ op: Op, _ label: Label) {
        let (fallThrough, taken) = jumpEffects(op)
        record(label, depth: depth + taken)
        fixups.append((instructions.count, label))
        maxDepthBefore = (maxDepthBefore.1, maxDepth)
        instructions.append(Instr(op: op, arg: -1))
        locations.append(range)
        instructionRegion.append(activeRegions.last ?? -1)
        adjustDepth(fallThrough)
        if op == .jump || op == .jumpBackward { reachable = false }
    }

    /// The generator protocol pushes the value sent by the first resume before the first
    /// instruction (`genStart` drops it).
    func startGenerator() {
        depth = 1
        maxDepth = max(maxDepth, 1)
        emit(.genStart)
    }

    private func adjustDepth(_ delta: Int) {
        depth += delta
        if depth > maxDepth { maxDepth = depth }
    }

    func newLabel() -> Label {
        labelTargets.append(-1)
        labelStates.append(nil)
        return Label(id: labelTargets.count - 1)
    }

    private func record(_ label: Label, depth d: Int) {
        // Jumps in dead code (after a return or raise in the same block) do not count.
        guard reachable else { return }
        if let s = labelStates[label.id] {
            if s.depth != d || s.exc != excDepth {
                inconsistencies.append("jumps to label \(label.id) disagree (pc \(instructions.count)): "
                                       + "\(d)/\(excDepth) vs \(s.depth)/\(s.exc)")
            }
        } else {
            labelStates[label.id] = (d, excDepth)
        }
    }

    /// Places `label` at the next instruction. After an unconditional jump the stack state is
    /// the one the jumps to the label expect.
    func place(_ label: Label) {
        labelTargets[label.id] = instructions.count
        lastLabelPosition = instructions.count
        if let s = labelStates[label.id] {
            if reachable && (s.depth != depth || s.exc != excDepth) {
                inconsistencies.append("stack state at label \(label.id) (pc \(instructions.count)): falls through with "
                                       + "\(depth)/\(excDepth), jumps expect \(s.depth)/\(s.exc)")
            }
            depth = s.depth
            excDepth = s.exc
            reachable = true
        } else if reachable {
            labelStates[label.id] = (depth, excDepth)
        }
    }

    /// Saves the stack state before emitting code that ends in an unconditional jump
    /// (break/continue/return): the code after it in the same block is compiled as if the
    /// jump had not happened.
    struct State {
        let depth: Int
        let excDepth: Int
        let regions: [Int]
        let fblocks: [FBlock]
    }

    func saveState() -> State { State(depth: depth, excDepth: excDepth, regions: activeRegions, fblocks: fblocks) }

    func restore(_ s: State) {
        depth = s.depth
        excDepth = s.excDepth
        activeRegions = s.regions
        fblocks = s.fblocks
    }

    // MARK: - Handler regions

    /// Starts a region whose exceptions go to `handler` with the stack trimmed to
    /// `stackDepth` (default: the current depth) and the exception pushed.
    func pushRegion(handler: Label, stackDepth: Int? = nil) {
        let d = stackDepth ?? depth
        regions.append(Region(target: handler, stackDepth: d, excDepth: excDepth))
        activeRegions.append(regions.count - 1)
        labelStates[handler.id] = (d + 1, excDepth)
    }

    func popRegion() {
        activeRegions.removeLast()
    }

    // MARK: - Finishing

    struct Finished {
        var instructions: [Instr]
        var locations: [SourceRange]
        var handlers: [ExceptionHandlerEntry]
        var stackSize: Int
    }

    /// Resolves jumps and turns per-instruction handler regions into handler-table entries.
    func finish() throws -> Finished {
        if let first = inconsistencies.first {
            throw InternalCompilerError(message: "\(qualname): \(first)")
        }
        var instrs = instructions
        for (index, label) in fixups {
            let target = labelTargets[label.id]
            guard target >= 0 else { throw InternalCompilerError(message: "unplaced label in \(qualname)") }
            instrs[index].arg = Int32(target)
        }
        var handlers: [ExceptionHandlerEntry] = []
        var i = 0
        while i < instructionRegion.count {
            let r = instructionRegion[i]
            var j = i + 1
            while j < instructionRegion.count && instructionRegion[j] == r { j += 1 }
            if r >= 0 {
                let region = regions[r]
                let target = labelTargets[region.target.id]
                guard target >= 0 else { throw InternalCompilerError(message: "unplaced handler in \(qualname)") }
                handlers.append(ExceptionHandlerEntry(start: Int32(i), end: Int32(j), target: Int32(target),
                                                      stackDepth: Int32(region.stackDepth), excDepth: Int32(region.excDepth)))
            }
            i = j
        }
        return Finished(instructions: instrs, locations: locations, handlers: handlers, stackSize: maxDepth)
    }
}

/// A bug in the compiler itself.
struct InternalCompilerError: Error {
    let message: String
}

// MARK: - Stack effects (as Run.swift implements each instruction)

/// The depth change of an instruction that falls through to the next one.
func stackEffect(_ op: Op, _ arg: Int32) -> Int {
    let n = Int(arg)
    switch op {
    case .nop, .swap, .deleteFast, .deleteDeref, .deleteGlobal, .deleteName, .loadAttr,
         .unaryNegative, .unaryPositive, .unaryInvert, .unaryNot, .listToTuple, .jump, .jumpBackward,
         .getIter, .kwNames, .pushExcInfo, .popExcept, .checkExcMatch, .setupAnnotations:
        return 0
    case .popTop, .storeFast, .storeDeref, .storeGlobal, .storeName, .deleteAttr, .binarySubscr,
         .binaryOp, .inplaceOp, .compareOp, .isOp, .containsOp, .listAppend, .setAdd, .listExtend,
         .setUpdate, .dictUpdate, .dictMerge, .popJumpIfFalse, .popJumpIfTrue,
         .jumpIfFalseOrPop, .jumpIfTrueOrPop, .returnValue, .reraise, .yieldFrom, .genStart,
         .importName, .importStar:
        return -1
    case .copy, .loadConst, .loadFast, .loadDeref, .loadClosure, .loadClassDeref,
         .loadGlobal, .loadName, .loadMethod, .forIter, .withExceptStart, .loadAssertionError,
         .importFrom, .binaryOpLocalConst, .compareLocalConst:
        return 1
    case .yieldValue:
        // Pops the yielded value; the value sent on resumption takes its place.
        return 0
    case .storeAttr, .deleteSubscr, .mapAdd:
        return -2
    case .storeSubscr, .buildClass:
        return -3
    case .buildSlice, .buildTuple, .buildList, .buildSet, .buildString:
        return 1 - n
    case .buildMap:
        return 1 - 2 * n
    case .formatValue:
        return n & 4 != 0 ? -1 : 0
    case .unpackSequence:
        return n - 1
    case .unpackEx:
        return (n & 0xFF) + (n >> 8)
    case .call:
        return -n - 1
    case .callFunction:
        return -n
    case .callFunctionEx:
        return n & 1 != 0 ? -2 : -1
    case .makeFunction:
        return -(n & 15).nonzeroBitCount
    case .raiseVarargs:
        return -n
    case .beforeWith:
        return 2
    }
}

/// Depth changes of a jump instruction: (falling through, jumping).
func jumpEffects(_ op: Op) -> (Int, Int) {
    switch op {
    case .jump, .jumpBackward: return (0, 0)
    case .popJumpIfFalse, .popJumpIfTrue: return (-1, -1)
    case .jumpIfFalseOrPop, .jumpIfTrueOrPop: return (-1, 0)
    // On exhaustion the iterator is popped.
    case .forIter: return (1, -1)
    default: return (stackEffect(op, 0), stackEffect(op, 0))
    }
}
