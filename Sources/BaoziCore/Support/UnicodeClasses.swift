// Per-code-point character classes with the definitions CPython's str methods use.
// ASCII is answered from small tables; other scalars go to Swift's Unicode properties,
// corrected to Python 3.11's Unicode 14.0 data by the tables in UnicodeVersionData.swift.

/// Python's `str.isspace()` for one code point: bidirectional class WS, B or S, or
/// category Zs. Besides ASCII whitespace that includes \x1c-\x1f, which Unicode's
/// White_Space property leaves out, so the non-ASCII set is listed explicitly.
@inline(__always)
func pyIsSpace(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 128 {
        return v == 32 || (v >= 9 && v <= 13) || (v >= 0x1c && v <= 0x1f)
    }
    switch v {
    case 0x85, 0xa0, 0x1680, 0x2000...0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
        return true
    default:
        return false
    }
}

/// Whether a code point ends a line for `str.splitlines()`:
/// \n \r \v \f \x1c \x1d \x1e \x85 \u2028 \u2029.
@inline(__always)
func pyIsLineBreak(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
        return true
    default:
        return false
    }
}

/// Python's `str.isprintable()` for one code point: everything except categories
/// Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs, with the ASCII space counted as printable.
func pyIsPrintable(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 128 { return v >= 0x20 && v < 0x7f }
    if v == 0xa0 || v == 0xad { return false }
    if v > 0xa0 && v < 0x300 { return true }
    if pyIsUnassignedInUnicode14(v) { return false }
    switch c.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned,
         .lineSeparator, .paragraphSeparator, .spaceSeparator:
        return false
    default:
        return true
    }
}

/// The value of a decimal digit (Unicode category Nd, e.g. '7' or Arabic-Indic '٧'), or nil.
/// This is what `int()` and `float()` accept as digits.
@inline(__always)
func pyDecimalValue(_ c: Unicode.Scalar) -> Int? {
    let v = c.value
    if v < 128 { return v >= 48 && v <= 57 ? Int(v - 48) : nil }
    let p = c.properties
    guard pyNumericType(c) == .decimal, let n = p.numericValue else { return nil }
    return Int(n)
}

/// Python's `str.isdecimal()` for one code point (Numeric_Type=Decimal).
func pyIsDecimal(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 128 { return v >= 48 && v <= 57 }
    return pyNumericType(c) == .decimal
}

/// The Unicode numeric type as Python 3.11 sees it.
func pyNumericType(_ c: Unicode.Scalar) -> Unicode.NumericType? {
    let v = c.value
    if v < 128 { return v >= 48 && v <= 57 ? .decimal : nil }
    if let o = numericTypeOverrides[v] { return o }
    if pyIsUnassignedInUnicode14(v) { return nil }
    return c.properties.numericType
}

/// Python's `str.isdigit()` for one code point (Numeric_Type Decimal or Digit, e.g. '²').
func pyIsDigit(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 128 { return v >= 48 && v <= 57 }
    switch pyNumericType(c) {
    case .decimal?, .digit?: return true
    default: return false
    }
}

/// Python's `str.isnumeric()` for one code point (any Numeric_Type, e.g. '½', '五').
func pyIsNumeric(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 128 { return v >= 48 && v <= 57 }
    return pyNumericType(c) != nil
}

/// Python's `str.isalpha()` for one code point: categories Lu, Ll, Lt, Lm, Lo.
func pyIsAlpha(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
    if pyIsUnassignedInUnicode14(v) { return false }
    switch c.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
        return true
    default:
        return false
    }
}

/// Python's `str.isalnum()` for one code point: alpha, decimal, digit or numeric.
func pyIsAlnum(_ c: Unicode.Scalar) -> Bool {
    return pyIsAlpha(c) || pyIsNumeric(c)
}

/// Whether a code point is cased (Unicode Cased property), as `str.title()` uses it.
@inline(__always)
func pyIsCased(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
    if let o = lowercaseOverrides[v] { return o.cased }
    if pyIsUnassignedInUnicode14(v) { return false }
    return c.properties.isCased
}

/// Whether a code point is case-ignorable (Unicode Case_Ignorable), for the final-sigma rule.
@inline(__always)
func pyIsCaseIgnorable(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 128 { return v == 0x27 || v == 0x2e || v == 0x3a || v == 0x5e || v == 0x60 }
    return c.properties.isCaseIgnorable
}

/// Python's notion of a lowercase code point (Unicode Lowercase property).
@inline(__always)
func pyIsLower(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 128 { return v >= 97 && v <= 122 }
    if let o = lowercaseOverrides[v] { return o.lower }
    if pyIsUnassignedInUnicode14(v) { return false }
    return c.properties.isLowercase
}

/// Python's notion of an uppercase code point (Unicode Uppercase property).
@inline(__always)
func pyIsUpper(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 128 { return v >= 65 && v <= 90 }
    if pyIsUnassignedInUnicode14(v) { return false }
    return c.properties.isUppercase
}

/// Whether a code point is a titlecase letter (category Lt, e.g. 'ǅ').
@inline(__always)
func pyIsTitlecase(_ c: Unicode.Scalar) -> Bool {
    if c.value < 128 { return false }
    return c.properties.generalCategory == .titlecaseLetter
}

/// Whether a code point may start a Python identifier (XID_Start or '_').
func pyIsIdentifierStart(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) || v == 95 }
    if pyIsUnassignedInUnicode14(v) { return false }
    return c.properties.isXIDStart
}

/// Whether a code point may continue a Python identifier (XID_Continue).
func pyIsIdentifierContinue(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 128 {
        return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) || v == 95 || (v >= 48 && v <= 57)
    }
    if pyIsUnassignedInUnicode14(v) || xidContinueRemoved.contains(v) { return false }
    return c.properties.isXIDContinue
}
