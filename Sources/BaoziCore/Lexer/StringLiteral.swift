// Decoding string literal tokens: prefixes, quotes and backslash escapes.

/// The parts of a string token: which prefix letters it has and where its body is.
struct StringLiteral {
    var isRaw = false
    var isBytes = false
    var isFormatted = false
    /// Scalar offsets of the text between the quotes.
    var bodyStart: Int
    var bodyEnd: Int
    var quoteLength: Int

    /// Splits a string token; the lexer has already checked its shape.
    init(_ text: [Unicode.Scalar], token: Token) {
        var index = token.start
        while text[index] != "\"" && text[index] != "'" {
            switch text[index] {
            case "r", "R": isRaw = true
            case "b", "B": isBytes = true
            case "f", "F": isFormatted = true
            default: break  // u
            }
            index += 1
        }
        let quote = text[index]
        let isTriple = token.end - index >= 6 && text[index + 1] == quote && text[index + 2] == quote
        quoteLength = isTriple ? 3 : 1
        bodyStart = index + quoteLength
        bodyEnd = token.end - quoteLength
    }
}

/// An error found while decoding escapes; the parser decides where it points.
struct EscapeError: Error {
    var message: String
}

/// Backslash escapes of str and bytes literals.
enum EscapeDecoder {
    /// The value of a str literal body. Unknown escapes keep their backslash, as in Python.
    static func decodeString(_ text: [Unicode.Scalar], from start: Int, to end: Int, raw: Bool) throws -> String {
        if raw || !text[start..<end].contains("\\") {
            return SourceText.makeString(text, from: start, to: end)
        }
        var result = String.UnicodeScalarView()
        var index = start
        while index < end {
            let c = text[index]
            if c != "\\" {
                result.append(c)
                index += 1
                continue
            }
            let escapeStart = index
            index += 1
            guard index < end else {
                // A lone backslash before the closing quote cannot happen (it would escape
                // the quote), but a field boundary in an f-string can leave one.
                result.append("\\")
                break
            }
            let e = text[index]
            index += 1
            switch e {
            case "\n": break
            case "\\": result.append("\\")
            case "'": result.append("'")
            case "\"": result.append("\"")
            case "a": result.append("\u{07}")
            case "b": result.append("\u{08}")
            case "f": result.append("\u{0C}")
            case "n": result.append("\n")
            case "r": result.append("\r")
            case "t": result.append("\t")
            case "v": result.append("\u{0B}")
            case "0"..."7":
                var value = e.value - 48
                var digits = 1
                while digits < 3 && index < end && text[index] >= "0" && text[index] <= "7" {
                    value = value * 8 + text[index].value - 48
                    index += 1
                    digits += 1
                }
                result.append(scalarOrReplacement(value))
            case "x", "u", "U":
                let width = e == "x" ? 2 : e == "u" ? 4 : 8
                var value: UInt32 = 0
                var count = 0
                while count < width && index < end, let digit = hexValue(text[index]) {
                    value = value * 16 + digit
                    index += 1
                    count += 1
                }
                let name = e == "x" ? "\\xXX" : e == "u" ? "\\uXXXX" : "\\UXXXXXXXX"
                if count < width {
                    throw unicodeError(text, start, escapeStart, index, "truncated \(name) escape")
                }
                if value > 0x10FFFF {
                    throw unicodeError(text, start, escapeStart, index, "illegal Unicode character")
                }
                result.append(scalarOrReplacement(value))
            case "N":
                guard index < end && text[index] == "{" else {
                    throw unicodeError(text, start, escapeStart, index, "malformed \\N character escape")
                }
                var close = index + 1
                while close < end && text[close] != "}" { close += 1 }
                guard close < end, close > index + 1 else {
                    throw unicodeError(text, start, escapeStart, min(close + 1, end), "malformed \\N character escape")
                }
                var name = String.UnicodeScalarView()
                name.append(contentsOf: text[(index + 1)..<close])
                index = close + 1
                guard let scalar = UnicodeNames.scalar(named: String(name)) else {
                    throw unicodeError(text, start, escapeStart, index, "unknown Unicode character name")
                }
                result.append(scalar)
            default:
                result.append("\\")
                result.append(e)
            }
        }
        return String(result)
    }

    /// The value of a bytes literal body. The caller has checked that it is ASCII.
    static func decodeBytes(_ text: [Unicode.Scalar], from start: Int, to end: Int, raw: Bool) throws -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(end - start)
        var index = start
        while index < end {
            let c = text[index]
            if raw || c != "\\" {
                result.append(UInt8(truncatingIfNeeded: c.value))
                index += 1
                continue
            }
            let escapeStart = index
            index += 1
            guard index < end else {
                result.append(UInt8(ascii: "\\"))
                break
            }
            let e = text[index]
            index += 1
            switch e {
            case "\n": break
            case "\\": result.append(UInt8(ascii: "\\"))
            case "'": result.append(UInt8(ascii: "'"))
            case "\"": result.append(UInt8(ascii: "\""))
            case "a": result.append(7)
            case "b": result.append(8)
            case "f": result.append(12)
            case "n": result.append(10)
            case "r": result.append(13)
            case "t": result.append(9)
            case "v": result.append(11)
            case "0"..."7":
                var value = e.value - 48
                var digits = 1
                while digits < 3 && index < end && text[index] >= "0" && text[index] <= "7" {
                    value = value * 8 + text[index].value - 48
                    index += 1
                    digits += 1
                }
                result.append(UInt8(truncatingIfNeeded: value))
            case "x":
                guard index + 1 < end, let high = hexValue(text[index]), let low = hexValue(text[index + 1]) else {
                    throw EscapeError(message: "(value error) invalid \\x escape at position \(escapeStart - start)")
                }
                result.append(UInt8(high * 16 + low))
                index += 2
            default:
                result.append(UInt8(ascii: "\\"))
                result.append(UInt8(truncatingIfNeeded: e.value))
            }
        }
        return result
    }

    private static func hexValue(_ c: Unicode.Scalar) -> UInt32? {
        switch c {
        case "0"..."9": return c.value - 48
        case "a"..."f": return c.value - 87
        case "A"..."F": return c.value - 55
        default: return nil
        }
    }

    /// Python strings may hold lone surrogates; Swift strings may not, so those become U+FFFD.
    private static func scalarOrReplacement(_ value: UInt32) -> Unicode.Scalar {
        Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// CPython's message for a bad escape. Its positions count bytes in the buffer CPython
    /// builds before decoding, where every non-ASCII character was rewritten as a
    /// ten-byte `\UXXXXXXXX` escape (and a backslash before one as `\u005c`).
    private static func unicodeError(_ text: [Unicode.Scalar], _ bodyStart: Int, _ escapeStart: Int,
                                     _ escapeEnd: Int, _ reason: String) -> EscapeError {
        func bufferOffset(_ offset: Int) -> Int {
            var position = 0
            var index = bodyStart
            while index < offset {
                let c = text[index]
                if c.value >= 0x80 {
                    position += 10
                } else if c == "\\" && index + 1 < text.count && text[index + 1].value >= 0x80 {
                    position += 6
                } else {
                    position += 1
                }
                index += 1
            }
            return position
        }
        let first = bufferOffset(escapeStart)
        let last = bufferOffset(escapeEnd) - 1
        return EscapeError(message: "(unicode error) 'unicodeescape' codec can't decode bytes in position \(first)-\(last): \(reason)")
    }
}
