import BigInt

// printf-style formatting, `format % values`.
//
// The interpreter drives the loop because arguments are Python objects:
//   for each segment of `pyParsePercentFormat(format)`:
//     .literal(text)      -> append text
//     .error(e)           -> raise e (CPython reports it only when formatting gets here)
//     .directive(d)       -> if d.mappingKey != nil: the argument is args[key]
//                            ("format requires a mapping" when args is not a mapping);
//                            if d.width == .star / d.precision == .star: take ints from the
//                            argument tuple first ("* wants int" otherwise), then
//                            d = d.resolving(width:precision:);
//                            take the next argument ("not enough arguments for format string");
//                            convert it per d.conversion and call one of the render functions
//                            below (unsupported conversions throw from `pyPercentCheckConversion`).
//   finally, if positional arguments remain unused and the argument was not a mapping:
//   TypeError("not all arguments converted during string formatting").

/// A width or precision in a %-directive.
enum PercentCount: Equatable {
    case none
    case value(Int)
    /// '*': taken from the argument list.
    case star
}

/// One conversion specification, e.g. `%(name)-10.3f`.
struct PercentDirective: Equatable {
    /// The key of `%(key)s`, nil when absent.
    var mappingKey: String?
    /// '-': left-justify.
    var leftAlign = false
    /// '+': always show a sign.
    var plusSign = false
    /// ' ': a space before positive numbers.
    var spaceSign = false
    /// '#': alternate form (0o/0x prefixes, keep the point for floats).
    var alternate = false
    /// '0': pad numbers with zeros after the sign.
    var zeroPad = false
    var width: PercentCount = .none
    var precision: PercentCount = .none
    /// The conversion character (d i u o x X e E f F g G c r s a, or anything else,
    /// which is reported as unsupported when the directive is applied).
    var conversion: Unicode.Scalar = "s"
    /// The code-point index of the conversion character, for "unsupported format character".
    var conversionIndex = 0

    /// This directive with '*' widths and precisions replaced by argument values. A negative
    /// width means left alignment; a negative precision counts as 0, as in CPython.
    func resolving(width w: Int?, precision p: Int?) -> PercentDirective {
        var d = self
        if d.width == .star, let w = w {
            if w < 0 { d.leftAlign = true }
            d.width = .value(w.magnitude > UInt(Int.max) ? Int.max : abs(w))
        }
        if d.precision == .star, let p = p {
            d.precision = .value(max(p, 0))
        }
        return d
    }

    var widthValue: Int { if case .value(let w) = width { return w } else { return 0 } }
    var precisionValue: Int? { if case .value(let p) = precision { return p } else { return nil } }
}

/// A piece of a parsed %-format string.
enum PercentSegment: Equatable {
    case literal(String)
    case directive(PercentDirective)
    /// A malformed directive: formatting raises this error when it reaches this point.
    case error(PyFormatError)
}

/// Splits a %-format string into literal text and directives, following CPython's parser:
/// `%%` is a literal percent, `%(key)` takes parentheses nesting into account, flags `-+ #0`,
/// width and precision as digits or `*`, length modifiers h l L are skipped. A format ending
/// inside a directive yields `.error(ValueError("incomplete format"))` (or "incomplete format
/// key"); huge numbers give "width too big" / "precision too big".
func pyParsePercentFormat(_ format: String) -> [PercentSegment] {
    var format = format
    return format.withUTF8 { text in
        var parser = PercentParser(text: text)
        return parser.segments()
    }
}

/// The parser over the format's UTF-8 bytes: every character it looks for is ASCII, so
/// literal text is copied out in runs (a server's `%` formats are mostly literal text).
private struct PercentParser {
    let text: UnsafeBufferPointer<UInt8>
    var i = 0
    /// Code points before `scalarsCountedTo`, for the index in "unsupported format character".
    var scalarsCounted = 0
    var scalarsCountedTo = 0

    init(text: UnsafeBufferPointer<UInt8>) {
        self.text = text
    }

    func byte(_ k: Int) -> UInt8? { k < text.count ? text[k] : nil }

    func string(_ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[from..<to]), as: UTF8.self)
    }

    mutating func codePointIndex(of k: Int) -> Int {
        while scalarsCountedTo < k {
            if text[scalarsCountedTo] & 0xC0 != 0x80 { scalarsCounted += 1 }
            scalarsCountedTo += 1
        }
        return scalarsCounted
    }

    mutating func segments() -> [PercentSegment] {
        var segments: [PercentSegment] = []
        var literal = ""
        var runStart = 0
        while i < text.count {
            if text[i] != UInt8(ascii: "%") {
                i += 1
                continue
            }
            literal += string(runStart, i)
            i += 1
            if byte(i) == UInt8(ascii: "%") {
                literal += "%"
                i += 1
                runStart = i
                continue
            }
            if !literal.isEmpty {
                segments.append(.literal(literal))
                literal = ""
            }
            switch directive() {
            case .success(let d): segments.append(.directive(d))
            case .failure(let e):
                segments.append(.error(e))
                return segments
            }
            runStart = i
        }
        literal += string(runStart, text.count)
        if !literal.isEmpty { segments.append(.literal(literal)) }
        return segments
    }

    /// One directive, `i` just after its '%'.
    mutating func directive() -> Result<PercentDirective, PyFormatError> {
        var d = PercentDirective()
        if byte(i) == UInt8(ascii: "(") {
            var depth = 1
            i += 1
            let keyStart = i
            while i < text.count && depth > 0 {
                if text[i] == UInt8(ascii: "(") { depth += 1 } else if text[i] == UInt8(ascii: ")") { depth -= 1 }
                i += 1
            }
            if depth > 0 { return .failure(.valueError("incomplete format key")) }
            d.mappingKey = string(keyStart, i - 1)
        }
        flags: while let c = byte(i) {
            switch c {
            case UInt8(ascii: "-"): d.leftAlign = true
            case UInt8(ascii: "+"): d.plusSign = true
            case UInt8(ascii: " "): d.spaceSign = true
            case UInt8(ascii: "#"): d.alternate = true
            case UInt8(ascii: "0"): d.zeroPad = true
            default: break flags
            }
            i += 1
        }
        if byte(i) == UInt8(ascii: "*") {
            d.width = .star
            i += 1
        } else if let w = readCount() {
            guard let value = w else { return .failure(.valueError("width too big")) }
            d.width = .value(value)
        }
        if byte(i) == UInt8(ascii: ".") {
            i += 1
            if byte(i) == UInt8(ascii: "*") {
                d.precision = .star
                i += 1
            } else if let p = readCount() {
                guard let value = p else { return .failure(.valueError("precision too big")) }
                d.precision = .value(value)
            } else {
                d.precision = .value(0)
            }
        }
        while let c = byte(i), c == UInt8(ascii: "h") || c == UInt8(ascii: "l") || c == UInt8(ascii: "L") { i += 1 }
        guard let c = byte(i) else { return .failure(.valueError("incomplete format")) }
        d.conversionIndex = codePointIndex(of: i)
        if c < 0x80 {
            d.conversion = Unicode.Scalar(c)
            i += 1
        } else {
            // A non-ASCII conversion character (reported as unsupported): its whole sequence.
            var end = i + 1
            while end < text.count && text[end] & 0xC0 == 0x80 { end += 1 }
            d.conversion = string(i, end).unicodeScalars.first ?? "\u{FFFD}"
            i = end
        }
        return .success(d)
    }

    /// Reads ASCII digits: nil when there are none, .some(nil) when the number overflows a C int.
    mutating func readCount() -> Int?? {
        var value = 0
        var any = false
        var overflow = false
        while let c = byte(i), c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") {
            value = value * 10 + Int(c - UInt8(ascii: "0"))
            if value > Int(Int32.max) { overflow = true; value = 0 }
            any = true
            i += 1
        }
        if !any { return nil }
        return overflow ? .some(nil) : .some(value)
    }
}

/// Throws CPython's ValueError for a conversion character %-formatting does not know,
/// e.g. "unsupported format character 'y' (0x79) at index 3".
func pyPercentCheckConversion(_ d: PercentDirective) throws {
    switch d.conversion {
    case "d", "i", "u", "o", "x", "X", "e", "E", "f", "F", "g", "G", "c", "r", "s", "a":
        return
    default:
        let v = d.conversion.value
        let shown = v >= 31 && v <= 126 ? String(Character(d.conversion)) : "?"
        throw PyFormatError.valueError(
            "unsupported format character '\(shown)' (0x\(String(v, radix: 16))) at index \(d.conversionIndex)")
    }
}

/// The TypeError message for an argument of the wrong type, given its type name:
/// "%d format: a real number is required, not str" (d i u), "%x format: an integer is
/// required, not float" (o x X), "must be real number, not str" (e f g), "%c requires int or char".
func pyPercentTypeErrorMessage(conversion: Unicode.Scalar, typeName: String) -> String {
    switch conversion {
    case "d", "i", "u":
        return "%\(Character(conversion)) format: a real number is required, not \(typeName)"
    case "o", "x", "X":
        return "%\(Character(conversion)) format: an integer is required, not \(typeName)"
    case "c":
        return "%c requires int or char"
    default:
        return "must be real number, not \(typeName)"
    }
}

/// Pads a finished number: sign and prefix, then zeros (when '0' is set and not '-') or
/// spaces to the width.
private func percentPadNumber(sign: String, prefix: String, body: String, _ d: PercentDirective) -> String {
    let width = d.widthValue
    if width == 0 && sign.isEmpty && prefix.isEmpty { return body }
    let length = sign.count + prefix.count + body.unicodeScalars.count
    if length >= width { return sign + prefix + body }
    let padding = width - length
    if d.leftAlign { return sign + prefix + body + String(repeating: " ", count: padding) }
    if d.zeroPad { return sign + prefix + String(repeating: "0", count: padding) + body }
    return String(repeating: " ", count: padding) + sign + prefix + body
}

private func percentSignText(negative: Bool, _ d: PercentDirective) -> String {
    if negative { return "-" }
    if d.plusSign { return "+" }
    if d.spaceSign { return " " }
    return ""
}

/// Renders %d %i %u %o %x %X for an int (the interpreter converts floats and other
/// `__index__`/`__int__` objects first). Precision is a minimum digit count; '#' adds 0o/0x/0X.
/// Decimal output obeys the int max-str-digits limit.
func pyPercentFormatInt(_ v: BigInt, _ d: PercentDirective,
                        maxDigits: Int = pyDefaultIntMaxStrDigits) throws -> String {
    let magnitude = BigInt(sign: .plus, magnitude: v.magnitude)
    var digits: String
    var prefix = ""
    switch d.conversion {
    case "o":
        digits = try pyIntToString(magnitude, base: 8, maxDigits: 0)
        if d.alternate { prefix = "0o" }
    case "x":
        digits = try pyIntToString(magnitude, base: 16, maxDigits: 0)
        if d.alternate { prefix = "0x" }
    case "X":
        digits = try pyIntToString(magnitude, base: 16, uppercase: true, maxDigits: 0)
        if d.alternate { prefix = "0X" }
    default:
        digits = try pyIntToString(magnitude, maxDigits: maxDigits)
    }
    if let p = d.precisionValue, digits.utf8.count < p {
        digits = String(repeating: "0", count: p - digits.utf8.count) + digits
    }
    return percentPadNumber(sign: percentSignText(negative: v.sign == .minus && !v.isZero, d), prefix: prefix, body: digits, d)
}

/// Renders %d-style directives for a machine int (no big-int detour: `%d` is in every
/// server's response line).
func pyPercentFormatInt(_ v: Int, _ d: PercentDirective) throws -> String {
    var digits: String
    var prefix = ""
    switch d.conversion {
    case "o":
        digits = String(v.magnitude, radix: 8)
        if d.alternate { prefix = "0o" }
    case "x":
        digits = String(v.magnitude, radix: 16)
        if d.alternate { prefix = "0x" }
    case "X":
        digits = String(v.magnitude, radix: 16, uppercase: true)
        if d.alternate { prefix = "0X" }
    default:
        digits = String(v.magnitude)
    }
    if let p = d.precisionValue, digits.utf8.count < p {
        digits = String(repeating: "0", count: p - digits.utf8.count) + digits
    }
    return percentPadNumber(sign: percentSignText(negative: v < 0, d), prefix: prefix, body: digits, d)
}

/// Renders %e %E %f %F %g %G for a float (precision defaults to 6; '#' keeps the point and,
/// for g, trailing zeros).
func pyPercentFormatFloat(_ x: Double, _ d: PercentDirective) throws -> String {
    var options = FloatFormatOptions(presentation: .fixed)
    switch d.conversion {
    case "e", "E": options.presentation = .exponent
    case "g", "G": options.presentation = .general
    default: options.presentation = .fixed
    }
    options.uppercase = d.conversion == "E" || d.conversion == "F" || d.conversion == "G"
    options.precision = d.precisionValue ?? 6
    if options.precision > Int(Int32.max) - 1000 { throw PyFormatError.valueError("precision too big") }
    options.alternate = d.alternate
    let f = pyFormatDouble(x, options)
    return percentPadNumber(sign: percentSignText(negative: f.negative, d), prefix: "", body: f.body, d)
}

/// The one-character string for `%c` with an int argument; OverflowError
/// "%c arg not in range(0x110000)" outside the code-point range.
func pyPercentChar(_ code: BigInt) throws -> String {
    guard let c = Int(exactly: code), c >= 0, c <= 0x10ffff else {
        throw PyFormatError.overflowError("%c arg not in range(0x110000)")
    }
    // Lone surrogates cannot be stored in a Swift String; they show as U+FFFD.
    return String(Character(Unicode.Scalar(UInt32(c)) ?? "\u{FFFD}"))
}

/// Renders %s %r %a (given the already converted str(), repr() or ascii() text) and %c
/// (given the character): precision truncates s/r/a to that many code points, width pads
/// with spaces ('0' does not apply to text).
func pyPercentFormatText(_ text: String, _ d: PercentDirective) -> String {
    var t = text
    var length = -1
    if d.conversion != "c", let p = d.precisionValue {
        let scalars = text.unicodeScalars
        if scalars.count > p {
            t = String(String.UnicodeScalarView(scalars.prefix(p)))
            length = p
        }
    }
    let width = d.widthValue
    if width == 0 { return t }
    if length < 0 { length = t.unicodeScalars.count }
    if length >= width { return t }
    let padding = String(repeating: " ", count: width - length)
    return d.leftAlign ? t + padding : padding + t
}
