// The public entry points of the parser, and the parser's core: token access, scopes and
// error reporting. The grammar itself is spread over the Parser+*.swift files; grammar.md
// at the repository root describes it.

/// What a piece of source is: a whole file, one REPL entry, or an expression for `eval()`.
public enum ParseMode {
    /// A module: any number of statements (CPython's "exec" mode).
    case file
    /// One REPL entry: a simple statement line, or one compound statement. Input that ends
    /// too early (open bracket or triple-quoted string, trailing backslash, a compound
    /// statement not yet followed by an empty line) throws a SyntaxError with `isIncomplete`.
    case singleInteractive
    /// A single expression list (CPython's "eval" mode); the module holds one `.expr` statement.
    case eval
}

/// Parses Python 3.11 source into a module.
///
/// Throws `SyntaxError` with CPython's message and position for the first error: lexical
/// errors anywhere in the file first (as CPython, which tokenizes the whole file on error),
/// then grammar errors, then the errors CPython's compiler would raise (`'return' outside
/// function`, `duplicate argument`, ...). Deeply nested input gives a SyntaxError, never a crash.
public func parse(_ source: String, filename: String, mode: ParseMode = .file) throws -> Module {
    do {
        return try Parser.parseModule(source, filename: filename, mode: mode)
    } catch let failure as ParseFailure {
        var error = failure.error
        error.isIncomplete = mode == .singleInteractive && failure.atEndOfInput
        throw error
    }
}

/// Parses the text given to `eval()`: one expression list, surrounded by optional blank
/// lines. Leading spaces and tabs are ignored, as by CPython's `eval` built-in.
public func parseExpression(_ source: String, filename: String) throws -> Expr {
    let trimmed = source.drop(while: { $0 == " " || $0 == "\t" })
    let module = try parse(String(trimmed), filename: filename, mode: .eval)
    guard case .expr(let expression)? = module.body.first?.kind else {
        preconditionFailure("eval mode always produces one expression statement")
    }
    return expression
}

/// A recursive-descent parser over the token array, one function per grammar rule.
final class Parser {
    /// How deeply expressions may nest (each bracket, unary operator, `not`, `**`, lambda
    /// or conditional adds a level). This keeps both the parser's and the compiler's
    /// recursion bounded; CPython's own tokenizer stops at 200 open brackets.
    static let maxNesting = 1000

    let source: SourceText
    let text: [Unicode.Scalar]
    let mode: ParseMode
    // The parser is single-threaded and never overlaps accesses to its own state, so the
    // hot properties skip the runtime exclusivity checks (they cost ~10% of parse time).
    @exclusivity(unchecked) var tokens: [Token]
    @exclusivity(unchecked) var position = 0
    /// The furthest token the grammar has looked at: CPython reports "invalid syntax" there.
    @exclusivity(unchecked) var furthest = 0
    /// Whether any lookahead reached the end of the input (with a bracket still open,
    /// CPython then reports the bracket).
    var lookedAtEnd = false
    /// While positive, binary operators whose right operand does not parse are left
    /// unconsumed (PEG backtracking, used when looking for CPython's culprits).
    @exclusivity(unchecked) var lenientOperands = 0
    /// Created when nesting gets deep.
    var stackGuard: StackGuard?

    /// Function/class/lambda nesting, for `return`, `yield`, `break` and friends.
    @exclusivity(unchecked) var scopes: [Scope] = [Scope(kind: .module)]
    @exclusivity(unchecked) var nesting = 0
    /// While positive, `expression` skips its "forgot a comma?" diagnosis (CPython's
    /// `expression_without_invalid`).
    @exclusivity(unchecked) var diagnosticsSuppressed = 0
    /// Counts yield expressions, so comprehensions can tell whether they contain one.
    @exclusivity(unchecked) var yieldCount = 0

    /// Errors CPython reports after parsing, from its symbol table pass and its compiler:
    /// a grammar error anywhere in the file takes precedence over them.
    var futureError: SyntaxError?
    var symbolTableError: SyntaxError?
    var compilerError: SyntaxError?

    init(source: SourceText, tokens: [Token], mode: ParseMode) {
        self.source = source
        self.text = source.scalars
        self.tokens = tokens
        self.mode = mode
    }

    static func parseModule(_ string: String, filename: String, mode: ParseMode) throws -> Module {
        let source = try SourceText(string, filename: filename)
        var lexer = Lexer(source: source)
        let lexed = lexer.tokenize()
        let parser = Parser(source: source, tokens: lexed.tokens, mode: mode)
        let module: Module
        do {
            switch mode {
            case .file: module = Module(body: try parser.parseFileInput())
            case .singleInteractive: module = Module(body: try parser.parseInteractiveInput())
            case .eval: module = Module(body: [try parser.parseEvalInput()])
            }
        } catch let failure as ParseFailure {
            var reconciled = parser.reconcile(failure, with: lexed)
            if mode == .singleInteractive && reconciled.atEndOfInput && reconciled.error == failure.error
                && source.endsWithBlankLine {
                // The REPL user ended the entry with an empty line: a statement still
                // missing its end is an error (open brackets and strings keep reading).
                reconciled.atEndOfInput = false
            }
            throw reconciled
        }
        if let failure = lexed.failure {
            throw failure
        }
        if lexed.endsAfterContinuation {
            throw parser.unexpectedEndAfterContinuation()
        }
        if mode == .singleInteractive, let first = module.body.first, first.isCompound,
           !source.endsWithBlankLine {
            // A compound statement in the REPL ends with an empty line.
            throw ParseFailure(error: source.error("incomplete input", line: source.lineStarts.count, column: 1),
                               atEndOfInput: true)
        }
        if mode != .eval {
            parser.checkFutureImports(module.body)
        }
        if let error = parser.futureError ?? parser.symbolTableError ?? parser.compilerError {
            throw ParseFailure(error: error)
        }
        return module
    }

    /// Adjusts a grammar error for what the lexer saw, as CPython does.
    ///
    /// CPython tokenizes lazily: a grammar error before a tokenizer error is found first,
    /// but then (outside the REPL) it re-reads the whole file, and most tokenizer errors
    /// win. An unclosed bracket explains a failure at the end of input, or in a file any
    /// failure on a later line.
    private func reconcile(_ failure: ParseFailure, with lexed: LexedSource) -> ParseFailure {
        let failedAt = max(position, furthest)
        let atLastToken = failedAt >= tokens.count - 1
        if let lexical = lexed.failure, let index = lexed.errorTokenIndex {
            // The error token is the last one: a lookahead that reached it made CPython's
            // tokenizer report it.
            if failedAt >= index || lookedAtEnd { return lexical }
            if mode == .singleInteractive || failure.isUnexpectedIndentation || lexed.failureIsDeferred {
                return failure
            }
            return lexical
        }
        if let open = lexed.unclosedBracket {
            let failureLine = Int(tokens[min(failedAt, tokens.count - 1)].startLocation.line)
            let reachedEnd = atLastToken || lookedAtEnd
            if reachedEnd || (mode != .singleInteractive && failureLine > Int(open.location.line)) {
                return ParseFailure(error: source.error("'\(open.character)' was never closed",
                                                        line: Int(open.location.line),
                                                        column: Int(open.location.column) + 1),
                                    atEndOfInput: reachedEnd)
            }
        }
        if lexed.endsAfterContinuation && atLastToken {
            return unexpectedEndAfterContinuation()
        }
        return failure
    }

    /// The input ended right after a backslash continuation.
    func unexpectedEndAfterContinuation() -> ParseFailure {
        let end = tokens[tokens.count - 1].startLocation
        return ParseFailure(error: source.error("unexpected EOF while parsing", line: Int(end.line),
                                                column: Int(end.column) + 1),
                            atEndOfInput: true)
    }

    // MARK: Tokens

    @inline(__always) var current: Token { tokens[position] }
    @inline(__always) var kind: TokenKind { tokens[position].kind }

    /// The kind of a token ahead, as a grammar decision (it counts as looked at).
    @inline(__always) func peekKind(_ offset: Int) -> TokenKind {
        let index = min(position + offset, tokens.count - 1)
        if index > furthest { furthest = index }
        return tokens[index].kind
    }

    /// The kind of a token ahead, for error diagnosis only.
    func kindAhead(_ offset: Int) -> TokenKind {
        tokens[min(position + offset, tokens.count - 1)].kind
    }

    /// Consumes the current token (never moving past the last one).
    @discardableResult @inline(__always)
    func advance() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 {
            position += 1
            if position > furthest { furthest = position }
        }
        return token
    }

    @inline(__always) func accept(_ expected: TokenKind) -> Bool {
        if kind == expected {
            advance()
            return true
        }
        return false
    }

    func expect(_ expected: TokenKind) throws -> Token {
        guard kind == expected else { throw invalidSyntax() }
        return advance()
    }

    /// Where the previous token ended: the end of the construct just parsed.
    var previousEnd: SourceLocation {
        position > 0 ? tokens[position - 1].endLocation : current.startLocation
    }

    /// The end of the last token that is not NEWLINE, INDENT or DEDENT: where a compound
    /// statement ends.
    var lastContentEnd: SourceLocation {
        var index = position - 1
        while index > 0 && (tokens[index].kind == .newline || tokens[index].kind == .dedent
                            || tokens[index].kind == .indent) {
            index -= 1
        }
        return index >= 0 ? tokens[index].endLocation : current.startLocation
    }

    /// The text of a token; names with non-ASCII characters are NFKC-normalized.
    func tokenText(_ token: Token) -> String {
        let text = source.string(from: token.start, to: token.end)
        if token.kind == .name && !SourceText.isASCII(self.text, from: token.start, to: token.end) {
            return IdentifierNormalization.nfkc(text)
        }
        return text
    }

    func isSoftKeyword(_ token: Token) -> Bool {
        token.kind == .name && Keywords.soft.contains(tokenText(token))
    }

    /// Runs `body`; if it throws, rewinds to where it started and returns nil.
    func speculate<T>(_ body: () throws -> T) -> T? {
        let saved = snapshot()
        do {
            return try body()
        } catch {
            restore(saved)
            return nil
        }
    }

    /// Runs `body` to look ahead while diagnosing an error, then rewinds whatever happened.
    func lookahead<T>(_ body: () throws -> T) -> T? {
        let saved = snapshot()
        let savedFurthest = furthest
        defer {
            if max(position, furthest) >= tokens.count - 1 { lookedAtEnd = true }
            restore(saved)
            furthest = savedFurthest
        }
        return try? body()
    }

    private struct Snapshot {
        var position: Int
        var symbolTableError: SyntaxError?
        var compilerError: SyntaxError?
        var yieldCount: Int
        var nesting: Int
        var scopes: [Scope]
        var diagnosticsSuppressed: Int
    }

    private func snapshot() -> Snapshot {
        Snapshot(position: position, symbolTableError: symbolTableError, compilerError: compilerError,
                 yieldCount: yieldCount, nesting: nesting, scopes: scopes,
                 diagnosticsSuppressed: diagnosticsSuppressed)
    }

    private func restore(_ saved: Snapshot) {
        position = saved.position
        symbolTableError = saved.symbolTableError
        compilerError = saved.compilerError
        yieldCount = saved.yieldCount
        nesting = saved.nesting
        scopes = saved.scopes
        diagnosticsSuppressed = saved.diagnosticsSuppressed
    }

    // MARK: Nesting

    @inline(__always) func enterNesting() throws {
        nesting += 1
        if nesting > Parser.stackCheckThreshold {
            try checkNesting()
        }
    }

    /// Below this nesting the stack is never checked (finding its bounds costs a little).
    static let stackCheckThreshold = 8

    private func checkNesting() throws {
        if nesting > Parser.maxNesting {
            throw fail("too complex: expressions nested too deeply", at: current)
        }
        if stackGuard == nil { stackGuard = StackGuard() }
        if stackGuard!.isExhausted {
            throw fail("too complex: expressions nested too deeply for the stack", at: current)
        }
    }

    @inline(__always) func leaveNesting() { nesting -= 1 }

    // MARK: Errors

    /// An error underlining a token.
    func fail(_ message: String, at token: Token, kind: SyntaxError.Kind = .syntax) -> ParseFailure {
        let start = token.startLocation
        let end = token.endLocation
        let error = source.error(message, kind: kind, line: Int(start.line), column: Int(start.column) + 1,
                                 endColumn: end.line == start.line ? Int(end.column) + 1 : nil)
        return ParseFailure(error: error, atEndOfInput: token.start >= source.count)
    }

    /// An error underlining a source range.
    func fail(_ message: String, from start: SourceLocation, to end: SourceLocation) -> ParseFailure {
        ParseFailure(error: source.error(message, from: start, to: end))
    }

    func fail(_ message: String, at expression: Expr) -> ParseFailure {
        fail(message, from: expression.range.start, to: expression.range.end)
    }

    /// CPython's generic error, at the furthest token the grammar looked at. An unexpected
    /// INDENT or DEDENT is an IndentationError; CPython points just past the indentation.
    func invalidSyntax() -> ParseFailure {
        let token = tokens[max(position, furthest)]
        switch token.kind {
        case .indent:
            return ParseFailure(error: source.error("unexpected indent", kind: .indentation,
                                                    line: Int(token.startLocation.line),
                                                    column: Int(token.endLocation.column)),
                                isUnexpectedIndentation: true)
        case .dedent:
            var failure = fail("unexpected unindent", at: token, kind: .indentation)
            failure.isUnexpectedIndentation = true
            return failure
        default:
            return fail("invalid syntax", at: token)
        }
    }

    /// Records an error CPython's symbol table pass would raise.
    func deferSymbolTableError(_ message: String, _ range: SourceRange) {
        if symbolTableError == nil {
            symbolTableError = source.error(message, from: range.start, to: range.end)
        }
    }

    /// Records an error CPython's compiler would raise.
    func deferCompilerError(_ message: String, _ range: SourceRange) {
        if compilerError == nil {
            compilerError = source.error(message, from: range.start, to: range.end)
        }
    }
}

/// What kind of code block the parser is in.
struct Scope {
    enum Kind {
        case module
        case function(isAsync: Bool)
        case lambda
        case classBody
    }
    var kind: Kind
    /// Loops around the current point in this scope (`break` needs one).
    var loopDepth = 0

    var isFunction: Bool {
        switch kind {
        case .function, .lambda: return true
        case .module, .classBody: return false
        }
    }
}

extension SourceRange {
    init(_ start: SourceLocation, _ end: SourceLocation) {
        self.init(start: start, end: end)
    }
}

extension Stmt {
    /// Compound statements own indented blocks.
    var isCompound: Bool {
        switch kind {
        case .if, .while, .for, .try, .with, .functionDef, .classDef: return true
        default: return false
        }
    }
}

extension SourceText {
    /// Whether the input's last line (ignoring one final newline) is empty or blank: the
    /// REPL's signal that a compound statement is finished.
    var endsWithBlankLine: Bool {
        var index = count
        if index > 0 && scalars[index - 1] == "\n" { index -= 1 }
        while index > 0 {
            let c = scalars[index - 1]
            if c == "\n" { return true }
            if c != " " && c != "\t" && c != "\u{0C}" { return false }
            index -= 1
        }
        return true
    }
}
