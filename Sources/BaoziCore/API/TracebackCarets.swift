// CPython 3.11's error-location lines under a traceback's source line:
//
//     return a / b          the failing expression is marked with ^ when it does not span
//            ~~^~~          the whole line; for a binary operation or a subscript the
//                           operator or index is marked with ^ and the operands with ~.

extension Interpreter {
    /// The marker line for the node at location index `location` of `code`, or nil when
    /// CPython prints none.
    func caretLine(_ code: CodeObj, location: Int) -> String? {
        guard location >= 0, location < code.locations.count else { return nil }
        let loc = code.locations[location]
        guard loc.start.line > 0, let raw = rawSourceLine(code.filename, Int(loc.start.line)) else { return nil }
        let chars = Array(raw.unicodeScalars)
        let leading = chars.prefix { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }.count
        let strippedLength = String(String.UnicodeScalarView(chars[leading...])).trimmingCharacters(in: .whitespaces).unicodeScalars.count
        let start = Int(loc.start.column)
        var end: Int
        var anchors: (left: Int, right: Int)? = nil
        if loc.end.line == loc.start.line {
            end = Int(loc.end.column)
            guard start >= leading, end > start, end <= chars.count else { return nil }
            anchors = caretAnchors(String(String.UnicodeScalarView(chars[start..<end])))
        } else {
            end = leading + strippedLength
            guard start >= leading, end > start else { return nil }
        }
        let spansLine = end - start >= strippedLength
        let hasOperator = anchors.map { $0.right - $0.left > 0 } ?? false
        guard !spansLine || hasOperator else { return nil }
        var line = "    " + String(repeating: " ", count: start - leading)
        if let a = anchors {
            line += String(repeating: "~", count: a.left)
            line += String(repeating: "^", count: a.right - a.left)
            line += String(repeating: "~", count: end - start - a.right)
        } else {
            line += String(repeating: "^", count: end - start)
        }
        return line
    }

    /// For a segment that is a binary operation or a subscript: where the operator (or the
    /// index) starts and ends, relative to the segment.
    private func caretAnchors(_ segment: String) -> (left: Int, right: Int)? {
        guard let expr = try? parseExpression(segment, filename: "<segment>"),
              expr.range.start.line == 1 else { return nil }
        let text = Array(segment.unicodeScalars)
        switch expr.kind {
        case .binary(let left, _, let right):
            guard left.range.end.line == 1, right.range.start.line == 1 else { return nil }
            var i = Int(left.range.end.column)
            let opEnd = Int(right.range.start.column)
            // Skip closing parentheses and spaces between the left operand and the operator.
            while i < opEnd, text[i] == " " || text[i] == ")" || text[i] == "\t" { i += 1 }
            guard i < opEnd else { return nil }
            var j = i + 1
            if j < opEnd, !(text[j] == " " || text[j] == "(" || text[j] == "\t") { j += 1 }
            return (i, j)
        case .subscript(let value, let index):
            guard value.range.end.line == 1, index.range.end.line == 1 else { return nil }
            return (Int(value.range.end.column), min(text.count, Int(index.range.end.column) + 1))
        default:
            return nil
        }
    }

    /// A source line as written (with its indentation), for caret positions.
    func rawSourceLine(_ filename: String, _ line: Int) -> String? {
        _ = sourceLine(filename, line)
        guard let lines = sourceCache[filename], line >= 1, line <= lines.count else { return nil }
        return lines[line - 1]
    }
}
