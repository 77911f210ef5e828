// The math module, with CPython's error rules: a NaN result from a non-NaN argument is
// "math domain error", an infinite result from a finite argument is "math range error"
// (OverflowError) for the functions that can overflow and a domain error otherwise.

import BigInt
import Foundation

extension Interpreter {
    func setUpMathModule() {
        _ = makeModule("math") { d in
            d.setString(intern("pi"), .float(Double.pi))
            d.setString(intern("e"), .float(M_E))
            d.setString(intern("tau"), .float(2 * Double.pi))
            d.setString(intern("inf"), .float(.infinity))
            d.setString(intern("nan"), .float(.nan))
            defineMathFloatFunctions(d)
            defineMathIntegerFunctions(d)
            defineMathRounding(d)
            defineMathSums(d)
        }
    }

    // MARK: - Argument conversion

    /// A float argument: ints, floats and objects with __float__ (or __index__).
    private func mathFloat(_ v: Value) throws -> Double {
        if let n = number(v) { return try toDouble(n) }
        if v.asObject is StrObj || typeOf(v).lookup(intern("__float__")) == nil && typeOf(v).lookup(names.__index__) == nil {
            throw typeError("must be real number, not \(typeName(v))")
        }
        return try toFloat(v)
    }

    /// An integer argument (int, bool or __index__); floats are rejected as in CPython.
    func mathInteger(_ v: Value) throws -> BigInt {
        if let n = number(v), !n.isFloat { return n.asBig }
        if case .object(let r) = v, let m = r.obj.type.lookup(names.__index__) {
            let i = try call(m, [v])
            if let n = number(i), !n.isFloat { return n.asBig }
            throw typeError("__index__ returned non-int (type \(typeName(i)))")
        }
        throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
    }

    /// Applies CPython's result checks to `f(x)`.
    private func checkedMath(_ x: Double, _ r: Double, canOverflow: Bool) throws -> Value {
        if r.isNaN && !x.isNaN { throw valueError("math domain error") }
        if r.isInfinite && x.isFinite {
            if canOverflow { throw overflowError("math range error") }
            throw valueError("math domain error")
        }
        return .float(r)
    }

    private func mathArgs(_ args: Arguments, _ name: String, _ count: Int) throws {
        guard args.positionalCount == count else {
            if count == 1 { throw typeError("\(name)() takes exactly one argument (\(args.positionalCount) given)") }
            throw typeError("\(name) expected \(count) arguments, got \(args.positionalCount)")
        }
    }

    // MARK: - Float functions

    private func defineMathFloatFunctions(_ d: DictObj) {
        typealias Unary = (String, (Double) -> Double, Bool)
        let unary: [Unary] = [
            ("sqrt", Foundation.sqrt, false), ("exp", Foundation.exp, true), ("exp2", Foundation.exp2, true),
            ("expm1", Foundation.expm1, true), ("log1p", Foundation.log1p, false), ("cbrt", Foundation.cbrt, false),
            ("sin", Foundation.sin, false), ("cos", Foundation.cos, false), ("tan", Foundation.tan, false),
            ("asin", Foundation.asin, false), ("acos", Foundation.acos, false), ("atan", Foundation.atan, false),
            ("sinh", Foundation.sinh, true), ("cosh", Foundation.cosh, true), ("tanh", Foundation.tanh, false),
            ("asinh", Foundation.asinh, false), ("acosh", Foundation.acosh, false), ("atanh", Foundation.atanh, false),
            ("fabs", Swift.abs, false), ("erf", Foundation.erf, false), ("erfc", Foundation.erfc, false),
            ("gamma", mathGamma, true), ("lgamma", mathLGamma, true)]
        for (name, f, canOverflow) in unary {
            define(d, name) { interp, args in
                try interp.mathArgs(args, name, 1)
                let x = try interp.mathFloat(args[0])
                return try interp.checkedMath(x, f(x), canOverflow: canOverflow)
            }
        }
        // Unchecked, as in CPython: degrees(1e308) is inf.
        for (name, factor) in [("degrees", 180.0 / Double.pi), ("radians", Double.pi / 180.0)] {
            define(d, name) { interp, args in
                try interp.mathArgs(args, name, 1)
                return .float(try interp.mathFloat(args[0]) * factor)
            }
        }
        define(d, "log") { interp, args in
            try interp.expectArgs(args, "log", min: 1, max: 2)
            let x = try interp.mathLog(args[0], Foundation.log)
            guard args.positionalCount == 2 else { return .float(x) }
            let base = try interp.mathLog(args[1], Foundation.log)
            if base == 0 { throw interp.zeroDivision("float division by zero") }
            return .float(x / base)
        }
        define(d, "log2") { interp, args in
            try interp.mathArgs(args, "log2", 1)
            return .float(try interp.mathLog(args[0], Foundation.log2))
        }
        define(d, "log10") { interp, args in
            try interp.mathArgs(args, "log10", 1)
            return .float(try interp.mathLog(args[0], Foundation.log10))
        }
        define(d, "pow") { interp, args in
            try interp.mathArgs(args, "pow", 2)
            let x = try interp.mathFloat(args[0]), y = try interp.mathFloat(args[1])
            let r = Foundation.pow(x, y)
            if x.isFinite && y.isFinite {
                if r.isNaN { throw interp.valueError("math domain error") }
                if r.isInfinite { throw x == 0 ? interp.valueError("math domain error") : interp.overflowError("math range error") }
            }
            return .float(r)
        }
        define(d, "atan2") { interp, args in
            try interp.mathArgs(args, "atan2", 2)
            return .float(Foundation.atan2(try interp.mathFloat(args[0]), try interp.mathFloat(args[1])))
        }
        define(d, "copysign") { interp, args in
            try interp.mathArgs(args, "copysign", 2)
            return .float(Foundation.copysign(try interp.mathFloat(args[0]), try interp.mathFloat(args[1])))
        }
        define(d, "fmod") { interp, args in
            try interp.mathArgs(args, "fmod", 2)
            let x = try interp.mathFloat(args[0]), y = try interp.mathFloat(args[1])
            if y.isInfinite && x.isFinite { return .float(x) }
            let r = Foundation.fmod(x, y)
            if r.isNaN && !x.isNaN && !y.isNaN { throw interp.valueError("math domain error") }
            return .float(r)
        }
        define(d, "remainder") { interp, args in
            try interp.mathArgs(args, "remainder", 2)
            let x = try interp.mathFloat(args[0]), y = try interp.mathFloat(args[1])
            let r = Foundation.remainder(x, y)
            if r.isNaN && !x.isNaN && !y.isNaN { throw interp.valueError("math domain error") }
            return .float(r)
        }
        define(d, "hypot") { interp, args in
            .float(vectorNorm(try args.positional.map { try interp.mathFloat($0) }))
        }
        define(d, "dist") { interp, args in
            try interp.mathArgs(args, "dist", 2)
            // Each point becomes a tuple first, as in CPython.
            try interp.refuseImpossibleLength(args[0])
            let p = try interp.iterateToArray(args[0]).map { try interp.mathFloat($0) }
            try interp.refuseImpossibleLength(args[1])
            let q = try interp.iterateToArray(args[1]).map { try interp.mathFloat($0) }
            guard p.count == q.count else { throw interp.valueError("both points must have the same number of dimensions") }
            return .float(vectorNorm(zip(p, q).map { $0 - $1 }))
        }
        define(d, "isnan") { interp, args in .bool(try interp.mathFloat(args[0]).isNaN) }
        define(d, "isinf") { interp, args in .bool(try interp.mathFloat(args[0]).isInfinite) }
        define(d, "isfinite") { interp, args in .bool(try interp.mathFloat(args[0]).isFinite) }
        define(d, "isclose") { interp, args in try interp.mathIsClose(args) }
        define(d, "modf") { interp, args in
            try interp.mathArgs(args, "modf", 1)
            let x = try interp.mathFloat(args[0])
            if x.isInfinite { return interp.newTuple([.float(Foundation.copysign(0.0, x)), .float(x)]) }
            let parts = Foundation.modf(x)
            return interp.newTuple([.float(parts.1), .float(parts.0)])
        }
        define(d, "frexp") { interp, args in
            try interp.mathArgs(args, "frexp", 1)
            let x = try interp.mathFloat(args[0])
            if x == 0 || !x.isFinite { return interp.newTuple([.float(x), .int(0)]) }
            let (m, e) = Foundation.frexp(x)
            return interp.newTuple([.float(m), .int(e)])
        }
        define(d, "ldexp") { interp, args in
            try interp.mathArgs(args, "ldexp", 2)
            let x = try interp.mathFloat(args[0])
            let e = try interp.mathInteger(args[1])
            // Exponents beyond ±2^20 already overflow or underflow every double.
            let clamped = e < -(1 << 20) ? -(1 << 20) : (e > 1 << 20 ? 1 << 20 : Int(exactly: e) ?? 0)
            let r = Foundation.scalbn(x, clamped)
            if r.isInfinite && x.isFinite { throw interp.overflowError("math range error") }
            return .float(r)
        }
        define(d, "nextafter") { interp, args in
            try interp.mathArgs(args, "nextafter", 2)
            let x = try interp.mathFloat(args[0]), y = try interp.mathFloat(args[1])
            if x.isNaN || y.isNaN { return .float(.nan) }
            return .float(x == y ? y : (y > x ? x.nextUp : x.nextDown))
        }
        define(d, "ulp") { interp, args in
            try interp.mathArgs(args, "ulp", 1)
            let x = Swift.abs(try interp.mathFloat(args[0]))
            if !x.isFinite { return .float(x) }
            return .float(x == .greatestFiniteMagnitude ? x - x.nextDown : x.nextUp - x)
        }
    }

    /// log, log2, log10 of a number; ints too large for a double are handled exactly enough
    /// through their bit length, as CPython does.
    private func mathLog(_ v: Value, _ f: (Double) -> Double) throws -> Double {
        if let n = number(v), !n.isFloat {
            let i = n.asBig
            if i.isNegative || i.isZero { throw valueError("math domain error") }
            if let d = try? toDouble(n), d.isFinite { return f(d) }
            // x = m * 2^e with m in [0.5, 1): log(x) = log(m) + e * log(2).
            let e = i.bitLength - 1
            let m = try pyTrueDivide(i, BigInt(1) << e) / 2
            return f(m) + Double(e + 1) * f(2.0)
        }
        let x = try mathFloat(v)
        if x.isNaN { return x }
        if x <= 0 { throw valueError("math domain error") }
        return f(x)
    }

    private func mathIsClose(_ args: Arguments) throws -> Value {
        try mathArgs(args, "isclose", 2)
        let a = try mathFloat(args[0]), b = try mathFloat(args[1])
        let relTol = try args.keyword("rel_tol").map { try mathFloat($0) } ?? 1e-09
        let absTol = try args.keyword("abs_tol").map { try mathFloat($0) } ?? 0.0
        if relTol < 0 || absTol < 0 { throw valueError("tolerances must be non-negative") }
        if a == b { return .bool(true) }
        if a.isInfinite || b.isInfinite { return .bool(false) }
        let diff = Swift.abs(b - a)
        return .bool(diff <= Swift.abs(relTol * b) || diff <= Swift.abs(relTol * a) || diff <= absTol)
    }

    // MARK: - Integer functions

    private func defineMathIntegerFunctions(_ d: DictObj) {
        define(d, "isqrt") { interp, args in
            try interp.mathArgs(args, "isqrt", 1)
            let n = try interp.mathInteger(args[0])
            if n.isNegative { throw interp.valueError("isqrt() argument must be nonnegative") }
            return interp.newInt(n.squareRoot())
        }
        define(d, "gcd") { interp, args in
            var g = BigInt(0)
            for v in args.positional { g = g.greatestCommonDivisor(with: try interp.mathInteger(v)) }
            return interp.newInt(g)
        }
        define(d, "lcm") { interp, args in
            var l = BigInt(1)
            for v in args.positional {
                let n = try interp.mathInteger(v)
                if n.isZero || l.isZero { l = 0; continue }
                l = (l / l.greatestCommonDivisor(with: n) * n)
            }
            return interp.newInt(l.magnitude)
        }
        define(d, "factorial") { interp, args in
            try interp.mathArgs(args, "factorial", 1)
            let n = try interp.mathInteger(args[0])
            if n.isNegative { throw interp.valueError("factorial() not defined for negative values") }
            guard let k = Int(exactly: n), k <= 1_000_000 else { throw interp.overflowError("factorial() argument should not exceed 9223372036854775807") }
            return interp.newInt(BigInt.factorial(k))
        }
        define(d, "comb") { interp, args in
            try interp.mathArgs(args, "comb", 2)
            let (n, k) = try interp.combinatoricArguments(args[0], args[1])
            guard k <= n else { return .int(0) }
            let r = min(k, n - k)
            guard let count = Int(exactly: r) else { throw interp.overflowError("min(n - k, k) must not exceed 9223372036854775807") }
            return interp.newInt(BigInt.binomial(n, count))
        }
        define(d, "perm") { interp, args in
            try interp.expectArgs(args, "perm", min: 1, max: 2)
            let kValue = args.positionalCount > 1 ? args[1] : .pyNone
            if kValue.isNone {
                let n = try interp.mathInteger(args[0])
                if n.isNegative { throw interp.valueError("n must be a non-negative integer") }
                guard let k = Int(exactly: n) else { throw interp.overflowError("n must not exceed 9223372036854775807") }
                return interp.newInt(fallingFactorial(k, k))
            }
            let (n, k) = try interp.combinatoricArguments(args[0], kValue)
            guard k <= n else { return .int(0) }
            guard let count = Int(exactly: k) else { throw interp.overflowError("k must not exceed 9223372036854775807") }
            return interp.newInt(fallingFactorial(n, count))
        }
    }

    private func combinatoricArguments(_ nValue: Value, _ kValue: Value) throws -> (BigInt, BigInt) {
        let n = try mathInteger(nValue), k = try mathInteger(kValue)
        if n.isNegative { throw valueError("n must be a non-negative integer") }
        if k.isNegative { throw valueError("k must be a non-negative integer") }
        return (n, k)
    }

    // MARK: - Rounding

    private func defineMathRounding(_ d: DictObj) {
        for (name, rule) in [("floor", FloatingPointRoundingRule.down), ("ceil", .up), ("trunc", .towardZero)] {
            define(d, name) { interp, args in
                try interp.mathArgs(args, name, 1)
                let v = args[0]
                if let n = interp.number(v) {
                    if !n.isFloat { return interp.intValue(n) }
                    return try interp.floatToInt(try interp.toDouble(n).rounded(rule))
                }
                if let m = interp.typeOf(v).lookup(interp.intern("__\(name)__")) { return try interp.call(m, [v]) }
                if name == "trunc" { throw interp.typeError("type \(interp.typeName(v)) doesn't define __trunc__ method") }
                return try interp.floatToInt(try interp.mathFloat(v).rounded(rule))
            }
        }
    }

    // MARK: - Sums and products

    private func defineMathSums(_ d: DictObj) {
        define(d, "fsum") { interp, args in
            try interp.mathArgs(args, "fsum", 1)
            var summer = ExactFloatSum()
            try interp.iterate(args[0]) { v in
                try summer.add(try interp.mathFloat(v), interp)
                return true
            }
            return .float(try summer.total(interp))
        }
        define(d, "prod") { interp, args in
            try interp.mathArgs(args, "prod", 1)
            var product = args.keyword("start") ?? .int(1)
            try interp.iterate(args[0]) { v in
                product = try interp.binary(.mul, product, v)
                return true
            }
            return product
        }
    }
}

/// n * (n-1) * ... * (n-count+1).
private func fallingFactorial(_ n: BigInt, _ count: Int) -> BigInt {
    // Multiply in balanced halves so big products stay cheap.
    func product(_ lo: BigInt, _ hi: BigInt) -> BigInt {
        if hi - lo < 8 {
            var p = BigInt(1)
            var i = lo
            while i <= hi { p *= i; i += 1 }
            return p
        }
        let mid = (lo + hi) / 2
        return product(lo, mid) * product(mid + 1, hi)
    }
    if count <= 0 { return 1 }
    return product(n - BigInt(count) + 1, n)
}

private func fallingFactorial(_ n: Int, _ count: Int) -> BigInt { fallingFactorial(BigInt(n), count) }

private func mathGamma(_ x: Double) -> Double {
    // Poles at zero and the negative integers are domain errors (NaN), not infinities.
    if x == x.rounded() && x <= 0 { return .nan }
    return Foundation.tgamma(x)
}

private func mathLGamma(_ x: Double) -> Double {
    if x == x.rounded() && x <= 0 { return x.isInfinite ? .infinity : .nan }
    return Foundation.lgamma(x)
}

/// The Euclidean norm of a vector (hypot, dist), scaled by the largest component so that
/// squaring cannot overflow or underflow.
private func vectorNorm(_ v: [Double]) -> Double {
    if v.contains(where: { $0.isInfinite }) { return .infinity }
    if v.contains(where: { $0.isNaN }) { return .nan }
    if v.count == 2 { return Foundation.hypot(v[0], v[1]) }
    let scale = v.map { Swift.abs($0) }.max() ?? 0
    if scale == 0 { return 0 }
    var sum = ExactFloatSum()
    for x in v { try? sum.add((x / scale) * (x / scale), nil) }
    return scale * Foundation.sqrt((try? sum.total(nil)) ?? 0)
}

/// math.fsum: Shewchuk's exactly rounded sum with CPython's handling of infinities and NaN.
private struct ExactFloatSum {
    var partials: [Double] = []
    var specialSum = 0.0
    var infSum = 0.0

    mutating func add(_ value: Double, _ interp: Interpreter?) throws {
        var x = value
        var kept = 0
        for var y in partials {
            if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
            let hi = x + y
            let lo = y - (hi - x)
            if lo != 0 { partials[kept] = lo; kept += 1 }
            x = hi
        }
        partials.removeLast(partials.count - kept)
        guard x != 0 else { return }
        if x.isFinite {
            partials.append(x)
            return
        }
        // A non-finite x comes from an inf or nan summand, or from intermediate overflow.
        if value.isFinite, let interp { throw interp.overflowError("intermediate overflow in fsum") }
        if value.isInfinite { infSum += value }
        specialSum += value
        partials.removeAll()
    }

    func total(_ interp: Interpreter?) throws -> Double {
        if specialSum != 0 {
            if infSum.isNaN, let interp { throw interp.valueError("-inf + inf in fsum") }
            return specialSum
        }
        var n = partials.count
        guard n > 0 else { return 0 }
        n -= 1
        var hi = partials[n]
        var lo = 0.0
        while n > 0 {
            let x = hi
            let y = partials[n - 1]
            n -= 1
            hi = x + y
            lo = y - (hi - x)
            if lo != 0 { break }
        }
        // Round half to even across the partials left below.
        if n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)) {
            let y = lo * 2
            let x = hi + y
            if y == x - hi { hi = x }
        }
        return hi
    }
}
