// The tokenizer: turns source scalars into tokens, including NEWLINE, INDENT and DEDENT.

/// The output of a lexer run.
struct LexedSource {
    var tokens: [Token]
    /// The first lexical error. The token list then ends with an `.errorToken` at
    /// `errorTokenIndex`: in REPL mode the parser may still report an earlier error first.
    var failure: ParseFailure?
    var errorTokenIndex: Int?
    /// CPython raises most tokenizer errors as soon as it meets them, and re-reads the whole
    /// file after a grammar error to find them; indentation errors and a bad character after
    /// a backslash only surface when the parser actually asks for that token.
    var failureIsDeferred = false
    /// The innermost bracket still open at the end of the input.
    var unclosedBracket: OpenBracket?
    /// The input ended right after a backslash continuation.
    var endsAfterContinuation = false
}

/// A bracket waiting for its partner.
struct OpenBracket {
    var character: Unicode.Scalar
    var location: SourceLocation
}

/// Splits source text into tokens, following CPython 3.11's tokenizer: indentation is
/// measured with tabs to multiples of 8 (and checked against a tab size of 1 to detect
/// inconsistent mixes), newlines inside brackets or after a backslash are ignored, and
/// blank or comment-only lines produce no tokens.
struct Lexer {
    /// CPython's limits: brackets (`MAXLEVEL`) and indentation levels (`MAXINDENT`).
    static let maxBracketDepth = 200
    static let maxIndentLevels = 100

    let source: SourceText
    let text: [Unicode.Scalar]
    /// One past the last scalar to read.
    let end: Int
    /// Expression mode lexes the inside of an f-string replacement field: no indentation,
    /// and newlines never end a statement (CPython parses the field as if in parentheses).
    let expressionMode: Bool

    var pos: Int
    var line: Int32
    var lineStart: Int
    private var previousLineStart = 0
    private var tokens: [Token] = []
    private var indents: [Int] = [0]
    private var altIndents: [Int] = [0]
    private var brackets: [OpenBracket] = []
    private var atLineStart: Bool
    private var lineHasContent = false
    private var result = LexedSource(tokens: [])

    /// A lexer for a whole file.
    init(source: SourceText) {
        self.source = source
        self.text = source.scalars
        self.end = source.count
        self.expressionMode = false
        self.pos = 0
        self.line = 1
        self.lineStart = 0
        self.atLineStart = true
    }

    /// A lexer for the expression text `start..<end` of an f-string field, which begins at
    /// `location` in the file.
    init(source: SourceText, expressionFrom start: Int, to end: Int, at location: SourceLocation) {
        self.source = source
        self.text = source.scalars
        self.end = end
        self.expressionMode = true
        self.pos = start
        self.line = location.line
        self.lineStart = start - Int(location.column)
        self.atLineStart = false
    }

    /// Tokenizes everything; never throws (errors are reported in the result).
    mutating func tokenize() -> LexedSource {
        tokens.reserveCapacity(max(16, (end - pos) / 4))
        do {
            while try lexNext() {}
        } catch var failure as ParseFailure {
            failure.isLexical = true
            result.failure = failure
            result.failureIsDeferred = failure.error.kind != .syntax
                || failure.error.message == Lexer.continuationMessage
            result.errorTokenIndex = tokens.count
            let here = location(at: min(pos, end))
            tokens.append(Token(kind: .errorToken, bracketDepth: depth, start: pos, end: pos,
                                startLocation: here, endLocation: here))
        } catch {
            preconditionFailure("unexpected error \(error)")
        }
        result.tokens = tokens
        return result
    }

    // MARK: Character access

    @inline(__always) func char(_ index: Int) -> Unicode.Scalar {
        index < end ? text[index] : "\0"
    }

    @inline(__always) mutating func next() -> Unicode.Scalar {
        let c = char(pos)
        pos += 1
        return c
    }

    @inline(__always) mutating func backup() { pos -= 1 }

    @inline(__always) func location(at offset: Int) -> SourceLocation {
        SourceLocation(line: line, column: Int32(offset - lineStart))
    }

    private var depth: UInt8 { UInt8(truncatingIfNeeded: brackets.count + (expressionMode ? 1 : 0)) }

    mutating func startNewLine(at offset: Int) {
        line += 1
        previousLineStart = lineStart
        lineStart = offset
    }

    // MARK: Errors

    /// An error placed where CPython's tokenizer puts its own: its `offset` is the number of
    /// characters from the line start to the cursor, i.e. the 1-based column of the last
    /// character read.
    func errorAtCursor(_ message: String, kind: SyntaxError.Kind = .syntax) -> ParseFailure {
        ParseFailure(error: source.error(message, kind: kind, line: Int(line), column: pos - lineStart))
    }

    /// An error with a caret under the character at `offset` on the current line.
    func error(_ message: String, atOffset offset: Int, kind: SyntaxError.Kind = .syntax) -> ParseFailure {
        ParseFailure(error: source.error(message, kind: kind, line: Int(line), column: offset - lineStart + 1))
    }

    // MARK: Tokens

    mutating func emit(_ kind: TokenKind, from start: Int, startLocation: SourceLocation) {
        tokens.append(Token(kind: kind, bracketDepth: depth, start: start, end: pos,
                            startLocation: startLocation, endLocation: location(at: pos)))
        lineHasContent = true
    }

    private mutating func emitEmpty(_ kind: TokenKind, at location: SourceLocation, offset: Int) {
        tokens.append(Token(kind: kind, bracketDepth: depth, start: offset, end: offset,
                            startLocation: location, endLocation: location))
    }

    /// Lexes the next token (or several, for dedents). Returns false after ENDMARKER.
    private mutating func lexNext() throws -> Bool {
        if atLineStart {
            try measureIndentation()
        }
        // Whitespace between tokens.
        while true {
            let c = char(pos)
            if c == " " || c == "\t" || c == "\u{0C}" { pos += 1 } else { break }
        }
        let start = pos
        let c = char(pos)
        if pos >= end {
            finish()
            return false
        }
        switch c {
        case "\n":
            if brackets.isEmpty && !expressionMode {
                if lineHasContent {
                    emitEmpty(.newline, at: location(at: pos), offset: pos)
                    lineHasContent = false
                }
                atLineStart = true
            }
            pos += 1
            startNewLine(at: pos)
        case "#":
            while pos < end && text[pos] != "\n" { pos += 1 }
        case "\\":
            if try lexContinuation() { return false }
        case "a"..."z", "A"..."Z", "_":
            try lexNameOrPrefixedString()
        case "0"..."9":
            try lexNumber()
        case "\"", "'":
            try lexString(tokenStart: start, quoteAt: start)
        case ".":
            let next = char(pos + 1)
            if next >= "0" && next <= "9" {
                try lexNumber()
            } else if next == "." && char(pos + 2) == "." {
                pos += 3
                emit(.ellipsis, from: start, startLocation: location(at: start))
            } else {
                pos += 1
                emit(.dot, from: start, startLocation: location(at: start))
            }
        case "(", "[", "{":
            if brackets.count + (expressionMode ? 1 : 0) >= Lexer.maxBracketDepth {
                pos += 1
                throw errorAtCursor("too many nested parentheses")
            }
            let here = location(at: start)
            brackets.append(OpenBracket(character: c, location: here))
            pos += 1
            emit(c == "(" ? .leftParen : c == "[" ? .leftBracket : .leftBrace, from: start, startLocation: here)
        case ")", "]", "}":
            pos += 1
            guard let open = brackets.popLast() else {
                throw errorAtCursor("unmatched '\(c)'")
            }
            let expected: Unicode.Scalar = open.character == "(" ? ")" : open.character == "[" ? "]" : "}"
            if c != expected {
                var message = "closing parenthesis '\(c)' does not match opening parenthesis '\(open.character)'"
                if open.location.line != line { message += " on line \(open.location.line)" }
                throw errorAtCursor(message)
            }
            emit(c == ")" ? .rightParen : c == "]" ? .rightBracket : .rightBrace, from: start,
                 startLocation: location(at: start))
        default:
            if c.value >= 0x80 {
                try lexNameOrPrefixedString()
            } else {
                try lexOperator(c, start: start)
            }
        }
        return true
    }

    /// A backslash must be followed by a newline, which joins the next line to this one.
    /// Returns true when that leaves nothing more to read.
    private mutating func lexContinuation() throws -> Bool {
        let next = char(pos + 1)
        if next == "\n" || pos + 1 >= end {
            pos += next == "\n" ? 2 : 1
            if next == "\n" { startNewLine(at: pos) }
            if pos >= end {
                // CPython reports "unexpected EOF while parsing" once the parser needs more.
                result.endsAfterContinuation = true
                result.unclosedBracket = brackets.last
                let here = endOfInputLocation()
                emitEmpty(.endMarker, at: here, offset: end)
                return true
            }
            return false
        }
        pos += 2
        throw errorAtCursor(Lexer.continuationMessage)
    }

    static let continuationMessage = "unexpected character after line continuation character"

    /// Emits what the end of input implies: a last NEWLINE, DEDENTs and ENDMARKER.
    private mutating func finish() {
        let here = endOfInputLocation()
        if expressionMode {
            emitEmpty(.endMarker, at: location(at: end), offset: end)
            return
        }
        if !brackets.isEmpty {
            result.unclosedBracket = brackets.last
        } else if lineHasContent {
            emitEmpty(.newline, at: location(at: end), offset: end)
            lineHasContent = false
        }
        for _ in 1..<indents.count {
            emitEmpty(.dedent, at: here, offset: end)
        }
        indents = [0]
        altIndents = [0]
        emitEmpty(.endMarker, at: here, offset: end)
    }

    /// Where CPython's tokenizer stands at the end of input: on the last line that has any
    /// character, just past its last character (before its newline).
    private func endOfInputLocation() -> SourceLocation {
        guard end > 0 else { return SourceLocation(line: 1, column: 0) }
        if text[end - 1] == "\n" && lineStart == end {
            return SourceLocation(line: line - 1, column: Int32(end - 1 - previousLineStart))
        }
        return location(at: end)
    }

    // MARK: Indentation

    /// At the start of a logical line: compare its indentation with the stack and emit
    /// INDENT or DEDENTs. Blank and comment-only lines leave the stack alone.
    private mutating func measureIndentation() throws {
        atLineStart = false
        var column = 0
        var altColumn = 0
        // A backslash continuation inside the indentation: the column of the first one
        // decides the indentation of the line that follows (as in CPython).
        var continuationColumn = 0
        var p = pos
        scan: while true {
            switch char(p) {
            case " ":
                column += 1
                altColumn += 1
            case "\t":
                column = (column / 8 + 1) * 8
                altColumn += 1
            case "\u{0C}":
                column = 0
                altColumn = 0
            case "\\" where p < end:
                if continuationColumn == 0 { continuationColumn = column }
                if p + 1 >= end || (char(p + 1) == "\n" && p + 2 >= end) {
                    pos = p  // the main loop reports the input ending after a backslash
                    return
                }
                if char(p + 1) != "\n" {
                    pos = p + 2
                    throw errorAtCursor(Lexer.continuationMessage)
                }
                p += 2
                startNewLine(at: p)
                continue scan
            default:
                break scan
            }
            p += 1
        }
        pos = p
        if continuationColumn > 0 {
            column = continuationColumn
            altColumn = continuationColumn
        }
        let c = char(p)
        if c == "#" || c == "\n" || p >= end { return }
        let firstToken = location(at: p)
        if column == indents.last! {
            if altColumn != altIndents.last! { throw tabError() }
        } else if column > indents.last! {
            if indents.count >= Lexer.maxIndentLevels {
                throw ParseFailure(error: source.error("too many levels of indentation", kind: .indentation,
                                                       line: Int(line), column: 1))
            }
            if altColumn <= altIndents.last! { throw tabError() }
            indents.append(column)
            altIndents.append(altColumn)
            tokens.append(Token(kind: .indent, bracketDepth: 0, start: pos, end: p,
                                startLocation: location(at: pos), endLocation: firstToken))
        } else {
            var dedents = 0
            while indents.count > 1 && column < indents.last! {
                indents.removeLast()
                altIndents.removeLast()
                dedents += 1
            }
            if column != indents.last! {
                // CPython points past the end of the offending line.
                throw ParseFailure(error: source.error("unindent does not match any outer indentation level",
                                                       kind: .indentation, line: Int(line),
                                                       column: source.lineLength(Int(line)) + 1))
            }
            if altColumn != altIndents.last! { throw tabError() }
            for _ in 0..<dedents {
                emitEmpty(.dedent, at: firstToken, offset: p)
            }
        }
    }

    private func tabError() -> ParseFailure {
        ParseFailure(error: source.error("inconsistent use of tabs and spaces in indentation", kind: .tab,
                                         line: Int(line), column: 1))
    }

    // MARK: Names

    /// A name, a keyword, or a string with a prefix such as `rb"..."`.
    private mutating func lexNameOrPrefixedString() throws {
        let start = pos
        var sawB = false, sawR = false, sawU = false, sawF = false
        var p = pos
        while true {
            let c = char(p)
            if !(sawB || sawU || sawF) && (c == "b" || c == "B") {
                sawB = true
            } else if !(sawB || sawU || sawR || sawF) && (c == "u" || c == "U") {
                sawU = true
            } else if !(sawR || sawU) && (c == "r" || c == "R") {
                sawR = true
            } else if !(sawF || sawB || sawU) && (c == "f" || c == "F") {
                sawF = true
            } else {
                break
            }
            p += 1
            let quote = char(p)
            if quote == "\"" || quote == "'" {
                try lexString(tokenStart: start, quoteAt: p)
                return
            }
        }
        var asciiOnly = true
        while true {
            let c = char(p)
            if c.isASCII {
                guard Lexer.isASCIIIdentifierChar(c) else { break }
            } else {
                asciiOnly = false
            }
            p += 1
        }
        if !asciiOnly { try verifyIdentifier(from: start, to: p) }
        pos = p
        let kind = Keywords.lookup(text, start: start, length: p - start) ?? .name
        emit(kind, from: start, startLocation: location(at: start))
    }

    static func isASCIIIdentifierChar(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "a"..."z", "A"..."Z", "0"..."9", "_": return true
        default: return false
        }
    }

    /// Non-ASCII identifiers must be XID_Start followed by XID_Continue characters.
    private func verifyIdentifier(from start: Int, to end: Int) throws {
        for index in start..<end {
            let c = text[index]
            if c.isASCII { continue }
            let valid = index == start ? c.properties.isXIDStart : c.properties.isXIDContinue
            if !valid {
                throw error(Lexer.invalidCharacterMessage(c), atOffset: index)
            }
        }
    }

    static func invalidCharacterMessage(_ c: Unicode.Scalar) -> String {
        let hex = String(c.value, radix: 16, uppercase: true)
        let code = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        if isPrintable(c) {
            return "invalid character '\(c)' (U+\(code))"
        }
        return "invalid non-printable character U+\(code)"
    }

    /// Python's `str.isprintable` for one character.
    static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        if c == " " { return true }
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    // MARK: Operators

    private mutating func lexOperator(_ c: Unicode.Scalar, start: Int) throws {
        let here = location(at: start)
        let c1 = char(pos + 1)
        let c2 = char(pos + 2)
        var kind: TokenKind
        var length = 1
        switch c {
        case "+": kind = .plus; if c1 == "=" { kind = .plusEqual; length = 2 }
        case "-":
            kind = .minus
            if c1 == "=" { kind = .minusEqual; length = 2 } else if c1 == ">" { kind = .arrow; length = 2 }
        case "*":
            kind = .star
            if c1 == "*" {
                kind = .doubleStar; length = 2
                if c2 == "=" { kind = .doubleStarEqual; length = 3 }
            } else if c1 == "=" { kind = .starEqual; length = 2 }
        case "/":
            kind = .slash
            if c1 == "/" {
                kind = .doubleSlash; length = 2
                if c2 == "=" { kind = .doubleSlashEqual; length = 3 }
            } else if c1 == "=" { kind = .slashEqual; length = 2 }
        case "%": kind = .percent; if c1 == "=" { kind = .percentEqual; length = 2 }
        case "@": kind = .at; if c1 == "=" { kind = .atEqual; length = 2 }
        case "&": kind = .amper; if c1 == "=" { kind = .amperEqual; length = 2 }
        case "|": kind = .vbar; if c1 == "=" { kind = .vbarEqual; length = 2 }
        case "^": kind = .circumflex; if c1 == "=" { kind = .circumflexEqual; length = 2 }
        case "~": kind = .tilde
        case "<":
            kind = .less
            if c1 == ">" {
                kind = .errorToken  // Python 2's `<>`
                length = 2
            } else if c1 == "=" { kind = .lessEqual; length = 2 } else if c1 == "<" {
                kind = .leftShift; length = 2
                if c2 == "=" { kind = .leftShiftEqual; length = 3 }
            }
        case ">":
            kind = .greater
            if c1 == "=" { kind = .greaterEqual; length = 2 } else if c1 == ">" {
                kind = .rightShift; length = 2
                if c2 == "=" { kind = .rightShiftEqual; length = 3 }
            }
        case "=": kind = .equal; if c1 == "=" { kind = .equalEqual; length = 2 }
        case "!": kind = .errorToken; if c1 == "=" { kind = .notEqual; length = 2 }
        case ":": kind = .colon; if c1 == "=" { kind = .colonEqual; length = 2 }
        case ",": kind = .comma
        case ";": kind = .semicolon
        default:
            if !Lexer.isPrintable(c) {
                pos += 1
                throw errorAtCursor(Lexer.invalidCharacterMessage(c))
            }
            kind = .errorToken
        }
        pos += length
        emit(kind, from: start, startLocation: here)
    }
}

/// Keyword recognition without building strings.
enum Keywords {
    private static let table: [(StaticString, TokenKind)] = [
        ("False", .kwFalse), ("None", .kwNone), ("True", .kwTrue), ("and", .kwAnd), ("as", .kwAs),
        ("assert", .kwAssert), ("async", .kwAsync), ("await", .kwAwait), ("break", .kwBreak),
        ("class", .kwClass), ("continue", .kwContinue), ("def", .kwDef), ("del", .kwDel),
        ("elif", .kwElif), ("else", .kwElse), ("except", .kwExcept), ("finally", .kwFinally),
        ("for", .kwFor), ("from", .kwFrom), ("global", .kwGlobal), ("if", .kwIf),
        ("import", .kwImport), ("in", .kwIn), ("is", .kwIs), ("lambda", .kwLambda),
        ("nonlocal", .kwNonlocal), ("not", .kwNot), ("or", .kwOr), ("pass", .kwPass),
        ("raise", .kwRaise), ("return", .kwReturn), ("try", .kwTry), ("while", .kwWhile),
        ("with", .kwWith), ("yield", .kwYield),
    ]

    /// Keywords grouped by their first ASCII letter.
    private static let byFirstLetter: [[(StaticString, TokenKind)]] = {
        var buckets = Array(repeating: [(StaticString, TokenKind)](), count: 128)
        for entry in table {
            buckets[Int(entry.0.utf8Start.pointee)].append(entry)
        }
        return buckets
    }()

    static func lookup(_ text: [Unicode.Scalar], start: Int, length: Int) -> TokenKind? {
        guard length >= 2 && length <= 8 else { return nil }
        let first = text[start].value
        guard first < 128 else { return nil }
        for (spelling, kind) in byFirstLetter[Int(first)] where spelling.utf8CodeUnitCount == length {
            var matches = true
            let bytes = spelling.utf8Start
            for index in 1..<length where UInt32(bytes[index]) != text[start + index].value {
                matches = false
                break
            }
            if matches { return kind }
        }
        return nil
    }

    /// The soft keywords of Python 3.11: names that are keywords only in `match` statements.
    static let soft: Set<String> = ["match", "case", "_"]
}
