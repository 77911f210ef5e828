import BigInt

// Applying a FormatSpec to str, int and float values: what `format(value, spec)` returns
// for the built-in types.

// MARK: Entry points taking the spec text

/// Python's `format(s, spec)` for a str.
func pyFormat(_ s: String, spec: String, typeName: String = "str") throws -> String {
    if spec.isEmpty { return s }
    return try pyFormatString(s, FormatSpec(spec, defaultType: "s", defaultAlign: .left, typeName: typeName), typeName: typeName)
}

/// Python's `format(n, spec)` for an int (`typeName` is "bool" for bools, etc.).
func pyFormat(_ v: Int, spec: String, typeName: String = "int",
              maxDigits: Int = pyDefaultIntMaxStrDigits) throws -> String {
    if spec.isEmpty { return String(v) }
    return try pyFormatInt(BigInt(v), FormatSpec(spec, defaultType: "d", defaultAlign: .right, typeName: typeName),
                           typeName: typeName, maxDigits: maxDigits)
}

/// Python's `format(n, spec)` for a big int.
func pyFormat(_ v: BigInt, spec: String, typeName: String = "int",
              maxDigits: Int = pyDefaultIntMaxStrDigits) throws -> String {
    if spec.isEmpty { return try pyIntToString(v, maxDigits: maxDigits) }
    return try pyFormatInt(v, FormatSpec(spec, defaultType: "d", defaultAlign: .right, typeName: typeName),
                           typeName: typeName, maxDigits: maxDigits)
}

/// Python's `format(x, spec)` for a float.
func pyFormat(_ d: Double, spec: String, typeName: String = "float") throws -> String {
    if spec.isEmpty { return pyFloatRepr(d) }
    return try pyFormatFloat(d, FormatSpec(spec, defaultType: nil, defaultAlign: .right, typeName: typeName),
                             typeName: typeName)
}

// MARK: str

/// str.__format__ with a parsed spec: only fill, align (not '='), width, precision
/// (truncation, in code points) and type 's'.
func pyFormatString(_ s: String, _ spec: FormatSpec, typeName: String = "str") throws -> String {
    if let t = spec.type, t != "s" { throw FormatSpec.unknownCode(t, typeName: typeName) }
    if spec.sign == .space { throw PyFormatError.valueError("Space not allowed in string format specifier") }
    if spec.sign != nil { throw PyFormatError.valueError("Sign not allowed in string format specifier") }
    if spec.noNegativeZero {
        throw PyFormatError.valueError("Negative zero coercion (z) not allowed in string format specifier")
    }
    if spec.alternate { throw PyFormatError.valueError("Alternate form (#) not allowed in string format specifier") }
    if spec.align == .afterSign {
        throw PyFormatError.valueError("'=' alignment not allowed in string format specifier")
    }
    var text = s
    var length = -1
    if let p = spec.precision {
        let scalars = s.unicodeScalars
        if scalars.count > p {
            text = String(String.UnicodeScalarView(scalars.prefix(p)))
            length = p
        }
    }
    guard let width = spec.width else { return text }
    if length < 0 { length = text.unicodeScalars.count }
    if length >= width { return text }
    return formatPad(text, count: width - length, fill: spec.fill, align: spec.align ?? .left)
}

/// Pads text to a width: '<' pads on the right, '>' on the left, '^' splits with the
/// extra fill character on the right.
private func formatPad(_ text: String, count: Int, fill: Unicode.Scalar, align: FormatSpec.Align) -> String {
    let left: Int
    switch align {
    case .left: left = 0
    case .right, .afterSign: left = count
    case .center: left = count / 2
    }
    let fillText = String(Character(fill))
    return String(repeating: fillText, count: left) + text + String(repeating: fillText, count: count - left)
}

// MARK: Numbers

/// A formatted number split the way the padding and grouping rules need it.
private struct FormatNumberText {
    var negative: Bool
    /// "0x", "0b", ... or empty.
    var prefix: [Unicode.Scalar] = []
    /// The integer digits, which thousands grouping applies to.
    var digits: [Unicode.Scalar]
    /// Everything after the integer digits: point, fraction, exponent, '%', or "inf"/"nan".
    var rest: [Unicode.Scalar] = []
}

/// The sign a number starts with: '-' when negative, else per the spec's sign option.
private func formatSignPrefix(negative: Bool, _ spec: FormatSpec) -> String {
    if negative { return "-" }
    switch spec.sign {
    case .plus?: return "+"
    case .space?: return " "
    default: return ""
    }
}

/// Lays out sign, prefix, grouped digits and the rest within the width, as CPython's
/// calc_number_widths/fill_number do. With fill '0' and '=' alignment the zero padding is
/// produced by the grouping routine, so separators run through the padding ('0,001,234').
private func formatLayoutNumber(_ n: FormatNumberText, _ spec: FormatSpec) -> String {
    var signChar: Unicode.Scalar?
    if n.negative {
        signChar = "-"
    } else if spec.sign == .plus {
        signChar = "+"
    } else if spec.sign == .space {
        signChar = " "
    }
    let align = spec.align ?? .right
    let width = spec.width ?? -1
    let lead = (signChar == nil ? 0 : 1) + n.prefix.count
    var body: [Unicode.Scalar]
    if let g = spec.grouping, !n.digits.isEmpty {
        let minWidth = spec.fill == "0" && align == .afterSign ? width - lead - n.rest.count : 0
        let size = (g == .underscore && (spec.type == "b" || spec.type == "o" || spec.type == "x" || spec.type == "X")) ? 4 : 3
        body = formatGroupDigits(n.digits, separator: g.rawValue, size: size, minWidth: minWidth)
    } else {
        body = n.digits
    }
    body.append(contentsOf: n.rest)
    let total = lead + body.count
    let padding = max(0, width - total)
    var out = String.UnicodeScalarView()
    func appendFill(_ k: Int) { for _ in 0..<k { out.append(spec.fill) } }
    var left = 0, inner = 0, right = 0
    switch align {
    case .left: right = padding
    case .right: left = padding
    case .center: left = padding / 2; right = padding - left
    case .afterSign: inner = padding
    }
    appendFill(left)
    if let sc = signChar { out.append(sc) }
    out.append(contentsOf: n.prefix)
    appendFill(inner)
    out.append(contentsOf: body)
    appendFill(right)
    return String(out)
}

/// Inserts a separator every `size` digits from the right, padding with zeros on the left
/// while the result is shorter than `minWidth` (whole groups, separators included).
private func formatGroupDigits(_ digits: [Unicode.Scalar], separator: Unicode.Scalar, size: Int,
                         minWidth: Int) -> [Unicode.Scalar] {
    var groups: [[Unicode.Scalar]] = []
    var remaining = digits.count
    var minLeft = minWidth
    var end = digits.count
    while true {
        let len = min(size, max(remaining, minLeft, 1))
        let chars = max(0, min(remaining, len))
        let zeros = len - chars
        var group = [Unicode.Scalar](repeating: "0", count: zeros)
        group.append(contentsOf: digits[(end - chars)..<end])
        groups.append(group)
        end -= chars
        remaining -= chars
        minLeft -= len
        if remaining <= 0 && minLeft <= 0 { break }
        minLeft -= 1
    }
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(digits.count + groups.count)
    for (i, g) in groups.reversed().enumerated() {
        if i > 0 { out.append(separator) }
        out.append(contentsOf: g)
    }
    return out
}

private func formatASCIIScalars(_ s: String) -> [Unicode.Scalar] {
    return s.utf8.map { Unicode.Scalar($0) }
}

// MARK: int

/// int.__format__ with a parsed spec: types b c d o x X n (and none = d), plus
/// e E f F g G % which format `float(v)`. Decimal output obeys the int max-str-digits limit.
func pyFormatInt(_ v: BigInt, _ spec: FormatSpec, typeName: String = "int",
                 maxDigits: Int = pyDefaultIntMaxStrDigits) throws -> String {
    let type = spec.type ?? "d"
    switch type {
    case "b", "c", "d", "o", "x", "X", "n":
        break
    case "e", "E", "f", "F", "g", "G", "%":
        return try pyFormatFloat(try pyIntToDouble(v), spec, typeName: typeName)
    default:
        throw FormatSpec.unknownCode(type, typeName: typeName)
    }
    if spec.precision != nil {
        throw PyFormatError.valueError("Precision not allowed in integer format specifier")
    }
    if spec.noNegativeZero {
        throw PyFormatError.valueError("Negative zero coercion (z) not allowed in integer format specifier")
    }
    var n = FormatNumberText(negative: v.sign == .minus && !v.isZero, digits: [])
    if type == "c" {
        if spec.sign != nil {
            throw PyFormatError.valueError("Sign not allowed with integer format specifier 'c'")
        }
        if spec.alternate {
            throw PyFormatError.valueError("Alternate form (#) not allowed with integer format specifier 'c'")
        }
        guard let code = Int(exactly: v) else {
            throw PyFormatError.overflowError("Python int too large to convert to C long")
        }
        guard code >= 0, code <= 0x10ffff else {
            throw PyFormatError.overflowError("%c arg not in range(0x110000)")
        }
        // Lone surrogates cannot live in a Swift String; they show as U+FFFD.
        n.negative = false
        n.digits = [Unicode.Scalar(UInt32(code)) ?? "\u{FFFD}"]
        return formatLayoutNumber(n, spec)
    }
    let magnitude = BigInt(sign: .plus, magnitude: v.magnitude)
    switch type {
    case "b":
        n.digits = formatASCIIScalars(try pyIntToString(magnitude, base: 2, maxDigits: 0))
        if spec.alternate { n.prefix = ["0", "b"] }
    case "o":
        n.digits = formatASCIIScalars(try pyIntToString(magnitude, base: 8, maxDigits: 0))
        if spec.alternate { n.prefix = ["0", "o"] }
    case "x":
        n.digits = formatASCIIScalars(try pyIntToString(magnitude, base: 16, maxDigits: 0))
        if spec.alternate { n.prefix = ["0", "x"] }
    case "X":
        n.digits = formatASCIIScalars(try pyIntToString(magnitude, base: 16, uppercase: true, maxDigits: 0))
        if spec.alternate { n.prefix = ["0", "X"] }
    default: // d, n (the C locale has no grouping for 'n')
        let text = try pyIntToString(magnitude, maxDigits: maxDigits)
        if spec.width == nil && spec.grouping == nil {
            return formatSignPrefix(negative: n.negative, spec) + text
        }
        n.digits = formatASCIIScalars(text)
    }
    return formatLayoutNumber(n, spec)
}

// MARK: float

/// float.__format__ with a parsed spec: types e E f F g G n % and none. With no type the
/// result is repr-like ('1.0', '1e+16'), or 'g'-like with at least one digit after the
/// point when a precision is given.
func pyFormatFloat(_ d: Double, _ spec: FormatSpec, typeName: String = "float") throws -> String {
    var type = spec.type
    switch type {
    case nil, "e", "E", "f", "F", "g", "G", "n", "%":
        break
    default:
        throw FormatSpec.unknownCode(type!, typeName: typeName)
    }
    var options = FloatFormatOptions(presentation: .repr)
    options.alternate = spec.alternate
    options.noNegativeZero = spec.noNegativeZero
    var precision = spec.precision ?? -1
    if precision > Int(Int32.max) - 1000 { throw PyFormatError.valueError("precision too big") }
    var value = d
    var percent = false
    if type == nil {
        options.addDotZero = true
        if precision >= 0 { type = "g" }
    } else {
        if precision < 0 { precision = 6 }
        if type == "n" { type = "g" }
        if type == "%" {
            type = "f"
            value *= 100
            percent = true
        }
    }
    switch type {
    case "e"?, "E"?: options.presentation = .exponent
    case "f"?, "F"?: options.presentation = .fixed
    case "g"?, "G"?: options.presentation = .general
    default: options.presentation = .repr
    }
    options.uppercase = type == "E" || type == "F" || type == "G"
    options.precision = max(precision, 0)
    let f = pyFormatDouble(value, options)
    if spec.width == nil && spec.grouping == nil {
        // Nothing to pad or group: sign + body.
        return formatSignPrefix(negative: f.negative, spec) + f.body + (percent ? "%" : "")
    }
    // Split the body into integer digits and the rest for grouping.
    let body = formatASCIIScalars(f.body)
    var split = 0
    while split < body.count && body[split].value >= 48 && body[split].value <= 57 { split += 1 }
    var n = FormatNumberText(negative: f.negative, digits: Array(body[..<split]), rest: Array(body[split...]))
    if percent { n.rest.append("%") }
    return formatLayoutNumber(n, spec)
}
