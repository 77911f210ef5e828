// The values a host holds: handles that keep their object alive.
//
// Script objects are owned by the interpreter's heap and freed by its collector, which only
// sees what is reachable from its roots. A `ScriptValue` registers its object in the heap's
// "host handles" root when it is made and unregisters it in `deinit`, so an object the host
// holds survives any number of collections, and one it dropped is collected like any other.

import BigInt
import Foundation

/// A script value held by the host: a number, a string, a list, a function, an instance, ...
/// As long as the `ScriptValue` exists its object stays alive, however much script code runs.
///
/// Conversions to Swift (`asInt`, `asString`, `asArray`, ...) return nil when the value is not
/// of that type. Operations that may run script code (attributes, items, calls, iteration)
/// throw `ScriptError`.
///
/// A value belongs to its interpreter: use it on the thread that uses the interpreter, and pass
/// it only to that interpreter.
public final class ScriptValue: @unchecked Sendable {
    /// The interpreter the value belongs to (kept alive by the value).
    public let interpreter: Interpreter
    let value: Value
    /// Key in the interpreter's handle table; 0 for values that are not heap objects.
    private let handle: Int

    init(_ value: Value, in interpreter: Interpreter) {
        self.interpreter = interpreter
        self.value = value
        if case .object = value {
            handle = interpreter.registerHandle(value)
        } else {
            handle = 0
        }
    }

    deinit {
        if handle != 0 { interpreter.unregisterHandle(handle) }
    }

    // MARK: - What it is

    /// The name of the value's class, as `type(x).__name__` gives it (`int`, `list`, `Rule`).
    public var typeName: String { interpreter.typeName(value) }
    /// True for `None`.
    public var isNone: Bool { if case .pyNone = value { return true } else { return false } }
    /// True when calling it makes sense (functions, methods, classes, objects with `__call__`).
    public var isCallable: Bool { interpreter.isCallable(value) }

    /// The value as an `Int`: an int (not a bool) that fits in 64 bits, else nil.
    public var asInt: Int? {
        switch value {
        case .int(let i): return i
        default: return (value.asObject as? BigIntObj).flatMap { Int(exactly: $0.value) }
        }
    }

    /// The value as a `Double`: a float, or an int converted, else nil.
    public var asDouble: Double? {
        switch value {
        case .float(let d): return d
        case .int(let i): return Double(i)
        default: return (value.asObject as? BigIntObj).map { Double($0.value) }
        }
    }

    /// The value as a `Bool`: `True` or `False`, else nil (see `isTruthy()` for truth testing).
    public var asBool: Bool? {
        if case .bool(let b) = value { return b }
        return nil
    }

    /// The value as a `String`: a str, else nil (see `description` for `str(x)` of anything).
    public var asString: String? { (value.asObject as? StrObj)?.value }

    /// The value as bytes: a `bytes` or `bytearray`, else nil.
    public var asBytes: [UInt8]? { (value.asObject as? BytesObj)?.bytes }

    /// An int of any size in decimal (`"123456789012345678901234567890"`), else nil.
    public var asIntegerString: String? {
        switch value {
        case .int(let i): return String(i)
        default: return (value.asObject as? BigIntObj).map { String($0.value) }
        }
    }

    /// The items of a list or tuple, else nil.
    public var asArray: [ScriptValue]? {
        let items: ContiguousArray<Value>
        switch value.asObject {
        case let l as ListObj: items = l.items
        case let t as TupleObj: items = t.items
        default: return nil
        }
        return items.map { ScriptValue($0, in: interpreter) }
    }

    /// The entries of a dict whose keys are all strs, else nil.
    public var asDictionary: [String: ScriptValue]? {
        guard let d = value.asObject as? DictObj else { return nil }
        var out: [String: ScriptValue] = [:]
        for key in d.keys {
            guard let name = (key.asObject as? StrObj)?.value, let v = try? d.get(key, interpreter) else { return nil }
            out[name] = ScriptValue(v, in: interpreter)
        }
        return out
    }

    /// Python's truth test (`bool(x)`), which may run the value's `__bool__` or `__len__`.
    public func isTruthy() throws -> Bool {
        try interpreter.hostEntry { try interpreter.truthy(value) }
    }

    /// True when both are the same object (Python's `is`).
    public func isIdentical(to other: ScriptValue) -> Bool {
        switch (value, other.value) {
        case (.object(let a), .object(let b)): return a.obj === b.obj
        case (.pyNone, .pyNone): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
        default: return false
        }
    }

    /// Python's `==`, which may run the values' `__eq__`.
    public func equals(_ other: any ScriptRepresentable) throws -> Bool {
        try interpreter.hostEntry { try interpreter.equals(value, try interpreter.convert(other)) }
    }

    // MARK: - Attributes and items

    /// `x.name`.
    public func attribute(_ name: String) throws -> ScriptValue {
        try interpreter.hostEntry { ScriptValue(try interpreter.getAttribute(value, name), in: interpreter) }
    }

    /// `hasattr(x, name)`: false when getting it raises AttributeError.
    public func hasAttribute(_ name: String) throws -> Bool {
        try interpreter.hostEntry { try interpreter.getAttributeOrNil(value, name) != nil }
    }

    /// `x.name = newValue`.
    public func setAttribute(_ name: String, _ newValue: any ScriptRepresentable) throws {
        try interpreter.hostEntry {
            try interpreter.setAttribute(value, interpreter.intern(name), try interpreter.convert(newValue))
        }
    }

    /// `x[key]`.
    public func item(_ key: any ScriptRepresentable) throws -> ScriptValue {
        try interpreter.hostEntry { ScriptValue(try interpreter.getItem(value, try interpreter.convert(key)), in: interpreter) }
    }

    /// `x[key]`, as a subscript.
    public subscript(key: any ScriptRepresentable) -> ScriptValue {
        get throws { try item(key) }
    }

    /// `x[key] = newValue`.
    public func setItem(_ key: any ScriptRepresentable, _ newValue: any ScriptRepresentable) throws {
        try interpreter.hostEntry {
            try interpreter.setItem(value, try interpreter.convert(key), try interpreter.convert(newValue))
        }
    }

    /// `len(x)`.
    public func count() throws -> Int {
        try interpreter.hostEntry { try interpreter.length(value) }
    }

    // MARK: - Calls

    /// Calls the value with positional and keyword arguments: `f(1, "a", key=2)` is
    /// `f.call([1, "a"], keywords: ["key": 2])`.
    @discardableResult
    public func call(_ arguments: [any ScriptRepresentable] = [],
                     keywords: KeyValuePairs<String, any ScriptRepresentable> = [:]) throws -> ScriptValue {
        try interpreter.hostEntry {
            let args = try arguments.map { try interpreter.convert($0) }
            let kwargs = try keywords.map { ($0.key, try interpreter.convert($0.value)) }
            return ScriptValue(try interpreter.callFromHost(value, args, kwargs), in: interpreter)
        }
    }

    /// Calls the value with positional arguments: `f(1, "a")`.
    @discardableResult
    public func callAsFunction(_ arguments: any ScriptRepresentable...) throws -> ScriptValue {
        try call(arguments)
    }

    /// Calls a method: `x.name(arguments..., keywords...)`.
    @discardableResult
    public func callMethod(_ name: String, _ arguments: [any ScriptRepresentable] = [],
                           keywords: KeyValuePairs<String, any ScriptRepresentable> = [:]) throws -> ScriptValue {
        try attribute(name).call(arguments, keywords: keywords)
    }

    // MARK: - Iteration

    /// Iterates as a `for` loop would, calling `body` with each item; `body` returns false to
    /// stop early.
    public func forEach(_ body: (ScriptValue) throws -> Bool) throws {
        try interpreter.hostEntry {
            try interpreter.iterate(value) { item in try body(ScriptValue(item, in: interpreter)) }
        }
    }

    /// Every item of an iterable, as `list(x)` gives them.
    public func elements() throws -> [ScriptValue] {
        var out: [ScriptValue] = []
        try forEach { out.append($0); return true }
        return out
    }

    // MARK: - Host objects

    /// The Swift object behind a host object (see `Interpreter.defineClass`), if it is one of
    /// type `T`.
    public func hostObject<T: AnyObject>(as type: T.Type = T.self) -> T? {
        (value.asObject as? HostObj)?.payload as? T
    }
}

extension ScriptValue: CustomStringConvertible, CustomDebugStringConvertible {
    /// `str(x)`; a placeholder when `__str__` raises.
    public var description: String {
        (try? interpreter.hostEntry { try interpreter.str(value) }) ?? "<\(typeName) object: str() failed>"
    }

    /// `repr(x)`; a placeholder when `__repr__` raises.
    public var debugDescription: String {
        (try? interpreter.hostEntry { try interpreter.repr(value) }) ?? "<\(typeName) object: repr() failed>"
    }
}

// MARK: - From Swift to script values

/// A Swift value that can be handed to scripts: `Int`, `Double`, `Bool`, `String`, `Data`
/// (as `bytes`), optionals (nil is `None`), arrays (lists), dictionaries with `String` keys
/// (dicts) and `ScriptValue` itself.
public protocol ScriptRepresentable {
    /// The value as a script value of `interpreter`.
    func scriptValue(in interpreter: Interpreter) throws -> ScriptValue
}

extension ScriptValue: ScriptRepresentable {
    /// The value itself; a value of another interpreter is refused with a `TypeError`.
    public func scriptValue(in interpreter: Interpreter) throws -> ScriptValue {
        guard interpreter === self.interpreter else {
            throw ScriptError("TypeError", "a value of another interpreter cannot be used here")
        }
        return self
    }
}

extension Int: ScriptRepresentable {
    /// An int.
    public func scriptValue(in interpreter: Interpreter) throws -> ScriptValue { ScriptValue(.int(self), in: interpreter) }
}

extension Double: ScriptRepresentable {
    /// A float.
    public func scriptValue(in interpreter: Interpreter) throws -> ScriptValue { ScriptValue(.float(self), in: interpreter) }
}

extension Bool: ScriptRepresentable {
    /// `True` or `False`.
    public func scriptValue(in interpreter: Interpreter) throws -> ScriptValue { ScriptValue(.bool(self), in: interpreter) }
}

extension String: ScriptRepresentable {
    /// A str.
    public func scriptValue(in interpreter: Interpreter) throws -> ScriptValue { ScriptValue(interpreter.newStr(self), in: interpreter) }
}

extension Data: ScriptRepresentable {
    /// A bytes object.
    public func scriptValue(in interpreter: Interpreter) throws -> ScriptValue {
        ScriptValue(interpreter.newBytes([UInt8](self)), in: interpreter)
    }
}

extension Optional: ScriptRepresentable where Wrapped: ScriptRepresentable {
    /// The wrapped value, or `None`.
    public func scriptValue(in interpreter: Interpreter) throws -> ScriptValue {
        switch self {
        case .some(let v): return try v.scriptValue(in: interpreter)
        case .none: return ScriptValue(.pyNone, in: interpreter)
        }
    }
}

extension Array: ScriptRepresentable where Element: ScriptRepresentable {
    /// A list of the converted elements.
    public func scriptValue(in interpreter: Interpreter) throws -> ScriptValue {
        let items = try map { try interpreter.convert($0) }
        return ScriptValue(interpreter.newList(items), in: interpreter)
    }
}

extension Dictionary: ScriptRepresentable where Key == String, Value: ScriptRepresentable {
    /// A dict of the converted values, keys in sorted order.
    public func scriptValue(in interpreter: Interpreter) throws -> ScriptValue {
        let d = interpreter.newDictObj()
        for key in keys.sorted() {
            d.setString(interpreter.newStrObj(key), try interpreter.convert(self[key]!))
        }
        return ScriptValue(BaoziCore.Value(d), in: interpreter)
    }
}

extension Interpreter {
    /// `None`.
    public var noneValue: ScriptValue { ScriptValue(.pyNone, in: self) }

    /// A bytes object.
    public func bytes(_ bytes: [UInt8]) -> ScriptValue { ScriptValue(newBytes(bytes), in: self) }

    /// An int of any size from its decimal digits (an optional sign first); nil when the
    /// text is not a decimal integer.
    public func integer(_ decimal: String) -> ScriptValue? {
        guard let big = BigInt(decimal, radix: 10) else { return nil }
        return ScriptValue(newInt(big), in: self)
    }

    /// A list of the given values.
    public func list(_ items: [any ScriptRepresentable]) throws -> ScriptValue {
        ScriptValue(newList(try items.map { try convert($0) }), in: self)
    }

    /// A tuple of the given values.
    public func tuple(_ items: [any ScriptRepresentable]) throws -> ScriptValue {
        ScriptValue(newTuple(try items.map { try convert($0) }), in: self)
    }

    /// A dict of the given entries, in their order.
    public func dictionary(_ entries: KeyValuePairs<String, any ScriptRepresentable>) throws -> ScriptValue {
        let d = newDictObj()
        for (k, v) in entries { d.setString(newStrObj(k), try convert(v)) }
        return ScriptValue(Value(d), in: self)
    }

    /// A Swift value as a raw script value of this interpreter.
    func convert(_ x: any ScriptRepresentable) throws -> Value {
        try x.scriptValue(in: self).value
    }

    // MARK: - The host handle table (a collector root)

    func registerHandle(_ v: Value) -> Int {
        let h = nextHandle
        nextHandle &+= 1
        handles[h] = v
        return h
    }

    func unregisterHandle(_ h: Int) {
        handles.removeValue(forKey: h)
    }

    /// How many values the host holds (for tests of the handle table).
    public var heldValueCount: Int { handles.count }

    func isCallable(_ v: Value) -> Bool {
        guard case .object(let r) = v else { return false }
        let o = r.obj
        return o is FunctionObj || o is BuiltinFunctionObj || o is MethodObj || o is TypeObj
            || o.type.lookup(names.__call__) != nil
    }
}
