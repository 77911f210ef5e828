// A compact s-expression rendering of syntax trees, for tests and debugging.
//
//     x = f(a, *b, k=1)   →   (= x (call f a (* b) (k= k 1)))
//
// With `positions`, every node that has a range is followed by @line:col-line:col.
// With `cpythonStyle`, the output is what CPython's `ast` module gives for the same source
// (keyword arguments after positional ones, `{x=}` folded into literal text and `!r`), so
// the two parsers can be compared on real code.

struct ASTDumper {
    var positions = false
    var cpythonStyle = false

    init(positions: Bool = false, cpythonStyle: Bool = false) {
        self.positions = positions
        self.cpythonStyle = cpythonStyle
    }

    static func dump(_ module: Module, positions: Bool = false, cpythonStyle: Bool = false) -> String {
        var dumper = ASTDumper(positions: positions, cpythonStyle: cpythonStyle)
        return module.body.map { dumper.statement($0) }.joined(separator: "\n")
    }

    static func dump(_ expression: Expr, positions: Bool = false) -> String {
        var dumper = ASTDumper(positions: positions)
        return dumper.expression(expression)
    }

    /// CPython keeps positional and starred arguments apart from keyword ones.
    private func ordered(_ arguments: [Argument]) -> [Argument] {
        guard cpythonStyle else { return arguments }
        func isKeyword(_ a: Argument) -> Bool {
            switch a {
            case .keyword, .doubleStarred: return true
            case .positional, .starred: return false
            }
        }
        return arguments.filter { !isKeyword($0) } + arguments.filter(isKeyword)
    }

    /// CPython stores `{x=}` as the literal "x=" followed by the field with `!r`.
    private func cpythonParts(_ parts: [FStringPart]) -> [FStringPart] {
        guard cpythonStyle else { return parts }
        var result: [FStringPart] = []
        func appendLiteral(_ text: String) {
            if case .literal(let previous)? = result.last {
                result[result.count - 1] = .literal(previous + text)
            } else if !text.isEmpty {
                result.append(.literal(text))
            }
        }
        for part in parts {
            switch part {
            case .literal(let text):
                appendLiteral(text)
            case .field(let e, var conversion, let spec, let selfDocumenting):
                if let text = selfDocumenting {
                    appendLiteral(text)
                    if conversion == nil && spec == nil { conversion = "r" }
                }
                result.append(.field(expr: e, conversion: conversion, spec: spec, selfDocumenting: nil))
            }
        }
        return result
    }

    private func at(_ range: SourceRange) -> String {
        guard positions else { return "" }
        return "@\(range.start.line):\(range.start.column)-\(range.end.line):\(range.end.column)"
    }

    // MARK: Statements

    mutating func block(_ statements: [Stmt]) -> String {
        "(" + statements.map { statement($0) }.joined(separator: " ") + ")"
    }

    mutating func statement(_ s: Stmt) -> String {
        let p = at(s.range)
        switch s.kind {
        case .expr(let e): return "(expr\(p) \(expression(e)))"
        case .assign(let targets, let value):
            return "(=\(p) " + (targets + [value]).map { expression($0) }.joined(separator: " ") + ")"
        case .augAssign(let target, let op, let value):
            return "(\(ASTDumper.symbol(op))=\(p) \(expression(target)) \(expression(value)))"
        case .annAssign(let target, let annotation, let value, let simple):
            return "(ann\(p) \(simple ? 1 : 0) \(expression(target)) \(expression(annotation)) \(optional(value)))"
        case .if(let test, let body, let orElse):
            return "(if\(p) \(expression(test)) \(block(body)) \(block(orElse)))"
        case .while(let test, let body, let orElse):
            return "(while\(p) \(expression(test)) \(block(body)) \(block(orElse)))"
        case .for(let target, let iter, let body, let orElse):
            return "(for\(p) \(expression(target)) \(expression(iter)) \(block(body)) \(block(orElse)))"
        case .break: return "(break\(p))"
        case .continue: return "(continue\(p))"
        case .pass: return "(pass\(p))"
        case .functionDef(let f):
            let head = f.isAsync ? "async-def" : "def"
            return "(\(head)\(p) \(f.name) \(parameters(f.parameters)) \(optional(f.returns)) \(block(f.body))"
                + " (\(f.decorators.map { expression($0) }.joined(separator: " "))))"
        case .classDef(let c):
            return "(class\(p) \(c.name) (\(ordered(c.arguments).map { argument($0) }.joined(separator: " "))) \(block(c.body))"
                + " (\(c.decorators.map { expression($0) }.joined(separator: " "))))"
        case .return(let value):
            return value.map { "(return\(p) \(expression($0)))" } ?? "(return\(p))"
        case .try(let body, let handlers, let orElse, let finally):
            let handlerText = handlers.map { handler -> String in
                "(except\(at(handler.range)) \(optional(handler.type)) \(handler.name ?? "_") \(block(handler.body)))"
            }
            return "(try\(p) \(block(body)) (\(handlerText.joined(separator: " "))) \(block(orElse)) \(block(finally)))"
        case .raise(let exception, let cause):
            var text = "(raise\(p)"
            if let exception = exception { text += " " + expression(exception) }
            if let cause = cause { text += " from " + expression(cause) }
            return text + ")"
        case .with(let items, let body):
            let itemText = items.map { "(\(expression($0.context)) \(optional($0.target)))" }
            return "(with\(p) (\(itemText.joined(separator: " "))) \(block(body)))"
        case .global(let names): return "(global\(p) \(names.joined(separator: " ")))"
        case .nonlocal(let names): return "(nonlocal\(p) \(names.joined(separator: " ")))"
        case .import(let aliases):
            return "(import\(p) \(aliases.map { alias($0) }.joined(separator: " ")))"
        case .importFrom(let module, let names, let level):
            return "(from\(p) \(level) \(module ?? "_") \(names.map { alias($0) }.joined(separator: " ")))"
        case .assert(let test, let message):
            return "(assert\(p) \(expression(test))" + (message.map { " " + expression($0) } ?? "") + ")"
        case .delete(let targets):
            return "(del\(p) \(targets.map { expression($0) }.joined(separator: " ")))"
        }
    }

    private func alias(_ a: ImportAlias) -> String {
        let name = a.name + at(a.range)
        return a.asName.map { "(\(name) as \($0))" } ?? name
    }

    // MARK: Expressions

    mutating func optional(_ e: Expr?) -> String {
        e.map { expression($0) } ?? "_"
    }

    mutating func expression(_ e: Expr) -> String {
        let p = at(e.range)
        switch e.kind {
        case .name(let name): return name + p
        case .constant(let value): return ASTDumper.constant(value) + p
        case .fString(let parts): return "(f\(p)" + fStringParts(parts) + ")"
        case .unary(let op, let operand):
            let symbol: String
            switch op {
            case .negate: symbol = "-"
            case .plus: symbol = "+"
            case .invert: symbol = "~"
            case .not: symbol = "not"
            }
            return "(\(symbol)\(p) \(expression(operand)))"
        case .binary(let left, let op, let right):
            return "(\(ASTDumper.symbol(op))\(p) \(expression(left)) \(expression(right)))"
        case .boolOp(let op, let values):
            return "(\(op == .and ? "and" : "or")\(p) \(values.map { expression($0) }.joined(separator: " ")))"
        case .compare(let left, let rest):
            var text = "(cmp\(p) \(expression(left))"
            for (op, operand) in rest {
                text += " \(ASTDumper.symbol(op)) \(expression(operand))"
            }
            return text + ")"
        case .ifExp(let test, let body, let orElse):
            return "(ifexp\(p) \(expression(test)) \(expression(body)) \(expression(orElse)))"
        case .lambda(let params, let body):
            return "(lambda\(p) \(parameters(params)) \(expression(body)))"
        case .call(let function, let arguments):
            return "(call\(p) \(expression(function))" + ordered(arguments).map { " " + argument($0) }.joined() + ")"
        case .attribute(let value, let name): return "(.\(p) \(expression(value)) \(name))"
        case .subscript(let value, let index): return "([]\(p) \(expression(value)) \(expression(index)))"
        case .slice(let lower, let upper, let step):
            return "(slice\(p) \(optional(lower)) \(optional(upper)) \(optional(step)))"
        case .starred(let value): return "(*\(p) \(expression(value)))"
        case .tuple(let elements): return "(tuple\(p)" + elements.map { " " + expression($0) }.joined() + ")"
        case .list(let elements): return "(list\(p)" + elements.map { " " + expression($0) }.joined() + ")"
        case .set(let elements): return "(set\(p)" + elements.map { " " + expression($0) }.joined() + ")"
        case .dict(let items):
            return "(dict\(p)" + items.map { item -> String in
                switch item {
                case .pair(let key, let value): return " (\(expression(key)) \(expression(value)))"
                case .unpack(let value): return " (** \(expression(value)))"
                }
            }.joined() + ")"
        case .listComp(let element, let generators):
            return "(listcomp\(p) \(expression(element))\(comprehensions(generators)))"
        case .setComp(let element, let generators):
            return "(setcomp\(p) \(expression(element))\(comprehensions(generators)))"
        case .generatorExp(let element, let generators):
            return "(genexp\(p) \(expression(element))\(comprehensions(generators)))"
        case .dictComp(let key, let value, let generators):
            return "(dictcomp\(p) \(expression(key)) \(expression(value))\(comprehensions(generators)))"
        case .yield(let value): return value.map { "(yield\(p) \(expression($0)))" } ?? "(yield\(p))"
        case .yieldFrom(let value): return "(yield-from\(p) \(expression(value)))"
        case .await(let value): return "(await\(p) \(expression(value)))"
        case .namedExpr(let name, let value): return "(:=\(p) \(name) \(expression(value)))"
        }
    }

    private mutating func fStringParts(_ parts: [FStringPart]) -> String {
        cpythonParts(parts).map { part -> String in
            switch part {
            case .literal(let text):
                return " " + ASTDumper.quote(text)
            case .field(let e, let conversion, let spec, let selfDocumenting):
                var text = " (fmt \(expression(e))"
                if let conversion = conversion { text += " !\(conversion)" }
                if let spec = spec { text += " (spec" + fStringParts(spec) + ")" }
                if let selfDocumenting = selfDocumenting { text += " (= \(ASTDumper.quote(selfDocumenting)))" }
                return text + ")"
            }
        }.joined()
    }

    private mutating func comprehensions(_ generators: [Comprehension]) -> String {
        generators.map { g -> String in
            " (for \(expression(g.target)) \(expression(g.iter))" + g.ifs.map { " (if \(expression($0)))" }.joined() + ")"
        }.joined()
    }

    private mutating func argument(_ a: Argument) -> String {
        switch a {
        case .positional(let e): return expression(e)
        case .starred(let e): return expression(e)
        case .keyword(let name, let e): return "(\(name)= \(expression(e)))"
        case .doubleStarred(let e): return "(** \(expression(e)))"
        }
    }

    private mutating func parameters(_ p: Parameters) -> String {
        var items: [String] = []
        for parameter in p.positionalOnly { items.append(self.parameter(parameter)) }
        if !p.positionalOnly.isEmpty { items.append("/") }
        for parameter in p.regular { items.append(self.parameter(parameter)) }
        if let varargs = p.varargs {
            items.append("*" + parameter(varargs))
        } else if !p.keywordOnly.isEmpty {
            items.append("*")
        }
        for parameter in p.keywordOnly { items.append(self.parameter(parameter)) }
        if let kwargs = p.kwargs { items.append("**" + parameter(kwargs)) }
        return "(params" + items.map { " " + $0 }.joined() + ")"
    }

    private mutating func parameter(_ p: Parameter) -> String {
        let name = p.name + at(p.range)
        guard p.annotation != nil || p.defaultValue != nil else { return name }
        var text = "(" + name
        if let annotation = p.annotation { text += " : " + expression(annotation) }
        if let value = p.defaultValue { text += " = " + expression(value) }
        return text + ")"
    }

    // MARK: Leaves

    static func symbol(_ op: BinaryOp) -> String {
        switch op {
        case .add: return "+"
        case .sub: return "-"
        case .mul: return "*"
        case .matmul: return "@"
        case .div: return "/"
        case .floorDiv: return "//"
        case .mod: return "%"
        case .pow: return "**"
        case .lshift: return "<<"
        case .rshift: return ">>"
        case .bitAnd: return "&"
        case .bitOr: return "|"
        case .bitXor: return "^"
        }
    }

    static func symbol(_ op: CompareOp) -> String {
        switch op {
        case .eq: return "=="
        case .ne: return "!="
        case .lt: return "<"
        case .le: return "<="
        case .gt: return ">"
        case .ge: return ">="
        case .is: return "is"
        case .isNot: return "is-not"
        case .in: return "in"
        case .notIn: return "not-in"
        }
    }

    static func constant(_ value: Constant) -> String {
        switch value {
        case .none: return "None"
        case .bool(let flag): return flag ? "True" : "False"
        case .ellipsis: return "..."
        case .int(let number): return String(number)
        case .bigInt(let digits): return digits
        case .float(let number): return floatText(number)
        case .imaginary(let number): return floatText(number) + "j"
        case .string(let text): return quote(text)
        case .bytes(let bytes):
            var text = "b\""
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\""): text += "\\\""
                case UInt8(ascii: "\\"): text += "\\\\"
                case 0x20..<0x7F: text.unicodeScalars.append(Unicode.Scalar(byte))
                default: text += "\\x" + hex(UInt32(byte), width: 2)
                }
            }
            return text + "\""
        }
    }

    /// Like Python's `repr` for floats: shortest round-trip digits, in positional notation
    /// for exponents from -4 to 15.
    static func floatText(_ number: Double) -> String {
        if number.isInfinite { return number < 0 ? "-inf" : "inf" }
        if number.isNaN { return "nan" }
        let text = "\(number)"
        guard let e = text.firstIndex(of: "e"), let exponent = Int(text[text.index(after: e)...]),
              exponent >= -4 && exponent < 16 else { return text }
        var mantissa = String(text[..<e])
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa.removeFirst() }
        var digits = mantissa.filter { $0 != "." }
        let point = (mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) }
                     ?? mantissa.count) + exponent
        var result: String
        if point <= 0 {
            result = "0." + String(repeating: "0", count: -point) + digits
        } else {
            if digits.count < point { digits += String(repeating: "0", count: point - digits.count) }
            let integer = String(digits.prefix(point))
            let fraction = String(digits.dropFirst(point))
            result = integer + "." + (fraction.isEmpty ? "0" : fraction)
        }
        return (negative ? "-" : "") + result
    }

    /// A double-quoted string with backslash escapes for quotes, backslashes and control
    /// characters.
    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\x" + hex(scalar.value, width: 2)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
