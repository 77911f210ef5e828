import BigInt

// Multi-word unsigned arithmetic on little-endian arrays of 64-bit words.
//
// attaswift/BigInt multiplies with schoolbook loops up to 1024 words and converts to decimal
// one word-division at a time through generic code, which makes `3**200000` and `str()` of
// big ints many times slower than CPython. These kernels work on raw buffers instead:
// schoolbook below a threshold, Karatsuba above it, a dedicated squaring routine, and
// division by 10^19 with a precomputed reciprocal for decimal output. Carries go through
// UInt128 so the compiler emits add-with-carry instead of unpredictable branches.

/// Raw magnitude kernels. Inputs may carry high zero words; outputs are trimmed.
enum WordArithmetic {
    typealias Word = UInt

    /// Below this many words (of the shorter operand) schoolbook multiplication wins.
    static let karatsubaThreshold = 40
    /// Below this many words schoolbook squaring wins.
    static let karatsubaSquareThreshold = 64

    // MARK: BigInt bridging

    /// The magnitude of `x` as a word array (little-endian, trimmed).
    static func words(of x: BigUInt) -> [Word] {
        var w = Array(x.words)
        trim(&w)
        return w
    }

    /// A BigUInt built from a little-endian word array.
    static func bigUInt(_ w: [Word]) -> BigUInt {
        BigUInt(words: w)
    }

    /// Drops high zero words.
    static func trim(_ w: inout [Word]) {
        while let last = w.last, last == 0 { w.removeLast() }
    }

    // MARK: Multiplication

    /// The product `a * b` of two magnitudes.
    static func multiply(_ a: [Word], _ b: [Word]) -> [Word] {
        var a = a, b = b
        trim(&a); trim(&b)
        if a.isEmpty || b.isEmpty { return [] }
        if a.count < b.count { swap(&a, &b) }
        if b.count == 1 {
            var r = a
            let carry = multiplyAdd(&r, by: b[0], adding: 0)
            if carry != 0 { r.append(carry) }
            return r
        }
        var r = [Word](repeating: 0, count: a.count + b.count)
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                r.withUnsafeMutableBufferPointer { pr in
                    mul(pa.baseAddress!, a.count, pb.baseAddress!, b.count, pr.baseAddress!)
                }
            }
        }
        trim(&r)
        return r
    }

    /// The square `a * a` of a magnitude, about twice as fast as `multiply(a, a)`.
    static func square(_ a: [Word]) -> [Word] {
        var a = a
        trim(&a)
        if a.isEmpty { return [] }
        var r = [Word](repeating: 0, count: 2 * a.count)
        a.withUnsafeBufferPointer { pa in
            r.withUnsafeMutableBufferPointer { pr in
                sqr(pa.baseAddress!, a.count, pr.baseAddress!)
            }
        }
        trim(&r)
        return r
    }

    /// `a = a * m + addend`, returning the carry-out word (the caller appends it if nonzero).
    @discardableResult
    static func multiplyAdd(_ a: inout [Word], by m: Word, adding addend: Word) -> Word {
        var carry = addend
        a.withUnsafeMutableBufferPointer { p in
            for i in 0..<p.count {
                let t = UInt128(p[i]) &* UInt128(m) &+ UInt128(carry)
                p[i] = Word(truncatingIfNeeded: t)
                carry = Word(truncatingIfNeeded: t &>> 64)
            }
        }
        return carry
    }

    /// r[0..<an+bn] = a * b, with an >= bn >= 1. Overwrites r.
    private static func mul(_ a: UnsafePointer<Word>, _ an: Int,
                            _ b: UnsafePointer<Word>, _ bn: Int,
                            _ r: UnsafeMutablePointer<Word>) {
        if bn < karatsubaThreshold {
            schoolbookMultiply(a, an, b, bn, r)
            return
        }
        let k = (an + 1) / 2
        if bn <= k {
            // Unbalanced: cut `a` into pieces of bn words and add the partial products.
            r.initialize(repeating: 0, count: an + bn)
            var tmp = [Word](repeating: 0, count: 2 * bn)
            tmp.withUnsafeMutableBufferPointer { pt in
                var off = 0
                while off < an {
                    let len = min(bn, an - off)
                    if len >= bn {
                        mul(a + off, len, b, bn, pt.baseAddress!)
                    } else {
                        mul(b, bn, a + off, len, pt.baseAddress!)
                    }
                    addInto(r + off, an + bn - off, pt.baseAddress!, len + bn)
                    off += len
                }
            }
            return
        }
        // Balanced Karatsuba: a = a1*B^k + a0, b = b1*B^k + b0.
        let a1n = an - k, b1n = bn - k
        mul(a, k, b, k, r)                                  // z0 -> r[0..<2k]
        if a1n >= b1n {
            mul(a + k, a1n, b + k, b1n, r + 2 * k)          // z2 -> r[2k..<an+bn]
        } else {
            mul(b + k, b1n, a + k, a1n, r + 2 * k)
        }
        var sa = [Word](repeating: 0, count: k + 1)
        var sb = [Word](repeating: 0, count: k + 1)
        var z1 = [Word](repeating: 0, count: 2 * k + 2)
        sa.withUnsafeMutableBufferPointer { psa in
            sb.withUnsafeMutableBufferPointer { psb in
                z1.withUnsafeMutableBufferPointer { pz in
                    let s = psa.baseAddress!, t = psb.baseAddress!, z = pz.baseAddress!
                    sumInto(s, a, k, a + k, a1n)
                    sumInto(t, b, k, b + k, b1n)
                    let sn = s[k] == 0 ? k : k + 1
                    let tn = t[k] == 0 ? k : k + 1
                    if sn >= tn { mul(s, sn, t, tn, z) } else { mul(t, tn, s, sn, z) }
                    let zn = sn + tn
                    subtractFrom(z, zn, r, 2 * k)
                    subtractFrom(z, zn, r + 2 * k, an + bn - 2 * k)
                    addInto(r + k, an + bn - k, z, min(zn, an + bn - k))
                }
            }
        }
    }

    /// r[0..<2an] = a * a. Overwrites r.
    private static func sqr(_ a: UnsafePointer<Word>, _ an: Int, _ r: UnsafeMutablePointer<Word>) {
        if an < karatsubaSquareThreshold {
            schoolbookSquare(a, an, r)
            return
        }
        let k = (an + 1) / 2
        let a1n = an - k
        sqr(a, k, r)                    // z0 -> r[0..<2k]
        sqr(a + k, a1n, r + 2 * k)      // z2 -> r[2k..<2an]
        var s = [Word](repeating: 0, count: k + 1)
        var z1 = [Word](repeating: 0, count: 2 * k + 2)
        s.withUnsafeMutableBufferPointer { ps in
            z1.withUnsafeMutableBufferPointer { pz in
                let sp = ps.baseAddress!, z = pz.baseAddress!
                sumInto(sp, a, k, a + k, a1n)
                let sn = sp[k] == 0 ? k : k + 1
                sqr(sp, sn, z)
                let zn = 2 * sn
                subtractFrom(z, zn, r, 2 * k)
                subtractFrom(z, zn, r + 2 * k, 2 * an - 2 * k)
                addInto(r + k, 2 * an - k, z, min(zn, 2 * an - k))
            }
        }
    }

    private static func schoolbookMultiply(_ a: UnsafePointer<Word>, _ an: Int,
                                           _ b: UnsafePointer<Word>, _ bn: Int,
                                           _ r: UnsafeMutablePointer<Word>) {
        r.initialize(repeating: 0, count: an + bn)
        for i in 0..<bn {
            let m = b[i]
            if m == 0 { continue }
            var carry: Word = 0
            let ri = r + i
            for j in 0..<an {
                let t = UInt128(a[j]) &* UInt128(m) &+ UInt128(ri[j]) &+ UInt128(carry)
                ri[j] = UInt(truncatingIfNeeded: t)
                carry = UInt(truncatingIfNeeded: t &>> 64)
            }
            ri[an] = carry
        }
    }

    private static func schoolbookSquare(_ a: UnsafePointer<Word>, _ an: Int,
                                         _ r: UnsafeMutablePointer<Word>) {
        r.initialize(repeating: 0, count: 2 * an)
        // Cross products a[i]*a[j] for i < j, once each.
        for i in 0..<an {
            let m = a[i]
            if m == 0 { continue }
            var carry: Word = 0
            let ri = r + 2 * i + 1
            var j = i + 1
            while j < an {
                let t = UInt128(a[j]) &* UInt128(m) &+ UInt128(ri[j - i - 1]) &+ UInt128(carry)
                ri[j - i - 1] = UInt(truncatingIfNeeded: t)
                carry = UInt(truncatingIfNeeded: t &>> 64)
                j += 1
            }
            ri[an - i - 1] = carry
        }
        // Double them, then add the diagonal squares.
        var top: Word = 0
        for i in 0..<(2 * an) {
            let w = r[i]
            r[i] = (w << 1) | top
            top = w >> 63
        }
        var carry: UInt128 = 0
        for i in 0..<an {
            let sq = UInt128(a[i]) &* UInt128(a[i])
            let lo = UInt128(r[2 * i]) &+ (sq & UInt128(Word.max)) &+ carry
            r[2 * i] = Word(truncatingIfNeeded: lo)
            let hi = UInt128(r[2 * i + 1]) &+ (sq &>> 64) &+ (lo &>> 64)
            r[2 * i + 1] = Word(truncatingIfNeeded: hi)
            carry = hi &>> 64
        }
    }

    /// s[0...xn] = x[0..<xn] + y[0..<yn] where yn <= xn; s has xn + 1 words.
    private static func sumInto(_ s: UnsafeMutablePointer<Word>, _ x: UnsafePointer<Word>, _ xn: Int,
                                _ y: UnsafePointer<Word>, _ yn: Int) {
        var carry: UInt128 = 0
        for i in 0..<xn {
            let t = UInt128(x[i]) &+ UInt128(i < yn ? y[i] : 0) &+ carry
            s[i] = Word(truncatingIfNeeded: t)
            carry = t &>> 64
        }
        s[xn] = Word(truncatingIfNeeded: carry)
    }

    /// r[0..<rn] += x[0..<xn] (xn <= rn); a carry out of r is dropped (callers size r to fit).
    private static func addInto(_ r: UnsafeMutablePointer<Word>, _ rn: Int,
                                _ x: UnsafePointer<Word>, _ xn: Int) {
        var c: UInt128 = 0
        var i = 0
        while i < xn {
            let t = UInt128(r[i]) &+ UInt128(x[i]) &+ c
            r[i] = Word(truncatingIfNeeded: t)
            c = t &>> 64
            i += 1
        }
        var carry = c != 0
        while carry && i < rn {
            let (s, o) = r[i].addingReportingOverflow(1)
            r[i] = s
            carry = o
            i += 1
        }
    }

    /// z[0..<zn] -= x[0..<xn] where the result is known to be non-negative.
    private static func subtractFrom(_ z: UnsafeMutablePointer<Word>, _ zn: Int,
                                     _ x: UnsafePointer<Word>, _ xn: Int) {
        var b: UInt128 = 0
        var i = 0
        let n = min(xn, zn)
        while i < n {
            // Wrapping 128-bit subtraction: the high half is all ones exactly when we borrowed.
            let t = UInt128(z[i]) &- UInt128(x[i]) &- b
            z[i] = Word(truncatingIfNeeded: t)
            b = t &>> 127
            i += 1
        }
        var borrow = b != 0
        while borrow && i < zn {
            let (d, o) = z[i].subtractingReportingOverflow(1)
            z[i] = d
            borrow = o
            i += 1
        }
    }

    // MARK: Powers

    /// `base ** exp` for a magnitude by left-to-right square-and-multiply.
    static func power(_ base: [Word], _ exp: UInt) -> [Word] {
        var base = base
        trim(&base)
        if exp == 0 { return [1] }
        if base.isEmpty { return [] }
        if base == [1] { return [1] }
        var result = base
        var bit = UInt.bitWidth - 1 - exp.leadingZeroBitCount - 1
        while bit >= 0 {
            result = square(result)
            if (exp >> UInt(bit)) & 1 == 1 {
                if base.count == 1 {
                    let carry = multiplyAdd(&result, by: base[0], adding: 0)
                    if carry != 0 { result.append(carry) }
                } else {
                    result = multiply(result, base)
                }
            }
            bit -= 1
        }
        return result
    }

    // MARK: Decimal conversion

    /// 10^19, the largest power of ten in a word; its top bit is set, so it is already
    /// normalised for reciprocal division.
    static let tenPow19: Word = 10_000_000_000_000_000_000
    /// floor((2^128 - 1) / 10^19) - 2^64, the reciprocal used by `divideStep`.
    static let tenPow19Reciprocal: Word = tenPow19.dividingFullWidth((high: ~tenPow19, low: Word.max)).quotient

    /// Divides the two-word value (u1, u0), u1 < 10^19, by 10^19 using the precomputed
    /// reciprocal (Möller–Granlund), which avoids a hardware 128-by-64 division.
    @inline(__always)
    private static func divideStep(_ u1: Word, _ u0: Word) -> (q: Word, r: Word) {
        let d = tenPow19
        let (p1, p0) = tenPow19Reciprocal.multipliedFullWidth(by: u1)
        let (q0, c) = p0.addingReportingOverflow(u0)
        var q1 = p1 &+ u1 &+ (c ? 1 : 0) &+ 1
        var r = u0 &- q1 &* d
        if r > q0 {
            q1 = q1 &- 1
            r = r &+ d
        }
        if r >= d {
            q1 = q1 &+ 1
            r = r &- d
        }
        return (q1, r)
    }

    /// The base-10^19 limbs of a magnitude, least significant first (empty for zero).
    static func decimalLimbs(_ magnitude: [Word]) -> [Word] {
        var w = magnitude
        trim(&w)
        var limbs: [Word] = []
        limbs.reserveCapacity(w.count + w.count / 18 + 1)
        w.withUnsafeMutableBufferPointer { p in
            var n = p.count
            while n > 0 {
                var rem: Word = 0
                var i = n - 1
                while i >= 0 {
                    let (q, r) = divideStep(rem, p[i])
                    p[i] = q
                    rem = r
                    i -= 1
                }
                limbs.append(rem)
                while n > 0 && p[n - 1] == 0 { n -= 1 }
            }
        }
        return limbs
    }

    /// Decimal digits (ASCII bytes, no sign, no leading zeros; "0" for zero) of a magnitude.
    static func decimalDigits(_ magnitude: [Word]) -> [UInt8] {
        let limbs = decimalLimbs(magnitude)
        guard let top = limbs.last else { return [UInt8(ascii: "0")] }
        var out: [UInt8] = []
        out.reserveCapacity(limbs.count * 19)
        // Most significant limb without padding, the rest as exactly 19 digits.
        var head = [UInt8](repeating: 0, count: 20)
        var t = top, n = 0
        repeat {
            head[n] = UInt8(truncatingIfNeeded: t % 10) + 48
            t /= 10
            n += 1
        } while t > 0
        for i in stride(from: n - 1, through: 0, by: -1) { out.append(head[i]) }
        var chunk = [UInt8](repeating: 48, count: 19)
        for li in stride(from: limbs.count - 2, through: 0, by: -1) {
            var v = limbs[li]
            for i in stride(from: 18, through: 0, by: -1) {
                chunk[i] = UInt8(truncatingIfNeeded: v % 10) + 48
                v /= 10
            }
            out.append(contentsOf: chunk)
        }
        return out
    }

    /// The magnitude whose decimal digits (values 0...9, most significant first) are given.
    static func fromDecimalDigits(_ digits: [UInt8]) -> [Word] {
        var acc: [Word] = []
        var i = 0
        let n = digits.count
        // The first chunk takes the odd remainder so the rest are full 19-digit chunks.
        var chunkLen = n % 19 == 0 ? 19 : n % 19
        while i < n {
            var chunk: Word = 0
            var scale: Word = 1
            for j in i..<(i + chunkLen) {
                chunk = chunk &* 10 &+ Word(digits[j])
                scale = scale &* 10
            }
            let carry = multiplyAdd(&acc, by: chunkLen == 19 ? tenPow19 : scale, adding: chunk)
            if carry != 0 { acc.append(carry) }
            i += chunkLen
            chunkLen = 19
        }
        trim(&acc)
        return acc
    }
}
