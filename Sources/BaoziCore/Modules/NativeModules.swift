// Builtin modules written in Swift (math, time, _os), and the table of modules written in
// Baozi that ship inside the package.

import Foundation

extension Interpreter {
    func setUpNativeModules() {
        _ = makeModule("math") { d in
            d.setString(intern("pi"), .float(Double.pi))
            d.setString(intern("e"), .float(M_E))
            d.setString(intern("tau"), .float(2 * Double.pi))
            d.setString(intern("inf"), .float(.infinity))
            d.setString(intern("nan"), .float(.nan))
            let unary: [(String, (Double) -> Double)] = [("sqrt", Foundation.sqrt), ("exp", Foundation.exp), ("sin", Foundation.sin),
                ("cos", Foundation.cos), ("tan", Foundation.tan), ("asin", Foundation.asin), ("acos", Foundation.acos),
                ("atan", Foundation.atan), ("log2", Foundation.log2), ("log10", Foundation.log10), ("fabs", Foundation.fabs),
                ("sinh", Foundation.sinh), ("cosh", Foundation.cosh), ("tanh", Foundation.tanh)]
            for (name, f) in unary {
                define(d, name) { interp, args in
                    try interp.expectArgs(args, name, min: 1, max: 1)
                    let x = try interp.toFloat(args[0])
                    if name == "sqrt" && x < 0 || (name == "log2" || name == "log10") && x <= 0 { throw interp.valueError("math domain error") }
                    return .float(f(x))
                }
            }
            define(d, "log") { interp, args in
                let x = try interp.toFloat(args[0])
                if x <= 0 { throw interp.valueError("math domain error") }
                if args.count > 1 { return .float(Foundation.log(x) / Foundation.log(try interp.toFloat(args[1]))) }
                return .float(Foundation.log(x))
            }
            define(d, "floor") { interp, args in try interp.floatToIntUnlessInt(args[0], .down) }
            define(d, "ceil") { interp, args in try interp.floatToIntUnlessInt(args[0], .up) }
            define(d, "trunc") { interp, args in try interp.floatToIntUnlessInt(args[0], .towardZero) }
            define(d, "isnan") { interp, args in .bool(try interp.toFloat(args[0]).isNaN) }
            define(d, "isinf") { interp, args in .bool(try interp.toFloat(args[0]).isInfinite) }
            define(d, "isfinite") { interp, args in .bool(try interp.toFloat(args[0]).isFinite) }
            define(d, "pow") { interp, args in .float(Foundation.pow(try interp.toFloat(args[0]), try interp.toFloat(args[1]))) }
            define(d, "atan2") { interp, args in .float(Foundation.atan2(try interp.toFloat(args[0]), try interp.toFloat(args[1]))) }
            define(d, "hypot") { interp, args in .float(Foundation.sqrt(try args.positional.reduce(0.0) { let x = try interp.toFloat($1); return $0 + x * x })) }
            define(d, "copysign") { interp, args in .float(Foundation.copysign(try interp.toFloat(args[0]), try interp.toFloat(args[1]))) }
        }
        _ = makeModule("time") { d in
            define(d, "time") { _, _ in .float(Date().timeIntervalSince1970) }
            define(d, "monotonic") { _, _ in .float(Double(DispatchTime.now().uptimeNanoseconds) / 1e9) }
            define(d, "perf_counter") { _, _ in .float(Double(DispatchTime.now().uptimeNanoseconds) / 1e9) }
            define(d, "sleep") { interp, args in
                let s = try interp.toFloat(args[0])
                if s < 0 { throw interp.valueError("sleep length must be non-negative") }
                Thread.sleep(forTimeInterval: s)
                return .none
            }
        }
    }

    func floatToIntUnlessInt(_ v: Value, _ rule: FloatingPointRoundingRule) throws -> Value {
        if let n = number(v), !n.isFloat { return intValue(n) }
        return try floatToInt(try toFloat(v).rounded(rule))
    }

    /// Source of a module written in Baozi and embedded in the package.
    func embeddedModuleSource(_ name: String) -> String? {
        guard let bytes = EmbeddedLibrary.modules[name] else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

}

/// The `.py` modules under Modules/Lib, embedded at build time.
enum EmbeddedLibrary {
    static let modules: [String: [UInt8]] = [
        "bisect": PackageResources.bisect_py,
        "collections": PackageResources.collections_py,
        "copy": PackageResources.copy_py,
        "functools": PackageResources.functools_py,
        "heapq": PackageResources.heapq_py,
        "itertools": PackageResources.itertools_py,
        "operator": PackageResources.operator_py,
        "os": PackageResources.os_py,
        "posixpath": PackageResources.posixpath_py,
        "random": PackageResources.random_py,
        "string": PackageResources.string_py,
    ]
}
