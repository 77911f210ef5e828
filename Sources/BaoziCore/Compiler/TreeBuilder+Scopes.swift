// Tree building for scopes: cell and free variables, nested `def`/`lambda`/`class` statements,
// list/set/dict comprehensions (their bodies and their call sites), and the collection forms
// of calls and displays (`f(*a, **k)`, `[*a, b]`, `{**m}`).
//
// A nested scope's code object is made by the compiler when the builder meets it (with a tree
// of its own); the builder keeps it among the enclosing code's constants and makes a `function`
// node that binds it to defaults, annotations and a closure at run time.

extension TreeBuilder {
    // MARK: - Entry points

    /// The body of a lambda: `return <body>` (a generator lambda's value is what it yields: its
    /// body is an expression statement and it returns None).
    static func lambdaBody(_ body: Expr, isGenerator: Bool) -> [Stmt] {
        [Stmt(isGenerator ? .expr(body) : .return(body), body.range)]
    }

    /// The body of a `<listcomp>`, `<setcomp>` or `<dictcomp>` code object: the container,
    /// filled by the loops over the argument `.0` (the first iterable's iterator), returned.
    static func buildComprehension(_ compiler: Compiler, _ kind: Compiler.ComprehensionKind, _ gens: [Comprehension],
                                   _ element: Expr, _ value: Expr?, range: SourceRange) throws -> (TreeCode, TreeBuilder) {
        try buildBody(compiler, range: range) { b in
            // Work items: the block, the return, the comprehension.
            b.enterLevels(3); defer { b.nesting -= 3 }
            let code: Int32
            switch kind {
            case .list: code = 0
            case .set: code = 1
            default: code = 2
            }
            // The container stays at the first value slot while the loops run above it.
            let containerSlot = Int32(b.valueBase)
            b.valueDepth = 1
            b.maxValueDepth = max(b.maxValueDepth, 1)
            let loop = try b.comprehensionLoop(gens[...], isFirst: true, range) { b in
                b.enter(); defer { b.nesting -= 1 }
                let start = b.valueDepth
                var kids = [try b.expr(element)]
                if let value { kids.append(try b.expr(value)) }
                b.valueDepth = start
                let add = b.make(.compAppend, op: containerSlot, element.range, kids: kids)
                add.pointee.op2 = code
                return add
            }
            b.valueDepth = 0
            let full = b.value(b.make(.comprehension, op: code, range, kids: [loop]))
            b.valueDepth = 0
            let ret = b.make(.returnStmt, range, kids: [full])
            return b.make(.block, range, kids: [ret])
        }
    }

    /// The loops of a comprehension, outermost first: `for` over the iterable (the argument
    /// `.0` for the first), the `if` filters nested inside it, then the next loop or the
    /// innermost statement `inner` makes.
    mutating func comprehensionLoop(_ gens: ArraySlice<Comprehension>, isFirst: Bool, _ range: SourceRange,
                                    _ inner: (inout TreeBuilder) throws -> NodeRef) throws -> NodeRef {
        // Work items: the loop, and an `if` testing its condition.
        enterLevels(2); defer { nesting -= 2 }
        guard let g = gens.first else { return try inner(&self) }
        let start = valueDepth
        defer { valueDepth = start }
        // The first iterable was evaluated by the caller: its iterator is the argument `.0`.
        let iterable = isFirst ? Expr(.name(".0"), g.iter.range) : g.iter
        let it = try expr(iterable)
        let placeholderKind: TreeKind
        var targetNode: NodeRef? = nil
        var slot: Int32 = 0
        if case .name(let n) = g.target.kind, case .local(let s) = try resolve(n) {
            placeholderKind = .forLocal
            slot = Int32(s)
        } else {
            placeholderKind = .forTarget
            valueDepth += 1                      // the item above the iterator
            maxValueDepth = max(maxValueDepth, valueDepth)
            targetNode = try target(g.target)
            valueDepth -= 1
        }
        let placeholder = make(placeholderKind, op: slot, range)
        placeholder.pointee.depth = it.depth
        // The body: the filters, innermost last, around the next loop.
        var body = try comprehensionLoop(gens.dropFirst(), isFirst: false, range, inner)
        for cond in g.ifs.reversed() {
            let t = try consumed(cond)
            body = make(.ifStmt, cond.range, kids: [t, body])
        }
        var kids = [it]
        if let targetNode { kids.append(targetNode) }
        kids.append(body)
        let loop = finishLoop(placeholder, placeholderKind, range, kids, op: slot)
        // The first loop's iterable is already an iterator: the loop takes it as it is.
        if isFirst { loop.pointee.op2 = 1 }
        return loop
    }

    /// Counts `n` levels of work items (nodes that wait for a child) in `maxNesting`, which
    /// sizes the work stack.
    mutating func enterLevels(_ n: Int) {
        nesting += n
        maxNesting = max(maxNesting, nesting)
    }

    // MARK: - Cells

    /// The slot of a cell or free variable `name` refers to here, or nil.
    func cellSlot(_ rawName: String) -> Int? {
        let name = compiler.mangled(rawName)
        switch unit.scope.scope(of: name) {
        case .cell, .free: return unit.slot(name)
        default: return nil
        }
    }

    /// A load of a cell or free variable: direct evaluation reads it (it needs no script code).
    mutating func loadCell(_ slot: Int, _ range: SourceRange) -> NodeRef {
        let n = make(.loadCell, op: Int32(slot), range)
        n.pointee.directable = true
        return n
    }

    // MARK: - Nested code objects

    /// The code object of a nested scope, made by `make` (the compiler builds its own tree)
    /// and kept among this code's constants (they keep it alive and copy it with the code).
    func nestedCode(_ make: () throws -> CodeObj) throws -> CodeObj {
        let code = try make()
        _ = constant(.object(ObjectIdentifier(code))) { Value(code) }
        return code
    }

    /// A `function` node making a function of `code` (defaults etc. are its children, pushed in
    /// MAKE_FUNCTION's order); the depth is the caller's to set (`expr`'s finish).
    mutating func functionNode(_ code: CodeObj, defaults params: Parameters?, annotations: FunctionDef?,
                               _ range: SourceRange) throws -> NodeRef {
        // Work items: the function node, a tuple or dict of pieces.
        enterLevels(2); defer { nesting -= 2 }
        let start = valueDepth
        var kids: [NodeRef] = []
        var flags: Int32 = 0
        if let p = params {
            let positional = (p.positionalOnly + p.regular).compactMap { $0.defaultValue }
            if !positional.isEmpty {
                let s = valueDepth
                var items: [NodeRef] = []
                for d in positional { items.append(try expr(d)) }
                valueDepth = s
                kids.append(value(make(.tuple, range, kids: items)))
                flags |= 1
            }
            let kwOnly = p.keywordOnly.filter { $0.defaultValue != nil }
            if !kwOnly.isEmpty {
                let s = valueDepth
                var items: [NodeRef] = []
                for param in kwOnly {
                    guard let d = param.defaultValue else { continue }
                    items.append(internedConstant(compiler.mangled(param.name), param.range))
                    items.append(try expr(d))
                }
                valueDepth = s
                kids.append(value(make(.dict, range, kids: items)))
                flags |= 2
            }
        }
        if let f = annotations {
            let items = SymbolTableBuilder(filename: compiler.filename).annotations(of: f)
            if !items.isEmpty {
                let s = valueDepth
                var pieces: [NodeRef] = []
                for (name, annotation) in items {
                    pieces.append(internedConstant(compiler.mangled(name), annotation.range))
                    if compiler.futureAnnotations {
                        pieces.append(value(make(.constant, op: stringConstant(compiler.unparse(annotation)), annotation.range)))
                    } else {
                        pieces.append(try expr(annotation))
                    }
                }
                valueDepth = s
                kids.append(value(make(.dict, range, kids: pieces)))
                flags |= 4
            }
        }
        // The closure: the cells of the nested code's free variables, in its order.
        if code.freeCount > 0 {
            let s = valueDepth
            var cells: [NodeRef] = []
            for name in code.varNames[code.localCount...] {
                guard let slot = unit.slot(name), unit.cellSlots.contains(slot) || slot >= unit.varNames.count - unit.freeCount else {
                    throw InternalCompilerError(message: "no cell for '\(name)' in \(unit.qualname) for \(code.qualname)")
                }
                cells.append(value(make(.closureCell, op: Int32(slot), range)))
            }
            valueDepth = s
            kids.append(value(make(.tuple, range, kids: cells)))
            flags |= 8
        }
        // The code object goes on top of the pieces.
        maxValueDepth = max(maxValueDepth, valueDepth + 1)
        valueDepth = start
        let n = make(.function, op: flags, range, kids: kids)
        n.pointee.value = Value(code)
        return n
    }

    /// A str constant node (interned, as the compiler makes keyword and parameter names).
    mutating func internedConstant(_ text: String, _ range: SourceRange) -> NodeRef {
        let index = constant(.string(text)) { Value(compiler.interp.intern(text)) }
        return value(make(.constant, op: index, range))
    }

    /// `decorated` around `definition` when there are decorators: they were built first (they
    /// are evaluated first) at the depths below it.
    mutating func decorate(_ decorators: [NodeRef], _ definition: NodeRef, _ range: SourceRange) -> NodeRef {
        if decorators.isEmpty { return definition }
        return make(.decorated, range, kids: decorators + [definition])
    }

    /// A nested `def`: the function (decorated) stored under its name.
    mutating func functionDefinition(_ f: FunctionDef, _ range: SourceRange) throws -> NodeRef {
        enter(); defer { nesting -= 1 }            // the decorated node
        let start = valueDepth
        defer { valueDepth = start }
        var decorators: [NodeRef] = []
        for d in f.decorators { decorators.append(try expr(d)) }
        let fn = value(try functionNode(try nestedCode { try compiler.functionCode(f, range) }, defaults: f.parameters, annotations: f, range))
        valueDepth = start
        let made = value(decorate(decorators, fn, range))
        valueDepth = start
        return try storeName(f.name, made, range)
    }

    /// A nested `class`: the body function, the bases and keywords, then the class statement
    /// runs the body (BUILD_CLASS); the class (decorated) is stored under its name.
    mutating func classDefinition(_ c: ClassDef, _ range: SourceRange) throws -> NodeRef {
        enterLevels(2); defer { nesting -= 2 }     // the decorated and class nodes
        let start = valueDepth
        defer { valueDepth = start }
        var decorators: [NodeRef] = []
        for d in c.decorators { decorators.append(try expr(d)) }
        let classStart = valueDepth
        let body = value(try functionNode(try nestedCode { try compiler.classBodyCode(c, range) }, defaults: nil, annotations: nil, range))
        var bases: [Expr] = []
        var keywords: [Argument] = []
        for a in c.arguments {
            switch a {
            case .positional(let e): bases.append(e)
            case .starred(let e): bases.append(starredItem(e))
            case .keyword, .doubleStarred: keywords.append(a)
            }
        }
        let basesNode = try sequence(bases, isTuple: true, range)
        let keywordsNode = try keywordDict(keywords, rejectDuplicates: false, range)
        valueDepth = classStart
        let made = make(.classDef, range, kids: [body, basesNode, keywordsNode])
        let name = Int(stringConstant(c.name))       // first: it may add the constant
        made.pointee.value = unit.constants[name]
        _ = value(made)
        valueDepth = start
        let result = value(decorate(decorators, made, range))
        valueDepth = start
        return try storeName(c.name, result, range)
    }

    /// Stores the value of `node` (built at the current depth) in the variable `name`.
    mutating func storeName(_ name: String, _ node: NodeRef, _ range: SourceRange) throws -> NodeRef {
        switch try resolve(name) {
        case .local(let slot): return make(.storeLocal, op: Int32(slot), range, kids: [node])
        case .global(let index): return make(.storeGlobal, op: index, range, kids: [node])
        case .cell(let slot): return make(.storeCell, op: Int32(slot), range, kids: [node])
        }
    }

    /// `lambda params: body`.
    mutating func lambdaExpression(_ params: Parameters, _ body: Expr, _ range: SourceRange) throws -> NodeRef {
        try functionNode(try nestedCode { try compiler.lambdaCode(params, body, range) }, defaults: params, annotations: nil, range)
    }

    /// A comprehension's call site: the function made of its code, called with the iterator of
    /// the first iterable (`<genexpr>` too: its call returns the generator).
    mutating func comprehensionCall(_ kind: Compiler.ComprehensionKind, _ gens: [Comprehension], _ element: Expr,
                                    _ valueExpr: Expr?, _ range: SourceRange) throws -> NodeRef {
        guard let first = gens.first else { throw error("comprehension without 'for'", range) }
        enter(); defer { nesting -= 1 }            // getIter under the call
        let start = valueDepth
        let code = try nestedCode { try compiler.comprehensionCode(kind, gens, element, valueExpr, range) }
        let fn = value(try functionNode(code, defaults: nil, annotations: nil, range))
        let s = valueDepth
        let iterable = try expr(first.iter)
        valueDepth = s
        let it = value(make(.getIter, first.iter.range, kids: [iterable]))
        valueDepth = start
        return make(.call, range, kids: [fn, it])
    }

    /// `name := value`: the value is stored and stays the expression's value.
    mutating func walrus(_ name: String, _ valueExpr: Expr, _ range: SourceRange) throws -> NodeRef {
        enter(); defer { nesting -= 1 }            // the target
        let start = valueDepth
        let v = try expr(valueExpr)
        valueDepth = start + 2                   // the copy the target consumes
        maxValueDepth = max(maxValueDepth, valueDepth)
        let t = try target(Expr(.name(name), range))
        valueDepth = start
        return make(.walrus, range, kids: [v, t])
    }

    // MARK: - Collections in calls and displays

    /// Whether a call needs CALL_FUNCTION_EX (a `*` or `**` argument).
    static func needsCollections(_ args: [Argument]) -> Bool {
        args.contains { a in
            switch a {
            case .starred, .doubleStarred: return true
            default: return false
            }
        }
    }

    /// `f(*a, k=v, **m)`: [callee, args, kwargs?] then the call.
    mutating func collectionCall(_ callee: Expr, _ args: [Argument], _ range: SourceRange) throws -> NodeRef {
        enter(); defer { nesting -= 1 }
        let start = valueDepth
        var positional: [Expr] = []
        var keywords: [Argument] = []
        for a in args {
            switch a {
            case .positional(let e): positional.append(e)
            case .starred(let e): positional.append(starredItem(e))
            case .keyword, .doubleStarred: keywords.append(a)
            }
        }
        var kids = [try expr(callee)]
        if positional.count == 1, case .starred(let only) = positional[0].kind {
            // A lone `*iterable` is passed as it is (the call accepts any iterable).
            kids.append(try expr(only))
        } else if positional.isEmpty {
            let empty = constant(.tuple([])) { compiler.interp.newTuple([Value]()) }
            kids.append(value(make(.constant, op: empty, range)))
        } else {
            kids.append(try sequence(positional, isTuple: true, range))
        }
        if !keywords.isEmpty { kids.append(try keywordDict(keywords, rejectDuplicates: true, range)) }
        valueDepth = start
        return make(.callEx, op: keywords.isEmpty ? 0 : 1, range, kids: kids)
    }

    /// A tuple of `items`, some of them may be `*x` (at the current depth).
    mutating func sequence(_ items: [Expr], isTuple: Bool, _ range: SourceRange) throws -> NodeRef {
        enter(); defer { nesting -= 1 }
        let starred = items.contains { if case .starred = $0.kind { return true } else { return false } }
        if starred { return value(try starredDisplay(items, kind: isTuple ? 0 : 1, range)) }
        let start = valueDepth
        var kids: [NodeRef] = []
        for x in items { kids.append(try expr(x)) }
        valueDepth = start
        return value(make(isTuple ? .tuple : .list, range, kids: kids))
    }

    /// A tuple, list or set display with starred items (the caller sets the depth).
    mutating func starredDisplay(_ items: [Expr], kind: Int32, _ range: SourceRange) throws -> NodeRef {
        enterLevels(2); defer { nesting -= 2 }     // the display and a starred item
        let start = valueDepth
        var kids: [NodeRef] = []
        for x in items {
            if case .starred(let inner) = x.kind {
                let s = valueDepth
                let i = try expr(inner)
                valueDepth = s
                kids.append(value(make(.starred, x.range, kids: [i])))
            } else {
                kids.append(try expr(x))
            }
        }
        valueDepth = start
        return make(.displayEx, op: kind, range, kids: kids)
    }

    /// A dict display with `**m` items (the caller sets the depth).
    mutating func unpackingDict(_ items: [DictItem], _ range: SourceRange) throws -> NodeRef {
        enterLevels(2); defer { nesting -= 2 }     // the dict and a ** item
        let start = valueDepth
        var kids: [NodeRef] = []
        for item in items {
            switch item {
            case .pair(let k, let v):
                kids.append(try expr(k))
                kids.append(try expr(v))
            case .unpack(let m):
                let s = valueDepth
                let inner = try expr(m)
                valueDepth = s
                kids.append(value(make(.doubleStarred, m.range, kids: [inner])))
            }
        }
        valueDepth = start
        return make(.dictEx, range, kids: kids)
    }

    /// The keywords of a call or class statement as one dict (at the current depth):
    /// `k=v` pairs and `**m` merges; a call rejects a keyword given twice.
    mutating func keywordDict(_ keywords: [Argument], rejectDuplicates: Bool, _ range: SourceRange) throws -> NodeRef {
        enterLevels(2); defer { nesting -= 2 }     // the dict and a ** item
        let start = valueDepth
        var kids: [NodeRef] = []
        var plain = true
        for a in keywords {
            switch a {
            case .keyword(let k, let v):
                kids.append(internedConstant(k, v.range))
                kids.append(try expr(v))
            case .doubleStarred(let m):
                let s = valueDepth
                let inner = try expr(m)
                valueDepth = s
                kids.append(value(make(.doubleStarred, m.range, kids: [inner])))
                plain = false
            default:
                continue
            }
        }
        valueDepth = start
        if plain { return value(make(.dict, range, kids: kids)) }
        return value(make(.dictEx, op: rejectDuplicates ? 1 : 0, range, kids: kids))
    }
}
