// Expressions: each leaves exactly one value on the stack.

extension Compiler {
    func compileExpr(_ e: Expr) throws {
        try descend(e.range)
        defer { ascend() }
        try at(e.range) { try compileExprKind(e) }
    }

    private func compileExprKind(_ e: Expr) throws {
        switch e.kind {
        case .name(let n):
            try emitName(n, .load)
        case .constant(let c):
            let (key, make) = try constant(c, e.range)
            emitConstant(key, make)
        case .fString(let parts):
            try compileFString(parts)
        case .unary(let op, let operand):
            // `-literal` is folded into one constant.
            if op == .negate, let (key, make) = try negatedConstant(operand) {
                emitConstant(key, make)
                return
            }
            try compileExpr(operand)
            switch op {
            case .negate: emit(.unaryNegative)
            case .plus: emit(.unaryPositive)
            case .invert: emit(.unaryInvert)
            case .not: emit(.unaryNot)
            }
        case .binary(let l, let op, let r):
            try compileExpr(l)
            try compileExpr(r)
            emit(.binaryOp, binaryOpcode(op).rawValue)
        case .boolOp(let op, let values):
            try compileBoolOp(op, values)
        case .compare(let left, let rest):
            try compileCompare(left, rest)
        case .ifExp(let test, let body, let orElse):
            let elseLabel = newLabel(), end = newLabel()
            try compileJumpIf(test, false, elseLabel)
            try compileExpr(body)
            emit(.jump, end)
            place(elseLabel)
            try compileExpr(orElse)
            place(end)
        case .lambda(let params, let body):
            try compileLambda(params, body, e.range)
        case .call(let fn, let args):
            try compileCall(fn, args)
        case .attribute(let obj, let attr):
            try compileExpr(obj)
            at(attributeLocation(e.range, attr)) { emit(.loadAttr, nameIndex(mangled(attr))) }
        case .subscript(let obj, let index):
            try compileExpr(obj)
            try compileExpr(index)
            emit(.binarySubscr)
        case .slice(let lower, let upper, let step):
            try compileOptional(lower)
            try compileOptional(upper)
            if let step {
                try compileExpr(step)
                emit(.buildSlice, 3)
            } else {
                emit(.buildSlice, 2)
            }
        case .starred:
            throw error("can't use starred expression here", e.range)
        case .tuple(let items):
            if let (key, make) = try foldedConstant(e) {
                emitConstant(key, make)
            } else {
                try compileSequence(items, .tuple)
            }
        case .list(let items):
            try compileSequence(items, .list)
        case .set(let items):
            try compileSequence(items, .set)
        case .dict(let items):
            try compileDict(items)
        case .listComp(let elt, let gens):
            try compileComprehension(.list, e.range, gens, elt, nil)
        case .setComp(let elt, let gens):
            try compileComprehension(.set, e.range, gens, elt, nil)
        case .dictComp(let key, let value, let gens):
            try compileComprehension(.dict, e.range, gens, key, value)
        case .generatorExp(let elt, let gens):
            try compileComprehension(.generator, e.range, gens, elt, nil)
        case .yield(let value):
            try checkYieldAllowed(e.range)
            try compileOptional(value)
            emit(.yieldValue)
        case .yieldFrom(let value):
            // <iterable> getIter, None, yieldFrom EXIT: [iter, sent] becomes the result.
            try checkYieldAllowed(e.range)
            try compileExpr(value)
            emit(.getIter)
            loadNone()
            emit(.yieldFrom, Int32(unit.instructions.count + 1))
        case .await:
            throw error("'await' is not supported by Baozi", e.range)
        case .namedExpr(let name, let value):
            try compileExpr(value)
            emit(.copy, 1)
            try emitName(name, .store)
        }
    }

    private func compileOptional(_ e: Expr?) throws {
        if let e {
            try compileExpr(e)
        } else {
            loadNone()
        }
    }

    private func checkYieldAllowed(_ range: SourceRange) throws {
        guard unit.scope.kind == .function || unit.scope.kind == .lambda else {
            throw error("'yield' outside function", range)
        }
    }

    // MARK: - Operators

    //   a and b and c -> <a> jumpIfFalseOrPop END; <b> jumpIfFalseOrPop END; <c>; END:
    private func compileBoolOp(_ op: BoolOp, _ values: [Expr]) throws {
        let end = newLabel()
        for v in values.dropLast() {
            try compileExpr(v)
            emit(op == .and ? .jumpIfFalseOrPop : .jumpIfTrueOrPop, end)
        }
        if let last = values.last {
            try compileExpr(last)
        } else {
            loadConst(.bool(op == .and))
        }
        place(end)
    }

    //   a < b < c -> <a> <b> swap 2, copy 2, compare     [b, a<b]
    //                jumpIfFalseOrPop CLEANUP             [b]
    //                <c> compare; jump END                [b<c]
    //   CLEANUP:     swap 2, popTop                       [False-ish result]
    //   END:
    private func compileCompare(_ left: Expr, _ rest: [(CompareOp, Expr)]) throws {
        try compileExpr(left)
        if rest.count == 1 {
            try compileExpr(rest[0].1)
            emitCompare(rest[0].0)
            return
        }
        let cleanup = newLabel(), end = newLabel()
        for (i, (op, right)) in rest.enumerated() {
            try compileExpr(right)
            if i < rest.count - 1 {
                emit(.swap, 2)
                emit(.copy, 2)
                emitCompare(op)
                emit(.jumpIfFalseOrPop, cleanup)
            } else {
                emitCompare(op)
            }
        }
        emit(.jump, end)
        place(cleanup)
        emit(.swap, 2)
        emit(.popTop)
        place(end)
    }

    private func emitCompare(_ op: CompareOp) {
        switch op {
        case .eq: emit(.compareOp, CompareOpcode.eq.rawValue)
        case .ne: emit(.compareOp, CompareOpcode.ne.rawValue)
        case .lt: emit(.compareOp, CompareOpcode.lt.rawValue)
        case .le: emit(.compareOp, CompareOpcode.le.rawValue)
        case .gt: emit(.compareOp, CompareOpcode.gt.rawValue)
        case .ge: emit(.compareOp, CompareOpcode.ge.rawValue)
        case .is: emit(.isOp, 0)
        case .isNot: emit(.isOp, 1)
        case .in: emit(.containsOp, 0)
        case .notIn: emit(.containsOp, 1)
        }
    }

    /// Jumps to `label` when the truth of `e` is `jumpIfTrue`, else falls through; nothing is
    /// left on the stack. `not`, `and` and `or` become jumps instead of values.
    func compileJumpIf(_ e: Expr, _ jumpIfTrue: Bool, _ label: Label) throws {
        try descend(e.range)
        defer { ascend() }
        switch e.kind {
        case .unary(.not, let operand):
            try compileJumpIf(operand, !jumpIfTrue, label)
        case .boolOp(let op, let values) where !values.isEmpty:
            // `and` jumping on false (or `or` jumping on true): any operand decides.
            if (op == .and) != jumpIfTrue {
                for v in values { try compileJumpIf(v, jumpIfTrue, label) }
            } else {
                // Otherwise every operand but the last can only rule the jump out.
                let skip = newLabel()
                for v in values.dropLast() { try compileJumpIf(v, !jumpIfTrue, skip) }
                try compileJumpIf(values[values.count - 1], jumpIfTrue, label)
                place(skip)
            }
        default:
            try compileExpr(e)
            at(e.range) { emit(jumpIfTrue ? .popJumpIfTrue : .popJumpIfFalse, label) }
        }
    }

    // MARK: - Displays

    enum SequenceKind { case tuple, list, set }

    /// Builds a tuple, list or set. Starred items extend a list (or set) built from the items
    /// before them; long displays add their items one by one to keep the stack small.
    func compileSequence(_ items: [Expr], _ kind: SequenceKind) throws {
        let chunk = 16
        let hasStar = items.contains { if case .starred = $0.kind { return true } else { return false } }
        if !hasStar && items.count <= chunk {
            for item in items { try compileExpr(item) }
            switch kind {
            case .tuple: emit(.buildTuple, Int32(items.count))
            case .list: emit(.buildList, Int32(items.count))
            case .set: emit(.buildSet, Int32(items.count))
            }
            return
        }
        // [container] then <item> listAppend 1 / <iterable> listExtend 1 (set: setAdd/setUpdate).
        var prefix = 0
        while prefix < items.count && prefix < chunk {
            if case .starred = items[prefix].kind { break }
            try compileExpr(items[prefix])
            prefix += 1
        }
        emit(kind == .set ? .buildSet : .buildList, Int32(prefix))
        for item in items[prefix...] {
            if case .starred(let inner) = item.kind {
                try compileExpr(inner)
                emit(kind == .set ? .setUpdate : .listExtend, 1)
            } else {
                try compileExpr(item)
                emit(kind == .set ? .setAdd : .listAppend, 1)
            }
        }
        if kind == .tuple { emit(.listToTuple) }
    }

    //   {k: v, **m, k2: v2} -> <k> <v> buildMap 1; <m> dictUpdate 1; <k2> <v2> mapAdd 1
    private func compileDict(_ items: [DictItem]) throws {
        let chunk = 16
        var i = 0
        var haveDict = false
        while i < items.count {
            switch items[i] {
            case .unpack(let m):
                if !haveDict {
                    emit(.buildMap, 0)
                    haveDict = true
                }
                try compileExpr(m)
                emit(.dictUpdate, 1)
                i += 1
            case .pair(let k, let v):
                if haveDict {
                    try compileExpr(k)
                    try compileExpr(v)
                    emit(.mapAdd, 1)
                    i += 1
                } else {
                    var n = 0
                    while i < items.count && n < chunk, case .pair(let k, let v) = items[i] {
                        try compileExpr(k)
                        try compileExpr(v)
                        n += 1
                        i += 1
                    }
                    emit(.buildMap, Int32(n))
                    haveDict = true
                }
            }
        }
        if !haveDict { emit(.buildMap, 0) }
    }

    // MARK: - f-strings

    /// Each literal piece and each formatted field is pushed, then joined with buildString.
    private func compileFString(_ parts: [FStringPart]) throws {
        let n = try compileFStringPieces(parts)
        if n == 0 {
            loadString("")
        } else if n > 1 {
            emit(.buildString, Int32(n))
        }
    }

    /// Pushes the pieces of an f-string (or of a field's format spec); returns their number.
    private func compileFStringPieces(_ parts: [FStringPart]) throws -> Int {
        var count = 0
        for part in parts {
            switch part {
            case .literal(let s):
                if s.isEmpty { continue }
                loadString(s)
                count += 1
            case .field(let expr, let conversion, let spec, let selfDocumenting):
                // `{x=}` prints its text first, and the repr unless a conversion or spec is given.
                if let text = selfDocumenting, !text.isEmpty {
                    loadString(text)
                    count += 1
                }
                try compileExpr(expr)
                var arg: Int32
                switch conversion {
                case nil: arg = selfDocumenting != nil && spec == nil ? 2 : 0
                case "s": arg = 1
                case "r": arg = 2
                case "a": arg = 3
                case let c?: throw error("f-string: invalid conversion character '\(c)': expected 's', 'r', or 'a'", expr.range)
                }
                if let spec {
                    // [value, spec] formatValue (arg | 4)
                    let k = try compileFStringPieces(spec)
                    if k == 0 {
                        loadString("")
                    } else if k > 1 {
                        emit(.buildString, Int32(k))
                    }
                    arg |= 4
                }
                emit(.formatValue, arg)
                count += 1
            }
        }
        return count
    }

    // MARK: - Calls

    //   f(a, k=b)        -> <f>, <a>, <b>, kwNames ('k',), callFunction 2
    //   o.m(a)           -> <o>, loadMethod m, <a>, call 1
    //   f(*a, **k, x=1)  -> <f>, <args tuple>, <kwargs dict>, callFunctionEx 1
    private func compileCall(_ fn: Expr, _ args: [Argument]) throws {
        var positional: [Expr] = []
        var keywords: [Argument] = []
        var needsCollections = false
        var seen = Set<String>()
        for a in args {
            switch a {
            case .positional(let e):
                positional.append(e)
            case .starred(let e):
                positional.append(starredItem(e))
                needsCollections = true
            case .keyword(let k, let v):
                if !seen.insert(k).inserted {
                    throw error("keyword argument repeated: \(k)", v.range)
                }
                keywords.append(a)
            case .doubleStarred:
                keywords.append(a)
                needsCollections = true
            }
        }
        var callRange = unit.range
        var callOp = Op.callFunction
        if case .attribute(let obj, let attr) = fn.kind, !needsCollections {
            try compileExpr(obj)
            let attrRange = attributeLocation(fn.range, attr)
            at(attrRange) { emit(.loadMethod, nameIndex(mangled(attr))) }
            callRange.start = attrRange.start
            callOp = .call
        } else {
            try compileExpr(fn)
        }
        if !needsCollections {
            var names: [String] = []
            for e in positional { try compileExpr(e) }
            for case .keyword(let k, let v) in keywords {
                try compileExpr(v)
                names.append(k)
            }
            at(callRange) {
                if !names.isEmpty { emit(.kwNames, keywordNamesConstant(names)) }
                emit(callOp, Int32(positional.count + names.count))
            }
            return
        }
        // A lone `*iterable` is passed as it is; callFunctionEx accepts any iterable.
        if positional.count == 1, case .starred(let only) = positional[0].kind {
            try compileExpr(only)
        } else if positional.isEmpty {
            emitConstant(.tuple([])) { self.interp.newTuple([Value]()) }
        } else {
            try compileSequence(positional, .tuple)
        }
        if keywords.isEmpty {
            emit(.callFunctionEx, 0)
        } else {
            try compileKeywordDict(keywords, merge: .dictMerge)
            emit(.callFunctionEx, 1)
        }
    }

    /// Where an attribute access is reported: the `obj.name` expression, or just `name` when the
    /// expression spans lines (as CPython 3.11 locates LOAD_ATTR and method calls).
    func attributeLocation(_ range: SourceRange, _ attr: String) -> SourceRange {
        guard range.start.line != range.end.line else { return range }
        let length = Int32(attr.unicodeScalars.count)
        guard length <= range.end.column else { return range }
        return SourceRange(start: SourceLocation(line: range.end.line, column: range.end.column - length), end: range.end)
    }

    /// The keyword arguments of a call or class statement as one dict. Runs of `k=v` build a
    /// dict; `**m` and later runs are merged into the first with `merge` (dictMerge rejects
    /// duplicate keys; it expects `[callable, args, dict]` below the merged value).
    func compileKeywordDict(_ keywords: [Argument], merge: Op) throws {
        var i = 0
        var haveDict = false
        while i < keywords.count {
            if case .doubleStarred(let m) = keywords[i] {
                if !haveDict {
                    emit(.buildMap, 0)
                    haveDict = true
                }
                try compileExpr(m)
                emit(merge, 1)
                i += 1
                continue
            }
            var n = 0
            while i < keywords.count, case .keyword(let k, let v) = keywords[i] {
                emitConstant(.string(k)) { Value(self.interp.intern(k)) }
                try compileExpr(v)
                n += 1
                i += 1
            }
            emit(.buildMap, Int32(n))
            if haveDict {
                emit(merge, 1)
            } else {
                haveDict = true
            }
        }
        if !haveDict { emit(.buildMap, 0) }
    }
}

/// The `*x` of a `.starred` argument as a starred expression (whether or not the parser
/// already wrapped it in one).
func starredItem(_ e: Expr) -> Expr {
    if case .starred = e.kind { return e }
    return Expr(.starred(e), e.range)
}

func binaryOpcode(_ op: BinaryOp) -> BinaryOpcode {
    switch op {
    case .add: return .add
    case .sub: return .sub
    case .mul: return .mul
    case .matmul: return .matmul
    case .div: return .div
    case .floorDiv: return .floorDiv
    case .mod: return .mod
    case .pow: return .pow
    case .lshift: return .lshift
    case .rshift: return .rshift
    case .bitAnd: return .and
    case .bitOr: return .or
    case .bitXor: return .xor
    }
}
