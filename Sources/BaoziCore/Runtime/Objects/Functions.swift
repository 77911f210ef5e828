// Functions, closures' cells, bound methods, native (Swift) functions and method descriptors.

/// A variable captured by a closure. Locals that inner functions use live in cells.
final class CellObj: Obj {
    var value: Value = .unbound

    override func trace(_ marker: inout Marker) { marker.mark(value) }
}

/// A function made by `def` or `lambda`: compiled code plus what the definition captured.
final class FunctionObj: Obj {
    /// Bound to the globals of the frame that ran the `def` (see `CodeObj.bound(to:)`).
    unowned(unsafe) var code: CodeObj
    /// `__globals__`: the code's.
    var globals: DictObj { code.globals }
    var name: String
    var qualname: String
    var module: Value
    var doc: Value = .pyNone
    /// Default values of the trailing positional parameters.
    var defaults: ContiguousArray<Value>
    /// Defaults of keyword-only parameters, by name.
    var kwDefaults: [String: Value]
    /// Cells for the code's free variables, in `code.freeNames` order.
    var closure: ContiguousArray<Value>
    var annotations: Value = .pyNone

    init(code: CodeObj, defaults: ContiguousArray<Value>, kwDefaults: [String: Value],
         closure: ContiguousArray<Value>, module: Value, type: TypeObj) {
        self.code = code
        self.name = code.name
        self.qualname = code.qualname
        self.defaults = defaults
        self.kwDefaults = kwDefaults
        self.closure = closure
        self.module = module
        super.init(type: type)
    }

    override func trace(_ marker: inout Marker) {
        marker.mark(code)
        marker.mark(module)
        marker.mark(doc)
        marker.mark(annotations)
        for v in defaults { marker.mark(v) }
        for (_, v) in kwDefaults { marker.mark(v) }
        for v in closure { marker.mark(v) }
    }
}

/// A function bound to an instance: `obj.method`.
final class MethodObj: Obj {
    let function: Value
    let instance: Value

    init(function: Value, instance: Value, type: TypeObj) {
        self.function = function
        self.instance = instance
        super.init(type: type)
    }

    override func trace(_ marker: inout Marker) {
        marker.mark(function)
        marker.mark(instance)
    }
}

/// The arguments of a native call: positional values, then keyword values named by `names`.
struct Arguments {
    /// Positional arguments followed by keyword argument values.
    let values: UnsafeBufferPointer<Value>
    /// Names of the trailing keyword values (empty when there are none).
    let names: ArraySlice<StrObj>

    init(_ values: UnsafeBufferPointer<Value>, names: ArraySlice<StrObj> = []) {
        self.values = values
        self.names = names
    }

    var positionalCount: Int { values.count - names.count }
    var count: Int { positionalCount }
    subscript(i: Int) -> Value { values[i] }
    var positional: UnsafeBufferPointer<Value>.SubSequence { values[0..<positionalCount] }

    /// The value of a keyword argument, if given.
    func keyword(_ name: String) -> Value? {
        for (i, n) in names.enumerated() where n.value == name {
            return values[positionalCount + i]
        }
        return nil
    }

    var hasKeywords: Bool { !names.isEmpty }

    /// The positional arguments from index `start` on, as an array.
    func positionalArray(from start: Int = 0) -> [Value] {
        start < positionalCount ? Array(values[start..<positionalCount]) : []
    }

    /// The keyword arguments as (name, value) pairs.
    var keywordPairs: [(StrObj, Value)] {
        names.enumerated().map { ($0.element, values[positionalCount + $0.offset]) }
    }

    /// The arguments after the first (a constructor's class, a method's receiver).
    var droppingFirst: Arguments {
        Arguments(UnsafeBufferPointer(rebasing: values.dropFirst()), names: names)
    }
}

/// A native function: receives the interpreter and the arguments.
/// To call script code resumably it may return `.unbound` after setting
/// `interp.pendingCall` (see `Interpreter.requestCall`).
typealias NativeFunction = (Interpreter, Arguments) throws -> Value

/// A function written in Swift: a builtin, a module function, or a method of a builtin type.
final class BuiltinFunctionObj: Obj {
    let name: String
    let fn: NativeFunction
    /// The bound receiver for methods of builtin objects (`[].append`), else nil.
    let receiver: Value?
    /// For method descriptors: the class whose instances it accepts (so it binds on access).
    unowned(unsafe) var ownerType: TypeObj?
    /// Module or class name for the repr.
    var qualifier: String?

    init(name: String, fn: @escaping NativeFunction, receiver: Value? = nil, type: TypeObj) {
        self.name = name
        self.fn = fn
        self.receiver = receiver
        super.init(type: type)
    }

    override func trace(_ marker: inout Marker) {
        if let r = receiver { marker.mark(r) }
        if let t = ownerType { marker.mark(t) }
    }
}

/// `staticmethod(f)` and `classmethod(f)`.
final class MethodWrapperObj: Obj {
    let function: Value
    init(function: Value, type: TypeObj) {
        self.function = function
        super.init(type: type)
    }
    override func trace(_ marker: inout Marker) { marker.mark(function) }
}

/// `property(fget, fset, fdel, doc)`.
final class PropertyObj: Obj {
    var getter: Value
    var setter: Value
    var deleter: Value
    var doc: Value

    init(getter: Value, setter: Value, deleter: Value, doc: Value, type: TypeObj) {
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
        self.doc = doc
        super.init(type: type)
    }

    override func trace(_ marker: inout Marker) {
        marker.mark(getter)
        marker.mark(setter)
        marker.mark(deleter)
        marker.mark(doc)
    }
}
