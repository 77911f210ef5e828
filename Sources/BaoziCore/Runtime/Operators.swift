// The operator codes binary and comparison nodes carry: one per Python operator, with its
// dunder names (Operations.swift dispatches on them).

/// Operators of binary and augmented-assignment nodes, in the order of `BinaryOp` cases.
enum BinaryOpcode: Int32, CaseIterable {
    case add, sub, mul, matmul, div, floorDiv, mod, pow, lshift, rshift, and, or, xor

    /// The operator a node carries in its `op`. The raw values are the case indexes (0, 1,
    /// 2...), so this is a reinterpretation, not the failable `init(rawValue:)` (an
    /// out-of-line call per operation). CompilerTests checks the correspondence.
    @inline(__always) static func decode(_ arg: Int32) -> BinaryOpcode {
        unsafeBitCast(UInt8(truncatingIfNeeded: arg), to: BinaryOpcode.self)
    }

    var symbol: String {
        switch self {
        case .add: return "+"
        case .sub: return "-"
        case .mul: return "*"
        case .matmul: return "@"
        case .div: return "/"
        case .floorDiv: return "//"
        case .mod: return "%"
        case .pow: return "**"
        case .lshift: return "<<"
        case .rshift: return ">>"
        case .and: return "&"
        case .or: return "|"
        case .xor: return "^"
        }
    }

    var dunder: String {
        switch self {
        case .add: return "add"
        case .sub: return "sub"
        case .mul: return "mul"
        case .matmul: return "matmul"
        case .div: return "truediv"
        case .floorDiv: return "floordiv"
        case .mod: return "mod"
        case .pow: return "pow"
        case .lshift: return "lshift"
        case .rshift: return "rshift"
        case .and: return "and"
        case .or: return "or"
        case .xor: return "xor"
        }
    }
}

enum CompareOpcode: Int32, CaseIterable {
    case lt, le, eq, ne, gt, ge

    /// See `BinaryOpcode.decode`.
    @inline(__always) static func decode(_ arg: Int32) -> CompareOpcode {
        unsafeBitCast(UInt8(truncatingIfNeeded: arg), to: CompareOpcode.self)
    }

    @inline(__always) func compare(_ x: Int, _ y: Int) -> Bool {
        switch self {
        case .lt: return x < y
        case .le: return x <= y
        case .eq: return x == y
        case .ne: return x != y
        case .gt: return x > y
        case .ge: return x >= y
        }
    }

    var symbol: String {
        switch self {
        case .lt: return "<"
        case .le: return "<="
        case .eq: return "=="
        case .ne: return "!="
        case .gt: return ">"
        case .ge: return ">="
        }
    }

    var dunder: String {
        switch self {
        case .lt: return "__lt__"
        case .le: return "__le__"
        case .eq: return "__eq__"
        case .ne: return "__ne__"
        case .gt: return "__gt__"
        case .ge: return "__ge__"
        }
    }

    /// The operator with operands swapped: `a < b` is `b > a`.
    var reflected: CompareOpcode {
        switch self {
        case .lt: return .gt
        case .le: return .ge
        case .eq: return .eq
        case .ne: return .ne
        case .gt: return .lt
        case .ge: return .le
        }
    }
}

/// Unary operators with a dunder (`not` is a truth test).
enum UnaryOpcode {
    case negative, positive, invert
}
