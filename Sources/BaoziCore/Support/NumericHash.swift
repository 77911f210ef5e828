import BigInt

// Python's numeric hashing (sys.hash_info): hash(x) is x reduced modulo the Mersenne prime
// 2^61 - 1 for ints and for the exact rational value of floats, so numbers that compare
// equal hash equal. -1 is reserved as an error marker in CPython and becomes -2.

/// The modulus of Python's numeric hash, 2^61 - 1 (sys.hash_info.modulus).
let pyHashModulus: UInt64 = (1 << 61) - 1
/// hash(float('inf')); hash(float('-inf')) is its negation (sys.hash_info.inf).
let pyHashInfinity = 314159

/// Reduces x modulo 2^61 - 1 using 2^61 ≡ 1.
@inline(__always)
private func hashReduceMersenne(_ x: UInt64) -> UInt64 {
    var r = (x & pyHashModulus) &+ (x >> 61)
    if r >= pyHashModulus { r -= pyHashModulus }
    return r
}

@inline(__always)
private func hashFinish(_ magnitudeHash: UInt64, negative: Bool) -> Int {
    var h = Int(magnitudeHash)
    if negative { h = -h }
    return h == -1 ? -2 : h
}

/// Python's `hash(n)` for a machine int.
func pyHashInt(_ v: Int) -> Int {
    return hashFinish(hashReduceMersenne(UInt64(v.magnitude)), negative: v < 0)
}

/// Python's `hash(n)` for a big int.
func pyHashInt(_ v: BigInt) -> Int {
    // Horner over 64-bit words from the top: acc = acc * 2^64 + w, and 2^64 ≡ 8 (mod 2^61 - 1).
    var acc: UInt64 = 0
    var i = v.limbCount - 1
    while i >= 0 {
        acc = hashReduceMersenne(acc << 3)              // acc < 2^61, so the shift cannot overflow
        acc = hashReduceMersenne(acc &+ hashReduceMersenne(UInt64(v.limb(i))))
        i -= 1
    }
    return hashFinish(acc, negative: v.isNegative)
}

/// Python's `hash(x)` for a float: equals `hash(int(x))` for integral values and the
/// modular value of the exact fraction otherwise (hash(1.5) == 1152921504606846977);
/// ±inf hash to ±314159 and NaN to 0.
func pyHashFloat(_ x: Double) -> Int {
    if x.isNaN { return 0 }
    if x.isInfinite { return x > 0 ? pyHashInfinity : -pyHashInfinity }
    if x == 0 { return 0 }
    let (m, e) = pyDoubleParts(x)
    // m * 2^e mod P: a power of two modulo 2^61 - 1 is a rotation within 61 bits.
    var h = hashReduceMersenne(m)
    var shift = e % 61
    if shift < 0 { shift += 61 }
    if shift > 0 {
        h = ((h << UInt64(shift)) & pyHashModulus) | (h >> UInt64(61 - shift))
        h = hashReduceMersenne(h)
    }
    return hashFinish(h, negative: x < 0)
}
