// Assignment, deletion and loop targets, and the names CPython uses for expressions in
// its error messages.

/// Where a target appears; each accepts different things (CPython's STAR_TARGETS,
/// FOR_TARGETS and DEL_TARGETS).
enum TargetContext {
    case assignment
    case forLoop
    case deletion
}

extension Parser {
    /// The first part of `expression` that cannot be a target, or nil if it all can.
    func invalidTarget(_ expression: Expr, for context: TargetContext) -> Expr? {
        switch expression.kind {
        case .name, .attribute, .subscript:
            return nil
        case .tuple(let elements), .list(let elements):
            for element in elements {
                if let bad = invalidTarget(element, for: context) { return bad }
            }
            return nil
        case .starred(let inner):
            return context == .deletion ? expression : invalidTarget(inner, for: context)
        case .compare(let left, let rest) where context == .forLoop:
            // `for f() in x` is read as the comparison `f() in x` when looking for the culprit.
            return rest.first?.0 == .in ? invalidTarget(left, for: context) : nil
        default:
            return expression
        }
    }

    /// How CPython names an expression in "cannot assign to ..." messages.
    func expressionName(_ expression: Expr) -> String {
        switch expression.kind {
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .starred: return "starred"
        case .name: return "name"
        case .list: return "list"
        case .tuple: return "tuple"
        case .lambda: return "lambda"
        case .call: return "function call"
        case .boolOp, .binary, .unary: return "expression"
        case .generatorExp: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .await: return "await expression"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .fString: return "f-string expression"
        case .compare: return "comparison"
        case .ifExp: return "conditional expression"
        case .namedExpr: return "named expression"
        case .slice: return "slice"
        case .constant(let value):
            switch value {
            case .none: return "None"
            case .bool(let flag): return flag ? "True" : "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        }
    }

    /// The starred-target rules CPython's compiler enforces: at most one starred name per
    /// tuple or list, and none outside one.
    func checkStarredTargets(_ target: Expr) {
        switch target.kind {
        case .starred(let inner):
            deferCompilerError("starred assignment target must be in a list or tuple", target.range)
            checkStarredTargets(inner)
        case .tuple(let elements), .list(let elements):
            var starred = 0
            for element in elements {
                if case .starred(let inner) = element.kind {
                    starred += 1
                    if starred == 2 {
                        deferCompilerError("multiple starred expressions in assignment", target.range)
                    }
                    checkStarredTargets(inner)
                } else {
                    checkStarredTargets(element)
                }
            }
        default:
            break
        }
    }

    // MARK: Loop targets

    /// star_targets before 'in' in a for statement or comprehension. Targets are read as
    /// primaries (so `in` is not taken for a comparison); when that fails, the whole text
    /// is re-read as expressions to find CPython's culprit (`for f() in x`: "cannot assign
    /// to function call").
    func parseForTargets() throws -> Expr {
        let startIndex = position
        var elements: [Expr] = []
        var trailingComma = false
        var parsed = true
        do {
            while true {
                elements.append(try parseStarTarget())
                trailingComma = false
                guard kind == .comma else { break }
                advance()
                trailingComma = true
                if kind == .kwIn { break }
            }
        } catch {
            parsed = false
        }
        if !parsed || kind != .kwIn {
            let failurePosition = position
            let failureFurthest = furthest
            position = startIndex
            let list = try parseStarExpressionList()
            if let bad = invalidTarget(list.expression, for: .forLoop) {
                throw fail("cannot assign to \(expressionName(bad))", at: bad)
            }
            position = failurePosition
            furthest = failureFurthest
            throw invalidSyntax()
        }
        let target = ExpressionList(elements: elements, startIndices: [], trailingComma: trailingComma,
                                    range: SourceRange(tokens[startIndex].startLocation, previousEnd)).expression
        if let bad = invalidTarget(target, for: .forLoop) {
            throw fail("cannot assign to \(expressionName(bad))", at: bad)
        }
        checkStarredTargets(target)
        return target
    }

    /// star_target: '*' star_target | primary
    private func parseStarTarget() throws -> Expr {
        if kind == .star {
            let star = advance()
            if kind == .star { throw invalidSyntax() }
            let inner = try parseStarTarget()
            return Expr(.starred(inner), SourceRange(star.startLocation, previousEnd))
        }
        return try parsePrimary()
    }

    // MARK: Searching expressions

    /// The first yield expression inside `expression`, not looking into lambdas (which are
    /// functions of their own).
    func firstYield(in expression: Expr) -> Expr? {
        var found: Expr? = nil
        func visit(_ e: Expr) {
            if found != nil { return }
            switch e.kind {
            case .yield, .yieldFrom:
                found = e
            case .lambda:
                return
            default:
                e.forEachChild(visit)
            }
        }
        visit(expression)
        return found
    }
}

extension Expr {
    /// Calls `body` with each direct subexpression.
    func forEachChild(_ body: (Expr) -> Void) {
        switch kind {
        case .name, .constant:
            break
        case .fString(let parts):
            Expr.forEachChild(of: parts, body)
        case .unary(_, let operand), .attribute(let operand, _), .starred(let operand),
             .yieldFrom(let operand), .await(let operand), .namedExpr(_, let operand):
            body(operand)
        case .binary(let left, _, let right), .subscript(let left, let right):
            body(left)
            body(right)
        case .boolOp(_, let values), .tuple(let values), .list(let values), .set(let values):
            values.forEach(body)
        case .compare(let left, let rest):
            body(left)
            rest.forEach { body($0.1) }
        case .ifExp(let test, let then, let orElse):
            body(test)
            body(then)
            body(orElse)
        case .lambda(let parameters, let result):
            let all = parameters.positionalOnly + parameters.regular + parameters.keywordOnly
            all.forEach { $0.defaultValue.map(body) }
            body(result)
        case .call(let function, let arguments):
            body(function)
            for argument in arguments {
                switch argument {
                case .positional(let e), .starred(let e), .keyword(_, let e), .doubleStarred(let e): body(e)
                }
            }
        case .slice(let lower, let upper, let step):
            lower.map(body)
            upper.map(body)
            step.map(body)
        case .dict(let items):
            for item in items {
                switch item {
                case .pair(let key, let value):
                    body(key)
                    body(value)
                case .unpack(let value):
                    body(value)
                }
            }
        case .listComp(let element, let generators), .setComp(let element, let generators),
             .generatorExp(let element, let generators):
            body(element)
            Expr.forEachChild(of: generators, body)
        case .dictComp(let key, let value, let generators):
            body(key)
            body(value)
            Expr.forEachChild(of: generators, body)
        case .yield(let value):
            value.map(body)
        }
    }

    private static func forEachChild(of generators: [Comprehension], _ body: (Expr) -> Void) {
        for generator in generators {
            body(generator.target)
            body(generator.iter)
            generator.ifs.forEach(body)
        }
    }

    private static func forEachChild(of parts: [FStringPart], _ body: (Expr) -> Void) {
        for part in parts {
            if case .field(let expression, _, let spec, _) = part {
                body(expression)
                if let spec = spec { forEachChild(of: spec, body) }
            }
        }
    }
}
