// Statements: assignments, control flow, imports, and the simple statements.

extension Compiler {
    func compileStatements<S: Sequence>(_ body: S) throws where S.Element == Stmt {
        for s in body { try compileStmt(s) }
    }

    func compileStmt(_ s: Stmt) throws {
        try descend(s.range)
        defer { ascend() }
        try at(s.range) {
            switch s.kind {
            case .expr(let e):
                try compileExprStatement(e)
            case .assign(let targets, let value):
                try compileExpr(value)
                for (i, t) in targets.enumerated() {
                    // `a = b = v`: each target but the last stores a copy.
                    if i < targets.count - 1 { emit(.copy, 1) }
                    try compileStore(t)
                }
            case .augAssign(let target, let op, let value):
                try compileAugAssign(target, op, value)
            case .annAssign(let target, let annotation, let value, let simple):
                try compileAnnAssign(target, annotation, value, simple)
            case .if(let test, let body, let orElse):
                try compileIf(test, body, orElse)
            case .while(let test, let body, let orElse):
                try compileWhile(test, body, orElse)
            case .for(let target, let iter, let body, let orElse):
                try compileFor(target, iter, body, orElse)
            case .break:
                try compileBreak(s.range)
            case .continue:
                try compileContinue(s.range)
            case .pass, .global, .nonlocal:
                break
            case .functionDef(let f):
                try compileFunctionDef(f, s.range)
            case .classDef(let c):
                try compileClassDef(c, s.range)
            case .return(let value):
                try compileReturn(value, s.range)
            case .try(let body, let handlers, let orElse, let finalBody):
                try compileTry(body, handlers, orElse, finalBody)
            case .raise(let exc, let cause):
                try compileRaise(exc, cause)
            case .with(let items, let body):
                try compileWith(items, 0, body, s.range)
            case .import(let aliases):
                try compileImport(aliases)
            case .importFrom(let module, let aliases, let level):
                try compileImportFrom(module, aliases, level, s.range)
            case .assert(let test, let message):
                try compileAssert(test, message)
            case .delete(let targets):
                for t in targets { try compileDelete(t) }
            }
        }
    }

    // MARK: - Expression statements

    private func compileExprStatement(_ e: Expr) throws {
        if interactive && unit.scope.kind == .module {
            // __baozi_displayhook__(value)
            emit(.loadName, nameIndex("__baozi_displayhook__"))
            try compileExpr(e)
            emit(.callFunction, 1)
            emit(.popTop)
            return
        }
        // A lone literal (a docstring in the middle of a body, `...`) does nothing.
        if case .constant(let c) = e.kind {
            _ = try constant(c, e.range)
            return
        }
        try compileExpr(e)
        emit(.popTop)
    }

    // MARK: - Assignment

    /// Stores the value on top of the stack into `target` (located at the target, as CPython
    /// reports a failing store or unpacking).
    func compileStore(_ target: Expr) throws {
        try descend(target.range)
        defer { ascend() }
        try at(target.range) { try compileStoreKind(target) }
    }

    private func compileStoreKind(_ target: Expr) throws {
        switch target.kind {
        case .name(let n):
            try emitName(n, .store)
        case .attribute(let obj, let attr):
            // [value] <obj> storeAttr: the object on top, the value under it.
            try compileExpr(obj)
            emit(.storeAttr, nameIndex(mangled(attr)))
        case .subscript(let obj, let index):
            // [value, container, index] storeSubscr
            try compileExpr(obj)
            try compileExpr(index)
            emit(.storeSubscr)
        case .tuple(let items), .list(let items):
            try compileUnpack(items, target.range)
        case .starred:
            throw error("starred assignment target must be in a list or tuple", target.range)
        default:
            throw error("cannot assign to \(describe(target))", target.range)
        }
    }

    /// `a, *b, c = value`: unpacking pushes the items with the first target on top.
    private func compileUnpack(_ items: [Expr], _ range: SourceRange) throws {
        var starIndex: Int? = nil
        for (i, item) in items.enumerated() {
            if case .starred = item.kind {
                if starIndex != nil { throw error("multiple starred expressions in assignment", item.range) }
                starIndex = i
            }
        }
        if let s = starIndex {
            let after = items.count - s - 1
            if s > 0xFF || after > 0xFFFF {
                throw error("too many expressions in star-unpacking assignment", range)
            }
            emit(.unpackEx, Int32(s | (after << 8)))
        } else {
            emit(.unpackSequence, Int32(items.count))
        }
        for item in items {
            if case .starred(let inner) = item.kind {
                try compileStore(inner)
            } else {
                try compileStore(item)
            }
        }
    }

    /// How CPython names an expression that cannot be assigned to or deleted.
    func describe(_ e: Expr) -> String {
        switch e.kind {
        case .call: return "function call"
        case .constant(.none): return "None"
        case .constant(.bool(let b)): return b ? "True" : "False"
        case .constant(.ellipsis): return "ellipsis"
        case .constant, .fString: return "literal"
        case .compare: return "comparison"
        case .lambda: return "lambda"
        case .ifExp: return "conditional expression"
        case .namedExpr: return "named expression"
        case .yield, .yieldFrom: return "yield expression"
        case .await: return "await expression"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .generatorExp: return "generator expression"
        case .set: return "set display"
        case .dict: return "dict literal"
        default: return "expression"
        }
    }

    /// The target is read and written at its own location, the operator at the statement's
    /// (as CPython reports errors).
    private func compileAugAssign(_ target: Expr, _ op: BinaryOp, _ value: Expr) throws {
        let opArg = binaryOpcode(op).rawValue
        switch target.kind {
        case .name(let n):
            try at(target.range) { try emitName(n, .load) }
            try compileExpr(value)
            emit(.inplaceOp, opArg)
            try at(target.range) { try emitName(n, .store) }
        case .attribute(let obj, let attr):
            // [obj] copy -> [obj, obj] loadAttr -> [obj, old] <value> inplaceOp -> [obj, new]
            // swap -> [new, obj] storeAttr
            try at(target.range) {
                try compileExpr(obj)
                emit(.copy, 1)
                emit(.loadAttr, nameIndex(mangled(attr)))
            }
            try compileExpr(value)
            emit(.inplaceOp, opArg)
            at(target.range) {
                emit(.swap, 2)
                emit(.storeAttr, nameIndex(mangled(attr)))
            }
        case .subscript(let obj, let index):
            // [obj, idx] copy 2 ×2 -> [obj, idx, obj, idx] binarySubscr -> [obj, idx, old]
            // <value> inplaceOp -> [obj, idx, new]; swap 3, swap 2 -> [new, obj, idx] storeSubscr
            try at(target.range) {
                try compileExpr(obj)
                try compileExpr(index)
                emit(.copy, 2)
                emit(.copy, 2)
                emit(.binarySubscr)
            }
            try compileExpr(value)
            emit(.inplaceOp, opArg)
            at(target.range) {
                emit(.swap, 3)
                emit(.swap, 2)
                emit(.storeSubscr)
            }
        default:
            throw error("'\(describe(target))' is an illegal expression for augmented assignment", target.range)
        }
    }

    /// `target: annotation = value`. Module and class bodies record simple annotations in
    /// `__annotations__`; functions evaluate nothing for the annotation.
    private func compileAnnAssign(_ target: Expr, _ annotation: Expr, _ value: Expr?, _ simple: Bool) throws {
        if let value {
            try compileExpr(value)
            try compileStore(target)
        }
        guard simple, case .name(let n) = target.kind, !unit.scope.isFunctionLike else { return }
        // [annotation, __annotations__, 'name'] storeSubscr
        if futureAnnotations {
            loadString(unparse(annotation))
        } else {
            try compileExpr(annotation)
        }
        emit(.loadName, nameIndex("__annotations__"))
        loadString(mangled(n))
        emit(.storeSubscr)
    }

    // MARK: - Control flow

    private func compileIf(_ test: Expr, _ body: [Stmt], _ orElse: [Stmt]) throws {
        let end = newLabel()
        if orElse.isEmpty {
            try compileJumpIf(test, false, end)
            try compileStatements(body)
        } else {
            let elseLabel = newLabel()
            try compileJumpIf(test, false, elseLabel)
            try compileStatements(body)
            emit(.jump, end)
            place(elseLabel)
            try compileStatements(orElse)
        }
        place(end)
    }

    //   HEAD: <test> popJumpIfFalse ELSE; body; jumpBackward HEAD; ELSE: orelse; EXIT:
    private func compileWhile(_ test: Expr, _ body: [Stmt], _ orElse: [Stmt]) throws {
        let head = newLabel(), elseLabel = newLabel(), exit = newLabel()
        place(head)
        if !isConstantTrue(test) {
            try compileJumpIf(test, false, elseLabel)
        }
        unit.fblocks.append(FBlock(kind: .whileLoop(head: head, exit: exit), regionDepth: unit.activeRegions.count))
        try compileStatements(body)
        unit.fblocks.removeLast()
        emit(.jumpBackward, head)
        place(elseLabel)
        try compileStatements(orElse)
        place(exit)
    }

    private func isConstantTrue(_ e: Expr) -> Bool {
        switch e.kind {
        case .constant(.bool(true)): return true
        case .constant(.int(let i)): return i != 0
        default: return false
        }
    }

    //   <iter> getIter; HEAD: forIter END; <target>; body; jumpBackward HEAD;
    //   END: (iterator popped) orelse; EXIT:
    private func compileFor(_ target: Expr, _ iter: Expr, _ body: [Stmt], _ orElse: [Stmt]) throws {
        try compileExpr(iter)
        emit(.getIter)
        let head = newLabel(), end = newLabel(), exit = newLabel()
        place(head)
        emit(.forIter, end)
        try compileStore(target)
        unit.fblocks.append(FBlock(kind: .forLoop(head: head, exit: exit), regionDepth: unit.activeRegions.count))
        try compileStatements(body)
        unit.fblocks.removeLast()
        emit(.jumpBackward, head)
        place(end)
        try compileStatements(orElse)
        place(exit)
    }

    private func compileRaise(_ exc: Expr?, _ cause: Expr?) throws {
        guard let exc else {
            emit(.raiseVarargs, 0)
            return
        }
        try compileExpr(exc)
        if let cause {
            try compileExpr(cause)
            emit(.raiseVarargs, 2)
        } else {
            emit(.raiseVarargs, 1)
        }
    }

    //   <test> popJumpIfTrue OK; loadAssertionError, <msg>, callFunction 1; raiseVarargs 1; OK:
    // The raise is located at the test expression, as CPython reports it.
    private func compileAssert(_ test: Expr, _ message: Expr?) throws {
        let ok = newLabel()
        try compileJumpIf(test, true, ok)
        try at(test.range) {
            if let message {
                emit(.loadAssertionError)
                try compileExpr(message)
                emit(.callFunction, 1)
            } else {
                emit(.loadAssertionError)
            }
            emit(.raiseVarargs, 1)
        }
        place(ok)
    }

    private func compileDelete(_ target: Expr) throws {
        try descend(target.range)
        defer { ascend() }
        try at(target.range) { try compileDeleteKind(target) }
    }

    private func compileDeleteKind(_ target: Expr) throws {
        switch target.kind {
        case .name(let n):
            try emitName(n, .delete)
        case .attribute(let obj, let attr):
            try compileExpr(obj)
            emit(.deleteAttr, nameIndex(mangled(attr)))
        case .subscript(let obj, let index):
            try compileExpr(obj)
            try compileExpr(index)
            emit(.deleteSubscr)
        case .tuple(let items), .list(let items):
            for item in items { try compileDelete(item) }
        default:
            throw error("cannot delete \(describe(target))", target.range)
        }
    }

    // MARK: - Imports

    // Located at the statement, as CPython reports import errors.
    //   import a.b.c      -> 0, None, importName "a.b.c" (the top package a); store a
    //   import a.b.c as d -> 0, None, importName "a.b.c"; importFrom b, swap 2, popTop;
    //                        importFrom c, swap 2, popTop; store d
    private func compileImport(_ aliases: [ImportAlias]) throws {
        for alias in aliases {
            loadConst(.int(0))
            loadNone()
            emit(.importName, nameIndex(alias.name))
            let parts = alias.name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            if let asName = alias.asName {
                for part in parts.dropFirst() {
                    emit(.importFrom, nameIndex(part))
                    emit(.swap, 2)
                    emit(.popTop)
                }
                try emitName(asName, .store)
            } else {
                try emitName(parts[0], .store)
            }
        }
    }

    //   from m import x as y -> level, ('x',), importName m; importFrom x; store y; ...; popTop
    //   from m import *      -> level, ('*',), importName m; importStar
    private func compileImportFrom(_ module: String?, _ aliases: [ImportAlias], _ level: Int, _ range: SourceRange) throws {
        loadConst(.int(level))
        let names = aliases.map { $0.name }
        emit(.loadConst, unit.constant(.tuple(names.map { .string($0) })) {
            self.interp.newTuple(names.map { self.stringValue($0) })
        })
        emit(.importName, nameIndex(module ?? ""))
        if aliases.contains(where: { $0.name == "*" }) {
            if unit.scope.kind != .module {
                throw error("import * only allowed at module level", range)
            }
            emit(.importStar)
            return
        }
        for alias in aliases {
            emit(.importFrom, nameIndex(alias.name))
            try emitName(alias.asName ?? alias.name, .store)
        }
        emit(.popTop)
    }

    // MARK: - Annotation text

    /// Source-like text of an annotation, for `from __future__ import annotations`.
    func unparse(_ e: Expr) -> String {
        switch e.kind {
        case .name(let n): return n
        case .attribute(let obj, let attr): return unparse(obj) + "." + attr
        case .subscript(let obj, let index):
            if case .tuple(let items) = index.kind, !items.isEmpty {
                return unparse(obj) + "[" + items.map(unparse).joined(separator: ", ") + "]"
            }
            return unparse(obj) + "[" + unparse(index) + "]"
        case .constant(.none): return "None"
        case .constant(.bool(let b)): return b ? "True" : "False"
        case .constant(.ellipsis): return "..."
        case .constant(.int(let i)): return String(i)
        case .constant(.bigInt(let s)): return s
        case .constant(.float(let d)): return String(d)
        case .constant(.string(let s)): return "'" + s + "'"
        case .tuple(let items): return "(" + items.map(unparse).joined(separator: ", ") + (items.count == 1 ? ",)" : ")")
        case .list(let items): return "[" + items.map(unparse).joined(separator: ", ") + "]"
        case .binary(let l, .bitOr, let r): return unparse(l) + " | " + unparse(r)
        default: return "..."
        }
    }
}
