// A compiled function, class body, module or comprehension: its tables (slots, constants,
// names, signature) and the executable tree of its body.

final class CodeObj: Obj {
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
    /// Frames of hidden code (the helpers of builtins written in Baozi) leave no traceback line.
    var isHidden = false
    /// The executable tree of the body (TreeEval.swift runs it).
    var tree: TreeCode?
    /// The tree's root and frame layout, read at every entry into a tree frame (plain fields:
    /// reading them through `tree` paid reference counting).
    var treeRoot: NodeRef?
    var treeWorkSlot = 0
    var treeWorkEnd = 0
    /// The body has `try` or `with`: leaving it early runs their clean-ups.
    var treeHasCleanups = false
    let firstLine: Int
    /// Source range of each node (indexed by its `loc`), for tracebacks; the first is the
    /// construct's own.
    var locations: ContiguousArray<SourceRange>
    var constants: ContiguousArray<Value>
    /// Interned names used by global, attribute and namespace nodes.
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
    /// Value and work slots a frame has above its variables (see `attachTree`).
    var stackSize: Int
    /// Docstring constant, or none.
    var doc: Value = .pyNone
    /// The globals its frames run with, set by the first `bound(to:)`: a frame reads them
    /// here instead of keeping a field of its own.
    private(set) var globalsRef: Unmanaged<DictObj>?
    /// Frames of this code kept for reuse (see `Frame`).
    var framePool = FramePool()
    /// Slot count, cached for frame set-up.
    private(set) var slotTotal = 0
    /// True when a call can bind positional arguments by copying them: no *args, **kwargs,
    /// keyword-only parameters, and not a generator.
    private(set) var isSimpleCall = false
    /// Caches what frame set-up reads; called once the tables are complete.
    func finalize() {
        slotTotal = varNames.count
        isSimpleCall = !flags.contains(.varargs) && !flags.contains(.varkeywords) && !flags.contains(.generator)
            && kwOnlyCount == 0
    }

    deinit {
        framePool.releaseAll()
    }

    /// The globals of the frames running this code (only asked of bound code).
    var globals: DictObj {
        @inline(__always) get { globalsRef.unsafelyUnwrapped.takeUnretainedValue() }
    }

    /// This code object, ready to run with `globals`. Code first run (or made into a function)
    /// with other globals — `exec(code, d)` with a second dict, a `def` run in two such
    /// namespaces — gets a copy, so each code object has one set of globals.
    func bound(to globals: DictObj, heap: Heap) -> CodeObj {
        guard let mine = globalsRef else {
            globalsRef = Unmanaged.passUnretained(globals)
            return self
        }
        if mine.toOpaque() == Unmanaged.passUnretained(globals).toOpaque() { return self }
        let copy = unboundCopy(heap: heap)
        copy.globalsRef = Unmanaged.passUnretained(globals)
        return copy
    }

    /// A copy without globals, sharing the tables and the tree (a `def` it runs binds the
    /// nested code to the copy's globals then: see `bound(to:)`).
    private func unboundCopy(heap: Heap) -> CodeObj {
        let c = CodeObj(name: name, qualname: qualname, filename: filename, firstLine: firstLine, type: type)
        c.isHidden = isHidden
        c.locations = locations
        c.constants = constants
        c.names = names
        c.varNames = varNames
        c.cellSlots = cellSlots
        c.freeCount = freeCount
        c.argCount = argCount
        c.positionalOnlyCount = positionalOnlyCount
        c.kwOnlyCount = kwOnlyCount
        c.flags = flags
        c.stackSize = stackSize
        c.doc = doc
        // The same tree: its nodes' caches check which globals they saw.
        c.tree = tree
        c.treeRoot = treeRoot
        c.treeWorkSlot = treeWorkSlot
        c.treeWorkEnd = treeWorkEnd
        c.treeHasCleanups = treeHasCleanups
        c.finalize()
        return heap.track(c)
    }

    var localCount: Int { varNames.count - freeCount }
    /// Locals plus free variables.
    var slotCount: Int { varNames.count }

    init(name: String, qualname: String, filename: String, firstLine: Int, type: TypeObj) {
        self.name = name
        self.qualname = qualname
        self.filename = filename
        self.firstLine = firstLine
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
        super.init(type: type)
    }

    override func trace(_ marker: inout Marker) {
        for c in constants { marker.mark(c) }
        for n in names { marker.mark(n) }
        marker.mark(doc)
        if let g = globalsRef { marker.mark(g.takeUnretainedValue()) }
    }

    /// The source line of the node whose location index is `index`.
    func line(at index: Int) -> Int {
        guard index >= 0 && index < locations.count else { return firstLine }
        return Int(locations[index].start.line)
    }

    var isGenerator: Bool { flags.contains(.generator) }
}

/// Remembers where a global name was found: the dict and the entry position, valid while the
/// dict's key layout is unchanged (value updates keep it valid).
struct GlobalCache {
    var dict: UnsafeMutableRawPointer? = nil
    var layout: Int = -1
    var position: Int = 0
    /// Found in builtins (so it must still be absent from globals: `layout` guards that).
    var inBuiltins = false
    var builtinsLayout = 0
    /// Name nodes of namespace bodies: where the name sat in the namespace last time (a
    /// position hint checked by identity of the interned key; fits in the padding above).
    var nameHint: Int32 = 0
}

/// What an attribute name means on one class version: absent, a plain class attribute
/// (instance dict first, then this value bound as a method if it is a function), or something
/// that needs the general lookup (descriptors, static and class methods).
///
/// Each attribute node has `ways` entries, one per class seen there (most recently
/// filled first): call sites like `task.step()` in a scheduler see several classes.
struct AttributeCache {
    enum Kind: UInt8 { case absent, plain, general }
    static let ways = 4
    var type: UnsafeMutableRawPointer? = nil
    var version = 0
    var kind = Kind.general
    /// A method call may take the class attribute unbound with the instance: it is a function
    /// or a builtin method descriptor, and the class has no custom `__getattribute__`. Set for
    /// builtin types too (whose `kind` stays `.general`).
    var isMethod = false
    /// The class attribute is a script function (bound by allocating a method object).
    var isFunction = false
    /// Where the name was last found in an instance dict: instances built by the same code
    /// have their attributes at the same positions.
    var hint: Int32 = 0
    var classValue: Value = .unbound
}
