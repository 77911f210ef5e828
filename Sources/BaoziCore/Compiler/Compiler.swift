// The compiler: syntax tree to code objects.
//
// `SymbolTableBuilder` first resolves every name (Symbols.swift); the compiler then walks the
// tree once per code object, emitting instructions into a `CodeUnit` (CodeUnit.swift) that
// tracks the value-stack depth and the exception-handler regions as it goes.
//
//   Compiler.swift              entry points, code units, names, constants
//   Compiler+Statements.swift   simple and compound statements, imports, assignments
//   Compiler+Exceptions.swift   try/except/finally, with, and break/continue/return unwinding
//   Compiler+Expressions.swift  expressions, calls, displays, f-strings, conditions
//   Compiler+Scopes.swift       def, lambda, class and comprehensions (nested code objects)

import BigInt

/// Compiles a parsed module. In `.singleInteractive` mode expression statements of the module
/// body print their value through the builtin `__baozi_displayhook__` instead of dropping it;
/// in `.eval` mode the module's single expression statement is compiled as by
/// `compileExpression`. Throws SyntaxError.
func compileModule(_ module: Module, filename: String, interp: Interpreter, mode: ParseMode) throws -> CodeObj {
    var interactive = false
    switch mode {
    case .singleInteractive:
        interactive = true
    case .eval:
        if module.body.count == 1, case .expr(let e) = module.body[0].kind {
            return try compileExpression(e, filename: filename, interp: interp)
        }
    case .file:
        break
    }
    return try Compiler.run(filename: filename) {
        let top = try SymbolTableBuilder(filename: filename).build(module: module)
        let compiler = Compiler(interp: interp, filename: filename, interactive: interactive)
        return try compiler.compileModuleCode(module, scope: top)
    }
}

/// Compiles an expression for eval(): the code returns its value. Throws SyntaxError.
func compileExpression(_ expr: Expr, filename: String, interp: Interpreter) throws -> CodeObj {
    return try Compiler.run(filename: filename) {
        let top = try SymbolTableBuilder(filename: filename).build(expression: expr)
        let compiler = Compiler(interp: interp, filename: filename, interactive: false)
        return try compiler.compileExpressionCode(expr, scope: top)
    }
}

final class Compiler {
    let interp: Interpreter
    let filename: String
    let interactive: Bool
    /// The code object being emitted, and the ones it is nested in.
    var unit: CodeUnit!
    private var enclosingUnits: [CodeUnit] = []
    /// Depth of nested expressions and statements being compiled (guards the native stack).
    var nestingDepth = 0
    static let maxNesting = SymbolTableBuilder.maxDepth
    /// `from __future__ import annotations`: annotations are stored as strings.
    var futureAnnotations = false

    init(interp: Interpreter, filename: String, interactive: Bool) {
        self.interp = interp
        self.filename = filename
        self.interactive = interactive
    }

    /// Runs a compilation, reporting compiler bugs as SyntaxErrors (so callers see one error type).
    static func run(filename: String, _ body: () throws -> CodeObj) throws -> CodeObj {
        do {
            return try body()
        } catch let e as InternalCompilerError {
            throw SyntaxError(message: "internal compiler error: \(e.message)", filename: filename, line: 0, column: 0, text: "")
        }
    }

    func error(_ message: String, _ range: SourceRange) -> SyntaxError {
        makeSyntaxError(message, range, filename: filename)
    }

    // MARK: - Top-level code objects

    func compileModuleCode(_ module: Module, scope: SymbolScope) throws -> CodeObj {
        futureAnnotations = module.body.contains { s in
            if case .importFrom(let m, let names, 0) = s.kind, m == "__future__" {
                return names.contains { $0.name == "annotations" }
            }
            return false
        }
        let start = module.body.first?.range ?? .unknown
        enterUnit(CodeUnit(scope: scope, name: "<module>", qualname: "<module>", firstLine: 1, privateName: nil, range: start))
        unit.flags = [.usesNamespace, .isModule]
        var body = module.body[...]
        if !interactive, let doc = docstring(body) {
            unit.range = body[body.startIndex].range
            loadConst(doc)
            emit(.storeName, nameIndex("__doc__"))
            unit.doc = doc
            body = body.dropFirst()
        }
        if containsAnnotations(body) { emit(.setupAnnotations) }
        try compileStatements(body)
        loadNone()
        emit(.returnValue)
        let tree = interp.treeEvaluator
            ? TreeBuilder.buildNamespace(self, .module(storesDocstring: !interactive), module.body[...], range: start) : nil
        let code = try leaveUnit()
        code.attachTree(tree)
        return code
    }

    func compileExpressionCode(_ expr: Expr, scope: SymbolScope) throws -> CodeObj {
        enterUnit(CodeUnit(scope: scope, name: "<module>", qualname: "<module>", firstLine: max(1, Int(expr.range.start.line)),
                           privateName: nil, range: expr.range))
        unit.flags = [.usesNamespace, .isModule]
        try compileExpr(expr)
        emit(.returnValue)
        let tree = interp.treeEvaluator ? TreeBuilder.buildNamespace(self, .expression(expr), [], range: expr.range) : nil
        let code = try leaveUnit()
        code.attachTree(tree)
        return code
    }

    // MARK: - Code units

    func enterUnit(_ u: CodeUnit) {
        if let current = unit { enclosingUnits.append(current) }
        unit = u
    }

    /// Finishes the current unit into a code object and returns to the enclosing unit.
    func leaveUnit() throws -> CodeObj {
        let u = unit!
        let f = try u.finish()
        let code = CodeObj(name: u.name, qualname: u.qualname, filename: filename, firstLine: u.firstLine, type: interp.types.code)
        code.instructions = ContiguousArray(f.instructions)
        code.locations = ContiguousArray(f.locations)
        code.constants = ContiguousArray(u.constants)
        code.names = ContiguousArray(u.names)
        code.varNames = u.varNames
        code.cellSlots = u.cellSlots
        code.freeCount = u.freeCount
        code.argCount = u.argCount
        code.positionalOnlyCount = u.positionalOnlyCount
        code.kwOnlyCount = u.kwOnlyCount
        code.flags = u.flags
        code.stackSize = f.stackSize
        code.handlers = ContiguousArray(f.handlers)
        code.doc = u.doc
        code.finalize()
        unit = enclosingUnits.popLast()
        return interp.heap.track(code)
    }

    // MARK: - Emission helpers

    @inline(__always) func emit(_ op: Op, _ arg: Int32 = 0) { unit.emit(op, arg) }
    @inline(__always) func emit(_ op: Op, _ label: Label) { unit.emit(op, label) }
    @inline(__always) func newLabel() -> Label { unit.newLabel() }
    @inline(__always) func place(_ label: Label) { unit.place(label) }

    /// Compiles `body` with instructions located at `range`.
    func at<T>(_ range: SourceRange, _ body: () throws -> T) rethrows -> T {
        let saved = unit.range
        unit.range = range
        defer { unit.range = saved }
        return try body()
    }

    /// Counts one level of nesting; too deep a tree is a SyntaxError rather than a crash.
    func descend(_ range: SourceRange) throws {
        nestingDepth += 1
        if nestingDepth > Self.maxNesting {
            throw error("too many nested expressions or statements", range)
        }
    }

    func ascend() { nestingDepth -= 1 }

    func nameIndex(_ name: String) -> Int32 { unit.name(name, interp) }

    func mangled(_ name: String) -> String { mangle(name, privateClass: unit.privateName) }

    // MARK: - Constants

    func loadNone() { emit(.loadConst, unit.constant(.none) { .none }) }

    func loadConst(_ v: Value) {
        switch v {
        case .none: loadNone()
        case .bool(let b): emit(.loadConst, unit.constant(.bool(b)) { v })
        case .int(let i): emit(.loadConst, unit.constant(.int(i)) { v })
        case .float(let d): emit(.loadConst, unit.constant(.float(d.bitPattern)) { v })
        case .object(let r): emit(.loadConst, unit.constant(.object(ObjectIdentifier(r.obj))) { v })
        case .unbound: loadNone()
        }
    }

    func loadString(_ s: String) {
        emit(.loadConst, unit.constant(.string(s)) { self.stringValue(s) })
    }

    /// Identifier-like strings are interned (they are often used as names or keys).
    func stringValue(_ s: String) -> Value {
        if s.utf8.count <= 64 && s.utf8.allSatisfy({ $0 == 95 || ($0 >= 48 && $0 <= 57) || ($0 | 0x20 >= 97 && $0 | 0x20 <= 122) }) {
            return Value(interp.intern(s))
        }
        return interp.newStr(s)
    }

    /// A literal or a tuple of literals as a constant, or nil when `e` is something else.
    func foldedConstant(_ e: Expr) throws -> (key: ConstKey, make: () -> Value)? {
        switch e.kind {
        case .constant(let c):
            return try constant(c, e.range)
        case .unary(.negate, let operand):
            return try negatedConstant(operand)
        case .tuple(let items):
            var keys: [ConstKey] = []
            var makers: [() -> Value] = []
            for item in items {
                guard let (k, m) = try foldedConstant(item) else { return nil }
                keys.append(k)
                makers.append(m)
            }
            return (.tuple(keys), { self.interp.newTuple(makers.map { $0() }) })
        default:
            return nil
        }
    }

    /// `-literal` as one constant (the only folding done): `-1`, `-2.5`, `-(big int)`.
    func negatedConstant(_ operand: Expr) throws -> (key: ConstKey, make: () -> Value)? {
        guard case .constant(let c) = operand.kind else { return nil }
        switch c {
        case .int(let i):
            let big = -BigInt(i)
            if let small = Int(exactly: big) { return (.int(small), { .int(small) }) }
            return (.bigInt(big.description), { self.interp.newInt(big) })
        case .bigInt(let digits):
            guard let b = BigInt(digits) else { return nil }
            let big = -b
            if let small = Int(exactly: big) { return (.int(small), { .int(small) }) }
            return (.bigInt(big.description), { self.interp.newInt(big) })
        case .float(let d):
            return (.float((-d).bitPattern), { .float(-d) })
        default:
            return nil
        }
    }

    func constant(_ c: Constant, _ range: SourceRange) throws -> (key: ConstKey, make: () -> Value) {
        switch c {
        case .none: return (.none, { .none })
        case .bool(let b): return (.bool(b), { .bool(b) })
        case .ellipsis: return (.ellipsis, { self.interp.ellipsis })
        case .int(let i): return (.int(i), { .int(i) })
        case .bigInt(let digits):
            guard let big = BigInt(digits) else { throw error("invalid integer literal", range) }
            return (.bigInt(digits), { self.interp.newInt(big) })
        case .float(let d): return (.float(d.bitPattern), { .float(d) })
        case .imaginary: throw error("complex numbers are not supported by Baozi", range)
        case .string(let s): return (.string(s), { self.stringValue(s) })
        case .bytes(let b): return (.bytes(b), { self.interp.newBytes(b) })
        }
    }

    func emitConstant(_ key: ConstKey, _ make: () -> Value) {
        emit(.loadConst, unit.constant(key, make))
    }

    /// The constant tuple of keyword names for `kwNames`.
    func keywordNamesConstant(_ names: [String]) -> Int32 {
        unit.constant(.tuple(names.map { .string($0) })) {
            self.interp.newTuple(names.map { Value(self.interp.intern($0)) })
        }
    }

    // MARK: - Names

    enum NameAccess { case load, store, delete }

    /// Loads, stores or deletes a variable, with the instruction its scope calls for.
    func emitName(_ rawName: String, _ access: NameAccess) throws {
        let name = mangled(rawName)
        if name == "__debug__" {
            guard access == .load else { throw error("cannot assign to __debug__", unit.range) }
            loadConst(.bool(true))
            return
        }
        let scope = unit.scope
        let kind = scope.scope(of: name)
        if scope.isFunctionLike {
            switch kind {
            case .local:
                try emitSlot(name, access, load: .loadFast, store: .storeFast, delete: .deleteFast)
            case .cell, .free:
                try emitSlot(name, access, load: .loadDeref, store: .storeDeref, delete: .deleteDeref)
            case .globalExplicit, .globalImplicit:
                emitNamed(name, access, load: .loadGlobal, store: .storeGlobal, delete: .deleteGlobal)
            }
        } else if scope.kind == .classBody {
            switch kind {
            case .free:
                // A class body reads its namespace first, then the enclosing function's cell.
                try emitSlot(name, access, load: .loadClassDeref, store: .storeDeref, delete: .deleteDeref)
            case .globalExplicit:
                emitNamed(name, access, load: .loadGlobal, store: .storeGlobal, delete: .deleteGlobal)
            case .local, .cell, .globalImplicit:
                emitNamed(name, access, load: .loadName, store: .storeName, delete: .deleteName)
            }
        } else if kind == .globalExplicit {
            emitNamed(name, access, load: .loadGlobal, store: .storeGlobal, delete: .deleteGlobal)
        } else {
            emitNamed(name, access, load: .loadName, store: .storeName, delete: .deleteName)
        }
    }

    private func emitSlot(_ name: String, _ access: NameAccess, load: Op, store: Op, delete: Op) throws {
        guard let slot = unit.slot(name) else {
            throw InternalCompilerError(message: "no slot for '\(name)' in \(unit.qualname)")
        }
        switch access {
        case .load: emit(load, Int32(slot))
        case .store: emit(store, Int32(slot))
        case .delete: emit(delete, Int32(slot))
        }
    }

    private func emitNamed(_ name: String, _ access: NameAccess, load: Op, store: Op, delete: Op) {
        let i = nameIndex(name)
        switch access {
        case .load: emit(load, i)
        case .store: emit(store, i)
        case .delete: emit(delete, i)
        }
    }

    /// `name = None; del name`: how an `except ... as name` clause forgets the exception.
    func clearName(_ name: String) throws {
        loadNone()
        try emitName(name, .store)
        try emitName(name, .delete)
    }

    // MARK: - Body helpers

    /// The docstring of a body: its first statement, when that is a string literal.
    func docstring(_ body: ArraySlice<Stmt>) -> Value? {
        guard let first = body.first, case .expr(let e) = first.kind, case .constant(.string(let s)) = e.kind else {
            return nil
        }
        return stringValue(s)
    }

    /// Whether a module or class body has simple annotations to store in `__annotations__`
    /// (looking into compound statements, not into nested scopes).
    func containsAnnotations<S: Sequence>(_ body: S) -> Bool where S.Element == Stmt {
        for s in body {
            switch s.kind {
            case .annAssign(_, _, _, let simple):
                if simple { return true }
            case .if(_, let b, let e), .while(_, let b, let e), .for(_, _, let b, let e):
                if containsAnnotations(b) || containsAnnotations(e) { return true }
            case .with(_, let b):
                if containsAnnotations(b) { return true }
            case .try(let b, let handlers, let e, let f):
                if containsAnnotations(b) || containsAnnotations(e) || containsAnnotations(f) { return true }
                for h in handlers where containsAnnotations(h.body) { return true }
            default:
                break
            }
        }
        return false
    }
}
