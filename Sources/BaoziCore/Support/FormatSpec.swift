// The format specification mini-language of format(), str.format() and f-strings:
// [[fill]align][sign][z][#][0][width][grouping][.precision][type]

/// A parsed format spec, with CPython's defaults already applied for the kind of object
/// being formatted (default type, default alignment, zero-padding turning into '=').
struct FormatSpec: Equatable {
    enum Align: Unicode.Scalar {
        case left = "<", right = ">", center = "^", afterSign = "="
    }
    enum Sign: Unicode.Scalar {
        case plus = "+", minus = "-", space = " "
    }
    enum Grouping: Unicode.Scalar {
        case comma = ",", underscore = "_"
    }

    /// The fill character (' ' unless given, or '0' with zero-padding).
    var fill: Unicode.Scalar = " "
    /// The alignment, nil when neither given nor implied (the object's default applies).
    var align: Align?
    /// The sign option, nil when not given.
    var sign: Sign?
    /// 'z': coerce negative zero to positive zero after rounding (floats only).
    var noNegativeZero = false
    /// '#': alternate form.
    var alternate = false
    /// The width, nil when not given.
    var width: Int?
    /// The thousands separator, nil when not given.
    var grouping: Grouping?
    /// The precision, nil when not given.
    var precision: Int?
    /// The presentation type, or the default type passed to the parser (nil = none).
    var type: Unicode.Scalar?

    /// Parses a spec as CPython's parse_internal_render_format_spec does.
    /// - Parameters:
    ///   - defaultType: the type the object's `__format__` assumes ("d" for int, "s" for str,
    ///     nil for float); it takes part in the separator checks.
    ///   - defaultAlign: '>' for numbers, '<' for strings; with '>' a leading '0' implies '='.
    ///   - typeName: the object's type name for error messages.
    init(_ spec: String, defaultType: Unicode.Scalar?, defaultAlign: Align, typeName: String) throws {
        let s = Array(spec.unicodeScalars)
        var pos = 0
        let end = s.count
        var fillSpecified = false
        var alignSpecified = false

        if end - pos >= 2, let a = Align(rawValue: s[pos + 1]) {
            align = a
            fill = s[pos]
            fillSpecified = true
            alignSpecified = true
            pos += 2
        } else if end - pos >= 1, let a = Align(rawValue: s[pos]) {
            align = a
            alignSpecified = true
            pos += 1
        }
        if pos < end, let sg = Sign(rawValue: s[pos]) {
            sign = sg
            pos += 1
        }
        if pos < end && s[pos] == "z" {
            noNegativeZero = true
            pos += 1
        }
        if pos < end && s[pos] == "#" {
            alternate = true
            pos += 1
        }
        if !fillSpecified && pos < end && s[pos] == "0" {
            fill = "0"
            if !alignSpecified && defaultAlign == .right { align = .afterSign }
            pos += 1
        }
        width = try FormatSpec.readInteger(s, &pos)
        if pos < end && s[pos] == "," {
            grouping = .comma
            pos += 1
        }
        if pos < end && s[pos] == "_" {
            if grouping != nil { throw PyFormatError.valueError("Cannot specify both ',' and '_'.") }
            grouping = .underscore
            pos += 1
        }
        if pos < end && s[pos] == "," && grouping == .underscore {
            throw PyFormatError.valueError("Cannot specify both ',' and '_'.")
        }
        if pos < end && s[pos] == "." {
            pos += 1
            guard let p = try FormatSpec.readInteger(s, &pos) else {
                throw PyFormatError.valueError("Format specifier missing precision")
            }
            precision = p
        }
        if end - pos > 1 {
            throw PyFormatError.valueError("Invalid format specifier '\(spec)' for object of type '\(typeName)'")
        }
        type = pos < end ? s[pos] : defaultType

        if let g = grouping {
            var allowed: Bool
            switch type {
            case nil, "d", "e", "f", "g", "E", "G", "%", "F":
                allowed = true
            case "b", "o", "x", "X":
                allowed = g == .underscore          // groups of four digits
            default:
                allowed = false
            }
            if !allowed {
                throw PyFormatError.valueError("Cannot specify '\(g.rawValue)' with \(FormatSpec.quotedCode(type!)).")
            }
        }
    }

    /// Reads a run of decimal digits; nil when there are none.
    private static func readInteger(_ s: [Unicode.Scalar], _ pos: inout Int) throws -> Int? {
        var value = 0
        var count = 0
        while pos < s.count, let d = pyDecimalValue(s[pos]) {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(d)
            if o1 || o2 { throw PyFormatError.valueError("Too many decimal digits in format string") }
            value = a
            count += 1
            pos += 1
        }
        return count == 0 ? nil : value
    }

    /// A presentation type quoted the way CPython's messages show it: 'x', or '\x1' when
    /// the character is not printable ASCII.
    static func quotedCode(_ c: Unicode.Scalar) -> String {
        if c.value > 32 && c.value < 128 { return "'\(Character(c))'" }
        return "'\\x\(String(c.value, radix: 16))'"
    }

    /// ValueError("Unknown format code 'd' for object of type 'float'").
    static func unknownCode(_ c: Unicode.Scalar, typeName: String) -> PyFormatError {
        return .valueError("Unknown format code \(quotedCode(c)) for object of type '\(typeName)'")
    }
}
