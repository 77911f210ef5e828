// The text being lexed and parsed, and the errors that point into it.

/// A source file as an array of Unicode scalars, so the lexer can index it in O(1).
///
/// Line endings are normalized to "\n" (as CPython does for `compile`), a leading byte order
/// mark is dropped, and a NUL scalar is appended as an end sentinel: the lexer may always
/// look one character ahead without a bounds check.
final class SourceText {
    let filename: String
    let scalars: [Unicode.Scalar]
    /// Number of real scalars (the sentinel excluded).
    let count: Int
    private var lineStartsCache: [Int]?

    /// Throws when the text contains a NUL character, which Python source may not contain.
    init(_ text: String, filename: String) throws {
        self.filename = filename
        var text = text
        let decoded = text.withUTF8 { SourceText.decode($0) }
        scalars = decoded.scalars
        count = decoded.scalars.count - 1
        if let offset = decoded.nulOffset {
            let location = self.location(ofOffset: offset)
            throw ParseFailure(error: self.error("source code cannot contain null bytes",
                                                 line: Int(location.line), column: Int(location.column) + 1))
        }
    }

    /// Decodes UTF-8 (valid, since it comes from a String) into scalars, normalizing line
    /// endings and dropping a leading byte order mark; appends the NUL sentinel.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> (scalars: [Unicode.Scalar], nulOffset: Int?) {
        var buffer: [Unicode.Scalar] = []
        buffer.reserveCapacity(bytes.count + 1)
        var nulOffset: Int? = nil
        var index = 0
        let count = bytes.count
        if count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { index = 3 }
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                switch byte {
                case 0x0D:  // "\r" or "\r\n"
                    if index < count && bytes[index] == 0x0A { index += 1 }
                    buffer.append("\n")
                case 0:
                    if nulOffset == nil { nulOffset = buffer.count }
                    buffer.append(" ")
                default:
                    buffer.append(Unicode.Scalar(byte))
                }
                continue
            }
            var value: UInt32
            var length: Int
            if byte >= 0xF0 {
                value = UInt32(byte & 0x07)
                length = 4
            } else if byte >= 0xE0 {
                value = UInt32(byte & 0x0F)
                length = 3
            } else {
                value = UInt32(byte & 0x1F)
                length = 2
            }
            for offset in 1..<length {
                value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
            }
            index += length
            buffer.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        buffer.append("\0")
        return (buffer, nulOffset)
    }

    /// Offsets of the first scalar of every line; computed on first use (errors only).
    var lineStarts: [Int] {
        if let cached = lineStartsCache { return cached }
        var starts = [0]
        for index in 0..<count where scalars[index] == "\n" {
            starts.append(index + 1)
        }
        lineStartsCache = starts
        return starts
    }

    /// The text of a 1-based line, without its newline ("" past the end).
    func lineText(_ line: Int) -> String {
        let starts = lineStarts
        guard line >= 1, line <= starts.count else { return "" }
        let start = starts[line - 1]
        var end = start
        while end < count && scalars[end] != "\n" { end += 1 }
        return string(from: start, to: end)
    }

    /// Length of a 1-based line in scalars, without its newline.
    func lineLength(_ line: Int) -> Int {
        let starts = lineStarts
        guard line >= 1, line <= starts.count else { return 0 }
        var end = starts[line - 1]
        while end < count && scalars[end] != "\n" { end += 1 }
        return end - starts[line - 1]
    }

    /// The line and column of a scalar offset (binary search over the line starts).
    func location(ofOffset offset: Int) -> SourceLocation {
        let starts = lineStarts
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return SourceLocation(line: Int32(low + 1), column: Int32(offset - starts[low]))
    }

    func string(from start: Int, to end: Int) -> String {
        SourceText.makeString(scalars, from: start, to: end)
    }

    /// A String from a range of scalars, with a fast path for ASCII text.
    static func makeString(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> String {
        let length = end - start
        if isASCII(scalars, from: start, to: end) {
            return String(unsafeUninitializedCapacity: length) { buffer in
                for offset in 0..<length {
                    buffer[offset] = UInt8(truncatingIfNeeded: scalars[start + offset].value)
                }
                return length
            }
        }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(length * 2)
        for index in start..<end {
            utf8.append(contentsOf: UTF8.encode(scalars[index])!)
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    static func isASCII(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
        for index in start..<end where scalars[index].value >= 0x80 {
            return false
        }
        return true
    }

    // MARK: Errors

    /// A syntax error at a 1-based column. `endColumn` defaults to one caret; it is never
    /// allowed to be before `column + 1`, so every error shows at least one caret.
    func error(_ message: String, kind: SyntaxError.Kind = .syntax, line: Int, column: Int,
               endColumn: Int? = nil) -> SyntaxError {
        let end = max(endColumn ?? column + 1, column + 1)
        return SyntaxError(kind: kind, message: message, filename: filename, line: line,
                           column: column, endColumn: end, text: lineText(line))
    }

    /// A syntax error covering a source range. A range that runs past its first line is
    /// underlined to the end of that line.
    func error(_ message: String, kind: SyntaxError.Kind = .syntax, from start: SourceLocation,
               to end: SourceLocation) -> SyntaxError {
        let line = Int(start.line)
        let endColumn = end.line == start.line ? Int(end.column) + 1 : lineLength(line) + 1
        return error(message, kind: kind, line: line, column: Int(start.column) + 1, endColumn: endColumn)
    }
}

/// A syntax error on its way out of the lexer or parser, with what the REPL needs to know.
struct ParseFailure: Error {
    var error: SyntaxError
    /// True when the error only says the input ended too early (open bracket, triple-quoted
    /// string, block still expected): in REPL mode this becomes `isIncomplete`.
    var atEndOfInput: Bool = false
    /// CPython's generic error at an unexpected INDENT or DEDENT: reported as soon as the
    /// parser meets it, before any tokenizer error further on.
    var isUnexpectedIndentation = false
    /// Raised by the tokenizer: inside an f-string such errors get no "f-string: " prefix.
    var isLexical = false
}
