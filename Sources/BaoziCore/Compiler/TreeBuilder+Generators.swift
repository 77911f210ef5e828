// Generators on the tree: `yield` and `yield from` nodes, and the body of a generator
// expression (the comprehension loop of TreeBuilder+Scopes.swift around a yield).

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
            // Its child is the iterator: iter(v), by a `getIter` node.
            enter(); defer { nesting -= 1 }
            let iterable = try expr(v)
            valueDepth = start
            let kid = value(make(.getIter, v.range, kids: [iterable]))
            // [iterator, sent] while it delegates.
            maxValueDepth = max(maxValueDepth, start + 2)
            node = make(.yieldFrom, e.range, kids: [kid])
        default:
            throw InternalCompilerError(message: "not a yield")
        }
        valueDepth = start
        return value(node)
    }

    /// The tree of a `<genexpr>` body: the comprehension loop yielding each element.
    static func buildGeneratorExpression(_ compiler: Compiler, _ gens: [Comprehension], _ element: Expr,
                                         range: SourceRange) throws -> (TreeCode, TreeBuilder) {
        try buildBody(compiler, range: range) { b in
            b.enter()
            let loop = try b.comprehensionLoop(gens[...], isFirst: true, range) { b in
                // Work items: the statement and the yield.
                b.enterLevels(2); defer { b.nesting -= 2 }
                let start = b.valueDepth
                defer { b.valueDepth = start }
                let y = try b.generatorExpr(Expr(.yield(element), element.range))
                return b.make(.exprStmt, element.range, kids: [y])
            }
            return b.make(.block, range, kids: [loop])
        }
    }
}
