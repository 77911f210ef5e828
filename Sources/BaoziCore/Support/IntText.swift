import BigInt

// Text conversions of ints: str()/repr(), bin()/oct()/hex(), and int(str, base), with
// CPython 3.11's limit on decimal digits (sys.set_int_max_str_digits).

/// CPython 3.11's default for `sys.get_int_max_str_digits()`.
let pyDefaultIntMaxStrDigits = 4300

private let intLog10Of2 = 0.30102999566398119521373889472449302676818988146211

private func intStrLimitMessage(_ limit: Int) -> String {
    return "Exceeds the limit (\(limit) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
}


// MARK: int -> text

/// Python's `str(n)` (base 10) or the digits of `n` in another base (2...36, no prefix),
/// for machine ints. Machine ints never reach the digit limit.
func pyIntToString(_ v: Int, base: Int = 10, uppercase: Bool = false) -> String {
    return String(v, radix: base, uppercase: uppercase)
}

/// Python's `str(n)` (base 10) or the digits of `n` in another base (2...36, no prefix).
/// Decimal output longer than `maxDigits` digits (0 = unlimited) raises CPython's ValueError;
/// power-of-two bases are exempt, as in CPython.
func pyIntToString(_ v: BigInt, base: Int = 10, uppercase: Bool = false,
                   maxDigits: Int = pyDefaultIntMaxStrDigits) throws -> String {
    precondition(base >= 2 && base <= 36)
    if let small = Int(exactly: v) { return String(small, radix: base, uppercase: uppercase) }
    if base == 10 && maxDigits > 0 {
        // A value of b bits has at least floor((b-1)*log10(2)) + 1 digits.
        let bits = v.bitLength
        if Double(bits - 1) * intLog10Of2 >= Double(maxDigits) + 1 {
            throw PyFormatError.valueError(intStrLimitMessage(maxDigits))
        }
    }
    let text = v.toString(radix: base, uppercase: uppercase)
    if base == 10 && maxDigits > 0 && text.utf8.count - (v.isNegative ? 1 : 0) > maxDigits {
        throw PyFormatError.valueError(intStrLimitMessage(maxDigits))
    }
    return text
}

/// `str(n)` with no digit limit, for diagnostics and `description`.
func pyIntToStringUnlimited(_ v: BigInt) -> String {
    return (try? pyIntToString(v, maxDigits: 0)) ?? ""
}

/// Python's `bin(n)`: '0b101', '-0b101'.
func pyBin(_ v: BigInt) -> String { return intPrefixed(v, base: 2, prefix: "0b") }
/// Python's `oct(n)`: '0o17', '-0o17'.
func pyOct(_ v: BigInt) -> String { return intPrefixed(v, base: 8, prefix: "0o") }
/// Python's `hex(n)`: '0x1f', '-0x1f'.
func pyHex(_ v: BigInt) -> String { return intPrefixed(v, base: 16, prefix: "0x") }
/// Python's `bin(n)` for machine ints.
func pyBin(_ v: Int) -> String { return intPrefixed(v, base: 2, prefix: "0b") }
/// Python's `oct(n)` for machine ints.
func pyOct(_ v: Int) -> String { return intPrefixed(v, base: 8, prefix: "0o") }
/// Python's `hex(n)` for machine ints.
func pyHex(_ v: Int) -> String { return intPrefixed(v, base: 16, prefix: "0x") }

private func intPrefixed(_ v: BigInt, base: Int, prefix: String) -> String {
    return (v.isNegative ? "-" : "") + prefix + v.magnitude.toString(radix: base)
}

private func intPrefixed(_ v: Int, base: Int, prefix: String) -> String {
    let digits = String(v.magnitude, radix: base)
    return (v < 0 ? "-" : "") + prefix + digits
}

// MARK: text -> int

/// Python's `int(s, base)` for a str argument: surrounding whitespace, a sign, an optional
/// 0x/0o/0b prefix (when it matches `base`, or `base` is 0), single underscores between digits
/// (and right after a prefix), and Unicode decimal digits. Base 0 reads the base from the
/// prefix and rejects leading zeros ("010"). Non-power-of-two bases refuse more than
/// `maxDigits` digits (0 = unlimited), as CPython 3.11 does.
func pyParseInt(_ s: String, base: Int = 10, maxDigits: Int = pyDefaultIntMaxStrDigits) throws -> IntOrBig {
    if base != 0 && (base < 2 || base > 36) {
        throw PyFormatError.valueError("int() base must be >= 2 and <= 36, or 0")
    }
    func invalid() -> PyFormatError {
        return .valueError("invalid literal for int() with base \(base): \(pyStrRepr(s))")
    }
    let scalars = Array(s.unicodeScalars)
    var lo = 0, hi = scalars.count
    while lo < hi && pyIsSpace(scalars[lo]) { lo += 1 }
    while hi > lo && pyIsSpace(scalars[hi - 1]) { hi -= 1 }
    var i = lo
    var negative = false
    if i < hi && (scalars[i] == "+" || scalars[i] == "-") {
        negative = scalars[i] == "-"
        i += 1
    }
    var b = base
    var afterPrefix = false
    if i + 1 < hi && scalars[i] == "0" {
        let p = scalars[i + 1].value | 0x20  // ASCII lowercase
        let prefixBase: Int? = p == 0x78 ? 16 : p == 0x6f ? 8 : p == 0x62 ? 2 : nil
        if let pb = prefixBase, b == 0 || b == pb {
            b = pb
            i += 2
            afterPrefix = true
        }
    }
    let decimalBaseZero = b == 0
    if b == 0 { b = 10 }

    // Collect digit values, enforcing underscore placement.
    var digits: [UInt8] = []
    digits.reserveCapacity(hi - i)
    var lastWasUnderscore = false
    var bad = false
    var j = i
    while j < hi {
        let c = scalars[j]
        if c == "_" {
            if lastWasUnderscore || (digits.isEmpty && !afterPrefix) { bad = true; break }
            lastWasUnderscore = true
            j += 1
            continue
        }
        var d: Int
        let v = c.value
        if v >= 48 && v <= 57 { d = Int(v) - 48 }
        else if v >= 97 && v <= 122 { d = Int(v) - 87 }
        else if v >= 65 && v <= 90 { d = Int(v) - 55 }
        else if let dv = pyDecimalValue(c) { d = dv }
        else { bad = true; break }
        if d >= b { bad = true; break }
        digits.append(UInt8(d))
        lastWasUnderscore = false
        j += 1
    }
    if maxDigits > 0 && !b.isPowerOfTwo && digits.count > maxDigits {
        throw PyFormatError.valueError("Exceeds the limit (\(maxDigits) digits) for integer string conversion: value has \(digits.count) digits; use sys.set_int_max_str_digits() to increase the limit")
    }
    if bad || digits.isEmpty || lastWasUnderscore { throw invalid() }
    if decimalBaseZero && digits[0] == 0 && digits.contains(where: { $0 != 0 }) { throw invalid() }
    return intFromDigitValues(digits, base: b, negative: negative)
}

private extension Int {
    var isPowerOfTwo: Bool { self > 0 && (self & (self - 1)) == 0 }
}

/// The int with the given digit values (most significant first) in `base`.
private func intFromDigitValues(_ digits: [UInt8], base: Int, negative: Bool) -> IntOrBig {
    // Fast path: fits comfortably in a machine word.
    var safeDigits = 0
    var power = 1
    while true {
        let (next, o) = power.multipliedReportingOverflow(by: base)
        if o { break }
        power = next
        safeDigits += 1
    }
    if digits.count <= safeDigits {
        var v = 0
        for d in digits { v = v * base + Int(d) }
        return .int(negative ? -v : v)
    }
    return IntOrBig(BigInt(digitValues: digits, radix: base, negative: negative))
}
