// Statement lists and simple statements.

extension Parser {
    // MARK: Start rules

    /// file: statement* ENDMARKER
    func parseFileInput() throws -> [Stmt] {
        var body: [Stmt] = []
        while kind != .endMarker {
            try parseStatement(into: &body)
        }
        return body
    }

    /// interactive: one simple-statement line, or one compound statement.
    func parseInteractiveInput() throws -> [Stmt] {
        var body: [Stmt] = []
        if kind == .endMarker { return body }
        let isCompound = isCompoundStatementStart
        try parseStatement(into: &body)
        if kind != .endMarker {
            if isCompound { throw invalidSyntax() }
            // CPython points at the end of the first line.
            throw fail("multiple statements found while compiling a single statement", at: tokens[position - 1])
        }
        return body
    }

    /// eval: expressions NEWLINE* ENDMARKER
    func parseEvalInput() throws -> Stmt {
        let start = current.startLocation
        let first = try parseExpression()
        var value = first
        if kind == .comma {
            var elements = [first]
            while accept(.comma) {
                if !Parser.canStartExpression(kind) { break }
                elements.append(try parseExpression())
            }
            value = Expr(.tuple(elements), SourceRange(start, previousEnd))
        }
        while accept(.newline) {}
        guard kind == .endMarker else { throw invalidSyntax() }
        return Stmt(.expr(value), value.range)
    }

    var isCompoundStatementStart: Bool {
        switch kind {
        case .kwIf, .kwWhile, .kwFor, .kwTry, .kwWith, .kwDef, .kwClass, .at, .kwAsync: return true
        default: return false
        }
    }

    // MARK: Statements

    /// statement: compound_stmt | simple_stmts
    func parseStatement(into body: inout [Stmt]) throws {
        switch kind {
        case .kwIf: body.append(try parseIf())
        case .kwWhile: body.append(try parseWhile())
        case .kwFor: body.append(try parseFor())
        case .kwTry: body.append(try parseTry())
        case .kwWith: body.append(try parseWith())
        case .kwDef: body.append(try parseFunctionDef(decorators: [], start: current, isAsync: false))
        case .kwClass: body.append(try parseClassDef(decorators: []))
        case .at: body.append(try parseDecorated())
        case .kwAsync: body.append(try parseAsyncStatement(decorators: []))
        case .indent, .dedent: throw invalidSyntax()
        default: try parseSimpleStatements(into: &body)
        }
    }

    /// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
    func parseSimpleStatements(into body: inout [Stmt]) throws {
        let lineStart = position
        do {
            while true {
                body.append(try parseSimpleStatement())
                guard accept(.semicolon) else { break }
                if kind == .newline { break }
            }
            guard kind == .newline else { throw invalidSyntax() }
            advance()
        } catch let failure as ParseFailure {
            throw matchStatementFailure(startingAt: lineStart) ?? failure
        }
    }

    /// Baozi does not implement `match`. A line that starts with the soft keyword `match`,
    /// ends with a colon and fails to parse as anything else is taken to be one.
    private func matchStatementFailure(startingAt start: Int) -> ParseFailure? {
        let first = tokens[start]
        guard first.kind == .name, tokenText(first) == "match" else { return nil }
        var index = start
        while index < tokens.count - 1 && tokens[index + 1].kind != .newline
            && tokens[index + 1].kind != .endMarker && tokens[index + 1].kind != .errorToken {
            index += 1
        }
        guard index > start, tokens[index].kind == .colon else { return nil }
        return fail("the match statement is not supported by Baozi", at: first)
    }

    func parseSimpleStatement() throws -> Stmt {
        let start = current
        switch kind {
        case .kwPass:
            advance()
            return Stmt(.pass, start.range)
        case .kwBreak:
            advance()
            if scopes[scopes.count - 1].loopDepth == 0 {
                deferCompilerError("'break' outside loop", start.range)
            }
            return Stmt(.break, start.range)
        case .kwContinue:
            advance()
            if scopes[scopes.count - 1].loopDepth == 0 {
                deferCompilerError("'continue' not properly in loop", start.range)
            }
            return Stmt(.continue, start.range)
        case .kwReturn: return try parseReturn()
        case .kwRaise: return try parseRaise()
        case .kwGlobal, .kwNonlocal: return try parseGlobalOrNonlocal()
        case .kwDel: return try parseDel()
        case .kwAssert: return try parseAssert()
        case .kwImport: return try parseImport()
        case .kwFrom: return try parseImportFrom()
        default: return try parseExpressionStatement()
        }
    }

    // MARK: Simple statements

    /// return_stmt: 'return' [star_expressions]
    private func parseReturn() throws -> Stmt {
        let start = advance()
        var value: Expr? = nil
        if Parser.canStartStarExpression(kind) {
            value = try parseStarExpressions()
        }
        let range = SourceRange(start.startLocation, previousEnd)
        if !scopes[scopes.count - 1].isFunction {
            deferCompilerError("'return' outside function", range)
        }
        if let value = value {
            rejectBareStarred(value)
        }
        return Stmt(.return(value), range)
    }

    /// raise_stmt: 'raise' [expression ['from' expression]]
    private func parseRaise() throws -> Stmt {
        let start = advance()
        var exception: Expr? = nil
        var cause: Expr? = nil
        if Parser.canStartExpression(kind) {
            exception = try parseExpression()
            if accept(.kwFrom) {
                cause = try parseExpression()
            }
        }
        return Stmt(.raise(exception: exception, cause: cause), SourceRange(start.startLocation, previousEnd))
    }

    /// global_stmt: 'global' ','.NAME+  (and the same for nonlocal)
    private func parseGlobalOrNonlocal() throws -> Stmt {
        let start = advance()
        var names: [String] = []
        repeat {
            names.append(tokenText(try expect(.name)))
        } while accept(.comma)
        let range = SourceRange(start.startLocation, previousEnd)
        return Stmt(start.kind == .kwGlobal ? .global(names) : .nonlocal(names), range)
    }

    /// del_stmt: 'del' del_targets &(';' | NEWLINE)
    private func parseDel() throws -> Stmt {
        let start = advance()
        let list = try parseStarExpressionList()
        for element in list.elements {
            if let bad = invalidTarget(element, for: .deletion) {
                throw fail("cannot delete \(expressionName(bad))", at: bad)
            }
        }
        guard kind == .semicolon || kind == .newline else { throw invalidSyntax() }
        return Stmt(.delete(list.elements), SourceRange(start.startLocation, previousEnd))
    }

    /// assert_stmt: 'assert' expression [',' expression]
    private func parseAssert() throws -> Stmt {
        let start = advance()
        let test = try parseExpression()
        var message: Expr? = nil
        if accept(.comma) {
            message = try parseExpression()
        }
        return Stmt(.assert(test: test, message: message), SourceRange(start.startLocation, previousEnd))
    }

    /// import_name: 'import' dotted_as_name (',' dotted_as_name)*
    private func parseImport() throws -> Stmt {
        let start = advance()
        var aliases: [ImportAlias] = []
        repeat {
            let nameStart = current.startLocation
            let name = try parseDottedName()
            var asName: String? = nil
            if accept(.kwAs) {
                asName = tokenText(try expect(.name))
            }
            aliases.append(ImportAlias(name: name, asName: asName, range: SourceRange(nameStart, previousEnd)))
        } while accept(.comma)
        return Stmt(.import(aliases), SourceRange(start.startLocation, previousEnd))
    }

    /// dotted_name: NAME ('.' NAME)*
    private func parseDottedName() throws -> String {
        var name = tokenText(try expect(.name))
        while accept(.dot) {
            name += "." + tokenText(try expect(.name))
        }
        return name
    }

    /// import_from: 'from' ('.' | '...')* dotted_name 'import' targets
    ///            | 'from' ('.' | '...')+ 'import' targets
    private func parseImportFrom() throws -> Stmt {
        let start = advance()
        var level = 0
        while kind == .dot || kind == .ellipsis {
            level += kind == .dot ? 1 : 3
            advance()
        }
        var module: String? = nil
        if kind == .name || level == 0 {
            module = try parseDottedName()
        }
        _ = try expect(.kwImport)
        var aliases: [ImportAlias] = []
        if kind == .star {
            let star = advance()
            aliases.append(ImportAlias(name: "*", asName: nil, range: star.range))
        } else {
            let parenthesized = accept(.leftParen)
            repeat {
                if parenthesized && kind == .rightParen && !aliases.isEmpty { break }
                if !parenthesized && !aliases.isEmpty && kind == .newline {
                    throw fail("trailing comma not allowed without surrounding parentheses", at: current)
                }
                let nameToken = try expect(.name)
                var asName: String? = nil
                if accept(.kwAs) {
                    asName = tokenText(try expect(.name))
                }
                aliases.append(ImportAlias(name: tokenText(nameToken), asName: asName,
                                           range: SourceRange(nameToken.startLocation, previousEnd)))
            } while accept(.comma)
            if parenthesized {
                _ = try expect(.rightParen)
            }
        }
        let range = SourceRange(start.startLocation, previousEnd)
        if let star = aliases.first, star.name == "*", scopes.count > 1 {
            deferSymbolTableError("import * only allowed at module level", star.range)
        }
        if module == "__future__" && level == 0 && scopes.count > 1 {
            deferCompilerError("from __future__ imports must occur at the beginning of the file", range)
        }
        return Stmt(.importFrom(module: module, names: aliases, level: level), range)
    }

    // MARK: Expression statements and assignments

    /// An expression statement, or an assignment of any kind: everything that starts with
    /// an expression.
    private func parseExpressionStatement() throws -> Stmt {
        let start = current
        let startIndex = position
        let list: ExpressionList
        if kind == .kwYield {
            let yield = try parseYieldExpression()
            list = ExpressionList(elements: [yield], startIndices: [startIndex], trailingComma: false,
                                  isBareYield: true, range: yield.range)
        } else {
            list = try parseStarExpressionList()
        }
        let first = list.expression
        switch kind {
        case .equal:
            return try parseAssignment(first: list, start: start)
        case .colon:
            return try parseAnnotatedAssignment(first: list, start: start)
        case .colonEqual:
            if list.isSingle, case .name = first.kind { throw invalidSyntax() }
            let target = list.elements[list.elements.count - 1]
            throw fail("cannot use assignment expressions with \(expressionName(target))", at: target)
        default:
            if let op = kind.augmentedOperator {
                return try parseAugmentedAssignment(first: list, op: op, start: start)
            }
            rejectBareStarred(first)
            return Stmt(.expr(first), SourceRange(start.startLocation, previousEnd))
        }
    }

    /// assignment: (star_targets '=')+ (yield_expr | star_expressions)
    ///
    /// Each part followed by '=' is a target; a bad one is reported before reading further,
    /// as CPython does.
    private func parseAssignment(first: ExpressionList, start: Token) throws -> Stmt {
        var parts = [first]
        let firstEqual = position
        while kind == .equal {
            try validateAssignmentTarget(parts[parts.count - 1], firstTargets: first, firstEqual: firstEqual)
            advance()
            parts.append(try parseAssignedValue())
        }
        let value = parts.removeLast()
        for part in parts {
            checkStarredTargets(part.expression)
        }
        rejectBareStarred(value.expression)
        return Stmt(.assign(targets: parts.map(\.expression), value: value.expression),
                    SourceRange(start.startLocation, previousEnd))
    }

    private func validateAssignmentTarget(_ part: ExpressionList, firstTargets: ExpressionList,
                                          firstEqual: Int) throws {
        let target = part.expression
        let bad: Expr? = part.isBareYield ? target : invalidTarget(target, for: .assignment)
        guard let culprit = bad else { return }
        if let failure = suggestComparison(for: firstTargets, equalIndex: firstEqual) {
            throw failure
        }
        if part.isBareYield {
            throw fail("assignment to yield expression not possible", at: target)
        }
        throw fail("cannot assign to \(expressionName(culprit))", at: culprit)
    }

    /// annotated_rhs: yield_expr | star_expressions
    private func parseAssignedValue() throws -> ExpressionList {
        if kind == .kwYield {
            let index = position
            let yield = try parseYieldExpression()
            return ExpressionList(elements: [yield], startIndices: [index], trailingComma: false, isBareYield: true,
                                  range: yield.range)
        }
        return try parseStarExpressionList()
    }

    /// When an assignment has a bad target, CPython's second pass reads the first target
    /// list as named expressions, and when its last element is directly followed by '=' and
    /// a plain operand, it suggests '==' instead: "cannot assign to function call here.
    /// Maybe you meant '==' instead of '='?".
    private func suggestComparison(for targets: ExpressionList, equalIndex: Int) -> ParseFailure? {
        let saved = position
        defer { position = saved }
        if targets.trailingComma || targets.isBareYield { return nil }
        position = equalIndex + 1
        guard let operand = leadingOperand(), operand.1 != .equal && operand.1 != .colonEqual else { return nil }
        let candidateIndex = targets.elements.count - 1
        let candidate = targets.elements[candidateIndex]
        let candidateStart = targets.startIndices[candidateIndex]
        if case .name = candidate.kind, candidateStart + 1 == equalIndex {
            return fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                        from: candidate.range.start, to: operand.0.range.end)
        }
        return assignmentHereFailure(candidate, startIndex: candidateStart, equalIndex: equalIndex)
    }

    /// The "cannot assign to X here" error, when `candidate` (starting at token `startIndex`)
    /// is a bitwise-or operand that ends at the '=' and is not a display CPython excludes.
    func assignmentHereFailure(_ candidate: Expr, startIndex: Int, equalIndex: Int) -> ParseFailure? {
        let saved = position
        defer { position = saved }
        position = startIndex
        let startKind = kind
        if startKind == .kwTrue || startKind == .kwFalse || startKind == .kwNone { return nil }
        if startKind == .leftParen || startKind == .leftBracket {
            if let atom = lookahead({ try parseAtom() }) {
                switch atom.kind {
                case .list, .tuple, .generatorExp: return nil
                default: break
                }
            }
        }
        guard lookahead({ () -> Int in
            _ = try parseBitwiseOr()
            return position
        }) == equalIndex else { return nil }
        return fail("cannot assign to \(expressionName(candidate)) here. Maybe you meant '==' instead of '='?",
                    at: candidate)
    }

    /// annotated assignment: target ':' expression ['=' annotated_rhs]
    private func parseAnnotatedAssignment(first: ExpressionList, start: Token) throws -> Stmt {
        let target = first.expression
        // CPython only diagnoses a bad target when an annotation follows the colon.
        let annotated = Parser.canStartExpression(kindAhead(1))
        if !annotated {
            var plainTarget = first.isSingle && !first.isBareYield
            switch target.kind {
            case .name, .attribute, .subscript: break
            default: plainTarget = false
            }
            if !plainTarget { throw invalidSyntax() }
        }
        if !first.isSingle {
            throw fail("only single target (not tuple) can be annotated", at: first.elements[0])
        }
        if first.isBareYield {
            throw fail("illegal target for annotation", at: target)
        }
        var simple = false
        switch target.kind {
        case .name: simple = start.kind != .leftParen
        case .attribute, .subscript: break
        case .tuple: throw fail("only single target (not tuple) can be annotated", at: target)
        case .list: throw fail("only single target (not list) can be annotated", at: target)
        default: throw fail("illegal target for annotation", at: target)
        }
        advance()  // ':'
        let annotation = try parseExpression()
        var value: Expr? = nil
        if accept(.equal) {
            value = try parseAssignedValue().expression
            rejectBareStarred(value!)
        }
        return Stmt(.annAssign(target: target, annotation: annotation, value: value, simple: simple),
                    SourceRange(start.startLocation, previousEnd))
    }

    /// augmented assignment: single_target augassign (yield_expr | star_expressions)
    private func parseAugmentedAssignment(first: ExpressionList, op: BinaryOp, start: Token) throws -> Stmt {
        let target = first.expression
        var valid = first.isSingle && !first.isBareYield
        switch target.kind {
        case .name, .attribute, .subscript: break
        default: valid = false
        }
        if !valid {
            throw fail("'\(expressionName(target))' is an illegal expression for augmented assignment", at: target)
        }
        advance()
        let value = try parseAssignedValue().expression
        rejectBareStarred(value)
        return Stmt(.augAssign(target: target, op: op, value: value), SourceRange(start.startLocation, previousEnd))
    }
}

extension Parser {
    /// The features `from __future__ import` accepts (CPython 3.11).
    static let futureFeatures: Set<String> = [
        "nested_scopes", "generators", "division", "absolute_import", "with_statement",
        "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
    ]

    /// CPython checks `from __future__ import` statements before anything else: they must
    /// come first in the module (after the docstring) and name known features.
    func checkFutureImports(_ body: [Stmt]) {
        var index = 0
        if case .expr(let first)? = body.first?.kind, case .constant(.string) = first.kind {
            index = 1
        }
        var atBeginning = true
        for statement in body[index...] {
            guard case .importFrom(let module, let names, let level) = statement.kind,
                  module == "__future__", level == 0 else {
                atBeginning = false
                continue
            }
            guard atBeginning else {
                if futureError == nil {
                    futureError = source.error("from __future__ imports must occur at the beginning of the file",
                                               from: statement.range.start, to: statement.range.end)
                }
                return
            }
            for alias in names where !Parser.futureFeatures.contains(alias.name) {
                setFutureError(alias.name == "braces" ? "not a chance" : "future feature \(alias.name) is not defined",
                               statement.range)
                return
            }
        }
    }

    private func setFutureError(_ message: String, _ range: SourceRange) {
        if futureError == nil {
            futureError = source.error(message, line: Int(range.start.line), column: Int(range.start.column) + 1)
        }
    }
}
