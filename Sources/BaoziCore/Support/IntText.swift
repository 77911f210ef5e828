import BigInt

// Text conversions of ints: str()/repr(), bin()/oct()/hex(), and int(str, base), with
// CPython 3.11's limit on decimal digits (sys.set_int_max_str_digits).

/// CPython 3.11's default for `sys.get_int_max_str_digits()`.
let pyDefaultIntMaxStrDigits = 4300

private let intLog10Of2 = 0.30102999566398119521373889472449302676818988146211

private func intStrLimitMessage(_ limit: Int) -> String {
    return "Exceeds the limit (\(limit) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
}

private let intDigitChars: [UInt8] = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)
private let intUpperDigitChars: [UInt8] = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)

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
    let negative = v.sign == .minus
    var out: [UInt8]
    switch base {
    case 10:
        if maxDigits > 0 {
            // A value of b bits has at least floor((b-1)*log10(2)) + 1 digits.
            let bits = v.magnitude.bitWidth
            if Double(bits - 1) * intLog10Of2 >= Double(maxDigits) + 1 {
                throw PyFormatError.valueError(intStrLimitMessage(maxDigits))
            }
        }
        out = WordArithmetic.decimalDigits(WordArithmetic.words(of: v.magnitude))
        if maxDigits > 0 && out.count > maxDigits {
            throw PyFormatError.valueError(intStrLimitMessage(maxDigits))
        }
    case 2, 4, 8, 16, 32:
        out = intPowerOfTwoDigits(v.magnitude, bitsPerDigit: base.trailingZeroBitCount, uppercase: uppercase)
    default:
        // Rare bases: BigInt's generic conversion is adequate.
        out = Array(String(v.magnitude, radix: base, uppercase: uppercase).utf8)
    }
    if negative { out.insert(UInt8(ascii: "-"), at: 0) }
    return String(decoding: out, as: UTF8.self)
}

/// `str(n)` with no digit limit, for diagnostics and `description`.
func pyIntToStringUnlimited(_ v: BigInt) -> String {
    return (try? pyIntToString(v, maxDigits: 0)) ?? ""
}

/// The digits of a magnitude in base 2^k, most significant first.
private func intPowerOfTwoDigits(_ m: BigUInt, bitsPerDigit k: Int, uppercase: Bool) -> [UInt8] {
    let words = WordArithmetic.words(of: m)
    let bits = m.bitWidth
    if bits == 0 { return [UInt8(ascii: "0")] }
    let table = uppercase ? intUpperDigitChars : intDigitChars
    let count = (bits + k - 1) / k
    var out = [UInt8](repeating: 0, count: count)
    let mask = UInt((1 << k) - 1)
    for i in 0..<count {
        let bit = i * k
        let wi = bit / 64, bi = bit % 64
        var d = words[wi] >> UInt(bi)
        if bi + k > 64 && wi + 1 < words.count {
            d |= words[wi + 1] << UInt(64 - bi)
        }
        out[count - 1 - i] = table[Int(d & mask)]
    }
    return out
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
    let digits = (try? pyIntToString(BigInt(sign: .plus, magnitude: v.magnitude), base: base, maxDigits: 0)) ?? ""
    return (v.sign == .minus && !v.isZero ? "-" : "") + prefix + digits
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
    var mag: [UInt]
    if base == 10 {
        mag = WordArithmetic.fromDecimalDigits(digits)
    } else {
        // Chunks of k digits with base^k fitting in a word.
        var k = 1
        var scale = UInt(base)
        while true {
            let (next, o) = scale.multipliedReportingOverflow(by: UInt(base))
            if o { break }
            scale = next
            k += 1
        }
        mag = []
        var i = 0
        while i < digits.count {
            let len = min(k, digits.count - i)
            var chunk: UInt = 0
            var m: UInt = 1
            for j in i..<(i + len) {
                chunk = chunk * UInt(base) + UInt(digits[j])
                m = m &* UInt(base)
            }
            let carry = WordArithmetic.multiplyAdd(&mag, by: m, adding: chunk)
            if carry != 0 { mag.append(carry) }
            i += len
        }
        WordArithmetic.trim(&mag)
    }
    let magnitude = BigUInt(words: mag)
    return IntOrBig(BigInt(sign: negative && !magnitude.isZero ? .minus : .plus, magnitude: magnitude))
}
