// Nested code objects: def, lambda, class bodies and comprehensions.

extension Compiler {
    enum ComprehensionKind { case list, set, dict, generator }

    // MARK: - Shared helpers

    /// The scope the symbol table made for the nested node of `kind` at `range`.
    private func childScope(_ kind: ScopeKind, _ range: SourceRange) throws -> SymbolScope {
        guard let s = unit.scope.child(kind, range) else {
            throw InternalCompilerError(message: "no \(kind) scope at line \(range.start.line) in \(unit.qualname)")
        }
        return s
    }

    /// `outer.<locals>.inner` in functions, `Class.method` in classes, plain at module level
    /// (and for a def whose name the enclosing function declares global).
    private func qualifiedName(_ name: String, isDefinition: Bool) -> String {
        let parent = unit!
        if parent.scope.kind == .module { return name }
        if isDefinition && parent.scope.scope(of: mangled(name)) == .globalExplicit { return name }
        if parent.scope.isFunctionLike { return parent.qualname + ".<locals>." + name }
        return parent.qualname + "." + name
    }

    /// Pushes the closure tuple of a nested scope (the cells of its free variables, in its
    /// free-variable order); returns false when it has none.
    private func emitClosure(_ child: SymbolScope) throws -> Bool {
        if child.freeNames.isEmpty { return false }
        for name in child.freeNames {
            guard let slot = unit.slot(name), unit.cellSlots.contains(slot) || slot >= unit.varNames.count - unit.freeCount else {
                throw InternalCompilerError(message: "no cell for '\(name)' in \(unit.qualname) for \(child.name)")
            }
            emit(.loadClosure, Int32(slot))
        }
        emit(.buildTuple, Int32(child.freeNames.count))
        return true
    }

    /// Pushes the defaults tuple and the keyword-only defaults dict; returns their
    /// makeFunction flags (1, 2).
    private func compileDefaults(_ p: Parameters) throws -> Int32 {
        var flags: Int32 = 0
        let positional = (p.positionalOnly + p.regular).compactMap { $0.defaultValue }
        if !positional.isEmpty {
            for d in positional { try compileExpr(d) }
            emit(.buildTuple, Int32(positional.count))
            flags |= 1
        }
        let kwOnly = p.keywordOnly.filter { $0.defaultValue != nil }
        if !kwOnly.isEmpty {
            for param in kwOnly {
                let name = mangled(param.name)
                emitConstant(.string(name)) { Value(self.interp.intern(name)) }
                try compileExpr(param.defaultValue!)
            }
            emit(.buildMap, Int32(kwOnly.count))
            flags |= 2
        }
        return flags
    }

    /// Pushes the annotations dict of a def (`{'param': annotation, ..., 'return': ...}`);
    /// returns false when nothing is annotated.
    private func compileAnnotations(_ f: FunctionDef) throws -> Bool {
        let items = SymbolTableBuilder(filename: filename).annotations(of: f)
        if items.isEmpty { return false }
        for (name, value) in items {
            let key = mangled(name)
            emitConstant(.string(key)) { Value(self.interp.intern(key)) }
            if futureAnnotations {
                loadString(unparse(value))
            } else {
                try compileExpr(value)
            }
        }
        emit(.buildMap, Int32(items.count))
        return true
    }

    private func setSignature(_ u: CodeUnit, _ p: Parameters) {
        u.positionalOnlyCount = p.positionalOnly.count
        u.argCount = p.positionalOnly.count + p.regular.count
        u.kwOnlyCount = p.keywordOnly.count
        if p.varargs != nil { u.flags.insert(.varargs) }
        if p.kwargs != nil { u.flags.insert(.varkeywords) }
        if u.scope.isGenerator { u.flags.insert(.generator) }
    }

    /// [flag pieces] (closure) loadConst code, makeFunction flags.
    private func emitMakeFunction(_ code: CodeObj, _ scope: SymbolScope, flags: Int32) throws {
        var flags = flags
        if try emitClosure(scope) { flags |= 8 }
        loadConst(Value(code))
        emit(.makeFunction, flags)
    }

    // MARK: - def

    //   <decorators> [defaults] [kw defaults] [closure] loadConst code, makeFunction;
    //   call 0 per decorator (innermost first: [dec, fn] call 0 is dec(fn)); store name
    func compileFunctionDef(_ f: FunctionDef, _ range: SourceRange) throws {
        if f.isAsync { throw error("async functions are not supported by Baozi", range) }
        for d in f.decorators { try compileExpr(d) }
        var flags = try compileDefaults(f.parameters)
        if try compileAnnotations(f) { flags |= 4 }
        let scope = try childScope(.function, range)
        let firstLine = Int(f.decorators.first?.range.start.line ?? range.start.line)
        let u = CodeUnit(scope: scope, name: f.name, qualname: qualifiedName(f.name, isDefinition: true),
                         firstLine: firstLine, privateName: unit.privateName, range: range)
        setSignature(u, f.parameters)
        enterUnit(u)
        if scope.isGenerator { u.startGenerator() }
        var body = f.body[...]
        if let doc = docstring(body) {
            u.doc = doc
            body = body.dropFirst()
        }
        try compileStatements(body)
        loadNone()
        emit(.returnValue)
        let built = interp.treeEvaluator ? TreeBuilder.build(self, body, range: range) : nil
        let code = try leaveUnit()
        code.attachTree(built)
        try emitMakeFunction(code, scope, flags: flags)
        for d in f.decorators.reversed() {
            at(d.range) { emit(.call, 0) }
        }
        try emitName(f.name, .store)
    }

    // MARK: - lambda

    func compileLambda(_ params: Parameters, _ body: Expr, _ range: SourceRange) throws {
        let flags = try compileDefaults(params)
        let scope = try childScope(.lambda, range)
        let u = CodeUnit(scope: scope, name: "<lambda>", qualname: qualifiedName("<lambda>", isDefinition: false),
                         firstLine: Int(range.start.line), privateName: unit.privateName, range: range)
        setSignature(u, params)
        u.flags.insert(.isLambda)
        enterUnit(u)
        if scope.isGenerator {
            // A generator lambda's value is what it yields; it returns None.
            u.startGenerator()
            try compileExpr(body)
            emit(.popTop)
            loadNone()
        } else {
            try compileExpr(body)
        }
        emit(.returnValue)
        let built = interp.treeEvaluator ? TreeBuilder.build(self, TreeBuilder.lambdaBody(body, isGenerator: scope.isGenerator)[...], range: range) : nil
        let code = try leaveUnit()
        code.attachTree(built)
        try emitMakeFunction(code, scope, flags: flags)
    }

    // MARK: - class

    //   <decorators> [closure] loadConst body, makeFunction; loadConst name; <bases tuple>;
    //   <keywords dict>; buildClass  -> the class; call 0 per decorator; store name
    func compileClassDef(_ c: ClassDef, _ range: SourceRange) throws {
        for d in c.decorators { try compileExpr(d) }
        let scope = try childScope(.classBody, range)
        let firstLine = Int(c.decorators.first?.range.start.line ?? range.start.line)
        let qualname = qualifiedName(c.name, isDefinition: true)
        let u = CodeUnit(scope: scope, name: c.name, qualname: qualname, firstLine: firstLine,
                         privateName: c.name, range: range)
        u.flags = [.usesNamespace, .isClassBody]
        enterUnit(u)
        try compileClassBody(c, qualname: qualname, scope: scope)
        let tree = interp.treeEvaluator
            ? TreeBuilder.buildNamespace(self, .classBody(qualname: qualname, classCell: scope.needsClassCell), c.body[...], range: range) : nil
        let code = try leaveUnit()
        code.attachTree(tree)

        try emitMakeFunction(code, scope, flags: 0)
        loadString(c.name)
        var bases: [Expr] = []
        var keywords: [Argument] = []
        for a in c.arguments {
            switch a {
            case .positional(let e): bases.append(e)
            case .starred(let e): bases.append(starredItem(e))
            case .keyword, .doubleStarred: keywords.append(a)
            }
        }
        try compileSequence(bases, .tuple)
        try compileKeywordDict(keywords, merge: .dictUpdate)
        emit(.buildClass)
        for d in c.decorators.reversed() {
            at(d.range) { emit(.call, 0) }
        }
        try emitName(c.name, .store)
    }

    /// __module__ = __name__; __qualname__ = '...'; [__doc__ = '...']; body;
    /// [__classcell__ = <the __class__ cell>]; return None
    private func compileClassBody(_ c: ClassDef, qualname: String, scope: SymbolScope) throws {
        emit(.loadName, nameIndex("__name__"))
        emit(.storeName, nameIndex("__module__"))
        loadString(qualname)
        emit(.storeName, nameIndex("__qualname__"))
        var body = c.body[...]
        if let doc = docstring(body) {
            at(body[body.startIndex].range) {
                loadConst(doc)
                emit(.storeName, nameIndex("__doc__"))
            }
            unit.doc = doc
            body = body.dropFirst()
        }
        if containsAnnotations(body) { emit(.setupAnnotations) }
        try compileStatements(body)
        if scope.needsClassCell {
            // The class builder sets the cell to the new class (zero-argument super()).
            guard let slot = unit.slot("__class__") else {
                throw InternalCompilerError(message: "no __class__ cell in \(qualname)")
            }
            emit(.loadClosure, Int32(slot))
            emit(.storeName, nameIndex("__classcell__"))
        }
        loadNone()
        emit(.returnValue)
    }

    // MARK: - Comprehensions

    //   Outside: [closure] loadConst code, makeFunction; <first iterable> getIter; call 0
    //   Inside (argument .0 = the iterator):
    //     buildList 0                       (set/dict: buildSet 0 / buildMap 0; genexpr: nothing)
    //     loadFast .0
    //     HEAD: forIter END; <target>; [<cond> popJumpIfFalse NEXT]...
    //           (inner loops: <iter> getIter, same shape)
    //           <elt> listAppend depth      (genexpr: <elt> yieldValue, popTop)
    //     NEXT: jumpBackward HEAD
    //     END:  returnValue                 (genexpr: loadConst None first)
    func compileComprehension(_ kind: ComprehensionKind, _ range: SourceRange, _ gens: [Comprehension],
                              _ element: Expr, _ value: Expr?) throws {
        guard let first = gens.first else { throw error("comprehension without 'for'", range) }
        let name: String
        switch kind {
        case .list: name = "<listcomp>"
        case .set: name = "<setcomp>"
        case .dict: name = "<dictcomp>"
        case .generator: name = "<genexpr>"
        }
        let scope = try childScope(.comprehension, range)
        let u = CodeUnit(scope: scope, name: name, qualname: qualifiedName(name, isDefinition: false),
                         firstLine: Int(range.start.line), privateName: unit.privateName, range: range)
        u.argCount = 1
        u.flags = [.isComprehension]
        if kind == .generator { u.flags.insert(.generator) }
        enterUnit(u)
        switch kind {
        case .list: emit(.buildList, 0)
        case .set: emit(.buildSet, 0)
        case .dict: emit(.buildMap, 0)
        case .generator: u.startGenerator()
        }
        try compileComprehensionLoop(kind, gens, 0, element, value)
        if kind == .generator { loadNone() }
        emit(.returnValue)
        let built: (TreeCode, TreeBuilder)?
        if !interp.treeEvaluator {
            built = nil
        } else if kind == .generator {
            built = TreeBuilder.buildGeneratorExpression(self, gens, element, range: range)
        } else {
            built = TreeBuilder.buildComprehension(self, kind, gens, element, value, range: range)
        }
        let code = try leaveUnit()
        code.attachTree(built)

        try emitMakeFunction(code, scope, flags: 0)
        try compileExpr(first.iter)
        emit(.getIter)
        emit(.call, 0)
    }

    private func compileComprehensionLoop(_ kind: ComprehensionKind, _ gens: [Comprehension], _ index: Int,
                                          _ element: Expr, _ value: Expr?) throws {
        let g = gens[index]
        if index == 0 {
            emit(.loadFast, 0)
        } else {
            try compileExpr(g.iter)
            emit(.getIter)
        }
        let head = newLabel(), next = newLabel(), end = newLabel()
        place(head)
        emit(.forIter, end)
        try compileStore(g.target)
        for cond in g.ifs { try compileJumpIf(cond, false, next) }
        if index + 1 < gens.count {
            try compileComprehensionLoop(kind, gens, index + 1, element, value)
        } else {
            // The container sits under one iterator per loop.
            let containerDistance = Int32(gens.count + 1)
            switch kind {
            case .list:
                try compileExpr(element)
                emit(.listAppend, containerDistance)
            case .set:
                try compileExpr(element)
                emit(.setAdd, containerDistance)
            case .dict:
                try compileExpr(element)
                try compileExpr(value!)
                emit(.mapAdd, containerDistance)
            case .generator:
                try compileExpr(element)
                emit(.yieldValue)
                emit(.popTop)
            }
        }
        place(next)
        emit(.jumpBackward, head)
        place(end)
    }
}
