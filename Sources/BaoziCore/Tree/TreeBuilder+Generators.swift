// Generators on the tree: `yield` and `yield from` nodes, and the body of a generator
// expression. Also the loop every comprehension kind shares (`comprehensionLoop`): `for` over
// the code's argument `.0`, the nested `for`s and `if`s, and what to do with each element.

extension TreeBuilder {
    /// `yield x` (None when bare) and `yield from x`. A yield's value is what the resumer sends
    /// in; a `yield from`'s is what the sub-iterator returned.
    mutating func generatorExpr(_ e: Expr) throws -> NodeRef {
        let start = valueDepth
        let node: NodeRef
        switch e.kind {
        case .yield(let v):
            let kid = try v.map { try expr($0) } ?? value(make(.constant, op: constant(.none), e.range))
            node = make(.yield, e.range, kids: [kid])
        case .yieldFrom(let v):
            let kid = try expr(v)
            // [iterator, sent] while it delegates.
            maxValueDepth = max(maxValueDepth, start + 2)
            node = make(.yieldFrom, e.range, kids: [kid])
        default:
            throw Unsupported("generator expr")
        }
        valueDepth = start
        return value(node)
    }

    /// The loop of a comprehension, as a statement node: `for` over the first iterable (the
    /// code's argument `.0`, already an iterator: the loop takes it as it is), then the nested
    /// `for`s and `if`s in source order, with `innermost` — what is done with each element (a
    /// generator expression yields it) — at the bottom.
    mutating func comprehensionLoop(_ gens: [Comprehension], _ range: SourceRange,
                                    innermost: (inout TreeBuilder) throws -> NodeRef) throws -> NodeRef {
        try comprehensionLevel(gens[...], range, innermost)
    }

    private mutating func comprehensionLevel(_ gens: ArraySlice<Comprehension>, _ range: SourceRange,
                                             _ innermost: (inout TreeBuilder) throws -> NodeRef) throws -> NodeRef {
        guard let g = gens.first else { return try innermost(&self) }
        enter(); defer { nesting -= 1 }
        let start = valueDepth
        defer { valueDepth = start }
        let isFirst = gens.startIndex == 0
        // The iterator stays on the stack while the loop runs.
        let it = isFirst ? value(make(.local, op: 0, g.iter.range)) : try expr(g.iter)
        var localSlot: Int? = nil
        if case .name(let name) = g.target.kind, case .local(let slot) = try resolve(name) { localSlot = slot }
        var targetNode: NodeRef? = nil
        if localSlot == nil {
            valueDepth += 1                      // the item above the iterator
            maxValueDepth = max(maxValueDepth, valueDepth)
            targetNode = try target(g.target)
            valueDepth -= 1
        }
        var tests: [NodeRef] = []
        for cond in g.ifs { tests.append(try consumed(cond)) }
        var body = try comprehensionLevel(gens.dropFirst(), range, innermost)
        for (cond, test) in zip(g.ifs, tests).reversed() {
            body = make(.ifStmt, cond.range, kids: [test, body])
        }
        let loop: NodeRef
        if let localSlot {
            loop = make(.forLocal, op: Int32(localSlot), range, kids: [it, body])
        } else {
            loop = make(.forTarget, range, kids: [it, targetNode.unsafelyUnwrapped, body])
        }
        loop.pointee.depth = it.depth
        // Marks the loop whose iterable is already an iterator (no iter() call).
        if isFirst { loop.pointee.op2 = 1 }
        return loop
    }

    /// The tree of a `<genexpr>` body: the comprehension loop yielding each element; nil when
    /// it stays on the instruction loop.
    static func buildGeneratorExpression(_ compiler: Compiler, _ gens: [Comprehension], _ element: Expr,
                                         range: SourceRange) -> (TreeCode, TreeBuilder)? {
        buildBody(compiler, range) { b in
            b.enter()
            let loop = try b.comprehensionLoop(gens, range) { b in
                let start = b.valueDepth
                defer { b.valueDepth = start }
                let y = try b.generatorExpr(Expr(.yield(element), element.range))
                return b.make(.exprStmt, element.range, kids: [y])
            }
            return b.make(.block, range, kids: [loop])
        }
    }

    /// A tree made by `makeRoot` for the code being compiled (as `build` does for a body of
    /// statements): nil, reported under BAOZI_TREE=report, when it stays on the instruction
    /// loop.
    static func buildBody(_ compiler: Compiler, _ range: SourceRange,
                          _ makeRoot: (inout TreeBuilder) throws -> NodeRef) -> (TreeCode, TreeBuilder)? {
        let u = compiler.unit!
        func report(_ what: String) {
            if compiler.interp.reportsTreeFallbacks {
                compiler.interp.host.write("baozi: tree: \(u.qualname) (\(compiler.filename):\(range.start.line)) stays on the instruction loop: \(what)\n",
                                           toStandardError: true)
            }
        }
        guard u.cellSlots.isEmpty, u.freeCount == 0, !u.flags.contains(.usesNamespace) else {
            report("closure or namespace")
            return nil
        }
        var b = TreeBuilder(compiler)
        do {
            let root = try makeRoot(&b)
            return (TreeCode(body: root, nodes: b.nodes, workSlot: b.valueBase - 1), b)
        } catch {
            for n in b.nodes { TreeNode.free(n) }
            report((error as? Unsupported)?.what ?? "\(error)")
            return nil
        }
    }
}

extension CodeObj {
    /// Attaches a tree `TreeBuilder.build...` made for this code.
    func attachTree(_ built: (TreeCode, TreeBuilder)) {
        let (tree, builder) = built
        attachTree(tree, ranges: builder.ranges, maxValues: builder.maxValueDepth, maxWork: builder.maxNesting + 2,
                   hasCleanups: builder.hasCleanups)
    }
}
