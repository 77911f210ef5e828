// Host objects: Swift objects scripts see as instances of a class with methods and properties.

/// A script object wrapping a Swift object of the host.
final class HostObj: Obj {
    let payload: AnyObject
    init(payload: AnyObject, type: TypeObj) {
        self.payload = payload
        super.init(type: type)
    }
}

/// Builds a host class in `Interpreter.defineClass`: its constructor, methods and properties.
/// Each closure receives the instance (`this`, whose `hostObject(as:)` is the Swift object).
public struct ClassBuilder {
    /// The interpreter the class belongs to.
    public let interpreter: Interpreter
    let type: TypeObj

    /// Lets scripts create instances (`Counter(5)`): `body` returns the Swift object the
    /// instance wraps. Without one, calling the class raises TypeError.
    public func initializer(parameters: [String]? = nil, _ body: @escaping (HostArguments) throws -> AnyObject) {
        let signature = parameters.map { HostSignature($0) }
        let name = type.name
        type.nativeNew = { interp, args in
            guard let cls = args[0].asObject as? TypeObj else { throw interp.typeError("\(name).__new__(X): X is not a type object") }
            var payload: AnyObject?
            _ = try interp.callHostFunction(name, signature, args.droppingFirst) { arguments in
                payload = try body(arguments)
                return nil
            }
            guard let payload else { return .pyNone }
            return Value(interp.heap.track(HostObj(payload: payload, type: cls)))
        }
    }

    /// Adds a method: `body(this, arguments)` (see `Interpreter.define` for `parameters`).
    public func method(_ name: String, parameters: [String]? = nil,
                       _ body: @escaping (_ this: ScriptValue, HostArguments) throws -> (any ScriptRepresentable)?) {
        let signature = parameters.map { HostSignature($0) }
        let cls = type
        interpreter.method(type, name) { interp, args in
            let this = try interp.hostInstance(args, of: cls, for: name)
            return try interp.callHostFunction(name, signature, args.droppingFirst) { try body(this, $0) }
        }
    }

    /// Adds a property: reading it calls `get(this)`; assigning calls `set(this, newValue)`,
    /// and without `set` assigning raises AttributeError.
    public func property(_ name: String, get: @escaping (_ this: ScriptValue) throws -> (any ScriptRepresentable)?,
                         set: ((_ this: ScriptValue, _ newValue: ScriptValue) throws -> Void)? = nil) {
        let getter: (Interpreter, Value) throws -> Value = { interp, v in
            do {
                guard let r = try get(ScriptValue(v, in: interp)) else { return .pyNone }
                return try interp.convert(r)
            } catch {
                throw interp.pyError(fromHost: error)
            }
        }
        guard let set else { interpreter.getter(type, name, getter); return }
        interpreter.property(type, name, get: getter) { interp, v, newValue in
            do {
                try set(ScriptValue(v, in: interp), ScriptValue(newValue, in: interp))
            } catch {
                throw interp.pyError(fromHost: error)
            }
        }
    }
}

extension Interpreter {
    /// Defines a class whose instances wrap Swift objects, and returns the class:
    ///
    ///     let counterClass = vm.defineClass("Counter") { c in
    ///         c.initializer(parameters: ["start?"]) { args in Counter(args.has(0) ? try args.int(0) : 0) }
    ///         c.method("increment") { this, _ in this.hostObject(as: Counter.self)?.increment(); return nil }
    ///         c.property("value", get: { this in this.hostObject(as: Counter.self)?.value })
    ///     }
    ///
    /// The class is not bound to any name: bind it with `setGlobal` or a module's `set`.
    /// `module` is what its repr shows (`<class 'tool.Counter'>`).
    public func defineClass(_ name: String, module: String = "__main__", _ build: (ClassBuilder) throws -> Void) rethrows -> ScriptValue {
        let t = makeNativeClass(name, base: types.object, layout: .other, module: module)
        let typeName = module == "builtins" ? name : "\(module).\(name)"
        t.nativeNew = { interp, _ in throw interp.typeError("cannot create '\(typeName)' instances") }
        embedding.hostClasses[typeName] = t
        try build(ClassBuilder(interpreter: self, type: t))
        return ScriptValue(Value(t), in: self)
    }

    /// A script object of host class `hostClass` (made by `defineClass`) wrapping `object`.
    public func wrap(_ object: AnyObject, as hostClass: ScriptValue) throws -> ScriptValue {
        guard hostClass.interpreter === self, let t = hostClass.value.asObject as? TypeObj,
              embedding.hostClasses.values.contains(where: { $0 === t }) else {
            throw ScriptError("TypeError", "wrap() needs a class made by defineClass")
        }
        return ScriptValue(Value(heap.track(HostObj(payload: object, type: t))), in: self)
    }

    /// The receiver of a host method, checked to be an instance of its class.
    fileprivate func hostInstance(_ args: Arguments, of cls: TypeObj, for method: String) throws -> ScriptValue {
        guard args.count >= 1, let o = args[0].asObject as? HostObj, o.type.isSubtype(of: cls) else {
            let got = args.count >= 1 ? typeName(args[0]) : "nothing"
            throw typeError("descriptor '\(method)' for '\(cls.name)' objects doesn't apply to a '\(got)' object")
        }
        return ScriptValue(args[0], in: self)
    }
}
