// int and float methods that convert between representations: to/from bytes, exact ratios,
// hexadecimal float text.

import BigInt
import Foundation

extension Interpreter {
    func setUpNumberConversions() {
        setUpIntConversions()
        setUpFloatConversions()
    }

    /// The int a method was called on (bools and int subclasses included).
    private func selfInt(_ args: Arguments, _ name: String) throws -> BigInt {
        guard args.positionalCount > 0, let n = number(args[0]), !n.isFloat else {
            throw typeError("descriptor '\(name)' requires a 'int' object")
        }
        return n.asBig
    }

    private func selfFloat(_ args: Arguments, _ name: String) throws -> Double {
        guard args.positionalCount > 0, case .float(let d)? = number(args[0]) else {
            throw typeError("descriptor '\(name)' requires a 'float' object")
        }
        return d
    }

    /// A positional-or-keyword argument.
    private func argument(_ args: Arguments, _ i: Int, _ name: String) -> Value? {
        i < args.positionalCount ? args[i] : args.keyword(name)
    }

    /// The `byteorder` argument of to_bytes/from_bytes: true for little-endian.
    private func isLittleEndian(_ v: Value?) throws -> Bool {
        guard let v else { return false }
        guard let s = v.asObject as? StrObj else {
            throw typeError("to_bytes() argument 'byteorder' must be str, not \(typeName(v))")
        }
        switch s.value {
        case "little": return true
        case "big": return false
        default: throw valueError("byteorder must be either 'little' or 'big'")
        }
    }

    private func setUpIntConversions() {
        let t = types!
        method(t.int, "to_bytes") { interp, args in
            let n = try interp.selfInt(args, "to_bytes")
            let length = try interp.argument(args, 1, "length").map { try interp.indexValueForRange($0) } ?? 1
            let little = try interp.isLittleEndian(interp.argument(args, 2, "byteorder"))
            let signed = try args.keyword("signed").map { try interp.truthy($0) } ?? false
            if length < 0 { throw interp.valueError("length argument must be non-negative") }
            return interp.newBytes(try interp.intToBytes(n, length: length, signed: signed, littleEndian: little))
        }
        classMethod(t.int, "from_bytes") { interp, args in
            guard let source = interp.argument(args, 1, "bytes") else {
                throw interp.typeError("from_bytes() missing required argument 'bytes' (pos 1)")
            }
            if !(source.asObject is BytesObj) { try interp.refuseImpossibleLength(source) }
            let bytes = try (source.asObject as? BytesObj)?.bytes ?? interp.iterateToArray(source).map { try interp.byteValue($0) }
            let little = try interp.isLittleEndian(interp.argument(args, 2, "byteorder"))
            let signed = try args.keyword("signed").map { try interp.truthy($0) } ?? false
            let value = interp.newInt(intFromBytes(little ? bytes.reversed() : bytes, signed: signed))
            if args[0].asObject === interp.types.int { return value }
            return try interp.call(args[0], [value])
        }
        method(t.int, "bit_count") { interp, args in
            .int(pyBitCount(try interp.selfInt(args, "bit_count")))
        }
        method(t.int, "conjugate") { interp, args in interp.newInt(try interp.selfInt(args, "conjugate")) }
        method(t.int, "as_integer_ratio") { interp, args in
            interp.newTuple([interp.newInt(try interp.selfInt(args, "as_integer_ratio")), .int(1)])
        }
    }

    /// The two's-complement (when `signed`) bytes of `n`, most significant first unless
    /// `littleEndian`; OverflowError when it does not fit `length` bytes.
    func intToBytes(_ n: BigInt, length: Int, signed: Bool, littleEndian: Bool) throws -> [UInt8] {
        if n.isNegative && !signed { throw overflowError("can't convert negative int to unsigned") }
        // A sign bit is needed for signed output: -128 fits one byte, 128 needs two.
        let bitsNeeded = n.isNegative ? (-n - 1).bitLength + 1 : n.bitLength + (signed ? 1 : 0)
        if bitsNeeded > length * 8 { throw overflowError("int too big to convert") }
        // Two's complement of a negative n in `length` bytes is 2^(8*length) + n.
        let value = n.isNegative ? (BigInt(1) << (8 * length)) + n : n
        var out = value.magnitudeBytesLittleEndian()
        if out.count < length { out.append(contentsOf: repeatElement(0, count: length - out.count)) }
        return littleEndian ? out : out.reversed()
    }

    private func setUpFloatConversions() {
        let t = types!
        method(t.float, "as_integer_ratio") { interp, args in
            let d = try interp.selfFloat(args, "as_integer_ratio")
            if d.isNaN { throw interp.valueError("cannot convert NaN to integer ratio") }
            if d.isInfinite { throw interp.overflowError("cannot convert Infinity to integer ratio") }
            let (numerator, denominator) = floatRatio(d)
            return interp.newTuple([interp.newInt(numerator), interp.newInt(denominator)])
        }
        method(t.float, "hex") { interp, args in interp.newStr(floatHex(try interp.selfFloat(args, "hex"))) }
        classMethod(t.float, "fromhex") { interp, args in
            try interp.expectMethodArgs(args, "float.fromhex", min: 1, max: 1)
            guard let s = args[1].asObject as? StrObj else {
                throw interp.typeError("fromhex() argument must be str, not \(interp.typeName(args[1]))")
            }
            let value = Value.float(try interp.parseHexFloat(s.value))
            if args[0].asObject === interp.types.float { return value }
            return try interp.call(args[0], [value])
        }
        method(t.float, "conjugate") { interp, args in .float(try interp.selfFloat(args, "conjugate")) }
    }

    /// float.fromhex: [sign] ['0x'] hexdigits ['.' hexdigits] ['p' exponent], or inf/nan,
    /// surrounded by optional whitespace; correctly rounded.
    func parseHexFloat(_ text: String) throws -> Double {
        let invalid = valueError("invalid hexadecimal floating-point string")
        var s = Substring(pyStrip(text))
        var negative = false
        if let c = s.first, c == "+" || c == "-" { negative = c == "-"; s = s.dropFirst() }
        switch s.lowercased() {
        case "inf", "infinity": return negative ? -.infinity : .infinity
        case "nan": return .nan
        default: break
        }
        if s.lowercased().hasPrefix("0x") { s = s.dropFirst(2) }
        var mantissa = BigInt(0)
        var exponent = 0
        var digits = 0
        var seenPoint = false
        while let c = s.first, c != "p" && c != "P" {
            s = s.dropFirst()
            if c == "." && !seenPoint { seenPoint = true; continue }
            guard let d = c.hexDigitValue, c.isASCII else { throw invalid }
            mantissa = mantissa * 16 + BigInt(d)
            if seenPoint { exponent -= 4 }
            digits += 1
        }
        if digits == 0 { throw invalid }
        if !s.isEmpty {
            s = s.dropFirst()
            guard let e = Int(s), !s.hasPrefix("+-"), !s.isEmpty else { throw invalid }
            if e > 100_000 || e < -100_000 {
                if mantissa.isZero || e < 0 { return negative ? -0.0 : 0.0 }
                throw overflowError("hexadecimal value too large to represent as a float")
            }
            exponent += e
        }
        // mantissa * 2^exponent, correctly rounded by the exact int/float conversions.
        let magnitude: Double
        do {
            magnitude = exponent >= 0 ? try pyIntToDouble(mantissa << exponent)
                : try pyTrueDivide(mantissa, BigInt(1) << -exponent)
        } catch {
            throw overflowError("hexadecimal value too large to represent as a float")
        }
        if magnitude.isInfinite { throw overflowError("hexadecimal value too large to represent as a float") }
        return negative ? -magnitude : magnitude
    }
}

/// The int whose bytes, most significant first, are `bytes` (two's complement when `signed`).
private func intFromBytes<C: Collection>(_ bytes: C, signed: Bool) -> BigInt where C.Element == UInt8 {
    var value = BigInt(magnitudeBytes: Array(bytes), bigEndian: true)
    if signed, let first = bytes.first, first & 0x80 != 0 {
        value -= BigInt(1) << (8 * bytes.count)
    }
    return value
}

/// The exact ratio of a finite double in lowest terms, denominator positive.
private func floatRatio(_ d: Double) -> (BigInt, BigInt) {
    var (mantissa, exponent) = pyDoubleParts(d)
    if mantissa == 0 { return (0, 1) }
    // Shift out trailing zero bits so the ratio is in lowest terms.
    let zeros = mantissa.trailingZeroBitCount
    mantissa >>= UInt64(zeros)
    exponent += zeros
    let signed = d < 0 ? -BigInt(mantissa) : BigInt(mantissa)
    if exponent >= 0 { return (signed << exponent, 1) }
    return (signed, BigInt(1) << -exponent)
}

/// float.hex(): "0x1.8000000000000p+0", "-0x0.0p+0", "inf", "nan"; subnormals start "0x0.".
private func floatHex(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    let sign = d.sign == .minus ? "-" : ""
    if d == 0 { return sign + "0x0.0p+0" }
    let subnormal = d.exponentBitPattern == 0
    let lead = subnormal ? 0 : 1
    let exponent = subnormal ? -1022 : Int(d.exponentBitPattern) - 1023
    let fraction = String(d.significandBitPattern, radix: 16).leftPadded(to: 13)
    return "\(sign)0x\(lead).\(fraction)p\(exponent < 0 ? "-" : "+")\(abs(exponent))"
}
