import BigInt

/// A Python int as the interpreter holds it: a machine `Int` while it fits, a `BigInt` beyond.
/// Functions that can overflow `Int` return this so the caller keeps the small fast path.
enum IntOrBig: Equatable, CustomStringConvertible {
    case int(Int)
    case big(BigInt)

    /// Wraps a BigInt, demoting it to `.int` when it fits in a machine word.
    init(_ value: BigInt) {
        if let small = Int(exactly: value) {
            self = .int(small)
        } else {
            self = .big(value)
        }
    }

    /// The value as a BigInt, whichever case holds it.
    var bigValue: BigInt {
        switch self {
        case .int(let v): return BigInt(v)
        case .big(let v): return v
        }
    }

    /// The value as an Int when it fits.
    var intValue: Int? {
        switch self {
        case .int(let v): return v
        case .big(let v): return Int(exactly: v)
        }
    }

    var description: String {
        switch self {
        case .int(let v): return String(v)
        case .big(let v): return pyIntToStringUnlimited(v)
        }
    }

    static func == (lhs: IntOrBig, rhs: IntOrBig) -> Bool {
        switch (lhs, rhs) {
        case let (.int(a), .int(b)): return a == b
        default: return lhs.bigValue == rhs.bigValue
        }
    }
}
