// Compound statements: if, while, for, try, with, def, class, decorators.

extension Parser {
    // MARK: Blocks

    /// block: NEWLINE INDENT statements DEDENT | simple_stmts
    ///
    /// `header` names the statement for "expected an indented block after ... on line N".
    func parseBlock(after header: String, line: Int32) throws -> [Stmt] {
        var body: [Stmt] = []
        guard kind == .newline else {
            try parseSimpleStatements(into: &body)
            return body
        }
        advance()
        guard kind == .indent else {
            throw fail("expected an indented block after \(header) on line \(line)", at: current,
                       kind: .indentation)
        }
        advance()
        repeat {
            try parseStatement(into: &body)
        } while kind != .dedent && kind != .endMarker
        _ = try expect(.dedent)
        return body
    }

    /// The ':' ending a statement header. CPython says "expected ':'" when the line ends
    /// instead; for headers that must be followed by a colon (`else`, `try`, `finally`,
    /// `def`) it says so whatever comes instead.
    func expectColon(always: Bool = false) throws {
        if accept(.colon) { return }
        if always || kind == .newline {
            throw fail("expected ':'", at: current)
        }
        throw invalidSyntax()
    }

    /// The block of a loop body: `break` and `continue` are allowed inside it.
    private func parseLoopBody(after header: String, line: Int32) throws -> [Stmt] {
        scopes[scopes.count - 1].loopDepth += 1
        defer { scopes[scopes.count - 1].loopDepth -= 1 }
        return try parseBlock(after: header, line: line)
    }

    /// else_block: 'else' &&':' block
    private func parseElseBlock() throws -> [Stmt] {
        let elseToken = advance()
        try expectColon(always: true)
        return try parseBlock(after: "'else' statement", line: elseToken.startLocation.line)
    }

    // MARK: if / while / for

    /// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
    ///
    /// An elif chain becomes nested ifs in `orElse`; it is built without recursion.
    func parseIf() throws -> Stmt {
        var clauses: [(token: Token, test: Expr, body: [Stmt])] = []
        var orElse: [Stmt] = []
        // Each elif nests one more if statement.
        var elifs = 0
        defer { nesting -= elifs }
        repeat {
            if !clauses.isEmpty {
                elifs += 1
                try enterNesting()
            }
            let token = advance()
            let test = try parseNamedExpression()
            try expectColon()
            let name = token.kind == .kwIf ? "'if' statement" : "'elif' statement"
            let body = try parseBlock(after: name, line: token.startLocation.line)
            clauses.append((token, test, body))
        } while kind == .kwElif
        if kind == .kwElse {
            orElse = try parseElseBlock()
        }
        let end = lastContentEnd
        var statement: Stmt? = nil
        for clause in clauses.reversed() {
            let elseBody = statement.map { [$0] } ?? orElse
            statement = Stmt(.if(test: clause.test, body: clause.body, orElse: elseBody),
                             SourceRange(clause.token.startLocation, end))
        }
        return statement!
    }

    /// while_stmt: 'while' named_expression ':' block [else_block]
    func parseWhile() throws -> Stmt {
        let start = advance()
        let test = try parseNamedExpression()
        try expectColon()
        let body = try parseLoopBody(after: "'while' statement", line: start.startLocation.line)
        let orElse = kind == .kwElse ? try parseElseBlock() : []
        return Stmt(.while(test: test, body: body, orElse: orElse), SourceRange(start.startLocation, lastContentEnd))
    }

    /// for_stmt: 'for' star_targets 'in' star_expressions ':' block [else_block]
    func parseFor() throws -> Stmt {
        let forToken = advance()
        let target = try parseForTargets()
        _ = try expect(.kwIn)
        let iterable = try parseStarExpressions()
        rejectBareStarred(iterable)
        try expectColon()
        let body = try parseLoopBody(after: "'for' statement", line: forToken.startLocation.line)
        let orElse = kind == .kwElse ? try parseElseBlock() : []
        return Stmt(.for(target: target, iter: iterable, body: body, orElse: orElse),
                    SourceRange(forToken.startLocation, lastContentEnd))
    }

    // MARK: try

    /// try_stmt: 'try' &&':' block (finally_block | except_block+ [else_block] [finally_block])
    func parseTry() throws -> Stmt {
        let start = advance()
        try expectColon(always: true)
        let body = try parseBlock(after: "'try' statement", line: start.startLocation.line)
        var handlers: [ExceptHandler] = []
        var bareHandler: ExceptHandler? = nil
        while kind == .kwExcept {
            let handler = try parseExceptHandler()
            if let bare = bareHandler {
                deferCompilerError("default 'except:' must be last", bare.range)
            }
            if handler.type == nil { bareHandler = handler }
            handlers.append(handler)
        }
        var orElse: [Stmt] = []
        var finally: [Stmt] = []
        if !handlers.isEmpty && kind == .kwElse {
            orElse = try parseElseBlock()
        }
        if kind == .kwFinally {
            let finallyToken = advance()
            try expectColon(always: true)
            finally = try parseBlock(after: "'finally' statement", line: finallyToken.startLocation.line)
        } else if handlers.isEmpty {
            throw fail("expected 'except' or 'finally' block", at: current)
        }
        return Stmt(.try(body: body, handlers: handlers, orElse: orElse, finally: finally),
                    SourceRange(start.startLocation, lastContentEnd))
    }

    /// except_block: 'except' [expression ['as' NAME]] ':' block
    private func parseExceptHandler() throws -> ExceptHandler {
        let start = advance()
        if kind == .star {
            throw fail("except* (exception groups) is not supported by Baozi", at: current)
        }
        var type: Expr? = nil
        var name: String? = nil
        if kind != .colon && kind != .newline {
            let typeExpression = try parseExpression()
            type = typeExpression
            if kind == .comma {
                // `except A, B:` is Python 2 syntax.
                let saved = position
                while kind != .colon && kind != .newline && kind != .endMarker { advance() }
                let end = previousEnd
                position = saved
                throw fail("multiple exception types must be parenthesized", from: typeExpression.range.start, to: end)
            }
            if accept(.kwAs) {
                name = tokenText(try expect(.name))
            }
        }
        try expectColon()
        let body = try parseBlock(after: "'except' statement", line: start.startLocation.line)
        return ExceptHandler(type: type, name: name, body: body, range: SourceRange(start.startLocation, lastContentEnd))
    }

    // MARK: with

    /// with_stmt: 'with' '(' ','.with_item+ ','? ')' ':' block
    ///          | 'with' ','.with_item+ ':' block
    func parseWith() throws -> Stmt {
        let withToken = advance()
        var items: [WithItem]
        if kind == .leftParen && closingParenIsFollowedByColon() {
            // Either the parenthesized item list of Python 3.10, or one parenthesized
            // expression such as `with (yield):`; the item list is tried first.
            let listStart = position
            do {
                items = try parseParenthesizedWithItems()
            } catch let failure as ParseFailure {
                let afterList = position
                position = listStart
                guard let single = speculate({ try parseWithItems() }), kind == .colon || kind == .newline else {
                    position = afterList
                    throw failure
                }
                items = single
            }
        } else {
            items = try parseWithItems()
        }
        try expectColon()
        let body = try parseBlock(after: "'with' statement", line: withToken.startLocation.line)
        return Stmt(.with(items: items, body: body), SourceRange(withToken.startLocation, lastContentEnd))
    }

    /// Whether the bracket at the current token is closed by a ')' followed by ':'.
    private func closingParenIsFollowedByColon() -> Bool {
        var depth = 0
        var index = position
        while index < tokens.count {
            switch tokens[index].kind {
            case .leftParen, .leftBracket, .leftBrace: depth += 1
            case .rightParen, .rightBracket, .rightBrace:
                depth -= 1
                if depth == 0 {
                    // A missing colon is reported by the caller ("expected ':'").
                    return index + 1 < tokens.count
                        && (tokens[index + 1].kind == .colon || tokens[index + 1].kind == .newline)
                }
            case .newline, .endMarker, .errorToken: return false
            default: break
            }
            index += 1
        }
        return false
    }

    private func parseParenthesizedWithItems() throws -> [WithItem] {
        _ = try expect(.leftParen)
        var items = [try parseWithItem()]
        while accept(.comma) {
            if kind == .rightParen { break }
            items.append(try parseWithItem())
        }
        _ = try expect(.rightParen)
        guard kind == .colon || kind == .newline else { throw invalidSyntax() }
        return items
    }

    private func parseWithItems() throws -> [WithItem] {
        var items = [try parseWithItem()]
        while accept(.comma) {
            items.append(try parseWithItem())
        }
        return items
    }

    /// with_item: expression ['as' star_target &(',' | ')' | ':')]
    private func parseWithItem() throws -> WithItem {
        let context = try parseExpression()
        guard accept(.kwAs) else { return WithItem(context: context, target: nil) }
        let target: Expr
        if kind == .star {
            let star = advance()
            let inner = try parseExpression()
            target = Expr(.starred(inner), SourceRange(star.startLocation, previousEnd))
        } else {
            target = try parseExpression()
        }
        if let bad = invalidTarget(target, for: .assignment) {
            throw fail("cannot assign to \(expressionName(bad))", at: bad)
        }
        guard kind == .comma || kind == .rightParen || kind == .colon || kind == .newline else {
            throw invalidSyntax()
        }
        checkStarredTargets(target)
        return WithItem(context: context, target: target)
    }

    // MARK: def / class / decorators / async

    /// decorators: ('@' named_expression NEWLINE)+, then a def or a class.
    func parseDecorated() throws -> Stmt {
        var decorators: [Expr] = []
        while kind == .at {
            advance()
            decorators.append(try parseNamedExpression())
            _ = try expect(.newline)
        }
        switch kind {
        case .kwDef: return try parseFunctionDef(decorators: decorators, start: current, isAsync: false)
        case .kwClass: return try parseClassDef(decorators: decorators)
        case .kwAsync where peekKind(1) == .kwDef: return try parseAsyncStatement(decorators: decorators)
        default: throw invalidSyntax()
        }
    }

    /// 'async' before def (supported), for or with (not supported by Baozi).
    func parseAsyncStatement(decorators: [Expr]) throws -> Stmt {
        let start = current
        switch peekKind(1) {
        case .kwDef:
            advance()
            return try parseFunctionDef(decorators: decorators, start: start, isAsync: true)
        case .kwFor:
            throw fail("'async for' is not supported by Baozi", at: start)
        case .kwWith:
            throw fail("'async with' is not supported by Baozi", at: start)
        default:
            advance()
            throw invalidSyntax()
        }
    }

    /// function_def: 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block
    func parseFunctionDef(decorators: [Expr], start: Token, isAsync: Bool) throws -> Stmt {
        let defToken = advance()
        let name = tokenText(try expect(.name))
        guard kind == .leftParen else { throw fail("expected '('", at: current) }
        advance()
        let parameters = try parseParameters(closing: .rightParen, isLambda: false)
        _ = try expect(.rightParen)
        var returns: Expr? = nil
        if accept(.arrow) {
            returns = try parseExpression()
        }
        try expectColon(always: true)
        scopes.append(Scope(kind: .function(isAsync: isAsync)))
        defer { scopes.removeLast() }
        let body = try parseBlock(after: "function definition", line: defToken.startLocation.line)
        let definition = FunctionDef(name: name, parameters: parameters, body: body, decorators: decorators,
                                     returns: returns, isAsync: isAsync)
        return Stmt(.functionDef(definition), SourceRange(start.startLocation, lastContentEnd))
    }

    /// class_def: 'class' NAME ['(' [arguments] ')'] ':' block
    func parseClassDef(decorators: [Expr]) throws -> Stmt {
        let classToken = advance()
        let name = tokenText(try expect(.name))
        var arguments: [Argument] = []
        if accept(.leftParen) {
            arguments = try parseCallArguments(opening: tokens[position - 1], allowsGenerator: false).arguments
        }
        try expectColon()
        scopes.append(Scope(kind: .classBody))
        defer { scopes.removeLast() }
        let body = try parseBlock(after: "class definition", line: classToken.startLocation.line)
        let definition = ClassDef(name: name, arguments: arguments, body: body, decorators: decorators)
        return Stmt(.classDef(definition), SourceRange(classToken.startLocation, lastContentEnd))
    }
}
