// Text of floats: repr()/str() and the e/f/g/r layouts that format() and %-formatting share.

/// The float presentation types of Python's formatting (upper- or lowercase letters aside).
enum FloatPresentation {
    /// Python's repr: shortest round-trip digits, exponent when the point is outside [-4, 16).
    case repr
    /// 'e': one digit before the point, `precision` after, always an exponent.
    case exponent
    /// 'f': `precision` digits after the point, never an exponent.
    case fixed
    /// 'g': `precision` significant digits; exponent for large or small magnitudes.
    case general
}

/// Options for `pyFormatDouble`, mirroring the flags of CPython's float-to-string routine.
struct FloatFormatOptions {
    var presentation: FloatPresentation
    /// Digits after the point ('e', 'f') or significant digits ('g'); ignored for repr.
    var precision: Int = 6
    /// Use 'E' and 'INF'/'NAN'.
    var uppercase = false
    /// '#': always keep the decimal point, and for 'g' keep trailing zeros.
    var alternate = false
    /// Add ".0" to integral values written without exponent (repr, and format's empty type).
    var addDotZero = false
    /// 'z': a value that rounds to zero is written without its minus sign.
    var noNegativeZero = false
}

/// The result of formatting a float: the body text and whether a minus sign belongs in front.
/// The sign is kept apart because format specs place padding between sign and digits.
struct FormattedFloat {
    var negative: Bool
    var body: String
}

/// Python's `repr(x)` and `str(x)` for a float: '1.0', '0.1', '1e-05', '1e+16', '-0.0',
/// 'inf', 'nan', '123456789012345.0', '1.2345678901234568e+17'.
func pyFloatRepr(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    let f = pyFormatDouble(d, FloatFormatOptions(presentation: .repr, addDotZero: true))
    return f.negative ? "-" + f.body : f.body
}

/// Formats a double the way CPython's PyOS_double_to_string does for the given options:
/// picks the digits (shortest, significant or fixed), decides on exponent notation, and lays
/// out the point, padding zeros and exponent ("e+05", at least two exponent digits).
func pyFormatDouble(_ d: Double, _ options: FloatFormatOptions) -> FormattedFloat {
    if d.isNaN {
        return FormattedFloat(negative: false, body: options.uppercase ? "NAN" : "nan")
    }
    if d.isInfinite {
        return FormattedFloat(negative: d < 0, body: options.uppercase ? "INF" : "inf")
    }
    var precision = options.precision
    let digits: DecimalDigits
    switch options.presentation {
    case .repr:
        digits = pyShortestDigits(d)
    case .exponent:
        digits = pySignificantDigits(d, count: precision + 1)
    case .fixed:
        digits = pyFixedDigits(d, fractionDigits: precision)
    case .general:
        if precision == 0 { precision = 1 }
        digits = pySignificantDigits(d, count: precision)
    }
    var negative = d.sign == .minus
    if options.noNegativeZero && digits.isZero { negative = false }
    let body = layoutDigits(digits, options.presentation, precision: precision,
                            alternate: options.alternate, addDotZero: options.addDotZero,
                            uppercase: options.uppercase)
    return FormattedFloat(negative: negative, body: body)
}

/// Places digits around the decimal point per presentation type (the rules of CPython's
/// format_float_short): which positions to show, where the point goes, and the exponent.
private func layoutDigits(_ dd: DecimalDigits, _ presentation: FloatPresentation, precision: Int,
                          alternate: Bool, addDotZero: Bool, uppercase: Bool) -> String {
    let digits = dd.digits
    var point = dd.decimalPoint
    var useExponent = false
    // Positions (relative to the first digit) up to which digits, or padding zeros, are shown.
    var shownEnd = digits.count
    switch presentation {
    case .repr:
        useExponent = point <= -4 || point > 16
    case .exponent:
        useExponent = true
        shownEnd = precision + 1
    case .fixed:
        shownEnd = point + precision
    case .general:
        let limit = addDotZero ? precision - 1 : precision
        useExponent = point <= -4 || point > limit
        if alternate { shownEnd = precision }
    }
    var exponent = 0
    if useExponent {
        exponent = point - 1
        point = 1
    }
    if !useExponent && addDotZero {
        shownEnd = max(shownEnd, point + 1)
    } else {
        shownEnd = max(shownEnd, point)
    }

    var out: [UInt8] = []
    out.reserveCapacity(max(shownEnd, 0) + max(-point, 0) + 8)
    let zero = UInt8(ascii: "0")
    @inline(__always) func digit(at i: Int) -> UInt8 {
        return i >= 0 && i < digits.count ? digits[i] : zero
    }
    if point <= 0 {
        out.append(zero)
        out.append(UInt8(ascii: "."))
        for _ in 0..<(-point) { out.append(zero) }
        var i = 0
        while i < shownEnd { out.append(digit(at: i)); i += 1 }
    } else {
        var i = 0
        while i < point { out.append(digit(at: i)); i += 1 }
        if shownEnd > point {
            out.append(UInt8(ascii: "."))
            while i < shownEnd { out.append(digit(at: i)); i += 1 }
        } else if alternate {
            out.append(UInt8(ascii: "."))
        }
    }
    if useExponent {
        out.append(uppercase ? UInt8(ascii: "E") : UInt8(ascii: "e"))
        out.append(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        let e = exponent.magnitude
        if e < 10 { out.append(zero) }
        out.append(contentsOf: String(e).utf8)
    }
    return String(decoding: out, as: UTF8.self)
}
