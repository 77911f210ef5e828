// Expressions, from the loosest-binding (lambda, conditional) to the tightest (primaries).

/// A comma-separated expression list as parsed at the start of a statement: the parser
/// needs the individual elements (and where they start) to validate assignment targets.
struct ExpressionList {
    var elements: [Expr]
    /// Token index where each element starts.
    var startIndices: [Int]
    var trailingComma: Bool
    /// The list is one unparenthesized `yield` expression.
    var isBareYield = false
    /// The element itself, or a tuple of all elements.
    var expression: Expr

    init(elements: [Expr], startIndices: [Int], trailingComma: Bool, isBareYield: Bool = false,
         range: SourceRange) {
        self.elements = elements
        self.startIndices = startIndices
        self.trailingComma = trailingComma
        self.isBareYield = isBareYield
        if elements.count == 1 && !trailingComma {
            expression = elements[0]
        } else {
            expression = Expr(.tuple(elements), range)
        }
    }

    var isSingle: Bool { elements.count == 1 && !trailingComma }
}

extension Parser {
    // MARK: Token classes

    /// Tokens that can begin an `expression`.
    static func canStartExpression(_ kind: TokenKind) -> Bool {
        switch kind {
        case .name, .number, .string, .leftParen, .leftBracket, .leftBrace, .minus, .plus, .tilde,
             .kwNot, .kwLambda, .kwAwait, .kwNone, .kwTrue, .kwFalse, .ellipsis:
            return true
        default:
            return false
        }
    }

    /// Tokens that can begin a `star_expression`.
    static func canStartStarExpression(_ kind: TokenKind) -> Bool {
        kind == .star || canStartExpression(kind)
    }

    /// Tokens that can begin an expression but can never follow a complete one: seeing one
    /// after an expression means two expressions were written side by side.
    static func startsJuxtaposedExpression(_ kind: TokenKind) -> Bool {
        switch kind {
        case .name, .number, .string, .leftBrace, .tilde, .kwNot, .kwLambda, .kwAwait,
             .kwNone, .kwTrue, .kwFalse, .ellipsis:
            return true
        default:
            return false
        }
    }

    // MARK: Expression lists

    /// star_expressions: star_expression (',' star_expression)* [',']
    func parseStarExpressionList() throws -> ExpressionList {
        var elements: [Expr] = []
        var starts: [Int] = []
        var trailingComma = false
        let start = current.startLocation
        while true {
            starts.append(position)
            elements.append(try parseStarExpression())
            guard kind == .comma else { break }
            advance()
            if !Parser.canStartStarExpression(kind) {
                trailingComma = true
                break
            }
        }
        return ExpressionList(elements: elements, startIndices: starts, trailingComma: trailingComma,
                              range: SourceRange(start, previousEnd))
    }

    func parseStarExpressions() throws -> Expr {
        try parseStarExpressionList().expression
    }

    /// star_expression: '*' bitwise_or | expression
    func parseStarExpression() throws -> Expr {
        if kind == .star {
            let star = advance()
            let value = try parseBitwiseOr()
            return Expr(.starred(value), SourceRange(star.startLocation, previousEnd))
        }
        return try parseExpression()
    }

    /// star_named_expression: '*' bitwise_or | named_expression
    func parseStarNamedExpression() throws -> Expr {
        if kind == .star {
            let star = advance()
            let value = try parseBitwiseOr()
            return Expr(.starred(value), SourceRange(star.startLocation, previousEnd))
        }
        return try parseNamedExpression()
    }

    /// A bare `*x` where CPython's compiler rejects it (an expression statement, a return
    /// value, an assignment's value, ...).
    func rejectBareStarred(_ expression: Expr) {
        if case .starred = expression.kind {
            deferCompilerError("can't use starred expression here", expression.range)
        }
    }

    // MARK: Named expressions

    /// named_expression: NAME ':=' expression | expression !':='
    func parseNamedExpression() throws -> Expr {
        if kind == .name && peekKind(1) == .colonEqual {
            let name = advance()
            advance()
            let value = try parseExpression()
            return Expr(.namedExpr(tokenText(name), value), SourceRange(name.startLocation, previousEnd))
        }
        let startIndex = position
        let expression = try parseExpression()
        if kind == .colonEqual || kind == .equal {
            try diagnoseNamedExpression(expression, startIndex: startIndex)
        }
        return expression
    }

    /// A named expression followed by ':=' or '=' (kept out of the recursive path, whose
    /// stack frames should stay small).
    @inline(never)
    private func diagnoseNamedExpression(_ expression: Expr, startIndex: Int) throws {
        if kind == .colonEqual {
            throw fail("cannot use assignment expressions with \(expressionName(expression))", at: expression)
        }
        if let failure = misplacedAssignment(expression, startIndex: startIndex) {
            throw failure
        }
    }

    /// `if x = 1:` and similar: CPython suggests '==' or ':='.
    private func misplacedAssignment(_ target: Expr, startIndex: Int) -> ParseFailure? {
        let equalIndex = position
        let saved = position
        defer { position = saved }
        position += 1
        guard let operand = leadingOperand(), operand.1 != .equal && operand.1 != .colonEqual else { return nil }
        if case .name = target.kind, equalIndex == startIndex + 1 {
            return fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                        from: target.range.start, to: operand.0.range.end)
        }
        return assignmentHereFailure(target, startIndex: startIndex, equalIndex: equalIndex)
    }

    // MARK: Conditional expressions and lambdas

    /// expression: disjunction ['if' disjunction 'else' expression] | lambdef
    func parseExpression() throws -> Expr {
        try enterNesting()
        defer { leaveNesting() }
        if kind == .kwLambda {
            return try parseLambda()
        }
        let startIndex = position
        let body = try parseDisjunction()
        if kind == .kwIf {
            return try parseConditional(body: body, startIndex: startIndex)
        }
        if diagnosticsSuppressed == 0 && Parser.startsJuxtaposedExpression(kind) {
            try diagnoseJuxtaposition(body, startIndex: startIndex)
        }
        return body
    }

    /// The rest of `body 'if' disjunction 'else' expression`.
    @inline(never)
    private func parseConditional(body: Expr, startIndex: Int) throws -> Expr {
        advance()
        let test = try parseDisjunction()
        guard accept(.kwElse) else {
            if kind == .colon { throw invalidSyntax() }
            throw fail("expected 'else' after 'if' expression", from: body.range.start, to: test.range.end)
        }
        let orElse = try parseExpression()
        return Expr(.ifExp(test: test, body: body, orElse: orElse),
                    SourceRange(tokens[startIndex].startLocation, previousEnd))
    }

    /// Two expressions side by side: `print x` (Python 2), or a missing comma inside
    /// brackets (`[1 2]`). Returns without error when neither applies; the caller then
    /// reports invalid syntax at the current token.
    private func diagnoseJuxtaposition(_ first: Expr, startIndex: Int) throws {
        if case .name(let name) = first.kind, startIndex + 1 == position {
            // CPython reads what follows any name; only print and exec get a message.
            let rest = lookahead({ try parseStarExpressions() })
            if name == "print" || name == "exec" {
                if let rest = rest {
                    throw fail("Missing parentheses in call to '\(name)'. Did you mean \(name)(...)?",
                               from: first.range.start, to: rest.range.end)
                }
                return
            }
        }
        let firstToken = tokens[startIndex]
        if firstToken.kind == .name && (tokens[startIndex + 1].kind == .string || isSoftKeyword(firstToken)) {
            return
        }
        diagnosticsSuppressed += 1
        defer { diagnosticsSuppressed -= 1 }
        guard let second = lookahead({ () -> (Expr, Int) in
            let second = try parseExpression()
            return (second, position)
        }) else { return }
        if tokens[second.1 - 1].bracketDepth > 0 {
            throw fail("invalid syntax. Perhaps you forgot a comma?", from: first.range.start, to: second.0.range.end)
        }
    }

    /// lambdef: 'lambda' [lambda_params] ':' expression
    private func parseLambda() throws -> Expr {
        let start = advance()
        let parameters = try parseParameters(closing: .colon, isLambda: true)
        _ = try expect(.colon)
        scopes.append(Scope(kind: .lambda))
        defer { scopes.removeLast() }
        let body = try parseExpression()
        return Expr(.lambda(parameters, body), SourceRange(start.startLocation, previousEnd))
    }

    // MARK: Boolean operators

    /// disjunction: conjunction ('or' conjunction)*
    func parseDisjunction() throws -> Expr {
        let start = current.startLocation
        let first = try parseConjunction()
        guard kind == .kwOr else { return first }
        var values = [first]
        while accept(.kwOr) {
            values.append(try parseConjunction())
        }
        return Expr(.boolOp(.or, values), SourceRange(start, previousEnd))
    }

    /// conjunction: inversion ('and' inversion)*
    private func parseConjunction() throws -> Expr {
        let start = current.startLocation
        let first = try parseInversion()
        guard kind == .kwAnd else { return first }
        var values = [first]
        while accept(.kwAnd) {
            values.append(try parseInversion())
        }
        return Expr(.boolOp(.and, values), SourceRange(start, previousEnd))
    }

    /// inversion: 'not' inversion | comparison (the `not`s are collected in a loop).
    private func parseInversion() throws -> Expr {
        guard kind == .kwNot else { return try parseComparison() }
        var nots: [Token] = []
        defer { nesting -= nots.count }
        while kind == .kwNot {
            nots.append(advance())
            try enterNesting()
        }
        var operand = try parseComparison()
        for token in nots.reversed() {
            operand = Expr(.unary(.not, operand), SourceRange(token.startLocation, previousEnd))
        }
        return operand
    }

    /// comparison: bitwise_or (compare_op bitwise_or)*
    private func parseComparison() throws -> Expr {
        let start = current.startLocation
        let left = try parseBitwiseOr()
        var pairs: [(CompareOp, Expr)] = []
        scan: while true {
            let op: CompareOp
            var width = 1
            switch kind {
            case .equalEqual: op = .eq
            case .notEqual: op = .ne
            case .less: op = .lt
            case .lessEqual: op = .le
            case .greater: op = .gt
            case .greaterEqual: op = .ge
            case .kwIn: op = .in
            case .kwNot where peekKind(1) == .kwIn:
                op = .notIn
                width = 2
            case .kwIs:
                if peekKind(1) == .kwNot {
                    op = .isNot
                    width = 2
                } else {
                    op = .is
                }
            default:
                break scan
            }
            advance()
            if width == 2 { advance() }
            pairs.append((op, try parseBitwiseOr()))
        }
        guard !pairs.isEmpty else { return left }
        return Expr(.compare(left, pairs), SourceRange(start, previousEnd))
    }

    // MARK: Binary operators

    /// The binding power of a binary operator token (higher binds tighter).
    private static func binaryOperator(_ kind: TokenKind) -> (BinaryOp, Int)? {
        switch kind {
        case .vbar: return (.bitOr, 1)
        case .circumflex: return (.bitXor, 2)
        case .amper: return (.bitAnd, 3)
        case .leftShift: return (.lshift, 4)
        case .rightShift: return (.rshift, 4)
        case .plus: return (.add, 5)
        case .minus: return (.sub, 5)
        case .star: return (.mul, 6)
        case .slash: return (.div, 6)
        case .doubleSlash: return (.floorDiv, 6)
        case .percent: return (.mod, 6)
        case .at: return (.matmul, 6)
        default: return nil
        }
    }

    /// bitwise_or and everything down to term, by precedence climbing: operators of one
    /// level are folded left in a loop, so long chains like `1 + 1 + ... + 1` use no stack.
    func parseBitwiseOr() throws -> Expr {
        try parseBinary(minimumPower: 1)
    }

    private func parseBinary(minimumPower: Int) throws -> Expr {
        let start = current.startLocation
        var left = try parseFactor()
        // Each fold makes the (left-deep) tree one level deeper.
        var folds = 0
        defer { nesting -= folds }
        while let (op, power) = Parser.binaryOperator(kind), power >= minimumPower {
            let operatorIndex = position
            folds += 1
            try enterNesting()
            advance()
            let right: Expr
            if lenientOperands > 0 {
                guard let operand = try? parseBinary(minimumPower: power + 1) else {
                    position = operatorIndex
                    break
                }
                right = operand
            } else {
                right = try parseBinary(minimumPower: power + 1)
            }
            left = Expr(.binary(left, op, right), SourceRange(start, previousEnd))
        }
        return left
    }

    /// The bitwise-or operand at the current token as CPython's PEG parser would read it
    /// (stopping before an operator whose right side does not parse), and the token after it.
    func leadingOperand() -> (Expr, TokenKind)? {
        lenientOperands += 1
        defer { lenientOperands -= 1 }
        return lookahead { () -> (Expr, TokenKind) in
            let operand = try parseBitwiseOr()
            return (operand, kind)
        }
    }

    /// factor: ('+' | '-' | '~') factor | power (the signs are collected in a loop).
    private func parseFactor() throws -> Expr {
        guard kind == .minus || kind == .plus || kind == .tilde else { return try parsePower() }
        var signs: [Token] = []
        defer { nesting -= signs.count }
        while kind == .minus || kind == .plus || kind == .tilde {
            signs.append(advance())
            try enterNesting()
        }
        var operand = try parsePower()
        for token in signs.reversed() {
            let op: UnaryOp = token.kind == .minus ? .negate : token.kind == .plus ? .plus : .invert
            operand = Expr(.unary(op, operand), SourceRange(token.startLocation, previousEnd))
        }
        return operand
    }

    /// power: await_primary ['**' factor]
    private func parsePower() throws -> Expr {
        let start = current.startLocation
        let base = try parseAwaitPrimary()
        guard kind == .doubleStar else { return base }
        advance()
        try enterNesting()
        defer { leaveNesting() }
        let exponent = try parseFactor()
        return Expr(.binary(base, .pow, exponent), SourceRange(start, previousEnd))
    }

    /// await_primary: 'await' primary | primary
    private func parseAwaitPrimary() throws -> Expr {
        guard kind == .kwAwait else { return try parsePrimary() }
        let start = advance()
        let operand = try parsePrimary()
        let range = SourceRange(start.startLocation, previousEnd)
        switch scopes[scopes.count - 1].kind {
        case .module, .classBody: deferCompilerError("'await' outside function", range)
        case .lambda, .function(isAsync: false): deferCompilerError("'await' outside async function", range)
        case .function(isAsync: true): break
        }
        return Expr(.await(operand), range)
    }

    // MARK: Yield

    /// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    func parseYieldExpression() throws -> Expr {
        let start = advance()
        yieldCount += 1
        let expression: Expr
        if accept(.kwFrom) {
            let value = try parseExpression()
            expression = Expr(.yieldFrom(value), SourceRange(start.startLocation, previousEnd))
            if case .function(isAsync: true) = scopes[scopes.count - 1].kind {
                deferCompilerError("'yield from' inside async function", expression.range)
            }
        } else if Parser.canStartStarExpression(kind) {
            let value = try parseStarExpressions()
            rejectBareStarred(value)
            expression = Expr(.yield(value), SourceRange(start.startLocation, previousEnd))
        } else {
            expression = Expr(.yield(nil), start.range)
        }
        if !scopes[scopes.count - 1].isFunction {
            deferCompilerError("'yield' outside function", expression.range)
        }
        return expression
    }
}
