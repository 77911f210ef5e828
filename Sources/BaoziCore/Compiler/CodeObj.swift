// A compiled function, class body, module or comprehension.

/// A region of instructions whose exceptions go to a handler.
struct ExceptionHandlerEntry {
    var start: Int32
    var end: Int32
    var target: Int32
    /// Value-stack depth to trim to before pushing the exception.
    var stackDepth: Int32
    /// Number of handled-exception saves (pushExcInfo) active at the handler.
    var excDepth: Int32
}

public final class CodeObj: Obj {
    struct Flags: OptionSet {
        let rawValue: UInt16
        static let varargs = Flags(rawValue: 1)
        static let varkeywords = Flags(rawValue: 2)
        static let generator = Flags(rawValue: 4)
        /// Module or class body: names go through a namespace dict.
        static let usesNamespace = Flags(rawValue: 8)
        static let isClassBody = Flags(rawValue: 16)
        static let isLambda = Flags(rawValue: 32)
        static let isComprehension = Flags(rawValue: 64)
        static let isModule = Flags(rawValue: 128)
    }

    let name: String
    var qualname: String
    let filename: String
    let firstLine: Int
    var instructions: ContiguousArray<Instr>
    /// Source range of each instruction, for tracebacks.
    var locations: ContiguousArray<SourceRange>
    var constants: ContiguousArray<Value>
    /// Interned names used by global, attribute and namespace instructions.
    var names: ContiguousArray<StrObj>
    /// Local variable names, parameters first; then free variable names. Slots follow this order.
    var varNames: [String]
    /// Positions in `varNames` of locals captured by inner functions (their slot holds a cell).
    var cellSlots: [Int]
    /// Free variables come after the locals: their slots are filled from the closure.
    var freeCount: Int
    var argCount: Int
    var positionalOnlyCount: Int
    var kwOnlyCount: Int
    var flags: Flags
    var stackSize: Int
    var handlers: ContiguousArray<ExceptionHandlerEntry>
    /// Docstring constant, or none.
    var doc: Value = .none
    /// Frames of this code kept for reuse (see `Frame`).
    var framePool: [Frame] = []
    /// The instructions in a fixed buffer the VM loop reads without bounds checks or ARC.
    private(set) var code: UnsafeMutablePointer<Instr> = .allocate(capacity: 1)

    /// Copies `instructions` into the VM's buffer; called once compilation is done.
    func finalize() {
        code.deallocate()
        code = .allocate(capacity: max(instructions.count, 1))
        code.initialize(from: Array(instructions), count: instructions.count)
    }

    deinit { code.deallocate() }

    var localCount: Int { varNames.count - freeCount }
    /// Locals plus free variables.
    var slotCount: Int { varNames.count }

    init(name: String, qualname: String, filename: String, firstLine: Int, type: TypeObj) {
        self.name = name
        self.qualname = qualname
        self.filename = filename
        self.firstLine = firstLine
        self.instructions = []
        self.locations = []
        self.constants = []
        self.names = []
        self.varNames = []
        self.cellSlots = []
        self.freeCount = 0
        self.argCount = 0
        self.positionalOnlyCount = 0
        self.kwOnlyCount = 0
        self.flags = []
        self.stackSize = 0
        self.handlers = []
        super.init(type: type)
    }

    override func trace(_ marker: inout Marker) {
        for c in constants { marker.mark(c) }
        for n in names { marker.mark(n) }
        marker.mark(doc)
    }

    /// The handler covering instruction `pc`, innermost first.
    func handler(at pc: Int) -> ExceptionHandlerEntry? {
        let p = Int32(pc)
        for h in handlers where h.start <= p && p < h.end { return h }
        return nil
    }

    /// The source line of instruction `pc`.
    func line(at pc: Int) -> Int {
        guard pc >= 0 && pc < locations.count else { return firstLine }
        return Int(locations[pc].start.line)
    }

    var isGenerator: Bool { flags.contains(.generator) }
}
