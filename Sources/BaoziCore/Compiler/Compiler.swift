// The compiler: syntax tree to code objects, each with the executable tree of its body.
//
// `SymbolTableBuilder` first resolves every name (Symbols.swift); the compiler then makes one
// code object per scope — module, class body, function, lambda, comprehension — whose tables
// (slots, constants, names: CodeUnit.swift) the tree builder fills while it builds the body
// (TreeBuilder.swift). The builder asks the compiler for the code objects of the scopes
// nested in the body it builds (Compiler+Scopes.swift).

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
        if !interactive, let doc = docstring(module.body[...]) { unit.doc = doc }
        let tree = try TreeBuilder.buildNamespace(self, .module(storesDocstring: !interactive), module.body[...], range: start)
        return try leaveUnit(tree)
    }

    func compileExpressionCode(_ expr: Expr, scope: SymbolScope) throws -> CodeObj {
        enterUnit(CodeUnit(scope: scope, name: "<module>", qualname: "<module>", firstLine: max(1, Int(expr.range.start.line)),
                           privateName: nil, range: expr.range))
        unit.flags = [.usesNamespace, .isModule]
        let tree = try TreeBuilder.buildNamespace(self, .expression(expr), [], range: expr.range)
        return try leaveUnit(tree)
    }

    // MARK: - Code units

    func enterUnit(_ u: CodeUnit) {
        if let current = unit { enclosingUnits.append(current) }
        unit = u
    }

    /// Makes the current unit and the tree built for it into a code object, and returns to
    /// the enclosing unit.
    func leaveUnit(_ built: (TreeCode, TreeBuilder)) throws -> CodeObj {
        let u = unit!
        let code = CodeObj(name: u.name, qualname: u.qualname, filename: filename, firstLine: u.firstLine, type: interp.types.code)
        code.locations = [u.range]
        code.constants = ContiguousArray(u.constants)
        code.names = ContiguousArray(u.names)
        code.varNames = u.varNames
        code.cellSlots = u.cellSlots
        code.freeCount = u.freeCount
        code.argCount = u.argCount
        code.positionalOnlyCount = u.positionalOnlyCount
        code.kwOnlyCount = u.kwOnlyCount
        code.flags = u.flags
        code.doc = u.doc
        code.attachTree(built)
        code.finalize()
        unit = enclosingUnits.popLast()
        return interp.heap.track(code)
    }

    func nameIndex(_ name: String) -> Int32 { unit.name(name, interp) }

    func mangled(_ name: String) -> String { mangle(name, privateClass: unit.privateName) }

    // MARK: - Constants

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

    /// `-literal` as one constant: `-1`, `-2.5`, `-(big int)`.
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
        case .none: return (.none, { .pyNone })
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

    /// The constant tuple of keyword names for `kwNames`.
    func keywordNamesConstant(_ names: [String]) -> Int32 {
        unit.constant(.tuple(names.map { .string($0) })) {
            self.interp.newTuple(names.map { Value(self.interp.intern($0)) })
        }
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

    // MARK: - Source text in messages

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
