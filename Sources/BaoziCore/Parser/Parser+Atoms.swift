// Primaries (calls, attributes, subscripts) and atoms (names, literals, displays,
// comprehensions).

extension Parser {
    // MARK: Primaries

    /// primary: atom ('.' NAME | '(' [arguments] ')' | '[' slices ']')*
    ///
    /// Trailers are folded in a loop, so `a.b.c...` chains use no stack.
    func parsePrimary() throws -> Expr {
        let start = current.startLocation
        var expression = try parseAtom()
        // Each trailer makes the (left-deep) tree one level deeper.
        var trailers = 0
        defer { nesting -= trailers }
        while true {
            if kind == .dot || kind == .leftParen || kind == .leftBracket {
                trailers += 1
                try enterNesting()
            }
            switch kind {
            case .dot:
                advance()
                let name = try expect(.name)
                expression = Expr(.attribute(expression, tokenText(name)),
                                  SourceRange(start, name.endLocation))
            case .leftParen:
                let open = advance()
                let arguments = try parseCallArguments(opening: open).arguments
                expression = Expr(.call(expression, arguments), SourceRange(start, previousEnd))
            case .leftBracket:
                advance()
                let index = try parseSlices()
                _ = try expect(.rightBracket)
                expression = Expr(.subscript(expression, index), SourceRange(start, previousEnd))
            default:
                return expression
            }
        }
    }

    // MARK: Subscripts

    /// slices: slice !',' | ','.(slice | starred_expression)+ [',']
    private func parseSlices() throws -> Expr {
        let start = current.startLocation
        let first = try parseSliceItem()
        if kind != .comma {
            if case .starred = first.kind {
                return Expr(.tuple([first]), first.range)
            }
            return first
        }
        var items = [first]
        while accept(.comma) {
            if kind == .rightBracket { break }
            items.append(try parseSliceItem())
        }
        return Expr(.tuple(items), SourceRange(start, previousEnd))
    }

    /// slice: [expression] ':' [expression] [':' [expression]] | named_expression,
    /// or a starred expression inside a tuple of slices.
    private func parseSliceItem() throws -> Expr {
        let start = current.startLocation
        if kind == .star {
            let star = advance()
            let value = try parseExpression()
            return Expr(.starred(value), SourceRange(star.startLocation, previousEnd))
        }
        var lower: Expr? = nil
        if kind != .colon {
            let item = try parseNamedExpression()
            if kind != .colon { return item }
            if case .namedExpr = item.kind { throw invalidSyntax() }
            lower = item
        }
        advance()  // ':'
        var upper: Expr? = nil
        if kind != .colon && kind != .comma && kind != .rightBracket {
            upper = try parseExpression()
        }
        var step: Expr? = nil
        if accept(.colon) && kind != .comma && kind != .rightBracket {
            step = try parseExpression()
        }
        return Expr(.slice(lower: lower, upper: upper, step: step), SourceRange(start, previousEnd))
    }

    // MARK: Atoms

    /// atom: NAME | True | False | None | strings | NUMBER | '...'
    ///     | tuple | group | genexp | list | listcomp | dict | set | dictcomp | setcomp
    func parseAtom() throws -> Expr {
        let token = current
        switch token.kind {
        case .name:
            advance()
            return Expr(.name(tokenText(token)), token.range)
        case .number:
            advance()
            return Expr(.constant(NumberLiteral.constant(text[token.start..<token.end])), token.range)
        case .string:
            return try parseStrings()
        case .kwNone:
            advance()
            return Expr(.constant(.none), token.range)
        case .kwTrue:
            advance()
            return Expr(.constant(.bool(true)), token.range)
        case .kwFalse:
            advance()
            return Expr(.constant(.bool(false)), token.range)
        case .ellipsis:
            advance()
            return Expr(.constant(.ellipsis), token.range)
        case .leftParen:
            return try parseParenthesized()
        case .leftBracket:
            return try parseListDisplay()
        case .leftBrace:
            return try parseBraceDisplay()
        default:
            throw invalidSyntax()
        }
    }

    /// tuple, group (a parenthesized expression or yield) or generator expression.
    private func parseParenthesized() throws -> Expr {
        let open = advance()
        try enterNesting()
        defer { leaveNesting() }
        // The common case, a parenthesized expression, is kept small: this function is on
        // the recursive path of nested brackets.
        if kind != .rightParen && kind != .kwYield && kind != .doubleStar && kind != .star {
            let yieldsBefore = yieldCount
            let first = try parseNamedExpression()
            if kind == .rightParen {
                advance()
                return first
            }
            return try finishParenthesized(open: open, first: first, yieldsBefore: yieldsBefore)
        }
        return try parseUnusualParenthesized(open: open)
    }

    /// `()`, `(yield ...)`, `(**x)` or a starred first element.
    @inline(never)
    private func parseUnusualParenthesized(open: Token) throws -> Expr {
        if kind == .rightParen {
            let close = advance()
            return Expr(.tuple([]), SourceRange(open.startLocation, close.endLocation))
        }
        if kind == .kwYield {
            let yield = try parseYieldExpression()
            _ = try expect(.rightParen)
            return yield
        }
        if kind == .doubleStar {
            let star = advance()
            _ = try parseExpression()
            if kind == .rightParen {
                throw fail("cannot use double starred expression here", at: star)
            }
            throw invalidSyntax()
        }
        let yieldsBefore = yieldCount
        let first = try parseStarNamedExpression()
        if kind == .rightParen {
            advance()
            if case .starred = first.kind {
                throw fail("cannot use starred expression here", at: first)
            }
            return first
        }
        return try finishParenthesized(open: open, first: first, yieldsBefore: yieldsBefore)
    }

    /// A generator expression or a tuple, after its first element.
    @inline(never)
    private func finishParenthesized(open: Token, first: Expr, yieldsBefore: Int) throws -> Expr {
        if kind == .kwFor || kind == .kwAsync {
            let generators = try parseComprehensionClauses(element: first)
            _ = try expect(.rightParen)
            let expression = Expr(.generatorExp(first, generators), SourceRange(open.startLocation, previousEnd))
            checkComprehensionYield(expression, since: yieldsBefore, kind: "generator expression")
            return expression
        }
        guard kind == .comma else { throw invalidSyntax() }
        var elements = [first]
        while accept(.comma) {
            if kind == .rightParen { break }
            elements.append(try parseStarNamedExpression())
        }
        let close = try expect(.rightParen)
        return Expr(.tuple(elements), SourceRange(open.startLocation, close.endLocation))
    }

    /// list or list comprehension.
    private func parseListDisplay() throws -> Expr {
        let open = advance()
        try enterNesting()
        defer { leaveNesting() }
        if kind == .rightBracket {
            let close = advance()
            return Expr(.list([]), SourceRange(open.startLocation, close.endLocation))
        }
        let yieldsBefore = yieldCount
        let first = try parseStarNamedExpression()
        if kind == .kwFor || kind == .kwAsync {
            let generators = try parseComprehensionClauses(element: first)
            _ = try expect(.rightBracket)
            let expression = Expr(.listComp(first, generators), SourceRange(open.startLocation, previousEnd))
            checkComprehensionYield(expression, since: yieldsBefore, kind: "list comprehension")
            return expression
        }
        let elements = try parseRemainingElements(first: first, closing: .rightBracket)
        let close = try expect(.rightBracket)
        return Expr(.list(elements), SourceRange(open.startLocation, close.endLocation))
    }

    /// The elements after the first one of a list or set display.
    private func parseRemainingElements(first: Expr, closing: TokenKind) throws -> [Expr] {
        var elements = [first]
        while accept(.comma) {
            if kind == closing { break }
            if kind == .kwFor || kind == .kwAsync {
                throw fail("did you forget parentheses around the comprehension target?",
                           from: first.range.start, to: tokens[position - 1].endLocation)
            }
            elements.append(try parseStarNamedExpression())
            if kind == .kwFor || kind == .kwAsync {
                throw fail("did you forget parentheses around the comprehension target?",
                           from: first.range.start, to: elements[elements.count - 1].range.end)
            }
        }
        return elements
    }

    /// dict, set, dict comprehension or set comprehension.
    private func parseBraceDisplay() throws -> Expr {
        let open = advance()
        try enterNesting()
        defer { leaveNesting() }
        if kind == .rightBrace {
            let close = advance()
            return Expr(.dict([]), SourceRange(open.startLocation, close.endLocation))
        }
        let yieldsBefore = yieldCount
        if kind == .doubleStar {
            let star = advance()
            let value = try parseBitwiseOr()
            if kind == .kwFor || kind == .kwAsync {
                throw fail("dict unpacking cannot be used in dict comprehension", at: star)
            }
            return try parseDictItems(first: .unpack(value), open: open)
        }
        let isWalrus = kind == .name && peekKind(1) == .colonEqual
        let first = try parseStarNamedExpression()
        if kind == .colon {
            if isWalrus { throw invalidSyntax() }
            if case .starred = first.kind { throw invalidSyntax() }
            let value = try parseDictValue()
            if kind == .kwFor || kind == .kwAsync {
                let generators = try parseComprehensionClauses(element: first)
                _ = try expect(.rightBrace)
                let expression = Expr(.dictComp(key: first, value: value, generators),
                                      SourceRange(open.startLocation, previousEnd))
                checkComprehensionYield(expression, since: yieldsBefore, kind: "dict comprehension")
                return expression
            }
            return try parseDictItems(first: .pair(first, value), open: open)
        }
        if kind == .kwFor || kind == .kwAsync {
            let generators = try parseComprehensionClauses(element: first)
            _ = try expect(.rightBrace)
            let expression = Expr(.setComp(first, generators), SourceRange(open.startLocation, previousEnd))
            checkComprehensionYield(expression, since: yieldsBefore, kind: "set comprehension")
            return expression
        }
        let elements = try parseRemainingElements(first: first, closing: .rightBrace)
        let close = try expect(.rightBrace)
        return Expr(.set(elements), SourceRange(open.startLocation, close.endLocation))
    }

    /// The rest of a dict display after its first item.
    private func parseDictItems(first: DictItem, open: Token) throws -> Expr {
        var items = [first]
        while accept(.comma) {
            if kind == .rightBrace { break }
            if kind == .doubleStar {
                advance()
                items.append(.unpack(try parseBitwiseOr()))
                continue
            }
            let key = try parseExpression()
            guard kind == .colon else {
                if kind == .comma || kind == .rightBrace {
                    throw ParseFailure(error: source.error("':' expected after dictionary key",
                                                           line: Int(key.range.start.line),
                                                           column: Int(key.range.end.column)))
                }
                throw invalidSyntax()
            }
            items.append(.pair(key, try parseDictValue()))
        }
        let close = try expect(.rightBrace)
        return Expr(.dict(items), SourceRange(open.startLocation, close.endLocation))
    }

    /// The ':' and value of a dict item.
    private func parseDictValue() throws -> Expr {
        let colon = advance()
        if kind == .comma || kind == .rightBrace {
            throw fail("expression expected after dictionary key and ':'", at: colon)
        }
        if kind == .star {
            let star = advance()
            if let value = lookahead({ try parseBitwiseOr() }) {
                throw fail("cannot use a starred expression in a dictionary value", from: star.startLocation,
                           to: value.range.end)
            }
            throw invalidSyntax()
        }
        return try parseExpression()
    }

    // MARK: Comprehensions

    /// for_if_clauses: ('for' star_targets 'in' disjunction ('if' disjunction)*)+
    func parseComprehensionClauses(element: Expr) throws -> [Comprehension] {
        if case .starred = element.kind {
            throw fail("iterable unpacking cannot be used in comprehension", at: element)
        }
        var generators: [Comprehension] = []
        while kind == .kwFor || kind == .kwAsync {
            if kind == .kwAsync {
                throw fail("asynchronous comprehensions are not supported by Baozi", at: current)
            }
            advance()
            let target = try parseForTargets()
            _ = try expect(.kwIn)
            let iterable = try parseDisjunction()
            var conditions: [Expr] = []
            while accept(.kwIf) {
                conditions.append(try parseDisjunction())
            }
            generators.append(Comprehension(target: target, iter: iterable, ifs: conditions))
        }
        return generators
    }

    /// The end of the last part of a comprehension (its last condition or iterable).
    func endOfComprehension(_ generators: [Comprehension]) -> SourceLocation {
        let last = generators[generators.count - 1]
        return (last.ifs.last ?? last.iter).range.end
    }

    /// A `yield` inside a comprehension (except in its first iterable, which is evaluated
    /// outside) is an error of CPython's symbol table.
    private func checkComprehensionYield(_ comprehension: Expr, since count: Int, kind name: String) {
        guard yieldCount != count else { return }
        var parts: [Expr] = []
        let generators: [Comprehension]
        switch comprehension.kind {
        case .listComp(let element, let g), .setComp(let element, let g), .generatorExp(let element, let g):
            parts.append(element)
            generators = g
        case .dictComp(let key, let value, let g):
            parts += [key, value]
            generators = g
        default:
            return
        }
        for (index, generator) in generators.enumerated() {
            if index > 0 { parts.append(generator.iter) }
            parts.append(generator.target)
            parts += generator.ifs
        }
        for part in parts {
            if let yield = firstYield(in: part) {
                deferSymbolTableError("'yield' inside \(name)", yield.range)
                return
            }
        }
    }
}
