// String literal tokens. The lexer only finds where a literal ends; the parser decodes it
// (escapes, f-string fields), because CPython reports those errors from the parser.

extension Lexer {
    /// Lexes a string whose prefix starts at `tokenStart` and whose opening quote is at `quoteAt`.
    mutating func lexString(tokenStart: Int, quoteAt: Int) throws {
        let startLocation = location(at: tokenStart)
        let quote = char(quoteAt)
        var p = quoteAt + 1
        var triple = false
        if char(p) == quote {
            if char(p + 1) == quote {
                triple = true
                p += 2
            } else {
                pos = p + 1  // the empty string '' or ""
                emit(.string, from: tokenStart, startLocation: startLocation)
                return
            }
        }
        var continued = false
        while true {
            if p >= end {
                pos = p
                throw unterminatedString(triple: triple, at: startLocation, detectedAtLine: lastLineNumber(),
                                         atEndOfInput: triple || continued)
            }
            let c = text[p]
            if c == quote {
                if !triple {
                    p += 1
                    break
                }
                if char(p + 1) == quote && char(p + 2) == quote {
                    p += 3
                    break
                }
                p += 1
            } else if c == "\n" {
                if !triple {
                    pos = p
                    throw unterminatedString(triple: false, at: startLocation, detectedAtLine: Int(line),
                                             atEndOfInput: false)
                }
                p += 1
                startNewLine(at: p)
            } else if c == "\\" {
                if p + 1 >= end {
                    p += 1
                    continue
                }
                if text[p + 1] == "\n" {
                    p += 2
                    startNewLine(at: p)
                    continued = true
                    continue
                }
                p += 2
            } else {
                p += 1
            }
            continued = false
        }
        pos = p
        emit(.string, from: tokenStart, startLocation: startLocation)
    }

    private func unterminatedString(triple: Bool, at start: SourceLocation, detectedAtLine: Int,
                                    atEndOfInput: Bool) -> ParseFailure {
        let kind = triple ? "unterminated triple-quoted string literal" : "unterminated string literal"
        return ParseFailure(error: source.error("\(kind) (detected at line \(detectedAtLine))",
                                                line: Int(start.line), column: Int(start.column) + 1),
                            atEndOfInput: atEndOfInput)
    }

    /// The number of the last line that has a character on it.
    private func lastLineNumber() -> Int {
        if end == 0 { return 1 }
        return Int(source.location(ofOffset: end - 1).line)
    }
}
