// Call arguments and function parameters.

extension Parser {
    // MARK: Call arguments

    /// arguments: (positional | '*' expression | NAME '=' expression | '**' expression) % ','
    ///
    /// Called after the '(' (given as `opening`); consumes the ')'. A lone generator
    /// expression argument, `f(x for x in y)`, spans the parentheses.
    func parseCallArguments(opening: Token, allowsGenerator: Bool = true) throws -> (arguments: [Argument], end: SourceLocation) {
        var arguments: [Argument] = []
        var keywordNames: [String] = []
        var sawKeyword = false
        var sawDoubleStar = false
        var lateError: String? = nil
        try enterNesting()
        defer { leaveNesting() }
        while kind != .rightParen {
            let start = current
            switch kind {
            case .star:
                advance()
                if sawDoubleStar {
                    throw fail("iterable argument unpacking follows keyword argument unpacking", at: start)
                }
                let value = try parseExpression()
                let starred = Expr(.starred(value), SourceRange(start.startLocation, previousEnd))
                if kind == .kwFor {
                    throw fail("iterable unpacking cannot be used in comprehension", at: starred)
                }
                arguments.append(.starred(starred))
            case .doubleStar:
                advance()
                arguments.append(.doubleStarred(try parseExpression()))
                sawDoubleStar = true
            case .name where peekKind(1) == .equal:
                let name = tokenText(advance())
                advance()
                let equalSign = tokens[position - 1]
                let value = try parseExpression()
                if kind == .kwFor {
                    throw fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                               from: start.startLocation, to: equalSign.endLocation)
                }
                if keywordNames.contains(name) {
                    deferCompilerError("keyword argument repeated: \(name)", SourceRange(start.startLocation, previousEnd))
                }
                keywordNames.append(name)
                arguments.append(.keyword(name, value))
                sawKeyword = true
            case .kwTrue, .kwFalse, .kwNone:
                if peekKind(1) == .equal {
                    throw fail("cannot assign to \(tokenText(start))", from: start.startLocation,
                               to: tokens[position + 1].endLocation)
                }
                fallthrough
            default:
                let value: Expr
                if kind == .name && peekKind(1) == .colonEqual {
                    value = try parseNamedExpression()
                } else {
                    value = try parseExpression()
                    if kind == .colonEqual {
                        throw fail("cannot use assignment expressions with \(expressionName(value))", at: value)
                    }
                }
                if kind == .equal {
                    throw fail("expression cannot contain assignment, perhaps you meant \"==\"?",
                               from: value.range.start, to: current.endLocation)
                }
                if (kind == .kwFor || kind == .kwAsync) && allowsGenerator {
                    let generators = try parseComprehensionClauses(element: value)
                    if arguments.isEmpty && kind == .rightParen {
                        let close = advance()
                        let generator = Expr(.generatorExp(value, generators),
                                             SourceRange(opening.startLocation, close.endLocation))
                        return ([.positional(generator)], close.endLocation)
                    }
                    throw fail("Generator expression must be parenthesized", from: value.range.start,
                               to: endOfComprehension(generators))
                }
                if lateError == nil && (sawKeyword || sawDoubleStar) {
                    // CPython reports this after reading the remaining arguments.
                    lateError = sawDoubleStar ? "positional argument follows keyword argument unpacking"
                        : "positional argument follows keyword argument"
                }
                arguments.append(.positional(value))
            }
            guard accept(.comma) else { break }
        }
        if let message = lateError {
            throw fail(message, at: current)
        }
        let close = try expect(.rightParen)
        return (arguments, close.endLocation)
    }

    // MARK: Parameters

    /// The parameter list of a def (up to `)`) or of a lambda (up to `:`).
    ///
    /// parameters: [params '/' ','] params ['*' [NAME] ',' kwonly] ['**' NAME] [',']
    /// where lambdas take no annotations.
    func parseParameters(closing: TokenKind, isLambda: Bool) throws -> Parameters {
        var parameters = Parameters()
        var sawSlash = false
        var sawStar = false
        var sawDoubleStar = false
        var sawDefault = false
        while kind != closing {
            let token = current
            switch kind {
            case .slash:
                if sawDoubleStar { throw fail("arguments cannot follow var-keyword argument", at: token) }
                if sawSlash { throw fail("/ may appear only once", at: token) }
                if sawStar { throw fail("/ must be ahead of *", at: token) }
                if parameters.regular.isEmpty {
                    if kindAhead(1) == .comma { throw fail("at least one argument must precede /", at: token) }
                    throw invalidSyntax()
                }
                advance()
                if kind == .star { throw fail("expected comma between / and *", at: current) }
                sawSlash = true
                parameters.positionalOnly = parameters.regular
                parameters.regular = []
            case .star:
                if sawDoubleStar { throw fail("arguments cannot follow var-keyword argument", at: token) }
                if sawStar { throw fail("* argument may appear only once", at: token) }
                advance()
                sawStar = true
                if kind == .name {
                    let parameter = try parseParameter(isLambda: isLambda, starred: true)
                    if kind == .equal { throw fail("var-positional argument cannot have default value", at: current) }
                    parameters.varargs = parameter
                } else if kind == closing || (kind == .comma && (peekKind(1) == closing || peekKind(1) == .doubleStar)) {
                    let culprit = kind == closing ? current : tokens[position + 1]
                    throw fail("named arguments must follow bare *", at: isLambda ? culprit : token)
                } else if kind != .comma {
                    throw invalidSyntax()
                }
            case .doubleStar:
                if sawDoubleStar { throw fail("arguments cannot follow var-keyword argument", at: token) }
                advance()
                guard kind == .name else { throw invalidSyntax() }
                let parameter = try parseParameter(isLambda: isLambda, starred: false)
                if kind == .equal { throw fail("var-keyword argument cannot have default value", at: current) }
                parameters.kwargs = parameter
                sawDoubleStar = true
            case .name:
                if sawDoubleStar { throw fail("arguments cannot follow var-keyword argument", at: token) }
                var parameter = try parseParameter(isLambda: isLambda, starred: false)
                if kind == .equal {
                    let equal = advance()
                    if kind == .comma || kind == closing {
                        throw fail("expected default value expression", at: equal)
                    }
                    parameter.defaultValue = try parseExpression()
                }
                if sawStar {
                    parameters.keywordOnly.append(parameter)
                } else {
                    if parameter.defaultValue != nil {
                        sawDefault = true
                    } else if sawDefault {
                        throw fail("non-default argument follows default argument", from: parameter.range.start,
                                   to: parameter.range.end)
                    }
                    parameters.regular.append(parameter)
                }
            case .leftParen where !sawSlash && !sawStar && !sawDefault:
                throw parenthesizedParametersFailure(isLambda: isLambda) ?? invalidSyntax()
            default:
                throw invalidSyntax()
            }
            guard accept(.comma) else { break }
        }
        checkDuplicateParameters(parameters)
        return parameters
    }

    /// `def f((a, b))`: Python 2's tuple parameters.
    private func parenthesizedParametersFailure(isLambda: Bool) -> ParseFailure? {
        let open = current
        var index = position + 1
        var sawName = false
        while index < tokens.count {
            switch tokens[index].kind {
            case .name: sawName = true
            case .comma: break
            case .rightParen:
                guard sawName else { return nil }
                let message = isLambda ? "Lambda expression parameters cannot be parenthesized"
                    : "Function parameters cannot be parenthesized"
                return fail(message, from: open.startLocation, to: tokens[index].endLocation)
            default:
                return nil
            }
            index += 1
        }
        return nil
    }

    /// A name used twice is an error of CPython's symbol table, which looks at positional,
    /// keyword-only, `*args` and `**kwargs` parameters in that order.
    private func checkDuplicateParameters(_ parameters: Parameters) {
        var all = parameters.positionalOnly + parameters.regular + parameters.keywordOnly
        if let varargs = parameters.varargs { all.append(varargs) }
        if let kwargs = parameters.kwargs { all.append(kwargs) }
        guard all.count > 1 else { return }
        var seen = Set<String>()
        for parameter in all {
            if !seen.insert(parameter.name).inserted {
                deferSymbolTableError("duplicate argument '\(parameter.name)' in function definition", parameter.range)
                return
            }
        }
    }

    /// param: NAME [':' expression]  (for `*args`, the annotation may be starred)
    private func parseParameter(isLambda: Bool, starred: Bool) throws -> Parameter {
        let nameToken = try expect(.name)
        var annotation: Expr? = nil
        if !isLambda && accept(.colon) {
            annotation = starred ? try parseStarExpression() : try parseExpression()
        }
        return Parameter(name: tokenText(nameToken), annotation: annotation,
                         range: SourceRange(nameToken.startLocation, previousEnd))
    }
}
