// Host functions, modules and classes: Swift closures scripts call like Python functions.
//
// A host function declares its parameters (`["path", "mode?"]`; a trailing `?` marks an
// optional one); calls are bound to them as Python binds a function's parameters, with
// CPython's TypeErrors for missing, extra, duplicate and unknown arguments. Without a
// parameter list every argument is passed through unchecked. The closure reads arguments with
// typed accessors (`args.int("count")`) that raise CPython's "argument must be int, not str".

/// The body of a host function: it gets the call's arguments and returns the result (nil for
/// `None`); throwing a `ScriptError` raises that Python exception in the script.
public typealias HostFunction = (HostArguments) throws -> (any ScriptRepresentable)?

/// The arguments of a call to a host function.
public struct HostArguments {
    /// The interpreter the call runs in (to make values, call back into scripts, ...).
    public let interpreter: Interpreter
    /// The function's name, as error messages show it.
    public let functionName: String
    /// Positional arguments in order; with a parameter list, the bound parameters in their
    /// order (`nil` for optional ones not given).
    public let positional: [ScriptValue?]
    /// Keyword arguments not bound to a parameter (only without a parameter list).
    public let keywords: [String: ScriptValue]
    /// The parameter names, when the function declared them.
    let parameters: [String]?

    /// How many positional arguments (or bound parameters) there are.
    public var count: Int { positional.count }

    /// The argument at `index`; `None` when an optional parameter was not given.
    public subscript(index: Int) -> ScriptValue {
        (index < positional.count ? positional[index] : nil) ?? interpreter.noneValue
    }

    /// The argument bound to parameter `name`, or a keyword argument of that name; nil when
    /// not given.
    public func value(_ name: String) -> ScriptValue? {
        if let i = parameters?.firstIndex(of: name), i < positional.count { return positional[i] }
        return keywords[name]
    }

    /// True when the argument at `index` was given.
    public func has(_ index: Int) -> Bool { index < positional.count && positional[index] != nil }

    // MARK: - Typed accessors

    /// The argument as an int; `TypeError` when it is not one.
    public func int(_ index: Int) throws -> Int { try int(at(index), label(index)) }
    /// The argument named `name` as an int.
    public func int(_ name: String) throws -> Int { try int(value(name), "'\(name)'") }

    /// The argument as a float (an int is converted); `TypeError` otherwise.
    public func double(_ index: Int) throws -> Double { try double(at(index), label(index)) }
    /// The argument named `name` as a float.
    public func double(_ name: String) throws -> Double { try double(value(name), "'\(name)'") }

    /// The argument as a str; `TypeError` when it is not one.
    public func string(_ index: Int) throws -> String { try string(at(index), label(index)) }
    /// The argument named `name` as a str.
    public func string(_ name: String) throws -> String { try string(value(name), "'\(name)'") }

    /// The argument's truth value (any object, as Python's `if x:`).
    public func bool(_ index: Int) throws -> Bool { try given(at(index), label(index)).isTruthy() }
    /// The truth value of the argument named `name`.
    public func bool(_ name: String) throws -> Bool { try given(value(name), "'\(name)'").isTruthy() }

    /// The argument as bytes (`bytes` or `bytearray`); `TypeError` otherwise.
    public func bytes(_ index: Int) throws -> [UInt8] { try bytes(at(index), label(index)) }
    /// The argument named `name` as bytes.
    public func bytes(_ name: String) throws -> [UInt8] { try bytes(value(name), "'\(name)'") }

    /// The items of a list or tuple argument; `TypeError` otherwise.
    public func array(_ index: Int) throws -> [ScriptValue] { try array(at(index), label(index)) }
    /// The items of the list or tuple argument named `name`.
    public func array(_ name: String) throws -> [ScriptValue] { try array(value(name), "'\(name)'") }

    private func at(_ index: Int) -> ScriptValue? { index < positional.count ? positional[index] : nil }

    private func label(_ index: Int) -> String { "\(index + 1)" }

    private func given(_ v: ScriptValue?, _ label: String) throws -> ScriptValue {
        guard let v else { throw ScriptError("TypeError", "\(functionName)() missing required argument \(label)") }
        return v
    }

    private func mismatch(_ label: String, _ expected: String, _ v: ScriptValue) -> ScriptError {
        ScriptError("TypeError", "\(functionName)() argument \(label) must be \(expected), not \(v.typeName)")
    }

    private func int(_ arg: ScriptValue?, _ label: String) throws -> Int {
        let v = try given(arg, label)
        switch v.value {
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return i
        default:
            guard v.value.asObject is BigIntObj else { throw mismatch(label, "int", v) }
            throw ScriptError("OverflowError", "Python int too large to convert to C long")
        }
    }

    private func double(_ arg: ScriptValue?, _ label: String) throws -> Double {
        let v = try given(arg, label)
        if case .bool(let b) = v.value { return b ? 1 : 0 }
        guard let d = v.asDouble else { throw mismatch(label, "a real number", v) }
        return d
    }

    private func string(_ arg: ScriptValue?, _ label: String) throws -> String {
        let v = try given(arg, label)
        guard let s = v.asString else { throw mismatch(label, "str", v) }
        return s
    }

    private func bytes(_ arg: ScriptValue?, _ label: String) throws -> [UInt8] {
        let v = try given(arg, label)
        guard let b = v.asBytes else { throw mismatch(label, "a bytes-like object", v) }
        return b
    }

    private func array(_ arg: ScriptValue?, _ label: String) throws -> [ScriptValue] {
        let v = try given(arg, label)
        guard let items = v.asArray else { throw mismatch(label, "list or tuple", v) }
        return items
    }
}

/// A module a host builds with `Interpreter.register(module:)`.
public struct ModuleBuilder {
    /// The interpreter the module belongs to.
    public let interpreter: Interpreter
    let namespace: DictObj
    let moduleName: String

    /// Adds a function to the module (see `Interpreter.define`).
    public func define(_ name: String, parameters: [String]? = nil, _ body: @escaping HostFunction) {
        let f = interpreter.makeHostFunction(name, parameters: parameters, qualifier: moduleName, body)
        namespace.setString(interpreter.intern(name), Value(f))
    }

    /// Binds a module attribute to a value.
    public func set(_ name: String, _ value: any ScriptRepresentable) throws {
        namespace.setString(interpreter.intern(name), try interpreter.convert(value))
    }
}

extension Interpreter {
    /// Makes a Swift closure a builtin function every script sees (like `len`):
    ///
    ///     vm.define("scale", parameters: ["value", "factor?"]) { args in
    ///         try args.double("value") * (args.has(1) ? args.double("factor") : 2)
    ///     }
    ///
    /// `parameters` lists the names (a trailing `?` marks an optional one) that calls are bound
    /// to, with CPython's TypeErrors for bad calls; nil passes every argument through.
    public func define(_ name: String, parameters: [String]? = nil, _ body: @escaping HostFunction) {
        let f = makeHostFunction(name, parameters: parameters, qualifier: nil, body)
        builtins.setString(intern(name), Value(f))
    }

    /// Registers a module that `import name` finds, built by `build`:
    ///
    ///     vm.register(module: "tool") { m in
    ///         m.define("log", parameters: ["message"]) { args in print(try args.string(0)); return nil }
    ///         try m.set("VERSION", "1.2")
    ///     }
    public func register(module name: String, _ build: (ModuleBuilder) throws -> Void) rethrows {
        let m = makeModule(name) { _ in }
        guard let d = m.dict else { return }
        try build(ModuleBuilder(interpreter: self, namespace: d, moduleName: name))
    }

    /// A builtin function object running a host closure.
    func makeHostFunction(_ name: String, parameters: [String]?, qualifier: String?, _ body: @escaping HostFunction) -> BuiltinFunctionObj {
        let signature = parameters.map { HostSignature($0) }
        let f = newBuiltin(name) { interp, args in
            try interp.callHostFunction(name, signature, args, body)
        }
        f.qualifier = qualifier
        heap.makePermanent(f)
        return f
    }

    /// Binds the arguments, runs the closure and converts its result or error.
    func callHostFunction(_ name: String, _ signature: HostSignature?, _ args: Arguments, _ body: HostFunction) throws -> Value {
        let arguments: HostArguments
        if let signature {
            arguments = HostArguments(interpreter: self, functionName: name,
                                      positional: try signature.bind(args, name, self), keywords: [:], parameters: signature.names)
        } else {
            var keywords: [String: ScriptValue] = [:]
            for (k, v) in args.keywordPairs { keywords[k.value] = ScriptValue(v, in: self) }
            arguments = HostArguments(interpreter: self, functionName: name,
                                      positional: args.positional.map { ScriptValue($0, in: self) }, keywords: keywords, parameters: nil)
        }
        // Calls back into the interpreter from the closure are nested host calls.
        embedding.entryDepth += 1
        defer { embedding.entryDepth -= 1 }
        do {
            guard let result = try body(arguments) else { return .pyNone }
            return try convert(result)
        } catch {
            throw pyError(fromHost: error)
        }
    }
}

/// A host function's parameter list: names, and how many are required.
struct HostSignature {
    let names: [String]
    let required: Int

    init(_ declared: [String]) {
        names = declared.map { $0.hasSuffix("?") ? String($0.dropLast()) : $0 }
        required = declared.prefix { !$0.hasSuffix("?") }.count
    }

    /// The arguments bound to the parameters, with the TypeErrors CPython raises for a
    /// Python function called the same way.
    func bind(_ args: Arguments, _ fn: String, _ interp: Interpreter) throws -> [ScriptValue?] {
        var bound = [Value?](repeating: nil, count: names.count)
        let given = args.positionalCount
        if given > names.count {
            let takes = required == names.count
                ? "\(names.count) positional argument\(names.count == 1 ? "" : "s")"
                : "from \(required) to \(names.count) positional arguments"
            throw interp.typeError("\(fn)() takes \(takes) but \(given) \(given == 1 ? "was" : "were") given")
        }
        for i in 0..<given { bound[i] = args[i] }
        for (k, v) in args.keywordPairs {
            guard let i = names.firstIndex(of: k.value) else {
                throw interp.typeError("\(fn)() got an unexpected keyword argument '\(k.value)'")
            }
            if bound[i] != nil { throw interp.typeError("\(fn)() got multiple values for argument '\(k.value)'") }
            bound[i] = v
        }
        let missing = (0..<required).filter { bound[$0] == nil }.map { "'\(names[$0])'" }
        if !missing.isEmpty {
            let list = missing.count == 1 ? missing[0]
                : missing.dropLast().joined(separator: ", ") + " and " + missing[missing.count - 1]
            throw interp.typeError("\(fn)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(list)")
        }
        return bound.map { $0.map { ScriptValue($0, in: interp) } }
    }
}
