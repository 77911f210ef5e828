// Code objects of nested scopes: def, lambda, class bodies and comprehensions. The tree builder
// asks for them as it meets the construct in the enclosing body; each gets its own unit and tree.

extension Compiler {
    enum ComprehensionKind { case list, set, dict, generator }

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

    private func setSignature(_ u: CodeUnit, _ p: Parameters) {
        u.positionalOnlyCount = p.positionalOnly.count
        u.argCount = p.positionalOnly.count + p.regular.count
        u.kwOnlyCount = p.keywordOnly.count
        if p.varargs != nil { u.flags.insert(.varargs) }
        if p.kwargs != nil { u.flags.insert(.varkeywords) }
        if u.scope.isGenerator { u.flags.insert(.generator) }
    }

    /// The code of a `def` body (its docstring becomes the code's `doc`).
    func functionCode(_ f: FunctionDef, _ range: SourceRange) throws -> CodeObj {
        if f.isAsync { throw error("async functions are not supported by Baozi", range) }
        let scope = try childScope(.function, range)
        let firstLine = Int(f.decorators.first?.range.start.line ?? range.start.line)
        let u = CodeUnit(scope: scope, name: f.name, qualname: qualifiedName(f.name, isDefinition: true),
                         firstLine: firstLine, privateName: unit.privateName, range: range)
        setSignature(u, f.parameters)
        var body = f.body[...]
        if let doc = docstring(body) {
            u.doc = doc
            body = body.dropFirst()
        }
        enterUnit(u)
        return try leaveUnit(try TreeBuilder.build(self, body, range: range))
    }

    /// The code of `lambda params: body`.
    func lambdaCode(_ params: Parameters, _ body: Expr, _ range: SourceRange) throws -> CodeObj {
        let scope = try childScope(.lambda, range)
        let u = CodeUnit(scope: scope, name: "<lambda>", qualname: qualifiedName("<lambda>", isDefinition: false),
                         firstLine: Int(range.start.line), privateName: unit.privateName, range: range)
        setSignature(u, params)
        u.flags.insert(.isLambda)
        enterUnit(u)
        let statements = TreeBuilder.lambdaBody(body, isGenerator: scope.isGenerator)
        return try leaveUnit(try TreeBuilder.build(self, statements[...], range: range))
    }

    /// The code of a class body, which the class statement runs in the new class's namespace.
    func classBodyCode(_ c: ClassDef, _ range: SourceRange) throws -> CodeObj {
        let scope = try childScope(.classBody, range)
        let firstLine = Int(c.decorators.first?.range.start.line ?? range.start.line)
        let qualname = qualifiedName(c.name, isDefinition: true)
        let u = CodeUnit(scope: scope, name: c.name, qualname: qualname, firstLine: firstLine,
                         privateName: c.name, range: range)
        u.flags = [.usesNamespace, .isClassBody]
        if let doc = docstring(c.body[...]) { u.doc = doc }
        enterUnit(u)
        let kind = TreeBuilder.NamespaceBody.classBody(qualname: qualname, classCell: scope.needsClassCell)
        return try leaveUnit(try TreeBuilder.buildNamespace(self, kind, c.body[...], range: range))
    }

    /// The code of a comprehension: a function of one argument, the iterator of the first
    /// iterable (evaluated by the enclosing code), returning the container or, for a
    /// generator expression, the generator.
    func comprehensionCode(_ kind: ComprehensionKind, _ gens: [Comprehension], _ element: Expr, _ value: Expr?,
                           _ range: SourceRange) throws -> CodeObj {
        if gens.isEmpty { throw error("comprehension without 'for'", range) }
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
        if kind == .generator {
            return try leaveUnit(try TreeBuilder.buildGeneratorExpression(self, gens, element, range: range))
        }
        return try leaveUnit(try TreeBuilder.buildComprehension(self, kind, gens, element, value, range: range))
    }
}
