// Number literals. The scanning order mirrors CPython's tokenizer so that malformed
// literals are reported with the same message at the same column.

extension Lexer {
    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

    @inline(__always) static func isHexDigit(_ c: Unicode.Scalar) -> Bool {
        isDigit(c) || (c >= "a" && c <= "f") || (c >= "A" && c <= "F")
    }

    @inline(__always) static func isPotentialIdentifierChar(_ c: Unicode.Scalar) -> Bool {
        isASCIIIdentifierChar(c) || c.value >= 0x80
    }

    /// Lexes a number starting at `pos` (a digit, or a dot followed by a digit).
    mutating func lexNumber() throws {
        let start = pos
        let c = next()
        if c == "." {
            try scanFractionAndExponent(after: c)
        } else if c == "0" {
            let c2 = next()
            switch c2 {
            case "x", "X":
                try scanPrefixedDigits(kind: "hexadecimal", isDigit: Lexer.isHexDigit, digitErrors: false)
            case "o", "O":
                try scanPrefixedDigits(kind: "octal", isDigit: { $0 >= "0" && $0 <= "7" }, digitErrors: true)
            case "b", "B":
                try scanPrefixedDigits(kind: "binary", isDigit: { $0 == "0" || $0 == "1" }, digitErrors: true)
            default:
                try scanAfterLeadingZero(c2, start: start)
            }
        } else {
            let after = try decimalTail()
            try scanFractionAndExponent(after: after)
        }
        emit(.number, from: start, startLocation: location(at: start))
    }

    /// Digits after `0x`, `0o` or `0b`, with single underscores between them.
    private mutating func scanPrefixedDigits(kind: String, isDigit: (Unicode.Scalar) -> Bool,
                                             digitErrors: Bool) throws {
        var c = next()
        repeat {
            if c == "_" { c = next() }
            if !isDigit(c) {
                if digitErrors && Lexer.isDigit(c) {
                    throw errorAtCursor("invalid digit '\(c)' in \(kind) literal")
                }
                backup()
                throw errorAtCursor("invalid \(kind) literal")
            }
            repeat { c = next() } while isDigit(c)
        } while c == "_"
        if digitErrors && Lexer.isDigit(c) {
            throw errorAtCursor("invalid digit '\(c)' in \(kind) literal")
        }
        try verifyEndOfNumber(c, kind: kind)
        backup()
    }

    /// After a leading `0` that is not a base prefix: zeros, then possibly a float
    /// (`0.5`, `00e1`, `09.5`) or an error for an old-style octal like `012`.
    private mutating func scanAfterLeadingZero(_ first: Unicode.Scalar, start: Int) throws {
        var c = first
        while true {
            if c == "_" {
                c = next()
                if !Lexer.isDigit(c) {
                    backup()
                    throw errorAtCursor("invalid decimal literal")
                }
            }
            if c != "0" { break }
            c = next()
        }
        let zerosEnd = pos
        var nonzero = false
        if Lexer.isDigit(c) {
            nonzero = true
            c = try decimalTail()
        }
        if c == "." || c == "e" || c == "E" || c == "j" || c == "J" {
            try scanFractionAndExponent(after: c)
            return
        }
        if nonzero {
            backup()
            throw ParseFailure(error: source.error(
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                line: Int(line), column: start - lineStart + 1, endColumn: zerosEnd - lineStart))
        }
        try verifyEndOfNumber(c, kind: "decimal")
        backup()
    }

    /// Reads digits and single underscores; returns the first character after them
    /// (already consumed).
    private mutating func decimalTail() throws -> Unicode.Scalar {
        var c: Unicode.Scalar
        while true {
            repeat { c = next() } while Lexer.isDigit(c)
            if c != "_" { break }
            c = next()
            if !Lexer.isDigit(c) {
                backup()
                throw errorAtCursor("invalid decimal literal")
            }
        }
        return c
    }

    /// The rest of a decimal number after its integer part; `c` is the character that
    /// followed it (consumed). Leaves `pos` just past the number.
    private mutating func scanFractionAndExponent(after first: Unicode.Scalar) throws {
        var c = first
        if c == "." {
            c = next()
            if Lexer.isDigit(c) { c = try decimalTail() }
        }
        if c == "e" || c == "E" {
            let e = c
            c = next()
            if c == "+" || c == "-" {
                c = next()
                if !Lexer.isDigit(c) {
                    backup()
                    throw errorAtCursor("invalid decimal literal")
                }
            } else if !Lexer.isDigit(c) {
                // `1else` is `1 else`; `1e` alone is an error.
                backup()
                try verifyEndOfNumber(e, kind: "decimal")
                backup()
                return
            }
            c = try decimalTail()
        }
        if c == "j" || c == "J" {
            c = next()
            try verifyEndOfNumber(c, kind: "imaginary")
        } else {
            try verifyEndOfNumber(c, kind: "decimal")
        }
        backup()
    }

    /// A number may not run into a name (`1abc`), except for the keywords that can follow
    /// a number in valid code (`1if x else 2`), which CPython accepts with a warning.
    private mutating func verifyEndOfNumber(_ c: Unicode.Scalar, kind: String) throws {
        let keywordFollows: Bool
        switch c {
        case "a": keywordFollows = lookahead("nd")
        case "e": keywordFollows = lookahead("lse")
        case "f": keywordFollows = lookahead("or")
        case "i":
            let c2 = char(pos)
            keywordFollows = c2 == "f" || c2 == "n" || c2 == "s"
        case "o": keywordFollows = lookahead("r")
        case "n": keywordFollows = lookahead("ot")
        default: keywordFollows = false
        }
        if keywordFollows { return }
        // Only ASCII letters count here: `2Δ` is a number followed by a name.
        if c.isASCII && Lexer.isPotentialIdentifierChar(c) {
            backup()
            throw errorAtCursor("invalid \(kind) literal")
        }
    }

    private func lookahead(_ expected: StaticString) -> Bool {
        let bytes = expected.utf8Start
        for index in 0..<expected.utf8CodeUnitCount where char(pos + index).value != UInt32(bytes[index]) {
            return false
        }
        return true
    }
}
