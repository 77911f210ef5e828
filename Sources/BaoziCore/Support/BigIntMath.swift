import BigInt

// Integer arithmetic with Python's semantics on top of attaswift/BigInt: floor division,
// modulo, powers, bitwise operations in two's complement, shifts and bit counts.
// BigInt's own `/` and `%` truncate toward zero and its `&`, `|`, `^` need care for
// negative operands, so everything Python-visible goes through these functions.

// CPython 3.11: `//` and divmod() say "integer division or modulo by zero", `%` says
// "integer modulo by zero".
private let bigZeroDivisionMessage = "integer division or modulo by zero"
private let bigModuloByZeroMessage = "integer modulo by zero"

// MARK: Multiplication

/// Python's `a * b` for big ints. Uses the Karatsuba kernels in `WordArithmetic`, which are
/// much faster than BigInt's `*` once operands exceed a few dozen words.
func pyBigMultiply(_ a: BigInt, _ b: BigInt) -> BigInt {
    if a.magnitude.words.count < 8 || b.magnitude.words.count < 8 {
        return a * b
    }
    let mag: [UInt]
    if a == b {
        mag = WordArithmetic.square(WordArithmetic.words(of: a.magnitude))
    } else {
        mag = WordArithmetic.multiply(WordArithmetic.words(of: a.magnitude), WordArithmetic.words(of: b.magnitude))
    }
    return BigInt(sign: a.sign == b.sign ? .plus : .minus, magnitude: BigUInt(words: mag))
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
    var (q, r) = a.quotientAndRemainder(dividingBy: b)
    if !r.isZero && ((r.sign == .minus) != (b.sign == .minus)) {
        q -= 1
        r += b
    }
    return (q, r)
}

/// Python's `a // b` for big ints.
func pyFloorDiv(_ a: BigInt, _ b: BigInt) throws -> BigInt {
    return try pyDivMod(a, b).quotient
}

/// Python's `a % b` for big ints.
func pyMod(_ a: BigInt, _ b: BigInt) throws -> BigInt {
    if b.isZero { throw PyFormatError.zeroDivisionError(bigModuloByZeroMessage) }
    return try pyDivMod(a, b).remainder
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

/// Python's `base ** exp` for a big base and `exp >= 0`, by left-to-right
/// square-and-multiply on the fast word kernels.
func pyIntPow(base: BigInt, exp: Int) -> BigInt {
    precondition(exp >= 0, "pyIntPow needs a non-negative exponent; Python returns a float otherwise")
    if exp == 0 { return 1 }
    let mag = WordArithmetic.power(WordArithmetic.words(of: base.magnitude), UInt(exp))
    let negative = base.sign == .minus && !base.isZero && exp & 1 == 1
    return BigInt(sign: negative ? .minus : .plus, magnitude: BigUInt(words: mag))
}

/// Python's `base ** exp` for `exp >= 0` given as a BigInt. Bases 0, 1 and -1 accept any
/// exponent; other bases with an exponent beyond a machine word raise MemoryError, as the
/// result could not be stored.
func pyIntPow(base: BigInt, exp: BigInt) throws -> BigInt {
    precondition(exp.sign == .plus || exp.isZero, "pyIntPow needs a non-negative exponent")
    if let e = Int(exactly: exp) { return pyIntPow(base: base, exp: e) }
    if base.isZero { return 0 }
    if base == 1 { return 1 }
    if base == -1 { return exp.magnitude.words[0] & 1 == 1 ? -1 : 1 }
    throw PyFormatError.memoryError("")
}

/// Python's three-argument `pow(base, exp, mod)`, including negative exponents (which use
/// the modular inverse, Python 3.8+). The result has the sign of `mod`, like `%`.
func pyIntPowMod(_ base: BigInt, _ exp: BigInt, _ mod: BigInt) throws -> BigInt {
    if mod.isZero { throw PyFormatError.valueError("pow() 3rd argument cannot be 0") }
    let m = BigInt(sign: .plus, magnitude: mod.magnitude)
    var b = try pyMod(base, m)
    var e = exp
    if e.sign == .minus && !e.isZero {
        guard let inv = pyModInverse(b, m) else {
            throw PyFormatError.valueError("base is not invertible for the given modulus")
        }
        b = inv
        e = -e
    }
    if m == 1 { return 0 }
    var result = BigInt(1)
    let bits = e.magnitude.bitWidth
    var i = bits - 1
    while i >= 0 {
        result = (pyBigMultiply(result, result)) % m
        if e.magnitude[bitAt: i] {
            result = (pyBigMultiply(result, b)) % m
        }
        i -= 1
    }
    if mod.sign == .minus && !result.isZero { result -= m }
    return result
}

/// The inverse of `a` modulo `m` (m > 0) in 0..<m, or nil when gcd(a, m) != 1.
func pyModInverse(_ a: BigInt, _ m: BigInt) -> BigInt? {
    // Extended Euclid on (a mod m, m), tracking only the coefficient of a.
    var r0 = m, r1 = ((a % m) + m) % m
    var t0 = BigInt(0), t1 = BigInt(1)
    while !r1.isZero {
        let (q, r) = r0.quotientAndRemainder(dividingBy: r1)
        (r0, r1) = (r1, r)
        (t0, t1) = (t1, t0 - q * t1)
    }
    if r0 != 1 { return m == 1 ? 0 : nil }
    return ((t0 % m) + m) % m
}

// MARK: Bitwise operations (two's complement semantics on unbounded ints)

/// The two's complement representation of `x` in `count` words (count must leave room for the sign).
private func bigTwosComplement(_ x: BigInt, count: Int) -> [UInt] {
    var w = [UInt](repeating: 0, count: count)
    let mag = x.magnitude
    if x.sign == .plus || x.isZero {
        let mw = mag.words
        for i in 0..<min(count, mw.count) { w[i] = mw[i] }
    } else {
        // -m == ~(m - 1)
        let m1 = (mag - 1).words
        for i in 0..<count { w[i] = i < m1.count ? ~m1[i] : UInt.max }
    }
    return w
}

/// The BigInt whose two's complement representation is `w` (top bit is the sign).
private func bigFromTwosComplement(_ w: [UInt]) -> BigInt {
    guard let top = w.last else { return 0 }
    if top >> (UInt.bitWidth - 1) == 0 {
        return BigInt(sign: .plus, magnitude: BigUInt(words: w))
    }
    // -(~w + 1)
    let inverted = BigUInt(words: w.map { ~$0 })
    return BigInt(sign: .minus, magnitude: inverted + 1)
}

private func bigBitwise(_ a: BigInt, _ b: BigInt, _ op: (UInt, UInt) -> UInt) -> BigInt {
    let count = max(a.magnitude.words.count, b.magnitude.words.count) + 1
    let wa = bigTwosComplement(a, count: count)
    let wb = bigTwosComplement(b, count: count)
    var r = [UInt](repeating: 0, count: count)
    for i in 0..<count { r[i] = op(wa[i], wb[i]) }
    return bigFromTwosComplement(r)
}

/// Python's `a & b` for ints of any sign.
func pyBitAnd(_ a: BigInt, _ b: BigInt) -> BigInt {
    if a.sign == .plus && b.sign == .plus { return BigInt(sign: .plus, magnitude: a.magnitude & b.magnitude) }
    return bigBitwise(a, b, &)
}

/// Python's `a | b` for ints of any sign.
func pyBitOr(_ a: BigInt, _ b: BigInt) -> BigInt {
    if a.sign == .plus && b.sign == .plus { return BigInt(sign: .plus, magnitude: a.magnitude | b.magnitude) }
    return bigBitwise(a, b, |)
}

/// Python's `a ^ b` for ints of any sign.
func pyBitXor(_ a: BigInt, _ b: BigInt) -> BigInt {
    if a.sign == .plus && b.sign == .plus { return BigInt(sign: .plus, magnitude: a.magnitude ^ b.magnitude) }
    return bigBitwise(a, b, ^)
}

/// Python's `~a`, i.e. `-a - 1`.
func pyInvert(_ a: BigInt) -> BigInt {
    return -a - 1
}

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
    if n.sign == .minus && !n.isZero { throw PyFormatError.valueError("negative shift count") }
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
    if n.sign == .minus && !n.isZero { throw PyFormatError.valueError("negative shift count") }
    guard let count = Int(exactly: n) else { return a.sign == .minus && !a.isZero ? -1 : 0 }
    return try pyShiftRight(a, count)
}

/// Python's `a >> n` for a big int and a machine shift count.
func pyShiftRight(_ a: BigInt, _ n: Int) throws -> BigInt {
    if n < 0 { throw PyFormatError.valueError("negative shift count") }
    if a.sign == .plus || a.isZero { return BigInt(sign: .plus, magnitude: a.magnitude >> n) }
    if n >= a.magnitude.bitWidth { return -1 }
    // floor(-m / 2^n) == -ceil(m / 2^n) == -((m - 1) >> n) - 1
    let m1 = a.magnitude - 1
    return -BigInt(sign: .plus, magnitude: m1 >> n) - 1
}

// MARK: Bit counts

/// Python's `int.bit_length()`: bits needed for |a|, 0 for 0.
func pyBitLength(_ a: Int) -> Int {
    return Int.bitWidth - a.magnitude.leadingZeroBitCount
}

/// Python's `int.bit_length()` for big ints.
func pyBitLength(_ a: BigInt) -> Int {
    return a.magnitude.bitWidth
}

/// Python's `int.bit_count()`: number of one bits in |a|.
func pyBitCount(_ a: BigInt) -> Int {
    var n = 0
    for w in a.magnitude.words { n += w.nonzeroBitCount }
    return n
}
