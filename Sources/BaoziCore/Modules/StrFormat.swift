// str.format and str.format_map: CPython's markup parser (literal text, `{field!conv:spec}`
// replacement fields with nested fields in the spec) and its error messages.

extension Interpreter {
    /// `fmt.format(*positional, **keywords)`; `mapping` replaces the keywords for format_map.
    func strFormat(_ fmt: String, positional: [Value], keywords: [(StrObj, Value)], mapping: Value? = nil) throws -> String {
        var formatter = StrFormatter(interp: self, positional: positional, keywords: keywords, mapping: mapping)
        return try formatter.render(Array(fmt.unicodeScalars)[...], depth: 2)
    }
}

/// Field numbering state shared by a format string and the fields nested in its specs.
private struct StrFormatter {
    unowned let interp: Interpreter
    let positional: [Value]
    let keywords: [(StrObj, Value)]
    let mapping: Value?
    /// The next automatic field number; automatic and manual numbering cannot be mixed.
    var nextAuto = 0
    var usedManual = false

    init(interp: Interpreter, positional: [Value], keywords: [(StrObj, Value)], mapping: Value?) {
        self.interp = interp
        self.positional = positional
        self.keywords = keywords
        self.mapping = mapping
    }

    typealias Text = ArraySlice<Unicode.Scalar>

    /// Literal text with `{{`/`}}` unescaped and each replacement field formatted.
    mutating func render(_ text: Text, depth: Int) throws -> String {
        if depth <= 0 { throw interp.valueError("Max string recursion exceeded") }
        var out = String.UnicodeScalarView()
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            i += 1
            if c == "}" {
                guard i < text.endIndex, text[i] == "}" else { throw interp.valueError("Single '}' encountered in format string") }
                out.append("}")
                i += 1
            } else if c == "{" {
                guard i < text.endIndex else { throw interp.valueError("Single '{' encountered in format string") }
                if text[i] == "{" {
                    out.append("{")
                    i += 1
                    continue
                }
                let end = try matchingBrace(text, from: i)
                out.append(contentsOf: try field(text[i..<end], depth: depth).unicodeScalars)
                i = end + 1
            } else {
                out.append(c)
            }
        }
        return String(out)
    }

    /// The index of the `}` closing a field that starts at `start` (nested braces counted).
    private func matchingBrace(_ text: Text, from start: Int) throws -> Int {
        var nesting = 1
        var i = start
        while i < text.endIndex {
            if text[i] == "{" { nesting += 1 }
            if text[i] == "}" {
                nesting -= 1
                if nesting == 0 { return i }
            }
            i += 1
        }
        throw interp.valueError("expected '}' before end of string")
    }

    /// One replacement field: `name[.attr|[key]]...[!conversion][:spec]`.
    private mutating func field(_ body: Text, depth: Int) throws -> String {
        // The name ends at the first ':' or '!' outside [...].
        var i = body.startIndex
        var terminator: Unicode.Scalar? = nil
        scan: while i < body.endIndex {
            let c = body[i]
            i += 1
            switch c {
            case "{": throw interp.valueError("unexpected '{' in field name")
            case "[": while i < body.endIndex && body[i] != "]" { i += 1 }
            case ":", "!": terminator = c; break scan
            default: break
            }
        }
        let name = body[body.startIndex..<(terminator == nil ? i : i - 1)]
        var conversion: Unicode.Scalar? = nil
        var spec: Text = body[body.endIndex...]
        if terminator == "!" {
            guard i < body.endIndex else { throw interp.valueError("end of string while looking for conversion specifier") }
            conversion = body[i]
            i += 1
            if i < body.endIndex {
                guard body[i] == ":" else { throw interp.valueError("expected ':' after conversion specifier") }
                spec = body[(i + 1)...]
            }
        } else if terminator == ":" {
            spec = body[i...]
        }
        var value = try lookUp(name)
        switch conversion {
        case nil: break
        case "r": value = interp.newStr(try interp.repr(value))
        case "s": value = interp.newStr(try interp.str(value))
        case "a": value = interp.newStr(try interp.asciiRepr(value))
        case let c?: throw interp.valueError("Unknown conversion specifier \(c)")
        }
        let specText = spec.contains("{") ? try render(spec, depth: depth - 1) : String(String.UnicodeScalarView(spec))
        return try interp.format(value, specText)
    }

    /// The object a field name designates: an argument, then attributes and items.
    private mutating func lookUp(_ name: Text) throws -> Value {
        var i = name.startIndex
        while i < name.endIndex && name[i] != "." && name[i] != "[" { i += 1 }
        var value = try argument(String(String.UnicodeScalarView(name[name.startIndex..<i])))
        while i < name.endIndex {
            if name[i] == "." {
                var j = i + 1
                while j < name.endIndex && name[j] != "." && name[j] != "[" { j += 1 }
                let attr = String(String.UnicodeScalarView(name[(i + 1)..<j]))
                if attr.isEmpty { throw interp.valueError("Empty attribute in format string") }
                value = try interp.getAttribute(value, interp.intern(attr))
                i = j
            } else if name[i] == "[" {
                guard let close = name[i...].firstIndex(of: "]") else { throw interp.valueError("Missing ']' in format string") }
                let key = String(String.UnicodeScalarView(name[(i + 1)..<close]))
                if key.isEmpty { throw interp.valueError("Empty attribute in format string") }
                value = try interp.getItem(value, fieldNumber(key).map { .int($0) } ?? interp.newStr(key))
                i = close + 1
                if i < name.endIndex && name[i] != "." && name[i] != "[" {
                    throw interp.valueError("Only '.' or '[' may follow ']' in format field specifier")
                }
            } else {
                throw interp.valueError("Only '.' or '[' may follow ']' in format field specifier")
            }
        }
        return value
    }

    /// A positional argument (automatic or manual number) or a keyword argument.
    private mutating func argument(_ head: String) throws -> Value {
        let index: Int
        if head.isEmpty {
            if usedManual {
                throw interp.valueError("cannot switch from manual field specification to automatic field numbering")
            }
            index = nextAuto
            nextAuto += 1
        } else if let n = fieldNumber(head) {
            if nextAuto > 0 {
                throw interp.valueError("cannot switch from automatic field numbering to manual field specification")
            }
            usedManual = true
            index = n
        } else {
            if let mapping { return try interp.getItem(mapping, interp.newStr(head)) }
            guard let v = keywords.first(where: { $0.0.value == head })?.1 else { throw interp.keyError(interp.newStr(head)) }
            return v
        }
        guard index < positional.count else {
            throw interp.indexError("Replacement index \(index) out of range for positional args tuple")
        }
        return positional[index]
    }

    /// A field name made only of decimal digits, as a number.
    private func fieldNumber(_ s: String) -> Int? {
        guard !s.isEmpty, s.unicodeScalars.allSatisfy({ $0.value >= 48 && $0.value <= 57 }) else { return nil }
        return Int(s)
    }
}
