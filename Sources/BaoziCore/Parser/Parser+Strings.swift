// String literals: concatenation of adjacent literals, escapes, and f-strings.

extension Parser {
    /// strings: STRING+ — adjacent literals are joined into one constant, or one fString
    /// when any of them is an f-string.
    ///
    /// Errors found while decoding are placed, as CPython 3.11 places them, at the token
    /// that follows the literals; a non-ASCII character in a bytes literal underlines the
    /// literal itself.
    func parseStrings() throws -> Expr {
        let first = current
        var stringTokens: [Token] = []
        while kind == .string {
            stringTokens.append(advance())
        }
        let after = current
        let range = SourceRange(first.startLocation, stringTokens[stringTokens.count - 1].endLocation)

        var isBytes = false
        var bytes: [UInt8] = []
        var parts: [FStringPart] = []
        var pendingLiteral = ""
        var isFormatted = false
        for (index, token) in stringTokens.enumerated() {
            let literal = StringLiteral(text, token: token)
            if literal.isBytes {
                if text[literal.bodyStart..<literal.bodyEnd].contains(where: { $0.value >= 0x80 }) {
                    throw fail("bytes can only contain ASCII literal characters", at: token)
                }
            }
            if index != 0 && literal.isBytes != isBytes {
                throw fail("cannot mix bytes and nonbytes literals", at: after)
            }
            isBytes = literal.isBytes
            do {
                if literal.isBytes {
                    bytes += try EscapeDecoder.decodeBytes(text, from: literal.bodyStart, to: literal.bodyEnd,
                                                           raw: literal.isRaw)
                } else if literal.isFormatted {
                    isFormatted = true
                    var scanner = FStringScanner(parser: self, literal: literal, errorToken: after)
                    for part in try scanner.parse() {
                        if case .literal(let piece) = part {
                            pendingLiteral += piece
                        } else {
                            if !pendingLiteral.isEmpty {
                                parts.append(.literal(pendingLiteral))
                                pendingLiteral = ""
                            }
                            parts.append(part)
                        }
                    }
                } else {
                    pendingLiteral += try EscapeDecoder.decodeString(text, from: literal.bodyStart,
                                                                     to: literal.bodyEnd, raw: literal.isRaw)
                }
            } catch let error as EscapeError {
                throw fail(error.message, at: after)
            }
        }
        if isBytes {
            return Expr(.constant(.bytes(bytes)), range)
        }
        if !isFormatted {
            return Expr(.constant(.string(pendingLiteral)), range)
        }
        if !pendingLiteral.isEmpty {
            parts.append(.literal(pendingLiteral))
        }
        return Expr(.fString(parts), range)
    }

    /// Parses the expression of an f-string replacement field, `start..<end` in the
    /// source, with the parser's own grammar and positions in the file.
    func parseFStringExpression(from start: Int, to end: Int) throws -> Expr {
        var lexer = Lexer(source: source, expressionFrom: start, to: end, at: source.location(ofOffset: start))
        let lexed = lexer.tokenize()
        if var failure = lexed.failure {
            // Tokenizer errors keep their plain message, as in CPython.
            failure.atEndOfInput = false
            throw failure
        }
        let saved = (tokens, position, furthest, lookedAtEnd)
        tokens = lexed.tokens
        position = 0
        furthest = 0
        defer {
            (tokens, position, furthest, lookedAtEnd) = saved
        }
        do {
            let expression: Expr
            if kind == .doubleStar, let value = lookahead({ () -> Expr in
                advance()
                return try parseBitwiseOr()
            }) {
                throw fail("cannot use double starred expression here", from: current.startLocation,
                           to: value.range.end)
            }
            if kind == .kwYield {
                expression = try parseYieldExpression()
            } else {
                let list = try parseStarExpressionList()
                if list.isSingle, case .starred = list.expression.kind {
                    throw fail("cannot use starred expression here", at: list.expression)
                }
                expression = list.expression
            }
            guard kind == .endMarker else { throw invalidSyntax() }
            return expression
        } catch let failure as ParseFailure {
            throw Parser.fStringFailure(failure)
        }
    }

    private static func fStringFailure(_ failure: ParseFailure) -> ParseFailure {
        var failure = failure
        failure.atEndOfInput = false
        if !failure.isLexical && !failure.error.message.hasPrefix("f-string") {
            failure.error.message = "f-string: " + failure.error.message
        }
        return failure
    }
}

/// Splits the body of one f-string literal into literal text and replacement fields,
/// following CPython 3.11: the field's expression text ends at a top-level `!`, `:`, `=`
/// or `}` outside brackets and strings, may not contain a backslash or `#`, and format
/// specs may nest fields one level deep.
struct FStringScanner {
    let parser: Parser
    let text: [Unicode.Scalar]
    let isRaw: Bool
    let end: Int
    /// CPython reports f-string errors at the token after the string literals.
    let errorToken: Token
    var index: Int

    init(parser: Parser, literal: StringLiteral, errorToken: Token) {
        self.parser = parser
        self.text = parser.text
        self.isRaw = literal.isRaw
        self.end = literal.bodyEnd
        self.errorToken = errorToken
        self.index = literal.bodyStart
    }

    private func failure(_ message: String) -> ParseFailure {
        parser.fail(message, at: errorToken)
    }

    mutating func parse() throws -> [FStringPart] {
        let parts = try parseParts(level: 0)
        return parts
    }

    /// Literal text and fields up to the end of the body (level 0) or up to the `}` that
    /// closes a format spec (level 1 and 2).
    private mutating func parseParts(level: Int) throws -> [FStringPart] {
        var parts: [FStringPart] = []
        while true {
            let (literal, doubledBrace) = try scanLiteral(level: level)
            if let literal = literal, !literal.isEmpty {
                parts.append(.literal(literal))
            }
            if doubledBrace { continue }
            if index >= end || text[index] == "}" { break }
            parts.append(try parseField(level: level))
        }
        if level > 0 && (index >= end || text[index] != "}") {
            throw failure("f-string: expecting '}'")
        }
        return parts
    }

    /// Literal text up to a `{` or `}`. A doubled brace at the top level ends the literal
    /// just after its first brace (`doubledBrace`) and skips the second one.
    private mutating func scanLiteral(level: Int) throws -> (String?, doubledBrace: Bool) {
        let literalStart = index
        var scan = index
        var doubled = false
        var literalEnd = end
        loop: while scan < end {
            var c = text[scan]
            scan += 1
            if !isRaw && c == "\\" && scan < end {
                c = text[scan]
                scan += 1
                if c == "N" {
                    // `\N{NAME}`: these braces are part of the escape.
                    if scan < end {
                        let next = text[scan]
                        scan += 1
                        if next == "{" {
                            while scan < end {
                                let inner = text[scan]
                                scan += 1
                                if inner == "}" { break }
                            }
                        }
                    }
                    continue
                }
            }
            if c == "{" || c == "}" {
                if level == 0 {
                    if scan < end && text[scan] == c {
                        literalEnd = scan
                        index = scan + 1
                        doubled = true
                        break loop
                    }
                    if c == "}" {
                        throw failure("f-string: single '}' is not allowed")
                    }
                }
                scan -= 1
                break loop
            }
        }
        if !doubled {
            literalEnd = scan
            index = scan
        }
        guard literalEnd > literalStart else { return (nil, doubled) }
        do {
            let value = try EscapeDecoder.decodeString(text, from: literalStart, to: literalEnd, raw: isRaw)
            return (value, doubled)
        } catch let error as EscapeError {
            throw failure(error.message)
        }
    }

    /// A replacement field `{expression[=][!conversion][:spec]}`; `index` is at the `{`.
    private mutating func parseField(level: Int) throws -> FStringPart {
        if level >= 2 {
            throw failure("f-string: expressions nested too deeply")
        }
        index += 1
        let expressionStart = index
        var quote: Unicode.Scalar? = nil
        var tripleQuoted = false
        var brackets: [Unicode.Scalar] = []
        scan: while index < end {
            let c = text[index]
            if c == "\\" {
                throw failure("f-string expression part cannot include a backslash")
            }
            if let open = quote {
                if c == open {
                    if !tripleQuoted {
                        quote = nil
                    } else if index + 2 < end && text[index + 1] == c && text[index + 2] == c {
                        index += 2
                        quote = nil
                    }
                }
                index += 1
                continue
            }
            if c == "'" || c == "\"" {
                if index + 2 < end && text[index + 1] == c && text[index + 2] == c {
                    tripleQuoted = true
                    index += 2
                } else {
                    tripleQuoted = false
                }
                quote = c
            } else if c == "[" || c == "(" || c == "{" {
                if brackets.count >= Lexer.maxBracketDepth {
                    throw failure("f-string: too many nested parenthesis")
                }
                brackets.append(c)
            } else if c == "#" {
                throw failure("f-string expression part cannot include '#'")
            } else if brackets.isEmpty && (c == "!" || c == ":" || c == "}" || c == "=" || c == "<" || c == ">") {
                if c != ":" && c != "}" && index + 1 < end && text[index + 1] == "=" {
                    index += 2  // !=, ==, <=, >=
                    continue
                }
                if c != "<" && c != ">" { break scan }
            } else if c == "]" || c == "}" || c == ")" {
                guard let open = brackets.popLast() else {
                    throw failure("f-string: unmatched '\(c)'")
                }
                let expected: Unicode.Scalar = open == "(" ? ")" : open == "[" ? "]" : "}"
                if c != expected {
                    throw failure("f-string: closing parenthesis '\(c)' does not match opening parenthesis '\(open)'")
                }
            }
            index += 1
        }
        let expressionEnd = index
        if quote != nil {
            throw failure("f-string: unterminated string")
        }
        if let open = brackets.last {
            throw failure("f-string: unmatched '\(open)'")
        }
        if index >= end {
            throw failure("f-string: expecting '}'")
        }
        let isBlank = text[expressionStart..<expressionEnd].allSatisfy { FStringScanner.isSpace($0) }
        if isBlank {
            let next = text[index]
            if next == "!" || next == ":" || next == "=" {
                throw failure("f-string: expression required before '\(next)'")
            }
            throw failure("f-string: empty expression not allowed")
        }
        let expression = try parser.parseFStringExpression(from: expressionStart, to: expressionEnd)

        var selfDocumenting: String? = nil
        if text[index] == "=" {
            index += 1
            while index < end && FStringScanner.isSpace(text[index]) { index += 1 }
            if index >= end { throw failure("f-string: expecting '}'") }
            selfDocumenting = parser.source.string(from: expressionStart, to: index)
        }
        var conversion: Character? = nil
        if text[index] == "!" {
            index += 1
            if index >= end { throw failure("f-string: expecting '}'") }
            let c = text[index]
            index += 1
            guard c == "s" || c == "r" || c == "a" else {
                throw failure("f-string: invalid conversion character: expected 's', 'r', or 'a'")
            }
            conversion = Character(c)
        }
        if index >= end { throw failure("f-string: expecting '}'") }
        var spec: [FStringPart]? = nil
        if text[index] == ":" {
            index += 1
            if index >= end { throw failure("f-string: expecting '}'") }
            spec = try parseParts(level: level + 1)
        }
        if index >= end || text[index] != "}" {
            throw failure("f-string: expecting '}'")
        }
        index += 1
        return .field(expr: expression, conversion: conversion, spec: spec, selfDocumenting: selfDocumenting)
    }

    /// ASCII whitespace as C's isspace.
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0B}" || c == "\u{0C}"
    }
}
