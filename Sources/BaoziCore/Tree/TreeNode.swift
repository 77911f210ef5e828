// The executable tree: a function body as nodes that mirror its source, names already bound to
// slots. The tree evaluator (TreeEval.swift) walks it on the function's heap frame.
//
// A node's children are held `Unmanaged` (the `TreeCode` keeps every node alive): walking a
// child through a strong reference paid a retain/release pair per visit.

/// What a node does. Statement kinds first, then expression kinds.
enum TreeKind: UInt8 {
    // Statements
    case block          // kids: statements
    case exprStmt       // kids: [value]
    case storeLocal     // kids: [value]; op: slot
    case storeGlobal    // kids: [value]; name
    case storeAttr      // kids: [value, object]; name, attribute cache
    case storeItem      // kids: [value, container, index]
    case augLocal       // kids: [value]; op: slot, op2: BinaryOpcode
    case ifStmt         // kids: [test, body, orElse?]
    case whileStmt      // kids: [test, body, orElse?]
    case forLocal       // kids: [iterable, body, orElse?]; op: slot of the target
    case breakStmt      // loop: the loop node
    case continueStmt   // loop: the loop node
    case returnStmt     // kids: [value]
    case assign         // kids: [value, targets...] (each target consumes a copy)
    case tryStmt        // kids: [body, handlers..., else?, finally?]; op: handler count, op2: 1 else, 2 finally
    case handler        // kids: [type?, target?, body]; op: 1 type, 2 target; op2: the target's slot + 1
    case withStmt       // kids: [context, target?, body]; op: 1 with a target
    case augGlobal      // kids: [value]; name, op2: BinaryOpcode
    case augAttr        // kids: [object, value]; name, op2: BinaryOpcode
    case augItem        // kids: [container, index, value]; op2: BinaryOpcode
    case forTarget      // kids: [iterable, target, body, orElse?]
    case raise          // kids: [exception?, cause?]; op: how many
    case assert         // kids: [test, message?]
    case delLocal       // op: slot
    case delGlobal      // name
    case delAttr        // kids: [object]; name
    case delItem        // kids: [container, index]
    // Targets: each stores the value on top of the stack (and pops it)
    case targetLocal    // op: slot
    case targetGlobal   // name
    case targetAttr     // kids: [object]; name, attribute cache
    case targetItem     // kids: [container, index]
    case targetUnpack   // kids: targets; op2: index of the starred target + 1, or 0
    // Expressions
    case constant       // value
    case local          // op: slot
    case global         // name, global cache
    case unary          // kids: [operand]; op: 0 -, 1 +, 2 ~, 3 not
    case binary         // kids: [left, right]; op: BinaryOpcode
    case compare        // kids: [left, right]; op: CompareOpcode
    case identity       // kids: [left, right]; op: 1 for `is not`
    case contains       // kids: [item, container]; op: 1 for `not in`
    case and            // kids: operands
    case or             // kids: operands
    case ifExp          // kids: [test, body, orElse]
    case call           // kids: [callee, args...]
    case callMethod     // kids: [object, args...]; name, attribute cache
    case attr           // kids: [object]; name, attribute cache
    case item           // kids: [container, index]
    case tuple          // kids: items
    case list           // kids: items
    case set            // kids: items
    case dict           // kids: key, value, key, value...
    case slice          // kids: [lower, upper, step] (None constants where absent)
    case chain          // kids: operands; op: the CompareOp codes, 4 bits each
    case fstring        // kids: pieces (str constants and `format` nodes)
    case format         // kids: [value, spec?]; op: conversion (0 none, 1 s, 2 r, 3 a) | 4 with a spec
    // Generators
    case yield          // kids: [value] (a None constant when bare); its value: what was sent in
    case yieldFrom      // kids: [iterable]; [iterator, sent] while it delegates, then the result

    // Scopes: closures, nested functions and classes, comprehensions
    case loadCell       // op: slot of a cell or free variable; the cell's value
    case storeCell      // kids: [value]; op: slot
    case targetCell     // op: slot
    case delCell        // op: slot
    case augCell        // kids: [value]; op: slot, op2: BinaryOpcode
    case closureCell    // op: slot; the cell itself (closure tuples)
    case function       // kids: [defaults?, kw defaults?, annotations?, closure?]; op: makeFunction flags; value: code
    case decorated      // kids: [decorators..., definition]: applies the decorators, innermost first
    case classDef       // kids: [body function, bases, keywords]; value: the name
    case getIter        // kids: [iterable]
    case comprehension  // kids: [loop]; op: 0 list, 1 set, 2 dict; the container stays at depth
    case compAppend     // kids: [element] or [key, value]; op: the container's slot, op2: kind as above
    case walrus         // kids: [value, target]
    case starred        // kids: [iterable]; marks `*x` in displays and calls
    case doubleStarred  // kids: [mapping]; marks `**m` in dict displays and keywords
    case displayEx      // kids: items and starred items; op: 0 tuple, 1 list, 2 set
    case dictEx         // kids: key, value pairs and doubleStarred items; op: 1 for call keywords
    case callEx         // kids: [callee, args, kwargs?]; op: 1 with kwargs

    // Namespaces: module and class bodies, imports, starred arguments
    case name           // name, global cache: the frame's namespace, then globals, then builtins
    case storeName      // kids: [value]; name, global cache (its namespace hint)
    case targetName     // name, global cache
    case delName        // name
    case augName        // kids: [value]; name, global cache, op2: BinaryOpcode
    case classDeref     // op: the slot of a free variable's cell; name: the variable (class bodies)
    case setupAnnotations   // `__annotations__ = {}` in the namespace unless there is one
    case importName     // name: the module; op2: level; value: the from-list (None or a tuple)
    case importAttr     // kids: [module]; name: the submodule (`import a.b as c` takes b, then c)
    case importFrom     // kids: [module, targets...]; value: the names imported, one per target
    case importStar     // kids: [module]
}

/// A node, as a pointer: nodes live in memory their `TreeCode` owns, so walking the tree costs
/// no reference counting (strong or even `unowned(unsafe)` class references paid a
/// retain/release pair per visit, 70% of a call-heavy run). This file and `TreeCode` are the
/// only places that allocate or free them.
typealias NodeRef = UnsafeMutablePointer<TreeNode>

/// One node's fields. Fields not used by a kind stay zero.
struct TreeNode {
    var kind: TreeKind
    /// Slot, operator code, flag, or (until `attachTree`) constant or name index.
    var op: Int32
    /// Second operator code (augmented assignment's operator).
    var op2: Int32 = 0
    /// Index of this node's source range in its code's `locations` (tracebacks, line numbers).
    var loc: Int32
    /// Index in the frame's slots where this node's value goes (or, for a loop, where its
    /// iterator sits): fixed by the builder, as a compiler fixes stack depths.
    var depth: Int32 = 0
    var kidCount: Int32
    /// True when direct evaluation may succeed: the node and its children are of kinds it
    /// handles (never a call). Saves trying, and failing, on every visit.
    var directable = false
    /// A constant's value (kept alive by the code object's constants).
    var value: Value = .pyNone
    /// The interned name of a global or attribute (kept alive by the code object's names).
    var name: Unmanaged<StrObj>? = nil
    /// The loop a `break`/`continue` leaves or repeats.
    var loop: NodeRef? = nil
    /// Children, in evaluation order.
    var kids: UnsafeMutablePointer<NodeRef>
    /// Inline caches: a global's position, an attribute site's classes.
    var globalCache: UnsafeMutablePointer<GlobalCache>? = nil
    var attributeCache: UnsafeMutablePointer<AttributeCache>? = nil

    /// A new node in fresh memory; `TreeNode.free` gives it back.
    static func make(_ kind: TreeKind, op: Int32, loc: Int32, kids: [NodeRef]) -> NodeRef {
        let buffer = UnsafeMutablePointer<NodeRef>.allocate(capacity: max(kids.count, 1))
        for (i, k) in kids.enumerated() { (buffer + i).initialize(to: k) }
        let n = NodeRef.allocate(capacity: 1)
        // Work items keep a node's address without its low 4 bits (Interpreter.encodeWork).
        precondition(UInt(bitPattern: n) & 15 == 0 && UInt(bitPattern: n) >> 47 == 0, "tree node address")
        n.initialize(to: TreeNode(kind: kind, op: op, loc: loc, kidCount: Int32(kids.count), kids: buffer))
        switch kind {
        case .global, .augGlobal:
            n.pointee.globalCache = .allocate(capacity: 1)
            n.pointee.globalCache!.initialize(to: GlobalCache())
        case .attr, .callMethod, .storeAttr, .targetAttr, .augAttr:
            n.pointee.attributeCache = .allocate(capacity: AttributeCache.ways)
            n.pointee.attributeCache!.initialize(repeating: AttributeCache(), count: AttributeCache.ways)
        default:
            break
        }
        return n
    }

    /// The most work items evaluating `n` keeps on the frame at once, which sizes the work
    /// stack. A node waiting for a child (or for a call it made, even without children: an
    /// import) holds one item; a block holds none while its last statement runs (the evaluator
    /// does not come back to it); a `try` with a finally block may hold two while an exception
    /// enters it (`treeCatch`). Only the leaves below never wait.
    static func workNeed(_ n: NodeRef) -> Int {
        var need = 0
        let count = n.kidCount
        for i in 0..<count {
            let tail = n.kind == .block && i == count - 1
            need = max(need, workNeed(n.kid(i)) + (tail ? 0 : 1))
        }
        switch n.kind {
        case .block, .constant, .local, .global, .name, .loadCell, .closureCell,
             .targetLocal, .targetGlobal, .targetCell, .targetName:
            break
        default:
            need = max(need, 1)
        }
        if n.kind == .tryStmt && n.op2 & 2 != 0 { need = max(need, 2) }
        return need
    }

    static func free(_ n: NodeRef) {
        n.pointee.kids.deallocate()
        n.pointee.globalCache?.deallocate()
        n.pointee.attributeCache?.deallocate()
        n.deallocate()
    }
}

extension UnsafeMutablePointer where Pointee == TreeNode {
    @inline(__always) var kind: TreeKind { pointee.kind }
    @inline(__always) var op: Int32 { pointee.op }
    @inline(__always) var op2: Int32 { pointee.op2 }
    @inline(__always) var loc: Int32 { pointee.loc }
    @inline(__always) var depth: Int32 { pointee.depth }
    @inline(__always) var kidCount: Int { Int(pointee.kidCount) }
    @inline(__always) var directable: Bool { pointee.directable }
    /// Child `i`.
    @inline(__always) func kid(_ i: Int) -> NodeRef { pointee.kids[i] }
    /// The keyword names of a call, when it has keywords.
    var keywordNames: TupleObj? {
        guard pointee.op2 > 0, case .object(let r) = pointee.value else { return nil }
        return r.obj as? TupleObj
    }
}

/// The tree of one function body; it owns the memory of every node.
final class TreeCode {
    let body: NodeRef
    private let nodes: [NodeRef]
    /// Index of the frame slot holding the work-stack pointer (right after locals and cells);
    /// the value stack starts after it.
    let workSlot: Int
    init(body: NodeRef, nodes: [NodeRef], workSlot: Int) {
        self.body = body
        self.nodes = nodes
        self.workSlot = workSlot
    }

    /// Every node, for the fix-ups done when the tree is attached to its code.
    var allNodes: [NodeRef] { nodes }

    deinit {
        for n in nodes { TreeNode.free(n) }
    }
}
