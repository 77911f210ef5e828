// Scope analysis: which names are local, global, free or cell in each scope.
//
// Two passes, like CPython's symtable:
//  1. `SymbolTableBuilder` walks the syntax tree once and records, for every scope (module,
//     function, lambda, class body, comprehension), how each name is used there: assigned,
//     a parameter, declared global or nonlocal, read.
//  2. `analyze` resolves every name top-down: a name bound in a function is local there; a
//     name read but not bound is free when an enclosing function binds it, else global; a
//     local that an inner scope reads freely becomes a cell. Class bodies are skipped when
//     resolving names of the functions inside them.
//
// The compiler finds the scope of a nested function, lambda, class or comprehension by its kind
// and source range (see `SymbolScope.child`), so it may compile a subtree more than once (a `finally`
// body is emitted on several paths) or in another order than this walk.

/// How the compiler accesses a name in a scope.
enum NameScope: Equatable {
    /// A fast local of a function, or a namespace entry of a module or class body.
    case local
    /// A local of a function captured by an inner scope: its slot holds a cell.
    case cell
    /// A variable of an enclosing function, reached through the closure.
    case free
    /// Declared `global`.
    case globalExplicit
    /// Not bound anywhere around: globals, then builtins.
    case globalImplicit
}

/// How a name is used in one scope, as found by the walk.
struct SymbolFlags: OptionSet {
    let rawValue: UInt16
    /// Bound here: assignment, deletion, import, def/class, for/with/except target, walrus.
    static let assigned = SymbolFlags(rawValue: 1)
    static let parameter = SymbolFlags(rawValue: 2)
    static let declaredGlobal = SymbolFlags(rawValue: 4)
    static let declaredNonlocal = SymbolFlags(rawValue: 8)
    /// Read.
    static let used = SymbolFlags(rawValue: 16)
    /// Target of an annotated assignment.
    static let annotated = SymbolFlags(rawValue: 32)
    /// Iteration variable of a comprehension (a walrus may not rebind it).
    static let comprehensionIteration = SymbolFlags(rawValue: 64)
    /// Class bodies: bound in the class, and also free in a method, so the class passes an
    /// enclosing function's cell through its own closure.
    static let freeInClass = SymbolFlags(rawValue: 128)

    static let bound: SymbolFlags = [.assigned, .parameter]
}

enum ScopeKind: UInt8 {
    case module, function, lambda, classBody, comprehension
}

/// Identifies the syntax node that opens a scope, inside its parent scope.
struct ScopeKey: Hashable {
    var kind: ScopeKind
    var startLine: Int32, startColumn: Int32, endLine: Int32, endColumn: Int32

    init(_ kind: ScopeKind, _ range: SourceRange) {
        self.kind = kind
        startLine = range.start.line
        startColumn = range.start.column
        endLine = range.end.line
        endColumn = range.end.column
    }
}

final class SymbolScope {
    let kind: ScopeKind
    /// Function, lambda (`<lambda>`), class or comprehension (`<listcomp>`...) name; `<module>`.
    let name: String
    let range: SourceRange
    /// Nested scopes in the order the walk met them.
    private(set) var children: [SymbolScope] = []
    private var childrenByKey: [ScopeKey: [SymbolScope]] = [:]
    private var childUses: [ScopeKey: Int] = [:]

    /// Flags of every name mentioned here, and the order names first appeared in.
    private(set) var symbols: [String: SymbolFlags] = [:]
    private(set) var symbolOrder: [String] = []
    /// Parameter names in slot order: positional-only, regular, keyword-only, *args, **kwargs.
    var parameters: [String] = []
    var isGenerator = false
    /// Where each global/nonlocal declaration is, for error messages.
    var declarationRanges: [String: SourceRange] = [:]

    // Analysis results.
    private(set) var nameScopes: [String: NameScope] = [:]
    /// Captured locals, sorted.
    private(set) var cellNames: [String] = []
    /// Variables reached through the closure, sorted. Class bodies include names they only
    /// pass through to their methods.
    private(set) var freeNames: [String] = []
    /// Class bodies whose methods use `super` or `__class__`: the body owns a `__class__` cell.
    private(set) var needsClassCell = false

    init(kind: ScopeKind, name: String, range: SourceRange) {
        self.kind = kind
        self.name = name
        self.range = range
    }

    /// Functions, lambdas and comprehensions keep their variables in frame slots.
    var isFunctionLike: Bool {
        switch kind {
        case .function, .lambda, .comprehension: return true
        case .module, .classBody: return false
        }
    }

    func flags(of name: String) -> SymbolFlags { symbols[name] ?? [] }

    /// How `name` is accessed in this scope (names never seen here are global).
    func scope(of name: String) -> NameScope { nameScopes[name] ?? .globalImplicit }

    /// Locals other than parameters, in order of first appearance (function-like scopes).
    var nonParameterLocals: [String] {
        let params = Set(parameters)
        return symbolOrder.filter { name in
            guard !params.contains(name) else { return false }
            let s = scope(of: name)
            return s == .local || s == .cell
        }
    }

    /// The scope of the nested node of `kind` at `range`. When several nodes share a key (a
    /// parser that gives no ranges), they are handed out in walk order, cyclically.
    func child(_ kind: ScopeKind, _ range: SourceRange) -> SymbolScope? {
        let key = ScopeKey(kind, range)
        guard let list = childrenByKey[key], !list.isEmpty else { return nil }
        let used = childUses[key, default: 0]
        childUses[key] = used + 1
        return list[used % list.count]
    }

    // MARK: Building

    fileprivate func addChild(_ s: SymbolScope) {
        children.append(s)
        childrenByKey[ScopeKey(s.kind, s.range), default: []].append(s)
    }

    fileprivate func add(_ name: String, _ f: SymbolFlags) {
        if let old = symbols[name] {
            symbols[name] = old.union(f)
        } else {
            symbols[name] = f
            symbolOrder.append(name)
        }
    }

    fileprivate func setScope(_ name: String, _ s: NameScope) { nameScopes[name] = s }

    fileprivate func finishAnalysis(cells: [String], frees: [String], classCell: Bool) {
        cellNames = cells.sorted()
        freeNames = frees.sorted()
        needsClassCell = classCell
    }
}

// MARK: - Name mangling

/// `__spam` inside class `Ham` is `_Ham__spam` (private names). Dunder names, dotted names and
/// classes named only with underscores are left alone.
func mangle(_ name: String, privateClass: String?) -> String {
    guard let cls = privateClass, name.hasPrefix("__"), !name.hasSuffix("__"), !name.contains(".") else {
        return name
    }
    let stripped = cls.drop(while: { $0 == "_" })
    if stripped.isEmpty { return name }
    return "_" + stripped + name
}

// MARK: - The walk

/// Builds the scope tree of a module or an expression and analyzes it.
final class SymbolTableBuilder {
    let filename: String
    private var stack: [SymbolScope] = []
    /// Class name for private-name mangling, per scope on the stack.
    private var privateStack: [String?] = []
    private var depth = 0
    /// >0 while walking a comprehension's iterable (walrus is not allowed there).
    private var comprehensionIterableDepth = 0
    /// Recursion limit for nested expressions and statements.
    static let maxDepth = 1000

    init(filename: String) {
        self.filename = filename
    }

    private var current: SymbolScope { stack[stack.count - 1] }
    private var privateName: String? { privateStack[privateStack.count - 1] }

    func build(module: Module) throws -> SymbolScope {
        let top = SymbolScope(kind: .module, name: "<module>", range: .unknown)
        stack = [top]
        privateStack = [nil]
        try visitBody(module.body)
        try analyzeTree(top)
        return top
    }

    func build(expression: Expr) throws -> SymbolScope {
        let top = SymbolScope(kind: .module, name: "<module>", range: .unknown)
        stack = [top]
        privateStack = [nil]
        try visitExpr(expression)
        try analyzeTree(top)
        return top
    }

    private func error(_ message: String, _ range: SourceRange) -> SyntaxError {
        makeSyntaxError(message, range, filename: filename)
    }

    private func enter(_ s: SymbolScope, privateName: String?) {
        current.addChild(s)
        stack.append(s)
        privateStack.append(privateName)
    }

    private func leave() {
        stack.removeLast()
        privateStack.removeLast()
    }

    private func addDef(_ rawName: String, _ f: SymbolFlags = .assigned) {
        current.add(mangle(rawName, privateClass: privateName), f)
    }

    private func addUse(_ rawName: String) {
        current.add(mangle(rawName, privateClass: privateName), .used)
    }

    private func guardDepth(_ range: SourceRange) throws {
        if depth > Self.maxDepth {
            throw error("too many nested expressions or statements", range)
        }
    }

    // MARK: Statements

    private func visitBody(_ body: [Stmt]) throws {
        for s in body { try visitStmt(s) }
    }

    private func visitStmt(_ s: Stmt) throws {
        depth += 1
        defer { depth -= 1 }
        try guardDepth(s.range)
        switch s.kind {
        case .expr(let e):
            try visitExpr(e)
        case .assign(let targets, let value):
            try visitExpr(value)
            for t in targets { try visitTarget(t) }
        case .augAssign(let target, _, let value):
            try visitTarget(target)
            try visitExpr(value)
        case .annAssign(let target, let annotation, let value, let simple):
            if let value { try visitExpr(value) }
            if case .name(let n) = target.kind {
                let mangled = mangle(n, privateClass: privateName)
                let f = current.flags(of: mangled)
                if simple && f.contains(.declaredGlobal) {
                    throw error("annotated name '\(n)' can't be global", target.range)
                }
                if simple && f.contains(.declaredNonlocal) {
                    throw error("annotated name '\(n)' can't be nonlocal", target.range)
                }
                addDef(n, simple ? [.assigned, .annotated] : .assigned)
                // Module and class bodies evaluate simple annotations into __annotations__.
                if simple && !current.isFunctionLike { try visitExpr(annotation) }
            } else {
                try visitTarget(target)
            }
        case .if(let test, let body, let orElse), .while(let test, let body, let orElse):
            try visitExpr(test)
            try visitBody(body)
            try visitBody(orElse)
        case .for(let target, let iter, let body, let orElse):
            try visitExpr(iter)
            try visitTarget(target)
            try visitBody(body)
            try visitBody(orElse)
        case .break, .continue, .pass:
            break
        case .functionDef(let f):
            try visitFunctionDef(f, s.range)
        case .classDef(let c):
            try visitClassDef(c, s.range)
        case .return(let e):
            if let e { try visitExpr(e) }
        case .try(let body, let handlers, let orElse, let finalBody):
            try visitBody(body)
            for h in handlers {
                if let t = h.type { try visitExpr(t) }
                if let n = h.name { addDef(n) }
                try visitBody(h.body)
            }
            try visitBody(orElse)
            try visitBody(finalBody)
        case .raise(let exc, let cause):
            if let exc { try visitExpr(exc) }
            if let cause { try visitExpr(cause) }
        case .with(let items, let body):
            for item in items {
                try visitExpr(item.context)
                if let t = item.target { try visitTarget(t) }
            }
            try visitBody(body)
        case .global(let names):
            for n in names { try declare(n, global: true, s.range) }
        case .nonlocal(let names):
            if current.kind == .module {
                throw error("nonlocal declaration not allowed at module level", s.range)
            }
            for n in names { try declare(n, global: false, s.range) }
        case .import(let aliases):
            for a in aliases {
                if let asName = a.asName {
                    addDef(asName)
                } else {
                    addDef(String(a.name.split(separator: ".", omittingEmptySubsequences: false).first ?? ""))
                }
            }
        case .importFrom(_, let aliases, _):
            for a in aliases {
                if a.name == "*" {
                    if current.kind != .module {
                        throw error("import * only allowed at module level", s.range)
                    }
                } else {
                    addDef(a.asName ?? a.name)
                }
            }
        case .assert(let test, let message):
            try visitExpr(test)
            if let message { try visitExpr(message) }
        case .delete(let targets):
            for t in targets { try visitTarget(t) }
        }
    }

    /// `global x` / `nonlocal x`: CPython's checks against earlier uses in the same scope.
    private func declare(_ rawName: String, global: Bool, _ range: SourceRange) throws {
        let name = mangle(rawName, privateClass: privateName)
        let f = current.flags(of: name)
        let what = global ? "global" : "nonlocal"
        if f.contains(.parameter) {
            throw error("name '\(rawName)' is parameter and \(what)", range)
        }
        if f.contains(.used) {
            throw error("name '\(rawName)' is used prior to \(what) declaration", range)
        }
        if f.contains(.annotated) {
            throw error("annotated name '\(rawName)' can't be \(what)", range)
        }
        if f.contains(.assigned) {
            throw error("name '\(rawName)' is assigned to before \(what) declaration", range)
        }
        current.add(name, global ? .declaredGlobal : .declaredNonlocal)
        if current.declarationRanges[name] == nil { current.declarationRanges[name] = range }
    }

    private func visitFunctionDef(_ f: FunctionDef, _ range: SourceRange) throws {
        addDef(f.name)
        for d in f.decorators { try visitExpr(d) }
        try visitDefaults(f.parameters)
        // Annotations are evaluated where the def is.
        for a in annotations(of: f) { try visitExpr(a.value) }
        let s = SymbolScope(kind: .function, name: f.name, range: range)
        enter(s, privateName: privateName)
        try addParameters(f.parameters, range)
        try visitBody(f.body)
        leave()
    }

    /// The annotated parameters of a def and its return annotation, in the order CPython
    /// evaluates them: regular, positional-only, *args, keyword-only, **kwargs, return.
    func annotations(of f: FunctionDef) -> [(name: String, value: Expr)] {
        let p = f.parameters
        var params = p.regular + p.positionalOnly
        if let v = p.varargs { params.append(v) }
        params += p.keywordOnly
        if let k = p.kwargs { params.append(k) }
        var result: [(name: String, value: Expr)] = params.compactMap { param in
            param.annotation.map { (param.name, $0) }
        }
        if let r = f.returns { result.append(("return", r)) }
        return result
    }

    private func visitDefaults(_ p: Parameters) throws {
        for param in p.positionalOnly + p.regular {
            if let d = param.defaultValue { try visitExpr(d) }
        }
        for param in p.keywordOnly {
            if let d = param.defaultValue { try visitExpr(d) }
        }
    }

    private func addParameters(_ p: Parameters, _ range: SourceRange) throws {
        var all = p.positionalOnly + p.regular + p.keywordOnly
        if let v = p.varargs { all.append(v) }
        if let k = p.kwargs { all.append(k) }
        for param in all {
            let name = mangle(param.name, privateClass: privateName)
            if current.flags(of: name).contains(.parameter) {
                throw error("duplicate argument '\(param.name)' in function definition", param.range)
            }
            current.add(name, .parameter)
            current.parameters.append(name)
        }
    }

    private func visitClassDef(_ c: ClassDef, _ range: SourceRange) throws {
        addDef(c.name)
        for d in c.decorators { try visitExpr(d) }
        let s = SymbolScope(kind: .classBody, name: c.name, range: range)
        enter(s, privateName: c.name)
        try visitBody(c.body)
        leave()
        for a in c.arguments { try visitArgument(a) }
    }

    /// An assignment (or deletion) target.
    private func visitTarget(_ e: Expr, comprehensionIteration: Bool = false) throws {
        depth += 1
        defer { depth -= 1 }
        try guardDepth(e.range)
        switch e.kind {
        case .name(let n):
            addDef(n, comprehensionIteration ? [.assigned, .comprehensionIteration] : .assigned)
        case .attribute(let obj, _):
            try visitExpr(obj)
        case .subscript(let obj, let index):
            try visitExpr(obj)
            try visitExpr(index)
        case .tuple(let items), .list(let items):
            for i in items { try visitTarget(i, comprehensionIteration: comprehensionIteration) }
        case .starred(let inner):
            try visitTarget(inner, comprehensionIteration: comprehensionIteration)
        default:
            // Not assignable: the compiler reports it.
            try visitExpr(e)
        }
    }

    // MARK: Expressions

    private func visitArgument(_ a: Argument) throws {
        switch a {
        case .positional(let e), .starred(let e), .keyword(_, let e), .doubleStarred(let e):
            try visitExpr(e)
        }
    }

    private func visitFString(_ parts: [FStringPart]) throws {
        for p in parts {
            if case .field(let e, _, let spec, _) = p {
                try visitExpr(e)
                if let spec { try visitFString(spec) }
            }
        }
    }

    private func visitExpr(_ e: Expr) throws {
        depth += 1
        defer { depth -= 1 }
        try guardDepth(e.range)
        switch e.kind {
        case .name(let n):
            addUse(n)
            // Zero-argument super() needs the class the method was defined in.
            if n == "super" && current.isFunctionLike { current.add("__class__", .used) }
        case .constant:
            break
        case .fString(let parts):
            try visitFString(parts)
        case .unary(_, let x):
            try visitExpr(x)
        case .binary(let l, _, let r):
            try visitExpr(l)
            try visitExpr(r)
        case .boolOp(_, let values):
            for v in values { try visitExpr(v) }
        case .compare(let left, let rest):
            try visitExpr(left)
            for (_, r) in rest { try visitExpr(r) }
        case .ifExp(let test, let body, let orElse):
            try visitExpr(test)
            try visitExpr(body)
            try visitExpr(orElse)
        case .lambda(let params, let body):
            try visitDefaults(params)
            let s = SymbolScope(kind: .lambda, name: "<lambda>", range: e.range)
            enter(s, privateName: privateName)
            try addParameters(params, e.range)
            try visitExpr(body)
            leave()
        case .call(let f, let args):
            try visitExpr(f)
            for a in args { try visitArgument(a) }
        case .attribute(let obj, _):
            try visitExpr(obj)
        case .subscript(let obj, let index):
            try visitExpr(obj)
            try visitExpr(index)
        case .slice(let lower, let upper, let step):
            if let lower { try visitExpr(lower) }
            if let upper { try visitExpr(upper) }
            if let step { try visitExpr(step) }
        case .starred(let x):
            try visitExpr(x)
        case .tuple(let items), .list(let items), .set(let items):
            for i in items { try visitExpr(i) }
        case .dict(let items):
            for item in items {
                switch item {
                case .pair(let k, let v):
                    try visitExpr(k)
                    try visitExpr(v)
                case .unpack(let m):
                    try visitExpr(m)
                }
            }
        case .listComp(let elt, let gens):
            try visitComprehension("<listcomp>", e.range, gens, [elt], isGenerator: false)
        case .setComp(let elt, let gens):
            try visitComprehension("<setcomp>", e.range, gens, [elt], isGenerator: false)
        case .dictComp(let key, let value, let gens):
            try visitComprehension("<dictcomp>", e.range, gens, [key, value], isGenerator: false)
        case .generatorExp(let elt, let gens):
            try visitComprehension("<genexpr>", e.range, gens, [elt], isGenerator: true)
        case .yield(let v):
            try noteYield(e.range)
            if let v { try visitExpr(v) }
        case .yieldFrom(let v):
            try noteYield(e.range)
            try visitExpr(v)
        case .await(let v):
            try visitExpr(v)
        case .namedExpr(let name, let value):
            try visitNamedExpr(name, value, e.range)
        }
    }

    private func noteYield(_ range: SourceRange) throws {
        switch current.kind {
        case .module, .classBody:
            throw error("'yield' outside function", range)
        case .comprehension:
            let what: String
            switch current.name {
            case "<listcomp>": what = "list comprehension"
            case "<setcomp>": what = "set comprehension"
            case "<dictcomp>": what = "dict comprehension"
            default: what = "generator expression"
            }
            throw error("'yield' inside \(what)", range)
        case .function, .lambda:
            current.isGenerator = true
        }
    }

    /// The comprehension scope first (the compiler builds its code before evaluating the
    /// outermost iterable), then that iterable in the enclosing scope.
    private func visitComprehension(_ name: String, _ range: SourceRange, _ gens: [Comprehension], _ elements: [Expr],
                                    isGenerator: Bool) throws {
        guard let first = gens.first else { throw error("comprehension without 'for'", range) }
        let s = SymbolScope(kind: .comprehension, name: name, range: range)
        s.isGenerator = isGenerator
        enter(s, privateName: privateName)
        s.add(".0", .parameter)
        s.parameters.append(".0")
        for (i, g) in gens.enumerated() {
            if i > 0 {
                comprehensionIterableDepth += 1
                defer { comprehensionIterableDepth -= 1 }
                try visitExpr(g.iter)
            }
            try visitTarget(g.target, comprehensionIteration: true)
            for cond in g.ifs { try visitExpr(cond) }
        }
        for el in elements { try visitExpr(el) }
        leave()
        comprehensionIterableDepth += 1
        defer { comprehensionIterableDepth -= 1 }
        try visitExpr(first.iter)
    }

    /// `name := value`. In a comprehension the name is bound in the nearest enclosing
    /// function (or the module), not in the comprehension.
    private func visitNamedExpr(_ rawName: String, _ value: Expr, _ range: SourceRange) throws {
        if comprehensionIterableDepth > 0 {
            throw error("assignment expression cannot be used in a comprehension iterable expression", range)
        }
        try visitExpr(value)
        guard current.kind == .comprehension else {
            addDef(rawName)
            return
        }
        let name = mangle(rawName, privateClass: privateName)
        for scope in stack.reversed() {
            if scope.kind == .comprehension {
                if scope.flags(of: name).contains(.comprehensionIteration) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '\(rawName)'", range)
                }
                continue
            }
            switch scope.kind {
            case .function, .lambda:
                current.add(name, .declaredNonlocal)
                scope.add(name, .assigned)
            case .module:
                current.add(name, .declaredGlobal)
                scope.add(name, .assigned)
            case .classBody:
                throw error("assignment expression within a comprehension cannot be used in a class body", range)
            case .comprehension:
                break
            }
            current.declarationRanges[name] = range
            return
        }
    }

    // MARK: - Analysis

    private func analyzeTree(_ top: SymbolScope) throws {
        var free = Set<String>()
        try analyze(top, bound: [], free: &free)
    }

    /// Resolves the names of `s` and its children. `bound`: names bound in enclosing function
    /// scopes (visible to closures). `free` collects names free in `s` or below that `s`
    /// does not bind itself, for the parent.
    private func analyze(_ s: SymbolScope, bound inherited: Set<String>, free: inout Set<String>) throws {
        var bound = inherited
        var locals = Set<String>()
        // A class body's names are invisible to its methods: they see what the class sees.
        var childBound: Set<String> = s.kind == .classBody ? inherited : []
        for name in s.symbolOrder {
            let scope = try resolve(s, name, bound: &bound, locals: &locals, free: &free)
            s.setScope(name, scope)
        }
        if s.kind == .classBody {
            childBound.insert("__class__")
        } else {
            if s.isFunctionLike { childBound.formUnion(locals) }
            childBound.formUnion(bound)
        }
        var childFree = Set<String>()
        for child in s.children {
            try analyze(child, bound: childBound, free: &childFree)
        }
        var needsClassCell = false
        if s.isFunctionLike {
            // Locals read by inner scopes live in cells.
            let captured = childFree.filter { s.symbols[$0] != nil && s.scope(of: $0) == .local }
            for name in captured { s.setScope(name, .cell) }
            childFree.subtract(captured)
        } else if s.kind == .classBody {
            needsClassCell = childFree.remove("__class__") != nil
        }
        var passThrough: [String] = []
        for name in childFree {
            if let f = s.symbols[name] {
                // A class binding of the same name does not satisfy a method's free variable:
                // the class also passes the enclosing function's cell through.
                if s.kind == .classBody && !f.intersection([.assigned, .parameter, .declaredGlobal]).isEmpty {
                    s.add(name, .freeInClass)
                    passThrough.append(name)
                }
                continue
            }
            // Not bound in any enclosing function: global.
            if !bound.contains(name) { continue }
            s.add(name, .used)
            s.setScope(name, .free)
        }
        free.formUnion(childFree)

        var cells: [String] = []
        var frees: [String] = passThrough
        for (name, scope) in s.nameScopes {
            if scope == .cell { cells.append(name) }
            if scope == .free { frees.append(name) }
        }
        s.finishAnalysis(cells: cells, frees: Array(Set(frees)), classCell: needsClassCell)
    }

    private func resolve(_ s: SymbolScope, _ name: String, bound: inout Set<String>, locals: inout Set<String>,
                         free: inout Set<String>) throws -> NameScope {
        let f = s.flags(of: name)
        let declRange = s.declarationRanges[name] ?? s.range
        if f.contains(.declaredGlobal) {
            if f.contains(.declaredNonlocal) {
                throw error("name '\(name)' is nonlocal and global", declRange)
            }
            bound.remove(name)
            return .globalExplicit
        }
        if f.contains(.declaredNonlocal) {
            if !bound.contains(name) {
                throw error("no binding for nonlocal '\(name)' found", declRange)
            }
            free.insert(name)
            return .free
        }
        if !f.intersection(.bound).isEmpty {
            locals.insert(name)
            return .local
        }
        if bound.contains(name) {
            free.insert(name)
            return .free
        }
        return .globalImplicit
    }
}

/// A SyntaxError at `range` (the source line text is not known here: callers that have the
/// source fill `text` in).
func makeSyntaxError(_ message: String, _ range: SourceRange, filename: String) -> SyntaxError {
    let column = Int(range.start.column) + 1
    let endColumn: Int? = range.end.line == range.start.line && range.end.column > range.start.column
        ? Int(range.end.column) + 1 : nil
    return SyntaxError(message: message, filename: filename, line: Int(range.start.line), column: column,
                       endColumn: endColumn, text: "")
}
