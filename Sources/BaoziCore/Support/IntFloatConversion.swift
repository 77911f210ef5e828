import BigInt

// Exact and correctly rounded conversions between ints and floats: float(int), int(float),
// int / int, and int-float comparison.

/// The binary parts of a finite double: |d| == mantissa * 2^exponent exactly.
func pyDoubleParts(_ d: Double) -> (mantissa: UInt64, exponent: Int) {
    let bits = d.significandBitPattern
    if d.exponentBitPattern == 0 {
        return (bits, -1074)                              // subnormal or zero
    }
    return (bits | (1 << 52), Int(d.exponentBitPattern) - 1075)
}

/// Rounds mag * 2^exp2 (plus a nonzero tail below the last bit of `mag` when `sticky`)
/// to the nearest double, ties to even, honouring subnormals. Returns nil on overflow.
private func convRoundToDouble(_ mag: BigInt, exp2: Int, sticky: Bool, negative: Bool) -> Double? {
    if mag.isZero { return negative ? -0.0 : 0.0 }
    let n = mag.bitLength
    let top = n - 1 + exp2                      // exponent of the leading bit
    if top > 1023 { return nil }
    // Bits kept: 53, fewer when the result is subnormal.
    let keepBits = top >= -1022 ? 53 : 53 - (-1022 - top)
    let drop = n - keepBits
    var kept: UInt64
    var scale: Int
    if drop <= 0 {
        kept = UInt64(mag.limb(0))
        scale = exp2
    } else {
        let q = mag >> drop
        kept = UInt64(q.limb(0))
        scale = exp2 + drop
        // Compare the dropped part with one half of the last kept bit.
        let halfBit = drop - 1
        let rem = mag - (q << drop)
        let half = BigInt(1) << halfBit
        if rem > half || (rem == half && (sticky || kept & 1 == 1)) {
            kept += 1
        }
    }
    // kept <= 2^53 so it converts exactly; scaling by a power of two is exact here.
    var result = Double(kept)
    result = Double(sign: .plus, exponent: scale, significand: result)
    if result.isInfinite { return nil }
    return negative ? -result : result
}

/// Python's `float(n)` for an int: correctly rounded (ties to even). Raises
/// OverflowError("int too large to convert to float") beyond the double range.
func pyIntToDouble(_ v: BigInt) throws -> Double {
    let d = v.doubleValue                       // correctly rounded by the BigInt module
    if d.isInfinite { throw PyFormatError.overflowError("int too large to convert to float") }
    return d
}

/// Python's `a / b` for machine ints: the correctly rounded quotient.
func pyTrueDivide(_ a: Int, _ b: Int) throws -> Double {
    if b == 0 { throw PyFormatError.zeroDivisionError("division by zero") }
    let limit = 1 << 53
    if a.magnitude <= UInt(limit) && b.magnitude <= UInt(limit) {
        return Double(a) / Double(b)            // both exact, so IEEE division rounds correctly
    }
    return try pyTrueDivide(BigInt(a), BigInt(b))
}

/// Python's `a / b` for big ints: the exact quotient correctly rounded to a double, even when
/// the operands themselves are beyond the float range. Raises ZeroDivisionError("division by
/// zero") and OverflowError("integer division result too large for a float").
func pyTrueDivide(_ a: BigInt, _ b: BigInt) throws -> Double {
    if b.isZero { throw PyFormatError.zeroDivisionError("division by zero") }
    let negative = a.isNegative != b.isNegative
    if a.isZero { return negative ? -0.0 : 0.0 }
    if a.bitLength <= 53 && b.bitLength <= 53 {
        return Double(a) / Double(b)            // both exact, so IEEE division rounds correctly
    }
    // Scale so the integer quotient has at least 55 bits, then round it with the remainder
    // as a sticky bit.
    let shift = a.bitLength - b.bitLength - 55
    let num = shift < 0 ? a.magnitude << (-shift) : a.magnitude
    let den = shift > 0 ? b.magnitude << shift : b.magnitude
    let (q, r) = num.quotientAndRemainder(dividingBy: den)
    guard let d = convRoundToDouble(q, exp2: shift, sticky: !r.isZero, negative: negative) else {
        throw PyFormatError.overflowError("integer division result too large for a float")
    }
    return d
}

/// Python's `int(x)` for a float as a BigInt: truncates toward zero, exactly.
/// Raises OverflowError for infinities and ValueError for NaN with CPython's messages.
func pyFloatToBigInt(_ d: Double) throws -> BigInt {
    if d.isNaN { throw PyFormatError.valueError("cannot convert float NaN to integer") }
    if d.isInfinite { throw PyFormatError.overflowError("cannot convert float infinity to integer") }
    let t = d.rounded(.towardZero)
    if t.magnitude < 9.2e18 { return BigInt(Int(t)) }
    let (m, e) = pyDoubleParts(t)
    let mag = BigInt(m) << e                    // e > 0 here: the value is an integer above 2^63
    return t < 0 ? -mag : mag
}

/// Python's `int(x)` for a float, as an `IntOrBig`.
func pyFloatToInt(_ d: Double) throws -> IntOrBig {
    if d.isFinite {
        let t = d.rounded(.towardZero)
        if t.magnitude < 9.2e18 { return .int(Int(t)) }
    }
    return IntOrBig(try pyFloatToBigInt(d))
}

/// Compares an int with a float exactly, as Python's `<`, `==`, ... do (no rounding of the
/// int): -1, 0 or 1, or nil when `d` is NaN (every comparison is then False except !=).
func pyCompareIntDouble(_ v: BigInt, _ d: Double) -> Int? {
    if d.isNaN { return nil }
    if d == .infinity { return -1 }
    if d == -.infinity { return 1 }
    return v.compare(toFinite: d)               // GMP compares exactly, without rounding v
}

/// Compares a machine int with a float exactly, as Python's `<`, `==`, ... do: -1, 0 or 1,
/// or nil when `d` is NaN.
@inline(__always)
func pyCompareIntDouble(_ v: Int, _ d: Double) -> Int? {
    // Ints below 2^53 in magnitude convert exactly, and IEEE comparison is then exact.
    if v.magnitude <= 1 << 53 {
        let x = Double(v)
        return x < d ? -1 : (x > d ? 1 : (x == d ? 0 : nil))
    }
    if d.isNaN { return nil }
    // Rounding is monotonic: when the rounded int differs from d, it orders as the int does.
    let r = Double(v)
    if r != d { return r < d ? -1 : 1 }
    // Equal after rounding: d is an integer of magnitude at least 2^53. 2^63 is beyond Int.
    if d >= 9223372036854775808.0 { return -1 }
    let exact = Int(d)
    return v < exact ? -1 : (v > exact ? 1 : 0)
}
