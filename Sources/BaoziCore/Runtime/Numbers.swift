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
            if x.bitLength + y.bitLength > 80_000_000 { throw error(types.exceptions.memoryError, "") }
            return newInt(x * y)
        case .div:
            if y.isZero { throw zeroDivision("division by zero") }
            return .float(try trueDivide(x, y, small: nil))
        case .floorDiv:
            if y.isZero { throw zeroDivision("integer division or modulo by zero") }
            return newInt(x.floorDiv(y))
        case .mod:
            if y.isZero { throw zeroDivision("integer modulo by zero") }
            return newInt(x.floorMod(y))
        case .pow:
            if y.isNegative {
                return .float(Foundation_pow(try toDouble(.big(x)), try toDouble(.big(y))))
            }
            guard let e = Int(exactly: y) else { throw overflowError("exponent too large") }
            let (bits, overflow) = x.bitLength.multipliedReportingOverflow(by: e)
            if x.bitLength > 1 && (overflow || bits > 400_000_000) { throw error(types.exceptions.memoryError, "") }
            return newInt(bigPow(x, e))
        case .lshift:
            if y.isNegative { throw valueError("negative shift count") }
            guard let s = Int(exactly: y), s < 100_000_000 else { throw overflowError("too many digits in integer") }
            return newInt(x << s)
        case .rshift:
            if y.isNegative { throw valueError("negative shift count") }
            guard let s = Int(exactly: y) else { return .int(x.isNegative ? -1 : 0) }
            return newInt(x >> s)
        case .and: return newInt(x & y)
        case .or: return newInt(x | y)
        case .xor: return newInt(x ^ y)
        case .matmul: return nil
        }
    }

    /// `x op y` for a big int and an int or big int on the right, for the operators where a
    /// machine-int operand needs no conversion; nil sends everything else the general way.
    func bigIntBinary(_ op: BinaryOpcode, _ x: BigInt, _ b: Value) throws -> Value? {
        switch b {
        case .int(let n):
            switch op {
            case .add: return newInt(x + n)
            case .sub: return newInt(x - n)
            case .mul: return newInt(x * n)
            default: return nil
            }
        case .object(let r):
            guard let y = (r.obj as? BigIntObj)?.value else { return nil }
            switch op {
            case .add: return newInt(x + y)
            case .sub: return newInt(x - y)
            case .mul:
                if x.bitLength + y.bitLength > 80_000_000 { throw error(types.exceptions.memoryError, "") }
                return newInt(x * y)
            case .floorDiv where !y.isZero: return newInt(x.floorDiv(y))
            case .mod where !y.isZero: return newInt(x.floorMod(y))
            default: return nil
            }
        default:
            return nil
        }
    }

    /// `x op y` for a machine int and a big int.
    func bigIntBinary(_ op: BinaryOpcode, _ x: Int, _ y: BigInt) throws -> Value? {
        switch op {
        case .add: return newInt(y + x)
        case .sub: return newInt(-(y - x))
        case .mul: return newInt(y * x)
        default: return nil
        }
    }

    func floorDivBig(_ x: BigInt, _ y: BigInt) -> BigInt {
        return x.floorDiv(y)
    }

    func bigPow(_ base: BigInt, _ exp: Int) -> BigInt {
        return base.power(exp)
    }

    /// int / int, correctly rounded (also when the operands are beyond the float range).
    private func trueDivide(_ x: BigInt, _ y: BigInt, small: (Int, Int)?) throws -> Double {
        if let (a, b) = small, a.magnitude < (1 << 53), b.magnitude < (1 << 53) {
            return Double(a) / Double(b)
        }
        do {
            return try pyTrueDivide(x, y)
        } catch PyFormatError.overflowError(let message) {
            throw overflowError(message)
        }
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
        case (.int(let x), .float(let y)):
            return pyCompareIntDouble(x, y)
        case (.float(let x), .int(let y)):
            return pyCompareIntDouble(y, x).map { -$0 }
        case (.big(let x), .float(let y)):
            return pyCompareIntDouble(x, y)
        case (.float(let x), .big(let y)):
            return pyCompareIntDouble(y, x).map { -$0 }
        case (.big(let x), .int(let y)):
            return x < y ? -1 : (x > y ? 1 : 0)
        case (.int(let x), .big(let y)):
            return y < x ? 1 : (y > x ? -1 : 0)
        case (.big(let x), .big(let y)):
            return BigInt.compare(x, y)
        }
    }
}

import Foundation
@inline(__always) func Foundation_pow(_ a: Double, _ b: Double) -> Double { Foundation.pow(a, b) }
