// try/except/finally, with, and the unwinding that break, continue and return do when they
// leave those blocks.
//
// A protected region sends exceptions to its handler with the value stack trimmed to the depth
// at the region's start and the exception pushed (Unwind.swift). Handlers that `pushExcInfo`
// save the previously handled exception in the frame; on the exceptional way out the unwinder
// restores it by trimming the saves to the enclosing handler's `excDepth` (or to none when the
// exception leaves the frame), so handler code needs no cleanup region of its own: it is covered
// by whatever region encloses the whole statement.

extension Compiler {
    // MARK: - try

    func compileTry(_ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt], _ finalBody: [Stmt]) throws {
        if finalBody.isEmpty {
            try compileTryExcept(body, handlers, orElse)
        } else {
            try compileTryFinally(finalBody) {
                if handlers.isEmpty {
                    try compileStatements(body)
                    try compileStatements(orElse)
                } else {
                    try compileTryExcept(body, handlers, orElse)
                }
            }
        }
    }

    //        [region -> H] body [end]
    //        orelse
    //        jump END
    //   H:   [exc] pushExcInfo
    //        <type>, checkExcMatch, popJumpIfFalse NEXT             (typed clauses)
    //        store e (or popTop)                                    -> []
    //        [region -> CLEAN] clause body [end]                    (only with `as e`)
    //        popExcept; e = None; del e; jump END
    //   CLEAN: [exc2] e = None; del e; reraise
    //   NEXT: ... further clauses ...
    //        reraise                                                (nothing matched)
    //   END:
    private func compileTryExcept(_ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt]) throws {
        let handler = newLabel(), end = newLabel()
        unit.pushRegion(handler: handler)
        try compileStatements(body)
        unit.popRegion()
        try compileStatements(orElse)
        emit(.jump, end)

        place(handler)
        emit(.pushExcInfo)
        var lastWasBare = false
        for (i, clause) in handlers.enumerated() {
            if clause.type == nil && i != handlers.count - 1 {
                throw error("default 'except:' must be last", clause.range)
            }
            try at(clause.range == .unknown ? unit.range : clause.range) {
                try compileExceptClause(clause, end: end)
            }
            lastWasBare = clause.type == nil
        }
        if !lastWasBare {
            emit(.reraise)
        }
        place(end)
    }

    /// One `except` clause, entered with `[exc]` on the stack and the exception handled.
    private func compileExceptClause(_ clause: ExceptHandler, end: Label) throws {
        let next = newLabel()
        if let type = clause.type {
            // [exc] <type> checkExcMatch -> [exc, matched] popJumpIfFalse -> [exc]
            try compileExpr(type)
            emit(.checkExcMatch)
            emit(.popJumpIfFalse, next)
        }
        if let name = clause.name {
            try emitName(name, .store)
            let cleanup = newLabel()
            let outside = unit.activeRegions.count
            unit.pushRegion(handler: cleanup)
            unit.fblocks.append(FBlock(kind: .handlerCleanup(name: name), regionDepth: outside))
            try compileStatements(clause.body)
            unit.fblocks.removeLast()
            unit.popRegion()
            emit(.popExcept)
            try clearName(name)
            emit(.jump, end)
            // An exception in the clause body: forget the name, then propagate.
            place(cleanup)
            try clearName(name)
            emit(.reraise)
        } else {
            emit(.popTop)
            unit.fblocks.append(FBlock(kind: .handlerCleanup(name: nil), regionDepth: unit.activeRegions.count))
            try compileStatements(clause.body)
            unit.fblocks.removeLast()
            emit(.popExcept)
            emit(.jump, end)
        }
        if clause.type != nil { place(next) }
    }

    //        [region -> F] try part [end]
    //        <finally body>            (normal exit)
    //        jump END
    //   F:   [exc] pushExcInfo
    //        <finally body>
    //        popExcept; reraise
    //   END:
    private func compileTryFinally(_ finalBody: [Stmt], _ tryPart: () throws -> Void) throws {
        let handler = newLabel(), end = newLabel()
        let outside = unit.activeRegions.count
        unit.pushRegion(handler: handler)
        unit.fblocks.append(FBlock(kind: .finallyTry(body: finalBody), regionDepth: outside))
        try tryPart()
        unit.fblocks.removeLast()
        unit.popRegion()
        try compileStatements(finalBody)
        emit(.jump, end)

        place(handler)
        emit(.pushExcInfo)
        unit.fblocks.append(FBlock(kind: .finallyEnd, regionDepth: unit.activeRegions.count))
        try compileStatements(finalBody)
        unit.fblocks.removeLast()
        emit(.popExcept)
        emit(.reraise)
        place(end)
    }

    // MARK: - with

    //        <mgr> beforeWith                  [null, exit, entered]
    //        [region -> W, depth of [null, exit]]
    //        store target (or popTop)          [null, exit]
    //        body (or the next item's with)
    //        [end]
    //        None, None, None, call 3, popTop  []
    //        jump END
    //   W:   [null, exit, exc] pushExcInfo
    //        withExceptStart                   [null, exit, exc, result]
    //        popJumpIfTrue SUPPRESS
    //        reraise
    //   SUPPRESS: popTop, popExcept, popTop, popTop
    //   END:
    func compileWith(_ items: [WithItem], _ index: Int, _ body: [Stmt], _ range: SourceRange) throws {
        let item = items[index]
        try compileExpr(item.context)
        emit(.beforeWith)
        let handler = newLabel(), suppress = newLabel(), end = newLabel()
        let outside = unit.activeRegions.count
        unit.pushRegion(handler: handler, stackDepth: unit.depth - 1)
        if let target = item.target {
            try compileStore(target)
        } else {
            emit(.popTop)
        }
        unit.fblocks.append(FBlock(kind: .with(range: range), regionDepth: outside))
        if index + 1 < items.count {
            try compileWith(items, index + 1, body, range)
        } else {
            try compileStatements(body)
        }
        unit.fblocks.removeLast()
        unit.popRegion()
        emitExitCall(preservingTop: false)
        emit(.jump, end)

        place(handler)
        emit(.pushExcInfo)
        emit(.withExceptStart)
        emit(.popJumpIfTrue, suppress)
        emit(.reraise)
        place(suppress)
        emit(.popTop)
        emit(.popExcept)
        emit(.popTop)
        emit(.popTop)
        place(end)
    }

    /// `exit(None, None, None)` with `[null, exit]` on the stack (under a kept value when
    /// `preservingTop`: `[null, exit, v]` is rotated to `[v, null, exit]` first).
    private func emitExitCall(preservingTop: Bool) {
        if preservingTop {
            emit(.swap, 3)
            emit(.swap, 2)
        }
        loadNone()
        loadNone()
        loadNone()
        emit(.call, 3)
        emit(.popTop)
    }

    // MARK: - break, continue, return

    private func innermostLoop() -> (index: Int, head: Label, exit: Label)? {
        for i in stride(from: unit.fblocks.count - 1, through: 0, by: -1) {
            switch unit.fblocks[i].kind {
            case .whileLoop(let head, let exit), .forLoop(let head, let exit):
                return (i, head, exit)
            default:
                continue
            }
        }
        return nil
    }

    func compileBreak(_ range: SourceRange) throws {
        guard let loop = innermostLoop() else { throw error("'break' outside loop", range) }
        let saved = unit.saveState()
        // Unwinds the loop itself too: a for loop's iterator is popped.
        try unwindBlocks(downTo: loop.index, preservingTop: false)
        emit(.jump, loop.exit)
        unit.restore(saved)
    }

    func compileContinue(_ range: SourceRange) throws {
        guard let loop = innermostLoop() else { throw error("'continue' not properly in loop", range) }
        let saved = unit.saveState()
        try unwindBlocks(downTo: loop.index + 1, preservingTop: false)
        emit(.jumpBackward, loop.head)
        unit.restore(saved)
    }

    /// The value is computed first and kept on top while the enclosing blocks are undone.
    func compileReturn(_ value: Expr?, _ range: SourceRange) throws {
        guard unit.scope.kind == .function || unit.scope.kind == .lambda else {
            throw error("'return' outside function", range)
        }
        let saved = unit.saveState()
        if let value {
            try compileExpr(value)
        } else {
            loadNone()
        }
        try unwindBlocks(downTo: 0, preservingTop: true)
        emit(.returnValue)
        unit.restore(saved)
    }

    /// Emits the code leaving every block from the innermost down to `fblocks[stop]`. Each
    /// block's undo code runs outside the block's own handler region, and with the block (and
    /// those inside it) removed, so a break in a finally copy does not run it again. The caller
    /// restores the block stack afterwards.
    private func unwindBlocks(downTo stop: Int, preservingTop: Bool) throws {
        while unit.fblocks.count > stop {
            let block = unit.fblocks.removeLast()
            unit.activeRegions = Array(unit.activeRegions.prefix(block.regionDepth))
            try unwind(block, preservingTop: preservingTop)
        }
    }

    private func unwind(_ block: FBlock, preservingTop: Bool) throws {
        switch block.kind {
        case .whileLoop:
            break
        case .forLoop, .popValue:
            if preservingTop { emit(.swap, 2) }
            emit(.popTop)
        case .finallyTry(let body):
            // A copy of the finally body; a return value stays under it.
            if preservingTop {
                unit.fblocks.append(FBlock(kind: .popValue, regionDepth: unit.activeRegions.count))
            }
            try compileStatements(body)
            if preservingTop { unit.fblocks.removeLast() }
        case .finallyEnd:
            // [exc (, value)]: drop the exception being handled.
            if preservingTop { emit(.swap, 2) }
            emit(.popTop)
            emit(.popExcept)
        case .with(let range):
            at(range) { emitExitCall(preservingTop: preservingTop) }
        case .handlerCleanup(let name):
            emit(.popExcept)
            if let name { try clearName(name) }
        }
    }
}
