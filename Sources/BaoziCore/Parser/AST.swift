// The syntax tree the parser produces and the compiler consumes.
//
// Nodes are value types: the tree is built once, walked once by the compiler and then dropped,
// so nothing here is on the VM's hot path. Every node carries the source range it came from;
// tracebacks and syntax errors point at it.

/// A position in a source file: 1-based line, 0-based column counted in Unicode scalars.
public struct SourceLocation: Equatable, Sendable {
    public var line: Int32
    public var column: Int32
    public init(line: Int32, column: Int32) {
        self.line = line
        self.column = column
    }
    public static let unknown = SourceLocation(line: 0, column: 0)
}

/// The extent of a node: from `start` (inclusive) to `end` (exclusive).
public struct SourceRange: Equatable, Sendable {
    public var start: SourceLocation
    public var end: SourceLocation
    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }
    public static let unknown = SourceRange(start: .unknown, end: .unknown)
}

// MARK: - Expressions

public struct Expr {
    public var kind: ExprKind
    public var range: SourceRange
    public init(_ kind: ExprKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public enum Constant {
    case none
    case bool(Bool)
    case ellipsis
    case int(Int)
    /// An integer literal too large for `Int`, as its decimal digits (underscores removed,
    /// already converted from 0x/0o/0b notation).
    case bigInt(String)
    case float(Double)
    /// An imaginary literal like `3j`; the compiler reports complex numbers as unsupported.
    case imaginary(Double)
    case string(String)
    case bytes([UInt8])
}

public enum UnaryOp { case negate, plus, invert, not }

public enum BinaryOp {
    case add, sub, mul, matmul, div, floorDiv, mod, pow
    case lshift, rshift, bitAnd, bitOr, bitXor
}

public enum BoolOp { case and, or }

public enum CompareOp { case eq, ne, lt, le, gt, ge, `is`, isNot, `in`, notIn }

/// One piece of an f-string: literal text, or a replacement field `{expr!r:spec}`.
public enum FStringPart {
    case literal(String)
    /// `conversion` is "r", "s" or "a" when given; `spec` is the (itself possibly nested)
    /// format spec after the colon. `selfDocumenting` holds the text for `{x=}` fields,
    /// e.g. "x=", which is printed before the value.
    case field(expr: Expr, conversion: Character?, spec: [FStringPart]?, selfDocumenting: String?)
}

public enum Argument {
    case positional(Expr)
    case starred(Expr)                  // *iterable
    case keyword(String, Expr)          // name=value
    case doubleStarred(Expr)            // **mapping
}

public enum DictItem {
    case pair(Expr, Expr)
    case unpack(Expr)                   // **mapping
}

public struct Comprehension {
    public var target: Expr
    public var iter: Expr
    public var ifs: [Expr]
    public init(target: Expr, iter: Expr, ifs: [Expr]) {
        self.target = target
        self.iter = iter
        self.ifs = ifs
    }
}

public struct Parameter {
    public var name: String
    public var annotation: Expr?
    public var defaultValue: Expr?
    public var range: SourceRange
    public init(name: String, annotation: Expr? = nil, defaultValue: Expr? = nil, range: SourceRange) {
        self.name = name
        self.annotation = annotation
        self.defaultValue = defaultValue
        self.range = range
    }
}

/// A function's parameter list: `def f(a, /, b, c=1, *args, d, e=2, **kw)`.
public struct Parameters {
    public var positionalOnly: [Parameter] = []
    public var regular: [Parameter] = []
    public var varargs: Parameter? = nil
    public var keywordOnly: [Parameter] = []
    public var kwargs: Parameter? = nil
    public init() {}
}

public indirect enum ExprKind {
    case name(String)
    case constant(Constant)
    /// Adjacent literals are already joined: `"a" f"{b}"` is one fString.
    case fString([FStringPart])
    case unary(UnaryOp, Expr)
    case binary(Expr, BinaryOp, Expr)
    /// `a and b and c` is one node with three operands.
    case boolOp(BoolOp, [Expr])
    /// `a < b <= c` is one node: left operand, then (operator, operand) pairs.
    case compare(Expr, [(CompareOp, Expr)])
    case ifExp(test: Expr, body: Expr, orElse: Expr)
    case lambda(Parameters, Expr)
    case call(Expr, [Argument])
    case attribute(Expr, String)
    case `subscript`(Expr, Expr)
    /// Only inside a subscript: `a[lo:hi:step]`. A subscript with several items,
    /// `a[1:2, 3]`, has a tuple index holding slices.
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
    case starred(Expr)
    case tuple([Expr])
    case list([Expr])
    case set([Expr])
    case dict([DictItem])
    case listComp(Expr, [Comprehension])
    case setComp(Expr, [Comprehension])
    case dictComp(key: Expr, value: Expr, [Comprehension])
    case generatorExp(Expr, [Comprehension])
    case yield(Expr?)
    case yieldFrom(Expr)
    case await(Expr)
    /// The walrus operator `name := value`.
    case namedExpr(String, Expr)
}

// MARK: - Statements

public struct Stmt {
    public var kind: StmtKind
    public var range: SourceRange
    public init(_ kind: StmtKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public struct FunctionDef {
    public var name: String
    public var parameters: Parameters
    public var body: [Stmt]
    public var decorators: [Expr]
    public var returns: Expr?
    public var isAsync: Bool
    public init(name: String, parameters: Parameters, body: [Stmt], decorators: [Expr], returns: Expr?, isAsync: Bool = false) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.decorators = decorators
        self.returns = returns
        self.isAsync = isAsync
    }
}

public struct ClassDef {
    public var name: String
    /// Bases and keywords (`metaclass=...`) exactly as written in the parentheses.
    public var arguments: [Argument]
    public var body: [Stmt]
    public var decorators: [Expr]
    public init(name: String, arguments: [Argument], body: [Stmt], decorators: [Expr]) {
        self.name = name
        self.arguments = arguments
        self.body = body
        self.decorators = decorators
    }
}

public struct ExceptHandler {
    /// nil for a bare `except:`.
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var range: SourceRange
    public init(type: Expr?, name: String?, body: [Stmt], range: SourceRange) {
        self.type = type
        self.name = name
        self.body = body
        self.range = range
    }
}

public struct WithItem {
    public var context: Expr
    public var target: Expr?
    public init(context: Expr, target: Expr?) {
        self.context = context
        self.target = target
    }
}

/// `import a.b as c` gives name "a.b", asName "c"; `from m import *` gives one alias named "*".
public struct ImportAlias {
    public var name: String
    public var asName: String?
    public var range: SourceRange
    public init(name: String, asName: String?, range: SourceRange) {
        self.name = name
        self.asName = asName
        self.range = range
    }
}

public indirect enum StmtKind {
    case expr(Expr)
    /// `a = b = value` has targets [a, b].
    case assign(targets: [Expr], value: Expr)
    case augAssign(target: Expr, op: BinaryOp, value: Expr)
    /// `simple` is true when the target is a plain name not in parentheses.
    case annAssign(target: Expr, annotation: Expr, value: Expr?, simple: Bool)
    /// `elif` chains are nested ifs in `orElse`.
    case `if`(test: Expr, body: [Stmt], orElse: [Stmt])
    case `while`(test: Expr, body: [Stmt], orElse: [Stmt])
    case `for`(target: Expr, iter: Expr, body: [Stmt], orElse: [Stmt])
    case `break`
    case `continue`
    case pass
    case functionDef(FunctionDef)
    case classDef(ClassDef)
    case `return`(Expr?)
    case `try`(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finally: [Stmt])
    case raise(exception: Expr?, cause: Expr?)
    case with(items: [WithItem], body: [Stmt])
    case global([String])
    case nonlocal([String])
    case `import`([ImportAlias])
    /// `from ..pkg import a` has module "pkg" and level 2; `from . import a` has module nil.
    case importFrom(module: String?, names: [ImportAlias], level: Int)
    case assert(test: Expr, message: Expr?)
    case delete([Expr])
}

/// A whole parsed source: a file, a `-c` string, or one REPL entry.
public struct Module {
    public var body: [Stmt]
    public init(body: [Stmt]) { self.body = body }
}

// MARK: - Errors

/// A syntax error with everything CPython shows for one: the file, the position, the offending
/// line and a message saying what was expected.
public struct SyntaxError: Error, Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case syntax
        case indentation     // IndentationError
        case tab             // TabError
    }
    public var kind: Kind
    public var message: String
    public var filename: String
    public var line: Int
    /// 1-based column of the first caret, as CPython's `offset`.
    public var column: Int
    /// 1-based column one past the last caret; equal to `column + 1` for a single caret.
    public var endColumn: Int
    /// The source line, without its newline.
    public var text: String
    /// True when the input simply ended too early (an open bracket, block or string):
    /// the REPL reads another line instead of reporting the error.
    public var isIncomplete: Bool

    public init(kind: Kind = .syntax, message: String, filename: String, line: Int, column: Int,
                endColumn: Int? = nil, text: String, isIncomplete: Bool = false) {
        self.kind = kind
        self.message = message
        self.filename = filename
        self.line = line
        self.column = column
        self.endColumn = endColumn ?? column + 1
        self.text = text
        self.isIncomplete = isIncomplete
    }
}
