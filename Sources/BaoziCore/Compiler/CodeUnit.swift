// The tables of a code object under construction: its slots (locals, cells, free variables),
// constants and names, its signature and flags. The tree builder fills them while it builds the
// body; `Compiler.leaveUnit` turns them into a `CodeObj`.

/// A constant's identity for de-duplication: `1`, `1.0` and `True` are different constants,
/// and so are `0.0` and `-0.0`, and `"\u00e9"` and `"e\u0301"` (Swift strings would compare
/// those equal, so strings are keyed by their UTF-8 bytes).
indirect enum ConstKey: Hashable {
    case none, ellipsis
    case bool(Bool)
    case int(Int)
    case bigInt(String)
    case float(UInt64)
    case utf8([UInt8])
    case bytes([UInt8])
    case tuple([ConstKey])
    case object(ObjectIdentifier)

    static func string(_ s: String) -> ConstKey { .utf8(Array(s.utf8)) }
}

final class CodeUnit {
    let scope: SymbolScope
    let name: String
    let qualname: String
    let firstLine: Int
    /// Class name used to mangle private names here.
    let privateName: String?
    /// The source range of the construct (the code's location before any node's).
    var range: SourceRange

    private(set) var constants: [Value] = []
    private var constantIndex: [ConstKey: Int] = [:]
    private(set) var names: [StrObj] = []
    private var nameIndex: [String: Int] = [:]

    /// Slot names: locals (parameters first), then free variables.
    private(set) var varNames: [String] = []
    private var slotIndex: [String: Int] = [:]
    private(set) var cellSlots: [Int] = []
    private(set) var freeCount = 0

    var argCount = 0
    var positionalOnlyCount = 0
    var kwOnlyCount = 0
    var flags: CodeObj.Flags = []
    var doc: Value = .pyNone

    init(scope: SymbolScope, name: String, qualname: String, firstLine: Int, privateName: String?, range: SourceRange) {
        self.scope = scope
        self.name = name
        self.qualname = qualname
        self.firstLine = firstLine
        self.privateName = privateName
        self.range = range
        setUpSlots()
    }

    // MARK: - Slots

    /// Function-like scopes: parameters, other locals, free variables. Class bodies: the
    /// `__class__` cell, then free variables. Modules have no slots.
    private func setUpSlots() {
        var locals: [String] = []
        if scope.isFunctionLike {
            locals = scope.parameters + scope.nonParameterLocals
        } else if scope.kind == .classBody && scope.needsClassCell {
            locals = ["__class__"]
        }
        for (i, n) in locals.enumerated() {
            varNames.append(n)
            if slotIndex[n] == nil { slotIndex[n] = i }
            if scope.scope(of: n) == .cell || (scope.kind == .classBody && n == "__class__") {
                cellSlots.append(i)
            }
        }
        for n in scope.freeNames {
            if slotIndex[n] == nil { slotIndex[n] = varNames.count }
            varNames.append(n)
        }
        freeCount = scope.freeNames.count
    }

    /// The slot of a local, cell or free variable.
    func slot(_ name: String) -> Int? { slotIndex[name] }

    // MARK: - Constants and names

    func constant(_ key: ConstKey, _ make: () -> Value) -> Int32 {
        if let i = constantIndex[key] { return Int32(i) }
        constants.append(make())
        constantIndex[key] = constants.count - 1
        return Int32(constants.count - 1)
    }

    func name(_ n: String, _ interp: Interpreter) -> Int32 {
        if let i = nameIndex[n] { return Int32(i) }
        names.append(interp.intern(n))
        nameIndex[n] = names.count - 1
        return Int32(names.count - 1)
    }
}

/// A bug in the compiler itself.
struct InternalCompilerError: Error {
    let message: String
}
