// Builds the executable tree of a function body from its syntax tree, with every name already
// resolved by the compiler's scopes (Symbols.swift): locals to slots, globals to interned names.
//
// The builder covers the constructs the tree evaluator runs so far; a body using anything else
// is left to the instruction loop (`build` returns nil), function by function.

/// A construct the tree evaluator does not run yet.
private struct Unsupported: Error {}

struct TreeBuilder {
    private let compiler: Compiler
    private var unit: CodeUnit { compiler.unit }
    private var nodes: [NodeRef] = []
    /// Source ranges of the nodes, in `loc` order (appended to the code's locations).
    private(set) var ranges: [SourceRange] = []
    /// First value-stack slot: after locals, cells and the work-stack pointer.
    private let valueBase: Int
    private var valueDepth = 0
    private(set) var maxValueDepth = 0
    private var nesting = 0
    private(set) var maxNesting = 0
    /// Loops enclosing the statement being built, innermost last.
    private var loops: [NodeRef] = []

    init(_ compiler: Compiler) {
        self.compiler = compiler
        valueBase = compiler.unit.varNames.count + 1
    }

    /// The tree of a plain function's body, or nil when it uses a construct the tree
    /// evaluator does not run yet (closures, generators, try/with, ...).
    static func build(_ compiler: Compiler, _ body: ArraySlice<Stmt>, range: SourceRange) -> (TreeCode, TreeBuilder)? {
        let u = compiler.unit!
        guard u.cellSlots.isEmpty, u.freeCount == 0, !u.scope.isGenerator,
              !u.flags.contains(.usesNamespace) else { return nil }
        var b = TreeBuilder(compiler)
        do {
            let root = try b.block(body, range)
            return (TreeCode(body: root, nodes: b.nodes, workSlot: b.valueBase - 1), b)
        } catch {
            for n in b.nodes { TreeNode.free(n) }
            return nil
        }
    }

    // MARK: - Helpers

    private mutating func make(_ kind: TreeKind, op: Int32 = 0, _ range: SourceRange, kids: [NodeRef] = []) -> NodeRef {
        let n = TreeNode.make(kind, op: op, loc: Int32(ranges.count), kids: kids)
        switch kind {
        case .constant, .local, .global:
            n.pointee.directable = true
        case .binary, .compare, .unary, .item, .attr:
            n.pointee.directable = kids.allSatisfy { $0.directable }
        default:
            break
        }
        ranges.append(range)
        nodes.append(n)
        return n
    }

    private mutating func enter() {
        nesting += 1
        maxNesting = max(maxNesting, nesting)
    }

    /// An expression node whose value lands at the current depth; the depth then grows by one.
    private mutating func value(_ n: NodeRef) -> NodeRef {
        n.pointee.depth = Int32(valueBase + valueDepth)
        valueDepth += 1
        maxValueDepth = max(maxValueDepth, valueDepth)
        return n
    }

    /// Builds `e`, leaving the depth where it was (the caller consumes the value).
    private mutating func operand(_ e: Expr) throws -> NodeRef {
        let n = try expr(e)
        return n
    }

    // MARK: - Statements

    private mutating func block(_ body: ArraySlice<Stmt>, _ range: SourceRange) throws -> NodeRef {
        enter(); defer { nesting -= 1 }
        var kids: [NodeRef] = []
        for s in body {
            if case .pass = s.kind { continue }
            if case .global = s.kind { continue }
            kids.append(try stmt(s))
        }
        return make(.block, range, kids: kids)
    }

    private mutating func stmt(_ s: Stmt) throws -> NodeRef {
        enter(); defer { nesting -= 1 }
        let start = valueDepth
        defer { valueDepth = start }
        switch s.kind {
        case .expr(let e):
            let v = try consumed(e)
            return make(.exprStmt, s.range, kids: [v])
        case .assign(let targets, let value):
            guard targets.count == 1 else { throw Unsupported() }
            return try store(targets[0], value, s.range)
        case .augAssign(let target, let op, let value):
            guard case .name(let n) = target.kind, case .local(let slot) = try resolve(n) else { throw Unsupported() }
            let v = try consumed(value)
            let node = make(.augLocal, op: Int32(slot), s.range, kids: [v])
            node.pointee.op2 = binaryOpcode(op).rawValue
            return node
        case .if(let test, let body, let orElse):
            let t = try consumed(test)
            var kids = [t, try block(body[...], s.range)]
            if !orElse.isEmpty { kids.append(try block(orElse[...], s.range)) }
            return make(.ifStmt, s.range, kids: kids)
        case .while(let test, let body, let orElse):
            let t = try consumed(test)
            let node = make(.whileStmt, s.range, kids: [])
            loops.append(node)
            let b = try block(body[...], s.range)
            loops.removeLast()
            var kids = [t, b]
            if !orElse.isEmpty { kids.append(try block(orElse[...], s.range)) }
            return finishLoop(node, .whileStmt, s.range, kids)
        case .for(let target, let iter, let body, let orElse):
            guard case .name(let n) = target.kind, case .local(let slot) = try resolve(n) else { throw Unsupported() }
            let it = try expr(iter)              // stays on the stack as the iterator
            let placeholder = make(.forLocal, op: Int32(slot), s.range, kids: [])
            placeholder.pointee.depth = it.depth
            loops.append(placeholder)
            let b = try block(body[...], s.range)
            loops.removeLast()
            var kids = [it, b]
            if !orElse.isEmpty { kids.append(try block(orElse[...], s.range)) }
            return finishLoop(placeholder, .forLocal, s.range, kids, op: Int32(slot))
        case .break, .continue:
            guard let loop = loops.last else { throw Unsupported() }
            let isBreak: Bool = { if case .break = s.kind { return true } else { return false } }()
            let n = make(isBreak ? .breakStmt : .continueStmt, s.range)
            n.pointee.loop = loop
            return n
        case .return(let result):
            let v: NodeRef
            if let result {
                v = try consumed(result)
            } else {
                v = make(.constant, op: constant(.none), s.range)
                v.pointee.depth = Int32(valueBase + valueDepth)
                maxValueDepth = max(maxValueDepth, valueDepth + 1)
            }
            return make(.returnStmt, s.range, kids: [v])
        default:
            throw Unsupported()
        }
    }

    /// A loop node with its children: the node was made before its body so that `break` and
    /// `continue` can point at it; it is replaced by one holding the children, and the
    /// jumps are pointed at the replacement.
    private mutating func finishLoop(_ placeholder: NodeRef, _ kind: TreeKind, _ range: SourceRange,
                                     _ kids: [NodeRef], op: Int32 = 0) -> NodeRef {
        let n = TreeNode.make(kind, op: op, loc: placeholder.loc, kids: kids)
        n.pointee.depth = placeholder.depth
        for other in nodes where other.pointee.loop == placeholder { other.pointee.loop = n }
        nodes.append(n)
        return n
    }

    private mutating func store(_ target: Expr, _ value: Expr, _ range: SourceRange) throws -> NodeRef {
        switch target.kind {
        case .name(let n):
            switch try resolve(n) {
            case .local(let slot):
                return make(.storeLocal, op: Int32(slot), range, kids: [try consumed(value)])
            case .global(let index):
                return make(.storeGlobal, op: index, range, kids: [try consumed(value)])
            }
        case .attribute(let object, let name):
            // As CPython: the value first, then the object.
            let v = try expr(value)
            let o = try expr(object)
            return make(.storeAttr, op: compiler.nameIndex(compiler.mangled(name)), target.range, kids: [v, o])
        case .subscript(let container, let index):
            if case .slice = index.kind { throw Unsupported() }
            let v = try expr(value)
            let c = try expr(container)
            let i = try expr(index)
            return make(.storeItem, target.range, kids: [v, c, i])
        default:
            throw Unsupported()
        }
    }

    // MARK: - Expressions

    /// An expression whose value is consumed by its parent right away.
    private mutating func consumed(_ e: Expr) throws -> NodeRef {
        let start = valueDepth
        let n = try expr(e)
        valueDepth = start
        return n
    }

    private enum Resolved {
        case local(Int)
        case global(Int32)
    }

    private func resolve(_ rawName: String) throws -> Resolved {
        let name = compiler.mangled(rawName)
        if name == "__debug__" { throw Unsupported() }
        switch unit.scope.scope(of: name) {
        case .local:
            guard let slot = unit.slot(name) else { throw Unsupported() }
            return .local(slot)
        case .globalExplicit, .globalImplicit:
            return .global(compiler.nameIndex(name))
        case .cell, .free:
            throw Unsupported()
        }
    }

    private func constant(_ key: ConstKey, _ make: () -> Value = { .none }) -> Int32 {
        unit.constant(key, make)
    }

    /// Builds an expression; its value lands at the depth current on entry.
    private mutating func expr(_ e: Expr) throws -> NodeRef {
        enter(); defer { nesting -= 1 }
        if nesting > Compiler.maxNesting { throw Unsupported() }
        let start = valueDepth
        // Children take the slots from `start` on; the node's own value then lands at `start`.
        func finish(_ n: NodeRef) -> NodeRef {
            valueDepth = start
            return value(n)
        }
        switch e.kind {
        case .name(let n):
            switch try resolve(n) {
            case .local(let slot): return finish(make(.local, op: Int32(slot), e.range))
            case .global(let index): return finish(make(.global, op: index, e.range))
            }
        case .constant(let c):
            if case .imaginary = c { throw Unsupported() }
            let (key, maker) = try compiler.constant(c, e.range)
            return finish(make(.constant, op: constant(key, maker), e.range))
        case .unary(let op, let operand):
            if op == .negate, let (key, maker) = try compiler.negatedConstant(operand) {
                return finish(make(.constant, op: constant(key, maker), e.range))
            }
            let o = try expr(operand)
            let code: Int32
            switch op {
            case .negate: code = 0
            case .plus: code = 1
            case .invert: code = 2
            case .not: code = 3
            }
            return finish(make(.unary, op: code, e.range, kids: [o]))
        case .binary(let l, let op, let r):
            let a = try expr(l)
            let b = try expr(r)
            return finish(make(.binary, op: binaryOpcode(op).rawValue, e.range, kids: [a, b]))
        case .compare(let l, let rest):
            guard rest.count == 1 else { throw Unsupported() }
            let (op, r) = rest[0]
            let a = try expr(l)
            let b = try expr(r)
            switch op {
            case .eq, .ne, .lt, .le, .gt, .ge:
                return finish(make(.compare, op: compareOpcode(op).rawValue, e.range, kids: [a, b]))
            case .is, .isNot:
                return finish(make(.identity, op: op == .isNot ? 1 : 0, e.range, kids: [a, b]))
            case .in, .notIn:
                return finish(make(.contains, op: op == .notIn ? 1 : 0, e.range, kids: [a, b]))
            }
        case .boolOp(let op, let operands):
            // Each operand's value lands at `start`: only one is live at a time.
            var kids: [NodeRef] = []
            for o in operands {
                valueDepth = start
                kids.append(try expr(o))
            }
            return finish(make(op == .and ? .and : .or, e.range, kids: kids))
        case .ifExp(let test, let body, let orElse):
            let t = try consumed(test)
            let b = try consumed(body)
            let o = try consumed(orElse)
            _ = t
            let n = finish(make(.ifExp, e.range, kids: [t, b, o]))
            // Both branches put their value where the node's goes.
            b.pointee.depth = n.depth
            o.pointee.depth = n.depth
            return n
        case .call(let callee, let args):
            var positional: [Expr] = []
            for a in args {
                guard case .positional(let x) = a else { throw Unsupported() }
                positional.append(x)
            }
            guard positional.count < 250 else { throw Unsupported() }
            if case .attribute(let object, let name) = callee.kind {
                // [method or marker, self or bound method, args...]
                let o = try expr(object)
                valueDepth += 1
                maxValueDepth = max(maxValueDepth, valueDepth)
                var kids = [o]
                for x in positional { kids.append(try expr(x)) }
                return finish(make(.callMethod, op: compiler.nameIndex(compiler.mangled(name)), e.range, kids: kids))
            }
            var kids = [try expr(callee)]
            for x in positional { kids.append(try expr(x)) }
            return finish(make(.call, e.range, kids: kids))
        case .attribute(let object, let name):
            let o = try expr(object)
            return finish(make(.attr, op: compiler.nameIndex(compiler.mangled(name)), e.range, kids: [o]))
        case .subscript(let container, let index):
            if case .slice = index.kind { throw Unsupported() }
            let c = try expr(container)
            let i = try expr(index)
            return finish(make(.item, e.range, kids: [c, i]))
        case .tuple(let items), .list(let items):
            var kids: [NodeRef] = []
            for x in items {
                if case .starred = x.kind { throw Unsupported() }
                kids.append(try expr(x))
            }
            let isTuple: Bool = { if case .tuple = e.kind { return true } else { return false } }()
            return finish(make(isTuple ? .tuple : .list, e.range, kids: kids))
        default:
            throw Unsupported()
        }
    }
}

func compareOpcode(_ op: CompareOp) -> CompareOpcode {
    switch op {
    case .eq: return .eq
    case .ne: return .ne
    case .lt: return .lt
    case .le: return .le
    case .gt: return .gt
    case .ge: return .ge
    default: return .eq
    }
}

extension CodeObj {
    /// Attaches the tree built for this code: node locations follow the instructions', and
    /// constants and names are read from the tables the compiler filled.
    func attachTree(_ tree: TreeCode, ranges: [SourceRange], maxValues: Int, maxWork: Int) {
        let base = Int32(locations.count)
        locations.append(contentsOf: ranges)
        for n in tree.allNodes {
            n.pointee.loc += base
            switch n.kind {
            case .constant:
                n.pointee.value = constants[Int(n.op)]
            case .global, .storeGlobal, .attr, .callMethod, .storeAttr:
                n.pointee.name = Unmanaged.passUnretained(names[Int(n.op)])
            default:
                break
            }
        }
        // Work pointer slot, values, and the work items above them.
        stackSize = max(stackSize, 1 + maxValues + maxWork)
        self.tree = tree
        treeRoot = tree.body
        treeWorkSlot = tree.workSlot
        treeWorkEnd = slotCount + stackSize
    }
}
