// Builds the executable tree of a body from its syntax tree, with every name already resolved
// by the compiler's scopes (Symbols.swift): locals to slots, globals to interned names. It also
// reports the errors the symbol table leaves to code generation (`break` outside a loop, an
// invalid assignment target...) as SyntaxErrors at their location.

struct TreeBuilder {
    let compiler: Compiler
    var unit: CodeUnit { compiler.unit }
    var nodes: [NodeRef] = []
    /// Source ranges of the nodes, in `loc` order (appended to the code's locations).
    var ranges: [SourceRange] = []
    /// First value-stack slot: after locals, cells and the work-stack pointer.
    let valueBase: Int
    var valueDepth = 0
    var maxValueDepth = 0
    var nesting = 0
    var maxNesting = 0
    /// Loops enclosing the statement being built, innermost last.
    var loops: [NodeRef] = []
    /// Whether the body has `try` or `with`: a return then looks for clean-ups to run.
    var hasCleanups = false
    /// Whether `return` may appear: in functions (and in eval's expression code).
    var returnAllowed: Bool

    init(_ compiler: Compiler) {
        self.compiler = compiler
        valueBase = compiler.unit.varNames.count + 1
        returnAllowed = compiler.unit.scope.isFunctionLike
    }

    /// The tree of a function body.
    static func build(_ compiler: Compiler, _ body: ArraySlice<Stmt>, range: SourceRange) throws -> (TreeCode, TreeBuilder) {
        try buildBody(compiler, range: range) { b in
            try b.block(body, range)
        }
    }

    /// The tree whose root `makeRoot` makes for the code being compiled.
    static func buildBody(_ compiler: Compiler, range: SourceRange,
                          _ makeRoot: (inout TreeBuilder) throws -> NodeRef) throws -> (TreeCode, TreeBuilder) {
        var b = TreeBuilder(compiler)
        do {
            let root = try makeRoot(&b)
            return (TreeCode(body: root, nodes: b.nodes, workSlot: b.valueBase - 1), b)
        } catch {
            for n in b.nodes { TreeNode.free(n) }
            throw error
        }
    }

    /// A SyntaxError at `range`.
    func error(_ message: String, _ range: SourceRange) -> SyntaxError {
        compiler.error(message, range)
    }

    // MARK: - Helpers

    mutating func make(_ kind: TreeKind, op: Int32 = 0, _ range: SourceRange, kids: [NodeRef] = []) -> NodeRef {
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

    mutating func enter() {
        nesting += 1
        maxNesting = max(maxNesting, nesting)
    }

    /// An expression node whose value lands at the current depth; the depth then grows by one.
    mutating func value(_ n: NodeRef) -> NodeRef {
        n.pointee.depth = Int32(valueBase + valueDepth)
        valueDepth += 1
        maxValueDepth = max(maxValueDepth, valueDepth)
        return n
    }

    /// Builds `e`, leaving the depth where it was (the caller consumes the value).
    mutating func operand(_ e: Expr) throws -> NodeRef {
        let n = try expr(e)
        return n
    }

    // MARK: - Statements

    mutating func block(_ body: ArraySlice<Stmt>, _ range: SourceRange) throws -> NodeRef {
        enter(); defer { nesting -= 1 }
        if body.count > Interpreter.maxStep {
            throw error("too many statements in one block (at most \(Interpreter.maxStep))", range)
        }
        var kids: [NodeRef] = []
        for s in body {
            if case .pass = s.kind { continue }
            if case .global = s.kind { continue }
            if case .nonlocal = s.kind { continue }
            kids.append(try stmt(s))
        }
        return make(.block, range, kids: kids)
    }

    mutating func stmt(_ s: Stmt) throws -> NodeRef {
        enter(); defer { nesting -= 1 }
        let start = valueDepth
        defer { valueDepth = start }
        if let n = try namespaceStatement(s) { return n }
        switch s.kind {
        case .expr(let e):
            let v = try consumed(e)
            return make(.exprStmt, s.range, kids: [v])
        case .assign(let targets, let value):
            if targets.count == 1, let simple = try simpleStore(targets[0], value, s.range) { return simple }
            // The value, then each target consuming it (a copy for all but the last).
            var kids = [try expr(value)]
            for (i, t) in targets.enumerated() {
                valueDepth = start + (i == targets.count - 1 ? 1 : 2)
                maxValueDepth = max(maxValueDepth, valueDepth)
                kids.append(try target(t))
            }
            return make(.assign, s.range, kids: kids)
        case .augAssign(let target, let op, let value):
            let code = binaryOpcode(op).rawValue
            let node: NodeRef
            switch target.kind {
            case .name(let n):
                switch try resolve(n, target.range) {
                case .local(let slot):
                    node = make(.augLocal, op: Int32(slot), s.range, kids: [try consumed(value)])
                case .global(let index):
                    // [current, value] -> result
                    valueDepth += 1
                    maxValueDepth = max(maxValueDepth, valueDepth)
                    node = make(.augGlobal, op: index, s.range, kids: [try expr(value)])
                case .cell(let slot):
                    valueDepth += 1
                    maxValueDepth = max(maxValueDepth, valueDepth)
                    node = make(.augCell, op: Int32(slot), s.range, kids: [try expr(value)])
                }
            case .attribute(let object, let name):
                // [object, current, value] -> [object, result]
                let o = try expr(object)
                valueDepth += 1
                let v = try expr(value)
                node = make(.augAttr, op: compiler.nameIndex(compiler.mangled(name)), target.range, kids: [o, v])
            case .subscript(let container, let index):
                // [container, index, current, value] -> [container, index, result]
                let c = try expr(container)
                let i = try expr(index)
                valueDepth += 1
                let v = try expr(value)
                node = make(.augItem, target.range, kids: [c, i, v])
            default:
                throw error("'\(compiler.describe(target))' is an illegal expression for augmented assignment", target.range)
            }
            node.pointee.op2 = code
            return node
        case .try(let body, let handlers, let orElse, let finally):
            hasCleanups = true
            var kids = [try block(body[...], s.range)]
            for h in handlers {
                // The exception stays at `start` while a handler is matched and runs.
                valueDepth = start + 1
                maxValueDepth = max(maxValueDepth, start + 2)
                var hk: [NodeRef] = []
                var flags: Int32 = 0
                var slot: Int32 = 0
                if let t = h.type {
                    hk.append(try expr(t))
                    flags |= 1
                }
                var body = h.body[...]
                if let name = h.name {
                    if case .local(let i) = try resolve(name) {
                        slot = Int32(i) + 1
                    } else {
                        body = handlerBodyClearing(name, h)
                    }
                    valueDepth = start + 2
                    hk.append(try target(Expr(.name(name), h.range)))
                    flags |= 2
                }
                valueDepth = start + 1
                hk.append(try block(body, h.range))
                let hn = make(.handler, op: flags, h.range, kids: hk)
                hn.pointee.op2 = slot
                kids.append(hn)
            }
            valueDepth = start
            var flags: Int32 = 0
            if !orElse.isEmpty {
                kids.append(try block(orElse[...], s.range))
                flags |= 1
            }
            if !finally.isEmpty {
                // Below the finally block: what to do after it (see TreeEval, `pending`).
                valueDepth = start + 3
                maxValueDepth = max(maxValueDepth, valueDepth)
                kids.append(try block(finally[...], s.range))
                flags |= 2
            }
            let n = make(.tryStmt, op: Int32(handlers.count), s.range, kids: kids)
            n.pointee.op2 = flags
            n.pointee.depth = Int32(valueBase + start)
            return n
        case .with(let items, let body):
            hasCleanups = true
            return try withItems(items[...], body, s.range)
        case .raise(let exception, let cause):
            var kids: [NodeRef] = []
            if let exception { kids.append(try expr(exception)) }
            if let cause { kids.append(try expr(cause)) }
            return make(.raise, op: Int32(kids.count), s.range, kids: kids)
        case .assert(let test, let message):
            var kids = [try consumed(test)]
            if let message { kids.append(try consumed(message)) }
            return make(.assert, test.range, kids: kids)
        case .delete(let targets):
            var kids: [NodeRef] = []
            for t in targets {
                valueDepth = start
                kids.append(try deletion(t))
            }
            return kids.count == 1 ? kids[0] : make(.block, s.range, kids: kids)
        case .if(let test, let body, let orElse):
            let t = try consumed(test)
            var kids = [t, try block(body[...], s.range)]
            if !orElse.isEmpty { kids.append(try block(orElse[...], s.range)) }
            return make(.ifStmt, s.range, kids: kids)
        case .while(let test, let body, let orElse):
            let t = try consumed(test)
            let node = make(.whileStmt, s.range, kids: [])
            node.pointee.depth = Int32(valueBase + start)     // the stack level break/continue restore
            loops.append(node)
            let b = try block(body[...], s.range)
            loops.removeLast()
            var kids = [t, b]
            if !orElse.isEmpty { kids.append(try block(orElse[...], s.range)) }
            return finishLoop(node, .whileStmt, s.range, kids)
        case .for(let target, let iter, let body, let orElse):
            guard case .name(let n) = target.kind, case .local(let slot) = try resolve(n, target.range) else {
                return try forWithTarget(target, iter, body, orElse, s.range)
            }
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
            let isBreak: Bool = { if case .break = s.kind { return true } else { return false } }()
            guard let loop = loops.last else {
                throw error(isBreak ? "'break' outside loop" : "'continue' not properly in loop", s.range)
            }
            let n = make(isBreak ? .breakStmt : .continueStmt, s.range)
            n.pointee.loop = loop
            return n
        case .return(let result):
            guard returnAllowed else { throw error("'return' outside function", s.range) }
            let v: NodeRef
            if let result {
                v = try consumed(result)
            } else {
                v = make(.constant, op: constant(.none), s.range)
                v.pointee.depth = Int32(valueBase + valueDepth)
                maxValueDepth = max(maxValueDepth, valueDepth + 1)
            }
            return make(.returnStmt, s.range, kids: [v])
        case .functionDef(let f):
            return try functionDefinition(f, s.range)
        case .classDef(let c):
            return try classDefinition(c, s.range)
        default:
            throw InternalCompilerError(message: "statement not built: \(String(String(describing: s.kind).prefix(40)))")
        }
    }

    /// A loop node with its children: the node was made before its body so that `break` and
    /// `continue` can point at it; it is replaced by one holding the children, and the
    /// jumps are pointed at the replacement.
    mutating func finishLoop(_ placeholder: NodeRef, _ kind: TreeKind, _ range: SourceRange,
                                     _ kids: [NodeRef], op: Int32 = 0) -> NodeRef {
        let n = TreeNode.make(kind, op: op, loc: placeholder.loc, kids: kids)
        n.pointee.depth = placeholder.depth
        for other in nodes where other.pointee.loop == placeholder { other.pointee.loop = n }
        nodes.append(n)
        return n
    }

    /// `with a as x, b:` as nested with nodes. Stack: [exit, entered value], then the body;
    /// [exit, exception, result] when the body raised; [exit, pending..., result] when it
    /// left by return/break/continue.
    mutating func withItems(_ items: ArraySlice<WithItem>, _ body: [Stmt], _ range: SourceRange) throws -> NodeRef {
        let start = valueDepth
        defer { valueDepth = start }
        guard let item = items.first else { throw InternalCompilerError(message: "with without items") }
        var kids = [try expr(item.context)]
        maxValueDepth = max(maxValueDepth, start + 5)
        var flags: Int32 = 0
        if let t = item.target {
            valueDepth = start + 2
            kids.append(try target(t))
            flags = 1
        }
        valueDepth = start + 1
        if items.count > 1 {
            let inner = try withItems(items.dropFirst(), body, range)
            kids.append(make(.block, range, kids: [inner]))
        } else {
            kids.append(try block(body[...], range))
        }
        let n = make(.withStmt, op: flags, range, kids: kids)
        n.pointee.depth = Int32(valueBase + start)
        return n
    }

    /// `for a, b in ...` and other targets than a local name: the item is stored by a target
    /// node, then the body runs.
    mutating func forWithTarget(_ itemTarget: Expr, _ iter: Expr, _ body: [Stmt], _ orElse: [Stmt],
                                        _ range: SourceRange) throws -> NodeRef {
        let it = try expr(iter)
        let node = make(.forTarget, range, kids: [])
        node.pointee.depth = it.depth
        valueDepth += 1                          // the item above the iterator
        maxValueDepth = max(maxValueDepth, valueDepth)
        let t = try target(itemTarget)
        valueDepth -= 1
        loops.append(node)
        let b = try block(body[...], range)
        loops.removeLast()
        var kids = [it, t, b]
        if !orElse.isEmpty { kids.append(try block(orElse[...], range)) }
        return finishLoop(node, .forTarget, range, kids)
    }

    /// A target storing the value on top of the stack (the depth counts that value).
    mutating func target(_ t: Expr) throws -> NodeRef {
        let start = valueDepth
        defer { valueDepth = start }
        switch t.kind {
        case .name(let n):
            switch try resolve(n, t.range) {
            case .local(let slot): return make(.targetLocal, op: Int32(slot), t.range)
            case .global(let index): return make(.targetGlobal, op: index, t.range)
            case .cell(let slot): return make(.targetCell, op: Int32(slot), t.range)
            }
        case .attribute(let object, let name):
            let o = try expr(object)
            return make(.targetAttr, op: compiler.nameIndex(compiler.mangled(name)), t.range, kids: [o])
        case .subscript(let container, let index):
            let c = try expr(container)
            let i = try expr(index)
            return make(.targetItem, t.range, kids: [c, i])
        case .tuple(let items), .list(let items):
            // The value is replaced by its items, the first on top; each target takes one.
            var star = 0
            for (i, item) in items.enumerated() {
                if case .starred = item.kind {
                    if star != 0 { throw error("multiple starred expressions in assignment", item.range) }
                    star = i + 1
                }
            }
            let base = start - 1
            maxValueDepth = max(maxValueDepth, base + items.count)
            var kids: [NodeRef] = []
            for (i, item) in items.enumerated() {
                valueDepth = base + items.count - i
                var sub = item
                if case .starred(let inner) = item.kind { sub = inner }
                kids.append(try target(sub))
            }
            let n = make(.targetUnpack, op: Int32(items.count), t.range, kids: kids)
            n.pointee.op2 = Int32(star)
            return n
        case .starred:
            throw error("starred assignment target must be in a list or tuple", t.range)
        default:
            throw error("cannot assign to \(compiler.describe(t))", t.range)
        }
    }

    mutating func deletion(_ t: Expr) throws -> NodeRef {
        switch t.kind {
        case .name(let n):
            switch try resolve(n, t.range) {
            case .local(let slot): return make(.delLocal, op: Int32(slot), t.range)
            case .global(let index): return make(.delGlobal, op: index, t.range)
            case .cell(let slot): return make(.delCell, op: Int32(slot), t.range)
            }
        case .attribute(let object, let name):
            let o = try expr(object)
            return make(.delAttr, op: compiler.nameIndex(compiler.mangled(name)), t.range, kids: [o])
        case .subscript(let container, let index):
            let c = try expr(container)
            let i = try expr(index)
            return make(.delItem, t.range, kids: [c, i])
        case .tuple(let items), .list(let items):
            return try deleteEach(items, t.range)
        default:
            throw error("cannot delete \(compiler.describe(t))", t.range)
        }
    }

    /// A single plain target (a name, an attribute, an item) as one store node; nil for the
    /// general way (unpacking).
    mutating func simpleStore(_ target: Expr, _ value: Expr, _ range: SourceRange) throws -> NodeRef? {
        switch target.kind {
        case .tuple, .list, .starred: return nil
        default: return try store(target, value, range)
        }
    }

    mutating func store(_ target: Expr, _ value: Expr, _ range: SourceRange) throws -> NodeRef {
        switch target.kind {
        case .name(let n):
            switch try resolve(n, target.range) {
            case .local(let slot):
                return make(.storeLocal, op: Int32(slot), range, kids: [try consumed(value)])
            case .global(let index):
                return make(.storeGlobal, op: index, range, kids: [try consumed(value)])
            case .cell(let slot):
                return make(.storeCell, op: Int32(slot), range, kids: [try consumed(value)])
            }
        case .attribute(let object, let name):
            // As CPython: the value first, then the object.
            let v = try expr(value)
            let o = try expr(object)
            return make(.storeAttr, op: compiler.nameIndex(compiler.mangled(name)), target.range, kids: [v, o])
        case .subscript(let container, let index):
            let v = try expr(value)
            let c = try expr(container)
            let i = try expr(index)
            return make(.storeItem, target.range, kids: [v, c, i])
        default:
            throw error("cannot assign to \(compiler.describe(target))", target.range)
        }
    }

    // MARK: - Expressions

    /// An expression whose value is consumed by its parent right away.
    mutating func consumed(_ e: Expr) throws -> NodeRef {
        let start = valueDepth
        let n = try expr(e)
        valueDepth = start
        return n
    }

    enum Resolved {
        case local(Int)
        case global(Int32)
        /// A cell or free variable: the slot holds its cell.
        case cell(Int)
    }

    /// Where the variable `rawName` lives; `range`: the name's place in the source (errors).
    func resolve(_ rawName: String, _ range: SourceRange? = nil) throws -> Resolved {
        let name = compiler.mangled(rawName)
        if name == "__debug__" { throw error("cannot assign to __debug__", range ?? unit.range) }
        if !unit.scope.isFunctionLike { return try resolveInNamespace(name) }
        switch unit.scope.scope(of: name) {
        case .local:
            guard let slot = unit.slot(name) else { throw noSlot(name) }
            return .local(slot)
        case .globalExplicit, .globalImplicit:
            return .global(compiler.nameIndex(name))
        case .cell, .free:
            guard let slot = unit.slot(name) else { throw noSlot(name) }
            return .cell(slot)
        }
    }

    func noSlot(_ name: String) -> InternalCompilerError {
        InternalCompilerError(message: "no slot for '\(name)' in \(unit.qualname)")
    }

    func constant(_ key: ConstKey, _ make: () -> Value = { .pyNone }) -> Int32 {
        unit.constant(key, make)
    }

    func stringConstant(_ text: String) -> Int32 {
        unit.constant(.string(text)) { compiler.stringValue(text) }
    }

    var valueDepthNow: Int { valueDepth }
    mutating func setValueDepth(_ d: Int) { valueDepth = d }

    /// Builds an expression; its value lands at the depth current on entry.
    mutating func expr(_ e: Expr) throws -> NodeRef {
        enter(); defer { nesting -= 1 }
        if nesting > Compiler.maxNesting { throw error("too many nested expressions or statements", e.range) }
        let start = valueDepth
        // Children take the slots from `start` on; the node's own value then lands at `start`.
        func finish(_ n: NodeRef) -> NodeRef {
            valueDepth = start
            return value(n)
        }
        switch e.kind {
        case .name(let n):
            if let special = specialName(n, e.range) { return finish(special) }
            switch try resolve(n) {
            case .local(let slot): return finish(make(.local, op: Int32(slot), e.range))
            case .global(let index): return finish(make(.global, op: index, e.range))
            case .cell(let slot): return finish(loadCell(slot, e.range))
            }
        case .constant(let c):
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
        case .compare(let l, let rest) where rest.count > 1:
            // a < b < c: [a, b, result] per step; b moves down for the next comparison.
            // The operators' codes: eight in `op`, eight more in `op2`.
            guard rest.count <= 16 else {
                throw error("too many comparisons in one chain (at most 16): split it with 'and'", e.range)
            }
            var kids = [try expr(l)]
            var packed: [Int32] = [0, 0]
            for (i, (op, r)) in rest.enumerated() {
                valueDepth = start + 1
                kids.append(try expr(r))
                packed[i / 8] |= Int32(compareCode(op)) << (4 * Int32(i % 8))
            }
            maxValueDepth = max(maxValueDepth, start + 3)
            let chain = make(.chain, op: packed[0], e.range, kids: kids)
            chain.pointee.op2 = packed[1]
            return finish(chain)
        case .compare(let l, let rest):
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
            if Self.needsCollections(args) { return finish(try collectionCall(callee, args, e.range)) }
            // Positional arguments, then the keywords' values (their names in a constant).
            var positional: [Expr] = []
            var keywords: [String] = []
            for a in args {
                switch a {
                case .positional(let x):
                    guard keywords.isEmpty else { throw error("positional argument follows keyword argument", x.range) }
                    positional.append(x)
                case .keyword(let name, let x):
                    if keywords.contains(name) { throw error("keyword argument repeated: \(name)", x.range) }
                    keywords.append(name)
                    positional.append(x)
                default:
                    throw InternalCompilerError(message: "starred argument in a plain call")
                }
            }
            let kwConstant = keywords.isEmpty ? 0 : compiler.keywordNamesConstant(keywords) + 1
            func withKeywords(_ n: NodeRef) -> NodeRef {
                n.pointee.op2 = kwConstant
                return n
            }
            if case .attribute(let object, let name) = callee.kind {
                // [method or marker, self or bound method, args...]
                let o = try expr(object)
                valueDepth += 1
                maxValueDepth = max(maxValueDepth, valueDepth)
                var kids = [o]
                for x in positional { kids.append(try expr(x)) }
                return finish(withKeywords(make(.callMethod, op: compiler.nameIndex(compiler.mangled(name)), e.range, kids: kids)))
            }
            var kids = [try expr(callee)]
            for x in positional { kids.append(try expr(x)) }
            return finish(withKeywords(make(.call, e.range, kids: kids)))
        case .attribute(let object, let name):
            let o = try expr(object)
            return finish(make(.attr, op: compiler.nameIndex(compiler.mangled(name)), e.range, kids: [o]))
        case .subscript(let container, let index):
            let c = try expr(container)
            let i = try expr(index)
            return finish(make(.item, e.range, kids: [c, i]))
        case .slice(let lower, let upper, let step):
            var kids: [NodeRef] = []
            for part in [lower, upper, step] {
                if let part {
                    kids.append(try expr(part))
                } else {
                    kids.append(value(make(.constant, op: constant(.none), e.range)))
                }
            }
            return finish(make(.slice, e.range, kids: kids))
        case .dict(let items):
            var kids: [NodeRef] = []
            for item in items {
                guard case .pair(let k, let v) = item else { valueDepth = start; return finish(try unpackingDict(items, e.range)) }
                kids.append(try expr(k))
                kids.append(try expr(v))
            }
            return finish(make(.dict, e.range, kids: kids))
        case .set(let items):
            var kids: [NodeRef] = []
            for x in items {
                if case .starred = x.kind { valueDepth = start; return finish(try starredDisplay(items, kind: 2, e.range)) }
                kids.append(try expr(x))
            }
            return finish(make(.set, e.range, kids: kids))
        case .fString(let parts):
            return finish(make(.fstring, e.range, kids: try fStringPieces(parts)))
        case .tuple(let items) where !items.isEmpty:
            // A tuple of literals is one constant, made once.
            if let (key, maker) = try compiler.foldedConstant(e) {
                return finish(make(.constant, op: constant(key, maker), e.range))
            }
            fallthrough
        case .tuple(let items), .list(let items):
            var kids: [NodeRef] = []
            let isTuple: Bool = { if case .tuple = e.kind { return true } else { return false } }()
            for x in items {
                if case .starred = x.kind { valueDepth = start; return finish(try starredDisplay(items, kind: isTuple ? 0 : 1, e.range)) }
                kids.append(try expr(x))
            }
            return finish(make(isTuple ? .tuple : .list, e.range, kids: kids))
        case .lambda(let params, let body):
            return finish(try lambdaExpression(params, body, e.range))
        case .listComp(let element, let gens):
            return finish(try comprehensionCall(.list, gens, element, nil, e.range))
        case .setComp(let element, let gens):
            return finish(try comprehensionCall(.set, gens, element, nil, e.range))
        case .dictComp(let key, let value, let gens):
            return finish(try comprehensionCall(.dict, gens, key, value, e.range))
        case .generatorExp(let element, let gens):
            return finish(try comprehensionCall(.generator, gens, element, nil, e.range))
        case .namedExpr(let name, let v):
            return finish(try walrus(name, v, e.range))
        case .yield, .yieldFrom:
            return try generatorExpr(e)
        case .starred:
            throw error("can't use starred expression here", e.range)
        case .await:
            throw error("'await' is not supported by Baozi", e.range)
        }
    }
}

extension TreeBuilder {
    /// The pieces of an f-string (or of a field's spec), each a str on the stack.
    mutating func fStringPieces(_ parts: [FStringPart]) throws -> [NodeRef] {
        var pieces: [NodeRef] = []
        for part in parts {
            switch part {
            case .literal(let text):
                if text.isEmpty { continue }
                pieces.append(value(make(.constant, op: stringConstant(text), .unknown)))
            case .field(let x, let conversion, let spec, let selfDocumenting):
                if let text = selfDocumenting, !text.isEmpty {
                    pieces.append(value(make(.constant, op: stringConstant(text), x.range)))
                }
                let start = valueDepthNow
                var code: Int32
                switch conversion {
                case nil: code = selfDocumenting != nil && spec == nil ? 2 : 0
                case "s": code = 1
                case "r": code = 2
                case "a": code = 3
                case let c?: throw error("f-string: invalid conversion character '\(c)': expected 's', 'r', or 'a'", x.range)
                }
                var kids = [try expr(x)]
                if let spec {
                    let specPieces = try fStringPieces(spec)
                    setValueDepth(start + 1)
                    kids.append(value(make(.fstring, x.range, kids: specPieces)))
                    code |= 4
                }
                setValueDepth(start)
                pieces.append(value(make(.format, op: code, x.range, kids: kids)))
            }
        }
        return pieces
    }
}

/// CompareOp as the 4-bit code a chain node packs.
func compareCode(_ op: CompareOp) -> Int {
    switch op {
    case .lt: return 0
    case .le: return 1
    case .eq: return 2
    case .ne: return 3
    case .gt: return 4
    case .ge: return 5
    case .is: return 6
    case .isNot: return 7
    case .in: return 8
    case .notIn: return 9
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
    /// Attaches what the builder made for this code.
    func attachTree(_ built: (TreeCode, TreeBuilder)) {
        let (tree, builder) = built
        attachTree(tree, ranges: builder.ranges, maxValues: builder.maxValueDepth, maxWork: TreeNode.workNeed(tree.body),
                   hasCleanups: builder.hasCleanups)
    }

    /// Attaches the tree built for this code: node locations follow the code's own, and
    /// constants and names are read from the tables the builder filled.
    func attachTree(_ tree: TreeCode, ranges: [SourceRange], maxValues: Int, maxWork: Int, hasCleanups: Bool) {
        let base = Int32(locations.count)
        locations.append(contentsOf: ranges)
        for n in tree.allNodes {
            n.pointee.loc += base
            switch n.kind {
            case .constant:
                n.pointee.value = constants[Int(n.op)]
            case .global, .storeGlobal, .attr, .storeAttr, .augGlobal, .augAttr, .delGlobal, .delAttr,
                 .targetGlobal, .targetAttr:
                n.pointee.name = Unmanaged.passUnretained(names[Int(n.op)])
            case .callMethod:
                n.pointee.name = Unmanaged.passUnretained(names[Int(n.op)])
                if n.op2 > 0 { n.pointee.value = constants[Int(n.op2) - 1] }
            case .call:
                if n.op2 > 0 { n.pointee.value = constants[Int(n.op2) - 1] }
            default:
                break
            }
        }
        // Work pointer slot, values, and the work items above them.
        stackSize = 1 + maxValues + maxWork
        self.tree = tree
        treeRoot = tree.body
        treeWorkSlot = tree.workSlot
        treeWorkEnd = slotCount + stackSize
        treeHasCleanups = hasCleanups
    }
}
