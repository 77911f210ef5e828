// Arithmetic on int (machine word or BigInt), bool and float, with Python's semantics.

import BigInt

/// A numeric operand, unwrapped.
enum Num {
    case int(Int)
    case big(BigInt)
    case float(Double)

    var isFloat: Bool {
        if case .float = self { return true }
        return false
    }

    var asBig: BigInt {
        switch self {
        case .int(let i): return BigInt(i)
        case .big(let b): return b
        case .float(let d): return BigInt(d)
        }
    }
}

extension Interpreter {
    /// The numeric value of an int, bool, float (or a subclass instance), else nil.
    func number(_ v: Value) -> Num? {
        switch v {
        case .int(let i): return .int(i)
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .float(d)
        case .object(let r):
            if let b = r.obj as? BigIntObj { return .big(b.value) }
            if let i = r.obj as? InstanceObj, !i.payload.isNone { return number(i.payload) }
            return nil
        default: return nil
        }
    }

    func intValue(_ n: Num) -> Value {
        switch n {
        case .int(let i): return .int(i)
        case .big(let b): return newInt(b)
        case .float(let d): return .float(d)
        }
    }

    func toDouble(_ n: Num) throws -> Double {
        switch n {
        case .int(let i): return Double(i)
        case .float(let d): return d
        case .big(let b):
            let d = Double(b)
            if !d.isFinite { throw overflowError("int too large to convert to float") }
            return d
        }
    }

    /// `a op b` for numbers; nil when the operand types do not support it.
    func numericBinary(_ op: BinaryOpcode, _ a: Num, _ b: Num) throws -> Value? {
        switch (a, b) {
        case (.float, _), (_, .float):
            return try floatBinary(op, try toDouble(a), try toDouble(b))
        case (.int(let x), .int(let y)):
            return try intBinary(op, x, y)
        default:
            return try bigBinary(op, a.asBig, b.asBig)
        }
    }

    private func intBinary(_ op: BinaryOpcode, _ x: Int, _ y: Int) throws -> Value? {
        switch op {
        case .add:
            let (r, o) = x.addingReportingOverflow(y)
            return o ? newInt(BigInt(x) + BigInt(y)) : .int(r)
        case .sub:
            let (r, o) = x.subtractingReportingOverflow(y)
            return o ? newInt(BigInt(x) - BigInt(y)) : .int(r)
        case .mul:
            let (r, o) = x.multipliedReportingOverflow(by: y)
            return o ? newInt(BigInt(x) * BigInt(y)) : .int(r)
        case .div:
            if y == 0 { throw zeroDivision("division by zero") }
            return .float(try trueDivide(BigInt(x), BigInt(y), small: (x, y)))
        case .floorDiv:
            if y == 0 { throw zeroDivision("integer division or modulo by zero") }
            if x == Int.min && y == -1 { return newInt(-BigInt(x)) }
            var q = x / y
            if (x % y != 0) && ((x < 0) != (y < 0)) { q -= 1 }
            return .int(q)
        case .mod:
            if y == 0 { throw zeroDivision("integer modulo by zero") }
            if y == -1 { return .int(0) }
            var m = x % y
            if m != 0 && ((m < 0) != (y < 0)) { m += y }
            return .int(m)
        case .pow:
            if y < 0 {
                if x == 0 { throw zeroDivision("0.0 cannot be raised to a negative power") }
                return .float(Foundation_pow(Double(x), Double(y)))
            }
            return newInt(bigPow(BigInt(x), y))
        case .lshift:
            if y < 0 { throw valueError("negative shift count") }
            if x == 0 { return .int(0) }
            if y < 63 {
                let r = x << y
                if r >> y == x { return .int(r) }
            }
            if y > 100_000_000 { throw overflowError("too many digits in integer") }
            return newInt(BigInt(x) << y)
        case .rshift:
            if y < 0 { throw valueError("negative shift count") }
            return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
        case .and: return .int(x & y)
        case .or: return .int(x | y)
        case .xor: return .int(x ^ y)
        case .matmul: return nil
        }
    }

    private func bigBinary(_ op: BinaryOpcode, _ x: BigInt, _ y: BigInt) throws -> Value? {
        switch op {
        case .add: return newInt(x + y)
        case .sub: return newInt(x - y)
        case .mul:
            if x.bitWidth + y.bitWidth > 80_000_000 { throw error(types.exceptions.memoryError, "") }
            return newInt(x * y)
        case .div:
            if y.isZero { throw zeroDivision("division by zero") }
            return .float(try trueDivide(x, y, small: nil))
        case .floorDiv:
            if y.isZero { throw zeroDivision("integer division or modulo by zero") }
            return newInt(floorDivBig(x, y))
        case .mod:
            if y.isZero { throw zeroDivision("integer modulo by zero") }
            return newInt(x - floorDivBig(x, y) * y)
        case .pow:
            if y.sign == .minus {
                return .float(Foundation_pow(try toDouble(.big(x)), try toDouble(.big(y))))
            }
            guard let e = Int(exactly: y) else { throw overflowError("exponent too large") }
            if x.bitWidth * e > 400_000_000 { throw error(types.exceptions.memoryError, "") }
            return newInt(bigPow(x, e))
        case .lshift:
            if y.sign == .minus { throw valueError("negative shift count") }
            guard let s = Int(exactly: y), s < 100_000_000 else { throw overflowError("too many digits in integer") }
            return newInt(x << s)
        case .rshift:
            if y.sign == .minus { throw valueError("negative shift count") }
            guard let s = Int(exactly: y) else { return .int(x.sign == .minus ? -1 : 0) }
            return newInt(x >> s)
        case .and: return newInt(x & y)
        case .or: return newInt(x | y)
        case .xor: return newInt(x ^ y)
        case .matmul: return nil
        }
    }

    func floorDivBig(_ x: BigInt, _ y: BigInt) -> BigInt {
        let (q, r) = x.quotientAndRemainder(dividingBy: y)
        if !r.isZero && ((r.sign == .minus) != (y.sign == .minus)) { return q - 1 }
        return q
    }

    func bigPow(_ base: BigInt, _ exp: Int) -> BigInt {
        // Left-to-right square and multiply.
        if exp == 0 { return 1 }
        var result = base
        var bit = Int.bitWidth - exp.leadingZeroBitCount - 2
        while bit >= 0 {
            result = result * result
            if (exp >> bit) & 1 == 1 { result = result * base }
            bit -= 1
        }
        return result
    }

    /// int / int, correctly rounded for values that fit a double's range.
    private func trueDivide(_ x: BigInt, _ y: BigInt, small: (Int, Int)?) throws -> Double {
        if let (a, b) = small, a.magnitude < (1 << 53), b.magnitude < (1 << 53) {
            return Double(a) / Double(b)
        }
        let dx = Double(x), dy = Double(y)
        if dx.isFinite && dy.isFinite && x.magnitude < (BigUInt(1) << 53) && y.magnitude < (BigUInt(1) << 53) {
            return dx / dy
        }
        // Scale so the quotient has at least 64 significant bits and cut it to exactly 64 with a
        // sticky lowest bit (round to odd): the one rounding to 53 bits is then correct.
        let a = x.magnitude, b = y.magnitude
        let shift = max(0, 65 + b.bitWidth - a.bitWidth)
        var (q, r) = (a << shift).quotientAndRemainder(dividingBy: b)
        var sticky = !r.isZero
        let extra = max(0, q.bitWidth - 64)
        if extra > 0 {
            r = q & ((BigUInt(1) << extra) - 1)
            sticky = sticky || !r.isZero
            q >>= extra
        }
        var bits = UInt64(q)
        if sticky { bits |= 1 }
        let magnitude = Double(bits) * Foundation_pow(2.0, Double(extra - shift))
        if !magnitude.isFinite { throw overflowError("integer division result too large for a float") }
        return (x.sign == .minus) != (y.sign == .minus) ? -magnitude : magnitude
    }

    private func floatBinary(_ op: BinaryOpcode, _ x: Double, _ y: Double) throws -> Value? {
        switch op {
        case .add: return .float(x + y)
        case .sub: return .float(x - y)
        case .mul: return .float(x * y)
        case .div:
            if y == 0 { throw zeroDivision("float division by zero") }
            return .float(x / y)
        case .floorDiv:
            if y == 0 { throw zeroDivision("float floor division by zero") }
            return .float(floatFloorDiv(x, y))
        case .mod:
            if y == 0 { throw zeroDivision("float modulo") }
            return .float(floatMod(x, y))
        case .pow:
            if x == 0 && y < 0 { throw zeroDivision("0.0 cannot be raised to a negative power") }
            if x < 0 && y != y.rounded() { throw notImplemented("complex results of **") }
            let r = Foundation_pow(x, y)
            if r.isInfinite && x.isFinite && y.isFinite { throw overflowError("(34, 'Numerical result out of range')") }
            return .float(r)
        default:
            return nil
        }
    }

    func floatMod(_ x: Double, _ y: Double) -> Double {
        var m = x.truncatingRemainder(dividingBy: y)
        if m != 0 {
            if (y < 0) != (m < 0) { m += y }
        } else {
            m = (y < 0) ? -0.0 : 0.0
        }
        return m
    }

    func floatFloorDiv(_ x: Double, _ y: Double) -> Double {
        let m = x.truncatingRemainder(dividingBy: y)
        var div = (x - m) / y
        if m != 0 && ((y < 0) != (m < 0)) { div -= 1 }
        if div != 0 {
            let f = div.rounded(.down)
            if div - f > 0.5 { return f + 1 }
            return f
        }
        return (x / y < 0) ? -0.0 : 0.0
    }

    /// Ordering of two numbers; nil for NaN comparisons (all false).
    func compareNumbers(_ a: Num, _ b: Num) -> Int? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.float(let x), .float(let y)):
            if x.isNaN || y.isNaN { return nil }
            return x < y ? -1 : (x > y ? 1 : 0)
        case (.float(let x), _):
            if x.isNaN { return nil }
            if x.isInfinite { return x < 0 ? -1 : 1 }
            return compareExact(x, b.asBig)
        case (_, .float(let y)):
            if y.isNaN { return nil }
            if y.isInfinite { return y < 0 ? 1 : -1 }
            return -compareExact(y, a.asBig)
        default:
            let x = a.asBig, y = b.asBig
            return x < y ? -1 : (x > y ? 1 : 0)
        }
    }

    /// Compares a finite double with an int exactly.
    private func compareExact(_ d: Double, _ i: BigInt) -> Int {
        let fl = d.rounded(.down)
        let bf = BigInt(fl)
        if bf < i { return -1 }
        if bf > i { return 1 }
        return d > fl ? 1 : 0
    }
}

import Foundation
@inline(__always) func Foundation_pow(_ a: Double, _ b: Double) -> Double { Foundation.pow(a, b) }
