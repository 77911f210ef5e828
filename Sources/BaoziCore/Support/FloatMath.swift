import BigInt

// Float arithmetic whose Python results differ from IEEE/Swift defaults: round(), %, //,
// divmod() and float.is_integer().

/// Exact powers of ten representable as doubles (10^0 ... 10^22).
private let floatExactPowersOfTen: [Double] = (0...22).map { n in
    var p = 1.0
    for _ in 0..<n { p *= 10 }
    return p
}

/// Python's `round(x, ndigits)` for a float: the exact binary value rounded half-to-even at
/// the given decimal place, then converted back to the nearest double. So round(2.675, 2) is
/// 2.67 (2.675 is really 2.67499999...), round(0.5, 0) == 0.0, round(-0.5, 0) == -0.0.
/// Infinities and NaN come back unchanged; a result beyond the float range raises
/// OverflowError("rounded value too large to represent").
func pyRound(_ x: Double, ndigits: Int) throws -> Double {
    if !x.isFinite || x == 0 { return x }
    // Beyond these bounds CPython returns x itself, or a zero with x's sign.
    if ndigits > 323 { return x }
    if ndigits < -308 { return 0.0 * x }
    let negative = x < 0
    let (m, e2) = pyDoubleParts(x)
    if e2 >= 0 && ndigits >= 0 { return x }     // already an integer

    // Fast path: m * 10^n fits in 64 bits and the result is exact enough for one IEEE division.
    if ndigits >= 0 && ndigits <= 19 && e2 < 0 && e2 > -64 {
        let p10 = UInt64(floatExactPowersOfTen[ndigits])
        let (scaled, overflow) = m.multipliedReportingOverflow(by: p10)
        if !overflow {
            let shift = UInt64(-e2)
            var q = scaled >> shift
            let rem = scaled & ((1 << shift) - 1)
            let half: UInt64 = 1 << (shift - 1)
            if rem > half || (rem == half && q & 1 == 1) { q += 1 }
            if q <= 1 << 53 {
                let r = Double(q) / floatExactPowersOfTen[ndigits]
                return negative ? -r : (r == 0 ? 0.0 : r)
            }
        }
    }

    // General path with exact big-integer arithmetic:
    // q = round_half_even(m * 2^e2 * 10^n), result = q / 10^n.
    var num = BigInt(m)
    var den = BigInt(1)
    if e2 >= 0 { num = num << e2 } else { den = den << -e2 }
    let p = BigInt(10).power(abs(ndigits))
    if ndigits >= 0 { num *= p } else { den *= p }
    var (q, r) = num.quotientAndRemainder(dividingBy: den)
    let twice = r << 1
    if twice > den || (twice == den && q.magnitudeBit(0)) { q += 1 }
    var result: Double
    do {
        if ndigits >= 0 {
            result = try pyTrueDivide(q, p)
        } else {
            result = try pyIntToDouble(q * p)
        }
    } catch {
        throw PyFormatError.overflowError("rounded value too large to represent")
    }
    return negative ? -result : result
}

/// Python's `round(x)` with no ndigits: the nearest integer, ties to even, as an int.
/// NaN raises ValueError and infinities OverflowError, as `int(x)` does.
func pyRoundToInt(_ x: Double) throws -> IntOrBig {
    return try pyFloatToInt(x.rounded(.toNearestOrEven))
}

/// Python's `x % y` for floats: the result has the sign of `y` (or is a zero with y's sign).
func pyFloatMod(_ x: Double, _ y: Double) throws -> Double {
    if y == 0 { throw PyFormatError.zeroDivisionError("float modulo") }
    var mod = floatFmod(x, y)
    if mod != 0 {
        if (y < 0) != (mod < 0) { mod += y }
    } else {
        mod = y.sign == .minus ? -0.0 : 0.0
    }
    return mod
}

/// Python's `x // y` for floats.
func pyFloatFloorDiv(_ x: Double, _ y: Double) throws -> Double {
    if y == 0 { throw PyFormatError.zeroDivisionError("float floor division by zero") }
    return floatDivModPair(x, y).quotient
}

/// Python's `divmod(x, y)` for floats: (x // y, x % y) computed together as CPython does,
/// so that q * y + r stays close to x and signed zeros come out as in CPython.
func pyFloatDivmod(_ x: Double, _ y: Double) throws -> (quotient: Double, remainder: Double) {
    if y == 0 { throw PyFormatError.zeroDivisionError("float divmod()") }
    return floatDivModPair(x, y)
}

private func floatDivModPair(_ x: Double, _ y: Double) -> (quotient: Double, remainder: Double) {
    var mod = floatFmod(x, y)
    // x - mod is (nearly) a multiple of y, so this division is (nearly) exact.
    var div = (x - mod) / y
    if mod != 0 {
        if (y < 0) != (mod < 0) {
            mod += y
            div -= 1
        }
    } else {
        mod = y.sign == .minus ? -0.0 : 0.0
    }
    var floorDiv: Double
    if div != 0 {
        floorDiv = div.rounded(.down)
        if div - floorDiv > 0.5 { floorDiv += 1 }
    } else {
        // A zero quotient takes the sign the true quotient would have.
        floorDiv = (x / y).sign == .minus ? -0.0 : 0.0
    }
    return (floorDiv, mod)
}

/// C's fmod: x - n*y with n = trunc(x/y), computed exactly (Swift's truncatingRemainder).
@inline(__always)
private func floatFmod(_ x: Double, _ y: Double) -> Double {
    return x.truncatingRemainder(dividingBy: y)
}

/// Python's `float.is_integer()`: finite and without a fractional part.
func pyFloatIsInteger(_ x: Double) -> Bool {
    return x.isFinite && x.rounded(.towardZero) == x
}
