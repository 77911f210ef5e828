#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The decimal digits of a finite double's magnitude: value = 0.d1d2d3... × 10^decimalPoint.
/// `digits` are ASCII '0'...'9' with no leading or trailing zeros; zero is ["0"] with point 1.
struct DecimalDigits: Equatable {
    var digits: [UInt8]
    var decimalPoint: Int

    /// Whether every digit is zero (the value rounded to zero).
    var isZero: Bool { digits.count == 1 && digits[0] == UInt8(ascii: "0") }

    /// Builds from raw digits and a point position, dropping leading and trailing zeros.
    init(raw: [UInt8], decimalPoint: Int) {
        var start = 0
        var point = decimalPoint
        while start < raw.count && raw[start] == UInt8(ascii: "0") {
            start += 1
            point -= 1
        }
        var end = raw.count
        while end > start && raw[end - 1] == UInt8(ascii: "0") { end -= 1 }
        if start == end {
            digits = [UInt8(ascii: "0")]
            self.decimalPoint = 1
        } else {
            digits = Array(raw[start..<end])
            self.decimalPoint = point
        }
    }
}

/// Parses text like "1.5e+300", "-0.001", "123.0" or "1e-05" into digits and a point position.
private func floatParseDecimalText<C: Collection>(_ text: C) -> DecimalDigits where C.Element == UInt8 {
    var raw: [UInt8] = []
    raw.reserveCapacity(24)
    var intDigits = 0
    var seenPoint = false
    var exponent = 0
    var expNegative = false
    var inExponent = false
    for b in text {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            if inExponent {
                exponent = exponent * 10 + Int(b - 48)
            } else {
                raw.append(b)
                if !seenPoint { intDigits += 1 }
            }
        case UInt8(ascii: "."):
            seenPoint = true
        case UInt8(ascii: "e"), UInt8(ascii: "E"):
            inExponent = true
        case UInt8(ascii: "-"):
            if inExponent { expNegative = true }
        default:
            break
        }
    }
    return DecimalDigits(raw: raw, decimalPoint: intDigits + (expNegative ? -exponent : exponent))
}

/// The shortest digits that read back as `d` (|d| finite), as Python's repr uses them.
/// Swift's `description` already produces the shortest round-trip digits; only its layout
/// differs from Python's, so the digits and exponent are taken from it.
func pyShortestDigits(_ d: Double) -> DecimalDigits {
    let text = d.magnitude.description
    return floatParseDecimalText(text.utf8)
}

/// Formats `d` with C's printf (`%.*e` or `%.*f`), which is exact and rounds half-to-even
/// on exact ties in glibc, like Python's own dtoa.
private func floatPrintfDigits(_ d: Double, precision: Int, fixed: Bool) -> DecimalDigits {
    // %f of a double has at most 309 integer digits; %e has one.
    let capacity = precision + (fixed ? 320 : 16)
    var buffer = [CChar](repeating: 0, count: capacity)
    let format = fixed ? "%.*f" : "%.*e"
    let written = buffer.withUnsafeMutableBufferPointer { buf -> Int32 in
        withVaList([Int32(precision), d.magnitude]) { args in
            vsnprintf(buf.baseAddress!, capacity, format, args)
        }
    }
    let count = min(Int(written), capacity - 1)
    return buffer.withUnsafeBufferPointer { buf in
        floatParseDecimalText(UnsafeRawBufferPointer(UnsafeBufferPointer(start: buf.baseAddress, count: count)))
    }
}

/// Powers of ten that fit in 64 bits: 10^0 ... 10^19.
private let floatPowersOfTen: [UInt64] = (0...19).map { n in
    var p: UInt64 = 1
    for _ in 0..<n { p *= 10 }
    return p
}

/// round_half_even(|d| * 10^f) computed exactly in 128-bit arithmetic, for 0 <= f <= 19 and
/// values small enough (below 2^63); nil when the fast path does not apply.
private func floatScaledRound(_ d: Double, _ f: Int) -> UInt128? {
    guard f >= 0 && f <= 19 else { return nil }
    let (m, e) = pyDoubleParts(d)
    let scale = UInt128(floatPowersOfTen[f])
    if e >= 0 {
        guard e <= 10 else { return nil }           // m << e < 2^63, times 10^19 < 2^127
        return UInt128(m << UInt64(e)) * scale
    }
    let product = UInt128(m) * scale                // < 2^117
    let k = -e
    if k >= 120 { return 0 }                        // below half of one unit
    let n = product >> k
    let rest = product & ((UInt128(1) << k) - 1)
    let half = UInt128(1) << (k - 1)
    if rest > half || (rest == half && n & 1 == 1) { return n + 1 }
    return n
}

/// The decimal digits of a 128-bit integer, most significant first ("0" for zero).
private func floatDigitBytes(_ n: UInt128) -> [UInt8] {
    if n == 0 { return [UInt8(ascii: "0")] }
    var out = [UInt8](repeating: 0, count: 40)
    var i = 40
    var hi = n / UInt128(floatPowersOfTen[19])
    var lo = UInt64(n % UInt128(floatPowersOfTen[19]))
    // Low 19-digit chunk, then the rest (below 2^64 after one division for our inputs).
    var chunkDigits = 0
    while lo > 0 || (hi > 0 && chunkDigits < 19) {
        i -= 1
        out[i] = UInt8(lo % 10) + 48
        lo /= 10
        chunkDigits += 1
    }
    while hi > 0 {
        i -= 1
        out[i] = UInt8(hi % 10) + 48
        hi /= 10
    }
    return Array(out[i...])
}

/// `d` correctly rounded to `count` significant digits (count >= 1), half-to-even on ties.
func pySignificantDigits(_ d: Double, count: Int) -> DecimalDigits {
    let c = max(count, 1)
    if d == 0 { return DecimalDigits(raw: [UInt8(ascii: "0")], decimalPoint: 1) }
    if c <= 17 {
        // Guess the decimal exponent, then correct it if rounding produced too many or too few digits.
        var exponent = Int(log10(d.magnitude).rounded(.down))
        for _ in 0..<3 {
            guard let n = floatScaledRound(d, c - 1 - exponent) else { break }
            let digits = floatDigitBytes(n)
            if digits.count == c {
                return DecimalDigits(raw: digits, decimalPoint: exponent + 1)
            }
            if digits.count == c + 1 && n == UInt128(floatPowersOfTen[c]) {
                // Rounded up to the next power of ten.
                return DecimalDigits(raw: [UInt8(ascii: "1")], decimalPoint: exponent + 2)
            }
            exponent += digits.count > c ? 1 : -1
        }
    }
    return floatPrintfDigits(d, precision: c - 1, fixed: false)
}

/// `d` correctly rounded to `fractionDigits` places after the decimal point.
func pyFixedDigits(_ d: Double, fractionDigits: Int) -> DecimalDigits {
    if let n = floatScaledRound(d, fractionDigits) {
        let digits = floatDigitBytes(n)
        return DecimalDigits(raw: digits, decimalPoint: digits.count - fractionDigits)
    }
    return floatPrintfDigits(d, precision: fractionDigits, fixed: true)
}
