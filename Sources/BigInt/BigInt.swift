// Arbitrary-precision integers on GMP (libgmp): the storage and arithmetic under Baozi's big
// ints. GMP's kernels work on whole limb arrays (Karatsuba, Toom-Cook and FFT multiplication,
// divide-and-conquer division and radix conversion), where a word-at-a-time Swift library
// paid a copy-on-write check per word.
//
// `BigInt` is an immutable value: every operation makes a fresh GMP integer, so a value can be
// shared freely. The module keeps the name and much of the API of attaswift/BigInt, which it
// replaces, so `import BigInt` works unchanged. Python's own semantics (floor division, text
// limits, errors) live in BaoziCore's Support/; this module only promises exact arithmetic.

import CGMP

/// One GMP integer, cleared (its limbs freed) when the last `BigInt` holding it goes.
/// The `__mpz_struct` is the buffer's header, so it has a stable address and costs no second
/// allocation.
@usableFromInline
final class MPZ: ManagedBuffer<__mpz_struct, UInt8> {
    /// A new integer with value 0.
    @inline(__always)
    static func make() -> MPZ {
        let buffer = MPZ.create(minimumCapacity: 0) { _ in __mpz_struct() }
        let mpz = unsafeDowncast(buffer, to: MPZ.self)
        __gmpz_init(mpz.pointer)
        return mpz
    }

    /// The GMP integer; valid while this object lives.
    @inline(__always)
    var pointer: UnsafeMutablePointer<__mpz_struct> {
        withUnsafeMutablePointerToHeader { $0 }
    }

    deinit {
        __gmpz_clear(pointer)
    }
}

public struct BigInt: @unchecked Sendable {
    @usableFromInline var mpz: MPZ

    @inline(__always)
    init(_ mpz: MPZ) { self.mpz = mpz }

    @inline(__always)
    var z: UnsafeMutablePointer<__mpz_struct> { mpz.pointer }

    /// A fresh result filled by `body`.
    @inline(__always)
    static func result(_ body: (UnsafeMutablePointer<__mpz_struct>) -> Void) -> BigInt {
        let r = MPZ.make()
        body(r.pointer)
        return BigInt(r)
    }

    public enum Sign: Sendable { case plus, minus }

    // MARK: Making values

    public init() { self.init(0) }

    public init(_ v: Int) {
        let r = MPZ.make()
        __gmpz_set_si(r.pointer, v)
        self.init(r)
    }

    public init(_ v: UInt) {
        let r = MPZ.make()
        __gmpz_set_ui(r.pointer, v)
        self.init(r)
    }

    /// Any fixed-width integer of at most 64 bits.
    public init<T: BinaryInteger>(_ v: T) {
        if let i = Int(exactly: v) {
            self.init(i)
        } else if let u = UInt(exactly: v) {
            self.init(u)
        } else {
            // Wider than 64 bits: assemble from the words (two's complement).
            var r = BigInt(0)
            var shift = 0
            for w in v.words {
                r = r | (BigInt(w) << shift)
                shift += UInt.bitWidth
            }
            if v < 0 { r = r - (BigInt(1) << shift) }
            self = r
        }
    }

    /// The integer part of a finite double (truncated toward zero).
    public init(_ d: Double) {
        precondition(d.isFinite, "BigInt(Double) needs a finite value")
        let r = MPZ.make()
        __gmpz_set_d(r.pointer, d)
        self.init(r)
    }

    /// The double's value when it is an integer.
    public init?(exactly d: Double) {
        guard d.isFinite, d.rounded(.towardZero) == d else { return nil }
        self.init(d)
    }

    /// The value with the given sign and magnitude (the magnitude's own sign is ignored).
    public init(sign: Sign, magnitude: BigInt) {
        let m = magnitude.magnitude
        self = sign == .minus ? -m : m
    }

    /// Digits in `radix` (2...36), with an optional leading `+` or `-`; letters of either
    /// case. Anything else (spaces, underscores, an empty string) gives nil.
    public init?<S: StringProtocol>(_ text: S, radix: Int = 10) {
        precondition(radix >= 2 && radix <= 36)
        var bytes = Array(text.utf8)
        var start = 0
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") { start = 1 }
        guard bytes.count > start else { return nil }
        for i in start..<bytes.count {
            let c = bytes[i]
            let d: Int
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = Int(c) - 48
            case UInt8(ascii: "a")...UInt8(ascii: "z"): d = Int(c) - 87
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): d = Int(c) - 55
            default: return nil
            }
            if d >= radix { return nil }
        }
        let negative = bytes[0] == UInt8(ascii: "-")
        bytes.removeFirst(start)
        bytes.append(0)
        let r = MPZ.make()
        let ok = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                __gmpz_set_str(r.pointer, $0, Int32(radix))
            }
        }
        guard ok == 0 else { return nil }
        if negative { __gmpz_neg(r.pointer, r.pointer) }
        self.init(r)
    }

    /// The integer with these digit values (each below `radix`, most significant first).
    public init(digitValues: [UInt8], radix: Int, negative: Bool) {
        precondition(radix >= 2 && radix <= 36)
        // GMP reads characters: turn the values into digits in place, NUL-terminated.
        var text = digitValues
        for i in 0..<text.count {
            let d = text[i]
            text[i] = d < 10 ? d + 48 : d + 87
        }
        text.append(0)
        let r = MPZ.make()
        text.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                _ = __gmpz_set_str(r.pointer, $0, Int32(radix))
            }
        }
        if negative { __gmpz_neg(r.pointer, r.pointer) }
        self.init(r)
    }

    /// The integer whose magnitude has these bytes (unsigned), most significant first when
    /// `bigEndian`.
    public init(magnitudeBytes bytes: [UInt8], bigEndian: Bool) {
        let r = MPZ.make()
        bytes.withUnsafeBufferPointer { buf in
            if let base = buf.baseAddress {
                __gmpz_import(r.pointer, buf.count, bigEndian ? 1 : -1, 1, 0, 0, base)
            }
        }
        self.init(r)
    }

    // MARK: Reading values

    /// The number of limbs of the magnitude, negative for negative values.
    @inline(__always)
    var size: Int { Int(z.pointee._mp_size) }

    public var isZero: Bool { size == 0 }
    public var sign: Sign { size < 0 ? .minus : .plus }
    public var isNegative: Bool { size < 0 }
    /// -1, 0 or 1.
    public func signum() -> Int { size < 0 ? -1 : (size > 0 ? 1 : 0) }

    /// Number of 64-bit limbs in the magnitude (0 for 0).
    public var limbCount: Int { abs(size) }

    /// Bytes GMP holds for the limbs (at least the magnitude's, often more).
    public var allocatedBytes: Int { Int(z.pointee._mp_alloc) * MemoryLayout<UInt>.size }

    /// Limb `i` of the magnitude, least significant first; 0 beyond the top.
    public func limb(_ i: Int) -> UInt {
        guard i >= 0 && i < limbCount, let d = z.pointee._mp_d else { return 0 }
        return UInt(d[i])
    }

    /// |self|.
    public var magnitude: BigInt {
        if size >= 0 { return self }
        return BigInt.result { __gmpz_abs($0, z) }
    }

    /// Bits needed for the magnitude: Python's `int.bit_length()` (0 for 0).
    public var bitLength: Int {
        if size == 0 { return 0 }
        return __gmpz_sizeinbase(z, 2)
    }

    /// Number of one bits in the magnitude: Python's `int.bit_count()`.
    public var magnitudePopCount: Int {
        var n = 0
        for i in 0..<limbCount { n += limb(i).nonzeroBitCount }
        return n
    }

    /// Number of zero bits below the lowest one bit of the magnitude (0 for 0).
    public var trailingZeroBitCount: Int {
        if size == 0 { return 0 }
        return Int(__gmpz_scan1(z, 0))
    }

    /// Bit `i` of the magnitude.
    public func magnitudeBit(_ i: Int) -> Bool {
        let l = limb(i / UInt.bitWidth)
        return (l >> UInt(i % UInt.bitWidth)) & 1 == 1
    }

    /// The bytes of the magnitude, least significant first (empty for 0).
    public func magnitudeBytesLittleEndian() -> [UInt8] {
        let count = (bitLength + 7) / 8
        if count == 0 { return [] }
        var out = [UInt8](repeating: 0, count: count)
        var written = 0
        out.withUnsafeMutableBufferPointer { buf in
            _ = __gmpz_export(buf.baseAddress, &written, -1, 1, 0, 0, z)
        }
        return out
    }

    /// The digits in `radix` (2...36), with a leading `-` for negative values.
    public func toString(radix: Int = 10, uppercase: Bool = false) -> String {
        precondition(radix >= 2 && radix <= 36)
        let count = __gmpz_sizeinbase(z, Int32(radix)) + 2
        var buffer = [CChar](repeating: 0, count: count)
        buffer.withUnsafeMutableBufferPointer { buf in
            _ = __gmpz_get_str(buf.baseAddress, Int32(uppercase ? -radix : radix), z)
        }
        return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    /// The nearest double, ties to even; ±infinity beyond the double range.
    public var doubleValue: Double {
        let n = bitLength
        if n <= 64 {
            let m = Double(limb(0))
            return size < 0 ? -m : m
        }
        // The top 64 bits, with any nonzero bit below them folded into the lowest bit: it
        // sits far below the 53rd, so the conversion rounds as the full value would.
        var top = BigInt.result { __gmpz_tdiv_q_2exp($0, z, UInt(n - 64)) }.limb(0)
        if trailingZeroBitCount < n - 64 { top |= 1 }
        let d = Double(sign: .plus, exponent: n - 64, significand: Double(top))
        return size < 0 ? -d : d
    }
}

// MARK: - Conversions from BigInt

extension Int {
    /// The value when it fits a machine int.
    public init?(exactly b: BigInt) {
        guard __gmpz_fits_slong_p(b.z) != 0 else { return nil }
        self = __gmpz_get_si(b.z)
    }
}

extension UInt64 {
    /// The value when it fits 64 unsigned bits.
    public init?(exactly b: BigInt) {
        guard b.size >= 0 && b.size <= 1 else { return nil }
        self = UInt64(b.limb(0))
    }
}

extension Double {
    /// The nearest double, ties to even; ±infinity beyond the double range.
    public init(_ b: BigInt) { self = b.doubleValue }
}

extension String {
    /// The digits of `b` in `radix`.
    public init(_ b: BigInt, radix: Int = 10, uppercase: Bool = false) {
        self = b.toString(radix: radix, uppercase: uppercase)
    }
}

// MARK: - Protocols

extension BigInt: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(value) }
}

extension BigInt: CustomStringConvertible {
    public var description: String { toString() }
}

extension BigInt: Comparable, Hashable {
    public static func == (a: BigInt, b: BigInt) -> Bool { __gmpz_cmp(a.z, b.z) == 0 }
    public static func < (a: BigInt, b: BigInt) -> Bool { __gmpz_cmp(a.z, b.z) < 0 }

    /// -1, 0 or 1 as `a` is below, equal to or above `b`.
    public static func compare(_ a: BigInt, _ b: BigInt) -> Int {
        let c = __gmpz_cmp(a.z, b.z)
        return c < 0 ? -1 : (c > 0 ? 1 : 0)
    }

    /// -1, 0 or 1 as `self` is below, equal to or above the finite double `d`, exactly (the
    /// int is not rounded).
    public func compare(toFinite d: Double) -> Int {
        precondition(d.isFinite, "BigInt.compare(toFinite:) needs a finite double")
        let c = __gmpz_cmp_d(z, d)
        return c < 0 ? -1 : (c > 0 ? 1 : 0)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(size)
        for i in 0..<limbCount { hasher.combine(limb(i)) }
    }
}

// Comparisons with a machine int, without making a BigInt of it.
extension BigInt {
    public static func == (a: BigInt, b: Int) -> Bool { __gmpz_cmp_si(a.z, b) == 0 }
    public static func != (a: BigInt, b: Int) -> Bool { __gmpz_cmp_si(a.z, b) != 0 }
    public static func < (a: BigInt, b: Int) -> Bool { __gmpz_cmp_si(a.z, b) < 0 }
    public static func > (a: BigInt, b: Int) -> Bool { __gmpz_cmp_si(a.z, b) > 0 }
    public static func <= (a: BigInt, b: Int) -> Bool { __gmpz_cmp_si(a.z, b) <= 0 }
    public static func >= (a: BigInt, b: Int) -> Bool { __gmpz_cmp_si(a.z, b) >= 0 }
}

// MARK: - Arithmetic

extension BigInt {
    public static func + (a: BigInt, b: BigInt) -> BigInt { result { __gmpz_add($0, a.z, b.z) } }
    public static func - (a: BigInt, b: BigInt) -> BigInt { result { __gmpz_sub($0, a.z, b.z) } }
    public static func * (a: BigInt, b: BigInt) -> BigInt { result { __gmpz_mul($0, a.z, b.z) } }
    public static prefix func - (a: BigInt) -> BigInt { result { __gmpz_neg($0, a.z) } }

    public static func + (a: BigInt, b: Int) -> BigInt {
        result { b >= 0 ? __gmpz_add_ui($0, a.z, UInt(b)) : __gmpz_sub_ui($0, a.z, b.magnitude) }
    }
    public static func - (a: BigInt, b: Int) -> BigInt {
        result { b >= 0 ? __gmpz_sub_ui($0, a.z, UInt(b)) : __gmpz_add_ui($0, a.z, b.magnitude) }
    }
    public static func * (a: BigInt, b: Int) -> BigInt { result { __gmpz_mul_si($0, a.z, b) } }

    public static func += (a: inout BigInt, b: BigInt) {
        if isKnownUniquelyReferenced(&a.mpz) { __gmpz_add(a.z, a.z, b.z) } else { a = a + b }
    }
    public static func -= (a: inout BigInt, b: BigInt) {
        if isKnownUniquelyReferenced(&a.mpz) { __gmpz_sub(a.z, a.z, b.z) } else { a = a - b }
    }
    public static func *= (a: inout BigInt, b: BigInt) {
        if isKnownUniquelyReferenced(&a.mpz) { __gmpz_mul(a.z, a.z, b.z) } else { a = a * b }
    }
    public static func += (a: inout BigInt, b: Int) { a = a + b }
    public static func -= (a: inout BigInt, b: Int) { a = a - b }
    public static func *= (a: inout BigInt, b: Int) { a = a * b }

    /// Quotient truncated toward zero; the divisor must not be zero.
    public static func / (a: BigInt, b: BigInt) -> BigInt {
        precondition(!b.isZero, "BigInt division by zero")
        return result { __gmpz_tdiv_q($0, a.z, b.z) }
    }

    /// Remainder of the truncated division (the dividend's sign); the divisor must not be zero.
    public static func % (a: BigInt, b: BigInt) -> BigInt {
        precondition(!b.isZero, "BigInt division by zero")
        return result { __gmpz_tdiv_r($0, a.z, b.z) }
    }

    /// Truncated quotient and remainder; the divisor must not be zero.
    public func quotientAndRemainder(dividingBy b: BigInt) -> (quotient: BigInt, remainder: BigInt) {
        precondition(!b.isZero, "BigInt division by zero")
        let q = MPZ.make(), r = MPZ.make()
        __gmpz_tdiv_qr(q.pointer, r.pointer, z, b.z)
        return (BigInt(q), BigInt(r))
    }

    /// Quotient rounded toward negative infinity and the remainder with the divisor's sign
    /// (Python's divmod); the divisor must not be zero.
    public func floorDivMod(_ b: BigInt) -> (quotient: BigInt, remainder: BigInt) {
        precondition(!b.isZero, "BigInt division by zero")
        let q = MPZ.make(), r = MPZ.make()
        __gmpz_fdiv_qr(q.pointer, r.pointer, z, b.z)
        return (BigInt(q), BigInt(r))
    }

    /// Quotient rounded toward negative infinity; the divisor must not be zero.
    public func floorDiv(_ b: BigInt) -> BigInt {
        precondition(!b.isZero, "BigInt division by zero")
        return BigInt.result { __gmpz_fdiv_q($0, z, b.z) }
    }

    /// Remainder with the divisor's sign; the divisor must not be zero.
    public func floorMod(_ b: BigInt) -> BigInt {
        precondition(!b.isZero, "BigInt division by zero")
        return BigInt.result { __gmpz_fdiv_r($0, z, b.z) }
    }

    /// `self ** e` for e >= 0.
    public func power(_ e: Int) -> BigInt {
        precondition(e >= 0, "BigInt.power needs a non-negative exponent")
        return BigInt.result { __gmpz_pow_ui($0, z, UInt(e)) }
    }

    /// `self ** e mod m` in 0..<|m| for e >= 0 and m != 0.
    public func power(_ e: BigInt, modulus m: BigInt) -> BigInt {
        precondition(!e.isNegative && !m.isZero, "BigInt.power(_:modulus:) needs e >= 0 and m != 0")
        return BigInt.result { __gmpz_powm($0, z, e.z, m.z) }
    }

    /// The inverse of `self` modulo `m` (m != 0) in 0..<|m|, or nil when there is none.
    public func inverse(modulo m: BigInt) -> BigInt? {
        precondition(!m.isZero, "BigInt.inverse needs a nonzero modulus")
        let r = MPZ.make()
        guard __gmpz_invert(r.pointer, z, m.z) != 0 else { return nil }
        return BigInt(r)
    }

    /// The non-negative greatest common divisor.
    public func greatestCommonDivisor(with b: BigInt) -> BigInt { BigInt.result { __gmpz_gcd($0, z, b.z) } }

    /// The non-negative least common multiple.
    public func leastCommonMultiple(with b: BigInt) -> BigInt { BigInt.result { __gmpz_lcm($0, z, b.z) } }

    /// The floor of the square root; self must not be negative.
    public func squareRoot() -> BigInt {
        precondition(!isNegative, "BigInt.squareRoot of a negative value")
        return BigInt.result { __gmpz_sqrt($0, z) }
    }

    /// n!.
    public static func factorial(_ n: Int) -> BigInt {
        precondition(n >= 0)
        return result { __gmpz_fac_ui($0, UInt(n)) }
    }

    /// The binomial coefficient C(n, k) for k >= 0.
    public static func binomial(_ n: BigInt, _ k: Int) -> BigInt {
        precondition(k >= 0)
        return result { __gmpz_bin_ui($0, n.z, UInt(k)) }
    }

    // MARK: Bits (two's complement semantics on unbounded ints, as Python's)

    /// `a * 2^n` for n >= 0.
    public static func << (a: BigInt, n: Int) -> BigInt {
        precondition(n >= 0, "BigInt shift count must not be negative")
        return result { __gmpz_mul_2exp($0, a.z, UInt(n)) }
    }

    /// `floor(a / 2^n)` for n >= 0: negative values tend to -1.
    public static func >> (a: BigInt, n: Int) -> BigInt {
        precondition(n >= 0, "BigInt shift count must not be negative")
        return result { __gmpz_fdiv_q_2exp($0, a.z, UInt(n)) }
    }

    public static func & (a: BigInt, b: BigInt) -> BigInt { result { __gmpz_and($0, a.z, b.z) } }
    public static func | (a: BigInt, b: BigInt) -> BigInt { result { __gmpz_ior($0, a.z, b.z) } }
    public static func ^ (a: BigInt, b: BigInt) -> BigInt { result { __gmpz_xor($0, a.z, b.z) } }
    /// `-a - 1`.
    public static prefix func ~ (a: BigInt) -> BigInt { result { __gmpz_com($0, a.z) } }
}
