// Namespace bodies on the tree: module code (programs, imported modules, `-c`, exec/eval and
// the REPL's entries) and class bodies, whose names live in a dict rather than in slots; and
// the statements that mostly appear there: imports, annotated assignments, `del` of several
// targets, `except ... as name` with a name that is not a local slot.
//
// Names in a namespace body are built as the global kinds first (`resolve` answers `.global`),
// then `useNamespace` turns every one not declared `global` into its namespace kind
// (`.global` -> `.name`, `.storeGlobal` -> `.storeName`...): statements built by any part of the
// builder (a `for` target, a `def`'s name, an import) then read and write the namespace without
// knowing about it.

extension TreeBuilder {
    /// What runs before the statements of a namespace body, as the compiler emits it.
    enum NamespaceBody {
        /// A module; `storesDocstring`: the first statement, a string, becomes `__doc__`.
        case module(storesDocstring: Bool)
        /// eval()'s expression: the code returns its value.
        case expression(Expr)
        /// A class body: `__module__`, `__qualname__`, `__doc__`, then the body, then
        /// `__classcell__` when a method uses `super()` or `__class__`.
        case classBody(qualname: String, classCell: Bool)
    }

    /// The tree of a module or class body (or of eval's expression). Call it with the body's
    /// unit current.
    static func buildNamespace(_ compiler: Compiler, _ kind: NamespaceBody, _ body: ArraySlice<Stmt>,
                               range: SourceRange) throws -> (TreeCode, TreeBuilder) {
        try buildBody(compiler, range: range) { b in
            let root = try b.namespaceBlock(kind, body, range)
            b.useNamespace()
            return root
        }
    }

    private mutating func namespaceBlock(_ kind: NamespaceBody, _ body: ArraySlice<Stmt>, _ range: SourceRange) throws -> NodeRef {
        var body = body
        var prologue: [Stmt] = []
        func assign(_ name: String, _ value: Expr) -> Stmt {
            Stmt(.assign(targets: [Expr(.name(name), value.range)], value: value), value.range)
        }
        func docstring() {
            guard let first = body.first, case .expr(let e) = first.kind, case .constant(.string) = e.kind else { return }
            prologue.append(assign("__doc__", e))
            body = body.dropFirst()
        }
        switch kind {
        case .module(let storesDocstring):
            if storesDocstring { docstring() }
        case .expression(let e):
            returnAllowed = true
            return try block([Stmt(.return(e), e.range)], e.range)
        case .classBody(let qualname, _):
            prologue.append(assign("__module__", Expr(.name("__name__"), range)))
            prologue.append(assign("__qualname__", Expr(.constant(.string(qualname)), range)))
            docstring()
        }
        var kids: [NodeRef] = []
        for s in prologue { kids.append(try stmt(s)) }
        if compiler.containsAnnotations(body) { kids.append(make(.setupAnnotations, range)) }
        kids.append(try block(body, range))
        if case .classBody(_, true) = kind {
            // The class builder sets the `__class__` cell to the new class (zero-argument super()).
            guard let slot = unit.slot("__class__") else { throw noSlot("__class__") }
            let start = valueDepth
            let cell = value(make(.local, op: Int32(slot), range))
            valueDepth = start
            let store = make(.storeGlobal, op: compiler.nameIndex("__classcell__"), range, kids: [cell])
            kids.append(store)
        }
        return make(.block, range, kids: kids)
    }

    /// Names in a namespace body: all but the ones declared `global` go through the namespace.
    private mutating func useNamespace() {
        for n in nodes {
            let namespaceKind: TreeKind
            switch n.kind {
            case .global: namespaceKind = .name
            case .storeGlobal: namespaceKind = .storeName
            case .targetGlobal: namespaceKind = .targetName
            case .delGlobal: namespaceKind = .delName
            case .augGlobal: namespaceKind = .augName
            default: continue
            }
            let name = unit.names[Int(n.op)]
            if unit.scope.scope(of: name.value) == .globalExplicit { continue }
            n.pointee.kind = namespaceKind
            n.pointee.name = Unmanaged.passUnretained(name)
            if n.pointee.globalCache == nil {
                n.pointee.globalCache = .allocate(capacity: 1)
                n.pointee.globalCache.unsafelyUnwrapped.initialize(to: GlobalCache())
            }
        }
    }

    /// Resolves a name of a module or class body: `.global` for all (see `useNamespace`) but
    /// the free variables of a class body, whose stores go to the enclosing function's cell
    /// (their loads are `classDeref`: see `specialName`).
    func resolveInNamespace(_ name: String) throws -> Resolved {
        if unit.scope.kind == .classBody, unit.scope.scope(of: name) == .free {
            guard let slot = unit.slot(name) else { throw noSlot(name) }
            return .cell(slot)
        }
        return .global(compiler.nameIndex(name))
    }

    /// Names with a meaning of their own: `__debug__` (a constant, as CPython compiles it) and,
    /// in a class body, a free variable (the namespace first, then the enclosing function's
    /// cell). Nil for the others.
    mutating func specialName(_ rawName: String, _ range: SourceRange) -> NodeRef? {
        let name = compiler.mangled(rawName)
        if name == "__debug__" {
            return make(.constant, op: constant(.bool(true)) { .bool(true) }, range)
        }
        guard unit.scope.kind == .classBody, unit.scope.scope(of: name) == .free, let slot = unit.slot(name) else { return nil }
        let index = Int(compiler.nameIndex(name))
        let n = make(.classDeref, op: Int32(slot), range)
        n.pointee.name = Unmanaged.passUnretained(unit.names[index])
        return n
    }

    // MARK: - Statements

    /// The statements this file adds to the builder; nil for the others.
    mutating func namespaceStatement(_ s: Stmt) throws -> NodeRef? {
        switch s.kind {
        case .import(let aliases):
            var kids: [NodeRef] = []
            for alias in aliases { kids.append(try importStatement(alias, s.range)) }
            return kids.count == 1 ? kids[0] : make(.block, s.range, kids: kids)
        case .importFrom(let module, let aliases, let level):
            return try fromImport(module, aliases, level, s.range)
        case .annAssign(let target, let annotation, let value, let simple):
            return try annotatedAssignment(target, annotation, value, simple, s.range)
        case .expr(let e) where compiler.interactive && unit.scope.kind == .module:
            // The REPL shows an expression statement's value: __baozi_displayhook__(value).
            let hook = Expr(.name("__baozi_displayhook__"), e.range)
            let start = valueDepth
            let call = try expr(Expr(.call(hook, [.positional(e)]), e.range))
            valueDepth = start
            return make(.exprStmt, s.range, kids: [call])
        default:
            return nil
        }
    }

    /// The module a statement imports, as a value at the current depth.
    private mutating func importName(_ module: String, fromList: Int32, level: Int, _ range: SourceRange) -> NodeRef {
        let n = value(make(.importName, op: compiler.nameIndex(module), range))
        n.pointee.op2 = Int32(level)
        n.pointee.name = Unmanaged.passUnretained(unit.names[Int(n.op)])
        n.pointee.value = unit.constants[Int(fromList)]
        return n
    }

    /// `import a.b.c` stores the package `a`; `import a.b.c as d` stores the module `a.b.c`,
    /// reached from `a` attribute by attribute (as CPython does).
    private mutating func importStatement(_ alias: ImportAlias, _ range: SourceRange) throws -> NodeRef {
        let start = valueDepth
        defer { valueDepth = start }
        var module = importName(alias.name, fromList: constant(.none), level: 0, range)
        let parts = alias.name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var stored = parts[0]
        if let asName = alias.asName {
            for part in parts.dropFirst() {
                valueDepth = start
                let attr = make(.importAttr, op: compiler.nameIndex(part), range, kids: [module])
                attr.pointee.name = Unmanaged.passUnretained(unit.names[Int(attr.op)])
                module = value(attr)
            }
            stored = asName
        }
        let t = try target(Expr(.name(stored), alias.range))
        return make(.assign, range, kids: [module, t])
    }

    /// `from m import x as y, z`: the module stays on the stack while each name is imported
    /// from it and stored; `from m import *` copies its public names into the namespace.
    private mutating func fromImport(_ module: String?, _ aliases: [ImportAlias], _ level: Int,
                                     _ range: SourceRange) throws -> NodeRef {
        let start = valueDepth
        defer { valueDepth = start }
        let names = aliases.map { $0.name }
        let fromList = constant(.tuple(names.map { .string($0) })) {
            compiler.interp.newTuple(names.map { compiler.stringValue($0) })
        }
        let m = importName(module ?? "", fromList: fromList, level: level, range)
        if names.contains("*") {
            guard unit.scope.kind == .module else { throw error("import * only allowed at module level", range) }
            return make(.importStar, range, kids: [m])
        }
        var kids = [m]
        for alias in aliases {
            valueDepth = start + 2           // the module and the imported value
            maxValueDepth = max(maxValueDepth, valueDepth)
            kids.append(try target(Expr(.name(alias.asName ?? alias.name), alias.range)))
        }
        let n = make(.importFrom, range, kids: kids)
        n.pointee.value = unit.constants[Int(fromList)]
        return n
    }

    /// `target: annotation = value`: the store, then in a module or class body a simple
    /// name's annotation goes into `__annotations__` (functions evaluate no annotation).
    private mutating func annotatedAssignment(_ target: Expr, _ annotation: Expr, _ value: Expr?, _ simple: Bool,
                                              _ range: SourceRange) throws -> NodeRef {
        var kids: [NodeRef] = []
        if let value { kids.append(try store(target, value, range)) }
        if simple, case .name(let n) = target.kind, !unit.scope.isFunctionLike {
            let annotationValue = compiler.futureAnnotations
                ? Expr(.constant(.string(compiler.unparse(annotation))), annotation.range) : annotation
            let entry = Expr(.subscript(Expr(.name("__annotations__"), range),
                                        Expr(.constant(.string(compiler.mangled(n))), target.range)), range)
            kids.append(try store(entry, annotationValue, range))
        }
        return kids.count == 1 ? kids[0] : make(.block, range, kids: kids)
    }

    /// `del a, (b, c)`: each target deleted in turn.
    mutating func deleteEach(_ items: [Expr], _ range: SourceRange) throws -> NodeRef {
        let start = valueDepth
        var kids: [NodeRef] = []
        for item in items {
            valueDepth = start
            kids.append(try deletion(item))
        }
        valueDepth = start
        return make(.block, range, kids: kids)
    }

    /// `except E as name` with a name that is not a local slot (a namespace or global name):
    /// the body runs in a `try` whose `finally` forgets the name, as CPython compiles it.
    func handlerBodyClearing(_ name: String, _ h: ExceptHandler) -> ArraySlice<Stmt> {
        let r = h.range
        let clear = [Stmt(.assign(targets: [Expr(.name(name), r)], value: Expr(.constant(.none), r)), r),
                     Stmt(.delete([Expr(.name(name), r)]), r)]
        return [Stmt(.try(body: h.body, handlers: [], orElse: [], finally: clear), r)]
    }
}
