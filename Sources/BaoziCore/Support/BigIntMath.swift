import BigInt

// Integer arithmetic with Python's semantics on top of GMP (the BigInt module): floor division,
// modulo, powers, bitwise operations in two's complement, shifts and bit counts, with
// CPython's errors for zero divisors, negative shift counts and results too large to store.

// CPython 3.11: `//` and divmod() say "integer division or modulo by zero", `%` says
// "integer modulo by zero".
private let bigZeroDivisionMessage = "integer division or modulo by zero"
private let bigModuloByZeroMessage = "integer modulo by zero"

// MARK: Multiplication

/// Python's `a * b` for big ints.
func pyBigMultiply(_ a: BigInt, _ b: BigInt) -> BigInt {
    return a * b
}

// MARK: Floor division and modulo

/// Python's `a // b` for machine ints: rounds toward negative infinity.
/// Only `Int.min // -1` leaves the Int range, hence the `IntOrBig` result.
func pyFloorDiv(_ a: Int, _ b: Int) throws -> IntOrBig {
    if b == 0 { throw PyFormatError.zeroDivisionError(bigZeroDivisionMessage) }
    if b == -1 && a == Int.min { return .big(-BigInt(a)) }
    var q = a / b
    if a % b != 0 && ((a < 0) != (b < 0)) { q -= 1 }
    return .int(q)
}

/// Python's `a % b` for machine ints: the result takes the sign of `b`.
func pyMod(_ a: Int, _ b: Int) throws -> Int {
    if b == 0 { throw PyFormatError.zeroDivisionError(bigModuloByZeroMessage) }
    if b == -1 { return 0 }
    var r = a % b
    if r != 0 && ((r < 0) != (b < 0)) { r += b }
    return r
}

/// Python's `divmod(a, b)` for machine ints.
func pyDivMod(_ a: Int, _ b: Int) throws -> (quotient: IntOrBig, remainder: Int) {
    if b == 0 { throw PyFormatError.zeroDivisionError(bigZeroDivisionMessage) }
    return (try pyFloorDiv(a, b), try pyMod(a, b))
}

/// Python's `divmod(a, b)` for big ints: floor quotient and a remainder with the sign of `b`.
func pyDivMod(_ a: BigInt, _ b: BigInt) throws -> (quotient: BigInt, remainder: BigInt) {
    if b.isZero { throw PyFormatError.zeroDivisionError(bigZeroDivisionMessage) }
    return a.floorDivMod(b)
}

/// Python's `a // b` for big ints.
func pyFloorDiv(_ a: BigInt, _ b: BigInt) throws -> BigInt {
    if b.isZero { throw PyFormatError.zeroDivisionError(bigZeroDivisionMessage) }
    return a.floorDiv(b)
}

/// Python's `a % b` for big ints.
func pyMod(_ a: BigInt, _ b: BigInt) throws -> BigInt {
    if b.isZero { throw PyFormatError.zeroDivisionError(bigModuloByZeroMessage) }
    return a.floorMod(b)
}

// MARK: Powers

/// Python's `base ** exp` for machine ints with `exp >= 0`, promoting to BigInt on overflow.
func pyIntPow(_ base: Int, _ exp: Int) -> IntOrBig {
    precondition(exp >= 0, "pyIntPow needs a non-negative exponent; Python returns a float otherwise")
    var result = 1
    var b = base
    var e = exp
    while true {
        if e & 1 == 1 {
            let (r, o) = result.multipliedReportingOverflow(by: b)
            if o { return .big(pyIntPow(base: BigInt(base), exp: exp)) }
            result = r
        }
        e >>= 1
        if e == 0 { break }
        let (sq, o) = b.multipliedReportingOverflow(by: b)
        if o { return IntOrBig(pyIntPow(base: BigInt(base), exp: exp)) }
        b = sq
    }
    return .int(result)
}

/// Python's `base ** exp` for a big base and `exp >= 0`.
func pyIntPow(base: BigInt, exp: Int) -> BigInt {
    precondition(exp >= 0, "pyIntPow needs a non-negative exponent; Python returns a float otherwise")
    return base.power(exp)
}

/// Python's `base ** exp` for `exp >= 0` given as a BigInt. Bases 0, 1 and -1 accept any
/// exponent; other bases with an exponent beyond a machine word raise MemoryError, as the
/// result could not be stored.
func pyIntPow(base: BigInt, exp: BigInt) throws -> BigInt {
    precondition(!exp.isNegative, "pyIntPow needs a non-negative exponent")
    if let e = Int(exactly: exp) { return pyIntPow(base: base, exp: e) }
    if base.isZero { return 0 }
    if base == 1 { return 1 }
    if base == -1 { return exp.magnitudeBit(0) ? -1 : 1 }
    throw PyFormatError.memoryError("")
}

/// Python's three-argument `pow(base, exp, mod)`, including negative exponents (which use
/// the modular inverse, Python 3.8+). The result has the sign of `mod`, like `%`.
func pyIntPowMod(_ base: BigInt, _ exp: BigInt, _ mod: BigInt) throws -> BigInt {
    if mod.isZero { throw PyFormatError.valueError("pow() 3rd argument cannot be 0") }
    let m = mod.magnitude
    var b = base
    var e = exp
    if e.isNegative {
        guard let inv = pyModInverse(base, m) else {
            throw PyFormatError.valueError("base is not invertible for the given modulus")
        }
        b = inv
        e = -e
    }
    if m == 1 { return 0 }
    var result = b.power(e, modulus: m)
    if mod.isNegative && !result.isZero { result = result - m }
    return result
}

/// The inverse of `a` modulo `m` (m > 0) in 0..<m, or nil when gcd(a, m) != 1.
func pyModInverse(_ a: BigInt, _ m: BigInt) -> BigInt? {
    if m == 1 { return 0 }
    return a.inverse(modulo: m)
}

// MARK: Bitwise operations (two's complement semantics on unbounded ints)

/// Python's `a & b` for ints of any sign.
func pyBitAnd(_ a: BigInt, _ b: BigInt) -> BigInt { a & b }

/// Python's `a | b` for ints of any sign.
func pyBitOr(_ a: BigInt, _ b: BigInt) -> BigInt { a | b }

/// Python's `a ^ b` for ints of any sign.
func pyBitXor(_ a: BigInt, _ b: BigInt) -> BigInt { a ^ b }

/// Python's `~a`, i.e. `-a - 1`.
func pyInvert(_ a: BigInt) -> BigInt { ~a }

// MARK: Shifts

/// Python's `a << n` for machine ints, promoting to BigInt on overflow.
/// A negative `n` raises ValueError("negative shift count").
func pyShiftLeft(_ a: Int, _ n: Int) throws -> IntOrBig {
    if n < 0 { throw PyFormatError.valueError("negative shift count") }
    if a == 0 { return .int(0) }
    if n < Int.bitWidth - 1 {
        let shifted = a << n
        if shifted >> n == a { return .int(shifted) }
    }
    return .big(try pyShiftLeft(BigInt(a), n))
}

/// Python's `a >> n` for machine ints (floors toward negative infinity).
func pyShiftRight(_ a: Int, _ n: Int) throws -> Int {
    if n < 0 { throw PyFormatError.valueError("negative shift count") }
    if n >= Int.bitWidth { return a < 0 ? -1 : 0 }
    return a >> n
}

/// Python's `a << n` for big ints. Absurdly large counts raise OverflowError
/// ("too many digits in integer") or MemoryError as CPython does.
func pyShiftLeft(_ a: BigInt, _ n: BigInt) throws -> BigInt {
    if n.isNegative { throw PyFormatError.valueError("negative shift count") }
    if a.isZero { return 0 }
    guard let count = Int(exactly: n), count / 30 <= (Int.max - 32) / 4 else {
        throw PyFormatError.overflowError("too many digits in integer")
    }
    return try pyShiftLeft(a, count)
}

/// Python's `a << n` for a big int and a machine shift count.
func pyShiftLeft(_ a: BigInt, _ n: Int) throws -> BigInt {
    if n < 0 { throw PyFormatError.valueError("negative shift count") }
    if a.isZero { return 0 }
    // Beyond 2^40 bits (128 GiB) the allocation cannot succeed.
    if n > 1 << 40 { throw PyFormatError.memoryError("") }
    return a << n
}

/// Python's `a >> n` for big ints: floors, so negative values tend to -1.
func pyShiftRight(_ a: BigInt, _ n: BigInt) throws -> BigInt {
    if n.isNegative { throw PyFormatError.valueError("negative shift count") }
    guard let count = Int(exactly: n) else { return a.isNegative ? -1 : 0 }
    return try pyShiftRight(a, count)
}

/// Python's `a >> n` for a big int and a machine shift count.
func pyShiftRight(_ a: BigInt, _ n: Int) throws -> BigInt {
    if n < 0 { throw PyFormatError.valueError("negative shift count") }
    if n >= a.bitLength { return a.isNegative ? -1 : 0 }
    return a >> n
}

// MARK: Bit counts

/// Python's `int.bit_length()`: bits needed for |a|, 0 for 0.
func pyBitLength(_ a: Int) -> Int {
    return Int.bitWidth - a.magnitude.leadingZeroBitCount
}

/// Python's `int.bit_length()` for big ints.
func pyBitLength(_ a: BigInt) -> Int {
    return a.bitLength
}

/// Python's `int.bit_count()`: number of one bits in |a|.
func pyBitCount(_ a: BigInt) -> Int {
    return a.magnitudePopCount
}
