// Conversion of number tokens (already validated by the lexer) to constants.

enum NumberLiteral {
    /// The value of a number token's text, e.g. `0x_ff`, `1_000`, `2.5e-3`, `3j`.
    static func constant(_ text: ArraySlice<Unicode.Scalar>) -> Constant {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count)
        for c in text where c != "_" {
            bytes.append(UInt8(truncatingIfNeeded: c.value))
        }
        if let last = bytes.last, last == UInt8(ascii: "j") || last == UInt8(ascii: "J") {
            bytes.removeLast()
            return .imaginary(parseFloat(bytes))
        }
        if bytes.count > 2 && bytes[0] == UInt8(ascii: "0") {
            switch bytes[1] | 0x20 {
            case UInt8(ascii: "x"): return integer(bytes.dropFirst(2), radix: 16)
            case UInt8(ascii: "o"): return integer(bytes.dropFirst(2), radix: 8)
            case UInt8(ascii: "b"): return integer(bytes.dropFirst(2), radix: 2)
            default: break
            }
        }
        if bytes.contains(where: { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") }) {
            return .float(parseFloat(bytes))
        }
        return integer(bytes[...], radix: 10)
    }

    private static func parseFloat(_ bytes: [UInt8]) -> Double {
        // Swift's parser is correctly rounded and gives infinity on overflow, like Python.
        Double(String(decoding: bytes, as: UTF8.self)) ?? .nan
    }

    private static func digitValue(_ byte: UInt8) -> Int {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return Int(byte - UInt8(ascii: "a")) + 10
        default: return Int(byte - UInt8(ascii: "A")) + 10
        }
    }

    /// An integer in the given radix; `.bigInt` with decimal digits when it overflows `Int`.
    private static func integer(_ digits: ArraySlice<UInt8>, radix: Int) -> Constant {
        var value = 0
        for byte in digits {
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: radix)
            let (sum, overflow2) = shifted.addingReportingOverflow(digitValue(byte))
            if overflow1 || overflow2 {
                return .bigInt(decimalDigits(digits, radix: radix))
            }
            value = sum
        }
        return .int(value)
    }

    /// Schoolbook conversion: accumulate the digits into base-2^32 limbs, then peel off
    /// nine decimal digits at a time by dividing by 10^9.
    static func decimalDigits(_ digits: ArraySlice<UInt8>, radix: Int) -> String {
        if radix == 10 {
            let trimmed = digits.drop(while: { $0 == UInt8(ascii: "0") })
            return trimmed.isEmpty ? "0" : String(decoding: trimmed, as: UTF8.self)
        }
        var limbs: [UInt32] = []  // little-endian
        for byte in digits {
            var carry = UInt64(digitValue(byte))
            for index in limbs.indices {
                let product = UInt64(limbs[index]) * UInt64(radix) + carry
                limbs[index] = UInt32(truncatingIfNeeded: product)
                carry = product >> 32
            }
            if carry != 0 { limbs.append(UInt32(carry)) }
        }
        var chunks: [UInt32] = []  // base 10^9, least significant first
        while !limbs.isEmpty {
            var remainder: UInt64 = 0
            for index in limbs.indices.reversed() {
                let current = (remainder << 32) | UInt64(limbs[index])
                limbs[index] = UInt32(current / 1_000_000_000)
                remainder = current % 1_000_000_000
            }
            chunks.append(UInt32(remainder))
            while let last = limbs.last, last == 0 { limbs.removeLast() }
        }
        guard let mostSignificant = chunks.last else { return "0" }
        var result = String(mostSignificant)
        for chunk in chunks.dropLast().reversed() {
            let text = String(chunk)
            result += String(repeating: "0", count: 9 - text.count) + text
        }
        return result
    }
}
