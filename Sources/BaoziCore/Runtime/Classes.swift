// Creating classes (the `class` statement, `type(name, bases, ns)`) and instances (calling a
// class: `__new__`, then `__init__`).

/// Produces a value fixed in advance once script code returns (the class after its
/// `__init_subclass__`).
final class ReturnValue: NativeContinuation {
    let value: Value
    init(_ value: Value) { self.value = value }
    override func resume(_ interp: Interpreter, _ ignored: Value) throws -> Value { value }
    override func trace(_ marker: inout Marker) { marker.mark(value) }
}

/// After a script `__new__` returned: run `__init__` if the result is an instance of the class.
final class AfterNew: NativeContinuation {
    let cls: TypeObj
    let args: [Value]
    let kwargs: [(StrObj, Value)]
    init(cls: TypeObj, args: [Value], kwargs: [(StrObj, Value)]) {
        self.cls = cls; self.args = args; self.kwargs = kwargs
    }
    override func resume(_ interp: Interpreter, _ instance: Value) throws -> Value {
        guard interp.typeOf(instance).isSubtype(of: cls), let initM = cls.lookup(interp.names.__init__),
              !(initM.asObject is BuiltinFunctionObj) else { return instance }
        let r = interp.requestCall(initM, [instance] + args, kwargs: kwargs, then: InitCheck(instance: instance))
        return r
    }
    override func trace(_ marker: inout Marker) {
        marker.mark(cls)
        marker.mark(args)
        for (k, v) in kwargs { marker.mark(k); marker.mark(v) }
    }
}

final class InitCheck: NativeContinuation {
    let instance: Value
    init(instance: Value) { self.instance = instance }
    override func resume(_ interp: Interpreter, _ value: Value) throws -> Value {
        if !value.isNone { throw interp.typeError("__init__() should return None, not '\(interp.typeName(value))'") }
        return instance
    }
    override func trace(_ marker: inout Marker) { marker.mark(instance) }
}

extension Interpreter {
    /// Calls a class: builtin constructors run natively; user classes allocate an instance of
    /// their layout and get a frame for a script `__init__`.
    func construct(_ cls: TypeObj, args: UnsafeMutableBufferPointer<Value>, kwNames: TupleObj?, action: ReturnAction) throws -> Value {
        if cls === types.type && args.count == 1 && kwNames == nil {
            return Value(typeOf(args[0]))
        }
        // str(n) of an int and str(s) of an exact str, the common conversions: no argument
        // copy, no generic __str__ dispatch, no recount of the digits.
        if cls === types.str && args.count == 1 && kwNames == nil {
            switch args[0] {
            case .int(let i):
                let s = String(i)
                return try deliver(Value(heap.track(StrObj(s, count: s.utf8.count, isASCII: true, type: cls))), action: action)
            case .object(let r) where r.hasExactType(cls):
                return try deliver(args[0], action: action)
            default: break
            }
        }
        // A metaclass with its own __call__.
        if cls.type !== types.type, let call = cls.type.lookup(names.__call__), !(call.asObject is BuiltinFunctionObj) {
            var all = [Value(cls)] + Array(args)
            return try all.withUnsafeMutableBufferPointer { try invoke(call, args: $0, kwNames: kwNames, action: action) }
        }
        return try constructInstance(cls, args: args, kwNames: kwNames, action: action)
    }

    /// `type.__call__(cls, ...)`: what calling a class does without a metaclass `__call__`, for
    /// a metaclass `__call__` that delegates with `super().__call__(...)`. Runs nested.
    func typeCall(_ args: Arguments) throws -> Value {
        guard args.positionalCount >= 1, let cls = args[0].asObject as? TypeObj else {
            throw typeError("descriptor '__call__' of 'type' object needs an argument")
        }
        var rest = Array(args.values.dropFirst())
        let kwNames = args.names.isEmpty ? nil : newTuple(args.names.map { Value($0) }).asObject as? TupleObj
        return try rest.withUnsafeMutableBufferPointer {
            try constructInstance(cls, args: $0, kwNames: kwNames, action: .returnToNative)
        }
    }

    /// Calls a class's `__new__` and `__init__` (the part of `construct` after metaclass dispatch).
    private func constructInstance(_ cls: TypeObj, args: UnsafeMutableBufferPointer<Value>, kwNames: TupleObj?, action: ReturnAction) throws -> Value {
        // Builtin classes with a native constructor (`str(n)`, `list(x)`): no `__new__` or
        // `__init__` lookups, and the class goes before the arguments without an Array.
        if !cls.isHeapType, let native = cls.nativeNew {
            let r = try withUnsafeTemporaryAllocation(of: Value.self, capacity: args.count + 1) { buf -> Value in
                buf[0] = Value(cls)
                for i in 0..<args.count { buf[i + 1] = args[i] }
                return try native(self, Arguments(UnsafeBufferPointer(buf), names: kwNameSlice(kwNames)))
            }
            if case .unbound = r { return try performPendingCall(action: action) }
            return try deliver(r, action: action)
        }
        let newM = cls.lookup(names.__new__)
        let initM = cls.lookup(names.__init__)
        let userNew = newM.map { !($0.asObject is BuiltinFunctionObj) } ?? false
        let userInit = initM.map { !($0.asObject is BuiltinFunctionObj) } ?? false

        if !cls.isHeapType || (!userNew && !userInit) {
            // Builtin construction: the solid base's native constructor does the work.
            if let native = nativeConstructor(cls) {
                let all = [Value(cls)] + Array(args)
                let r = try all.withUnsafeBufferPointer { try native(self, Arguments($0, names: kwNameSlice(kwNames))) }
                if case .unbound = r { return try performPendingCall(action: action) }
                return try deliver(r, action: action)
            }
            if args.count > 0 && !userInit {
                throw typeError("\(cls.name)() takes no arguments")
            }
            return try deliver(try allocateInstance(cls, args: []), action: action)
        }

        let positionalCount = args.count - (kwNames?.items.count ?? 0)
        if userNew {
            let positional = Array(args[0..<positionalCount])
            let kwargs: [(StrObj, Value)] = kwNames.map { names in
                names.items.enumerated().map { (i, n) in (n.asObject as! StrObj, args[positional.count + i]) }
            } ?? []
            let newFn: Value
            if let w = newM!.asObject as? MethodWrapperObj { newFn = w.function } else { newFn = newM! }
            var all = [Value(cls)] + Array(args)
            let cont = AfterNew(cls: cls, args: positional, kwargs: kwargs)
            switch action {
            case .push:
                return try all.withUnsafeMutableBufferPointer { try invoke(newFn, args: $0, kwNames: kwNames, action: .native(cont)) }
            default:
                let inst = try all.withUnsafeMutableBufferPointer { try callNested(newFn, $0, kwNames: kwNames) }
                let r = try cont.resume(self, inst)
                if case .unbound = r { return try performPendingCall(action: action) }
                return try deliver(r, action: action)
            }
        }
        let instance: Value
        if let native = nativeConstructor(cls), cls.layout != .object, cls.layout != .exception {
            // class Stack(list): the builtin part is built from the same arguments... unless
            // __init__ is user-defined, in which case the builtin starts empty.
            let all: [Value] = userInit ? [Value(cls)] : [Value(cls)] + Array(args)
            instance = try all.withUnsafeBufferPointer { try native(self, Arguments($0)) }
        } else {
            instance = try allocateInstance(cls, args: cls.layout == .exception ? Array(args[0..<positionalCount]) : [])
        }
        // Instances are heap objects (the action holds a `Ref`).
        guard userInit, let initFn = initM, case .object(let instanceRef) = instance else {
            return try deliver(instance, action: action)
        }
        switch action {
        case .push:
            // The common case (a class called by the loop): the instance goes before the
            // arguments in a stack buffer, not an Array (the frame copies them).
            return try withUnsafeTemporaryAllocation(of: Value.self, capacity: args.count + 1) { buf in
                buf[0] = instance
                for i in 0..<args.count { buf[i + 1] = args[i] }
                return try invoke(initFn, args: buf, kwNames: kwNames, action: .initResult(instanceRef))
            }
        default:
            var all = [instance] + Array(args)
            let r = try all.withUnsafeMutableBufferPointer { try callNested(initFn, $0, kwNames: kwNames) }
            if !r.isNone { throw typeError("__init__() should return None, not '\(typeName(r))'") }
            return try deliver(instance, action: action)
        }
    }

    /// The native constructor of the class's builtin base, if it has one.
    func nativeConstructor(_ cls: TypeObj, aboveObject: Bool = false) -> NativeFunction? {
        for m in cls.mro where !m.type.isHeapType && !(aboveObject && m.type === types.object) {
            if let n = m.type.nativeNew { return n }
        }
        return nil
    }

    /// A new, empty instance of a user class (or `object`).
    func allocateInstance(_ cls: TypeObj, args: [Value]) throws -> Value {
        switch cls.layout {
        case .exception:
            let e = heap.track(ExceptionObj(args: ContiguousArray(args), type: cls))
            if cls.isHeapType { e.dict = newDictObj() }
            return Value(e)
        case .object, .int, .float, .bool:
            let o = heap.track(InstanceObj(type: cls))
            if cls.isHeapType { o.dict = newDictObj() }
            return Value(o)
        default:
            // object's constructor would come back here: a builtin class with no constructor
            // of its own (generator, frame...) cannot be instantiated.
            if let native = nativeConstructor(cls, aboveObject: true) {
                try checkNativeStack()
                var all = [Value(cls)]
                return try all.withUnsafeMutableBufferPointer { try native(self, Arguments(UnsafeBufferPointer($0))) }
            }
            if !cls.isHeapType { throw typeError("cannot create '\(cls.displayName)' instances") }
            let o = heap.track(InstanceObj(type: cls))
            o.dict = newDictObj()
            return Value(o)
        }
    }

    // MARK: - The class statement

    /// BUILD_CLASS: runs the body function with a fresh namespace; the class is made when it
    /// returns (see `finishClass`).
    func startClassBody(function: Value, name: Value, bases: Value, kwargs: Value) throws {
        guard let fn = function.asObject as? FunctionObj else { throw typeError("class body is not a function") }
        let ns = newDictObj()
        let frame = makeFrameOwned(fn.code).takeRetainedValue()
        frame.namespace = ns
        setUpCells(frame, fn)
        frame.onReturn = .buildClass(ClassBuildState(name: name, bases: bases, kwargs: kwargs, namespace: ns, function: function))
        try pushFrame(frame)
    }

    func finishClass(_ state: ClassBuildState) throws -> Value {
        let name = (state.name.asObject as! StrObj).value
        let originalBases = (state.bases.asObject as? TupleObj).map { Array($0.items) } ?? []
        let bases = try resolveMROEntries(originalBases, state.bases)
        var basesValue = state.bases
        if bases.count != originalBases.count || zip(bases, originalBases).contains(where: { !$0.isIdentical(to: $1) }) {
            state.namespace.setString(intern("__orig_bases__"), state.bases)
            basesValue = newTuple(bases)
        }
        var metaclass: Value? = nil
        var extraKw: [(String, Value)] = []
        if let kw = state.kwargs.asObject as? DictObj {
            for e in kw.liveEntries {
                let k = (e.key.asObject as! StrObj).value
                if k == "metaclass" { metaclass = e.value } else { extraKw.append((k, e.value)) }
            }
        }
        if metaclass == nil {
            // The most derived metaclass of the bases.
            for b in bases {
                if let bt = b.asObject as? TypeObj, bt.type !== types.type { metaclass = Value(bt.type) }
            }
        }
        if let meta = metaclass, let mt = meta.asObject as? TypeObj, mt !== types.type {
            // The metaclass call runs as frames of the class statement's caller: its script
            // code may switch greenlets. (`.unbound`: a frame was pushed.)
            return try invoke(meta, [state.name, basesValue, Value(state.namespace)],
                              kwargs: extraKw.map { (intern($0.0), $0.1) }, action: .push)
        }
        let cls = try makeClass(name: name, bases: bases, namespace: state.namespace, metatype: types.type)
        return try initSubclassHooksResumable(cls, kwargs: extraKw)
    }

    /// `initSubclassHooks` for the VM loop: a script `__init_subclass__` runs as a frame whose
    /// return hands over the class (result `.unbound`); otherwise the class is returned.
    func initSubclassHooksResumable(_ cls: TypeObj, kwargs: [(String, Value)]) throws -> Value {
        if let hook = initSubclassHook(cls), hook.asObject is FunctionObj {
            return try invoke(hook, [Value(cls)], kwargs: kwargs.map { (intern($0.0), $0.1) },
                              action: .native(ReturnValue(Value(cls))))
        }
        try initSubclassHooks(cls, kwargs: kwargs)
        return Value(cls)
    }

    /// The function of the `__init_subclass__` the first base defining one has.
    func initSubclassHook(_ cls: TypeObj) -> Value? {
        guard cls.mro.count > 1 else { return nil }
        for m in cls.mro.dropFirst() {
            if let hook = m.type.dict?.getString(intern("__init_subclass__")) {
                return (hook.asObject as? MethodWrapperObj)?.function
            }
        }
        return nil
    }

    /// PEP 560: a base that is not a class but has `__mro_entries__` (typing's `Generic[T]`)
    /// is replaced by the classes that method returns.
    private func resolveMROEntries(_ bases: [Value], _ original: Value) throws -> [Value] {
        var result: [Value] = []
        for b in bases {
            if b.asObject is TypeObj { result.append(b); continue }
            guard let entries = try getAttributeOrNil(b, "__mro_entries__") else { result.append(b); continue }
            let r = try call(entries, [original])
            guard let t = r.asObject as? TupleObj else { throw typeError("__mro_entries__ must return a tuple") }
            result.append(contentsOf: t.items)
        }
        return result
    }

    /// Creates a class from its parts: the body of `type(name, bases, ns)`.
    func makeClass(name: String, bases baseValues: [Value], namespace: DictObj, metatype: TypeObj) throws -> TypeObj {
        var bases: [TypeObj] = []
        for b in baseValues {
            guard let t = b.asObject as? TypeObj else {
                throw typeError("bases must be types")
            }
            if [Layout.bool, .none, .function, .builtinFunction, .generator, .range, .slice, .code, .cell].contains(t.layout) && !t.isHeapType
                || t === types.bool {
                throw typeError("type '\(t.name)' is not an acceptable base type")
            }
            bases.append(t)
        }
        if bases.isEmpty { bases = [types.object] }
        // The layout comes from the most derived builtin base ("solid base").
        var layout = Layout.object
        for b in bases where b.layout != .object {
            if layout != .object && layout != b.layout {
                throw typeError("multiple bases have instance lay-out conflict")
            }
            layout = b.layout
        }
        let module = (namespace.getString(names.__module__)?.asObject as? StrObj)?.value ?? "__main__"
        let cls = heap.track(TypeObj(name: name, bases: bases, layout: layout, metatype: metatype, isHeapType: true, module: module))
        if let q = namespace.getString(intern("__qualname__"))?.asObject as? StrObj {
            cls.qualname = q.value
            _ = namespace.removeString(intern("__qualname__"))
        }
        cls.mro = try computeMRO(cls, bases)
        cls.slotNames = try slotNames(declaredIn: namespace, for: cls)
        // The class keeps its own dict (the namespace), minus the class cell.
        let classCell = namespace.removeString(intern("__classcell__"))
        cls.dict = namespace
        if namespace.getString(intern("__doc__")) == nil { namespace.setString(intern("__doc__"), .pyNone) }
        // __eq__ without __hash__ makes instances unhashable.
        if namespace.getString(names.__eq__) != nil && namespace.getString(names.__hash__) == nil {
            namespace.setString(names.__hash__, .pyNone)
        }
        // __new__ is implicitly a static method, __init_subclass__ and __class_getitem__ class methods.
        if let n = namespace.getString(names.__new__), n.asObject is FunctionObj {
            namespace.setString(names.__new__, Value(heap.track(MethodWrapperObj(function: n, type: types.staticmethod))))
        }
        for name in ["__init_subclass__", "__class_getitem__"] {
            if let n = namespace.getString(intern(name)), n.asObject is FunctionObj {
                namespace.setString(intern(name), Value(heap.track(MethodWrapperObj(function: n, type: types.classmethod))))
            }
        }
        for b in bases { b.subclasses.append(TypeRef(cls)) }
        refreshSpecialFlags(cls)
        if let cell = classCell?.asObject as? CellObj { cell.value = Value(cls) }
        // __set_name__ on descriptors.
        for e in namespace.liveEntries {
            if case .object(let r) = e.value, r.obj.type.isHeapType, let sn = r.obj.type.lookup(intern("__set_name__")) {
                _ = try call(sn, [e.value, Value(cls), e.key])
            }
        }
        return cls
    }

    /// The attribute names `__slots__` allows instances of `cls`, or nil when they have a
    /// `__dict__` (some class in the MRO declares no slots, or "__dict__" is among them).
    private func slotNames(declaredIn namespace: DictObj, for cls: TypeObj) throws -> Set<String>? {
        guard let declared = namespace.getString(intern("__slots__")) else { return nil }
        let items = declared.asObject is StrObj ? [declared] : try iterateToArray(declared)
        var result: Set<String> = []
        for item in items {
            guard let s = item.asObject as? StrObj else {
                throw typeError("__slots__ items must be strings, not '\(typeName(item))'")
            }
            result.insert(s.value)
        }
        if result.contains("__dict__") { return nil }
        for base in cls.mro.dropFirst() where base.type.isHeapType {
            guard let inherited = base.type.slotNames else { return nil }
            result.formUnion(inherited)
        }
        return result
    }

    func initSubclassHooks(_ cls: TypeObj, kwargs: [(String, Value)]) throws {
        guard cls.mro.count > 1 else { return }
        for m in cls.mro.dropFirst() {
            if let hook = m.type.dict?.getString(intern("__init_subclass__")) {
                if let w = hook.asObject as? MethodWrapperObj {
                    _ = try call(w.function, [Value(cls)], kwargs: kwargs)
                }
                return
            }
        }
        if !kwargs.isEmpty {
            throw typeError("\(cls.name).__init_subclass__() takes no keyword arguments")
        }
    }

    /// C3 linearization.
    func computeMRO(_ cls: TypeObj, _ bases: [TypeObj]) throws -> [TypeRef] {
        var sequences: [[TypeObj]] = bases.map { $0.mro.map { $0.type } }
        sequences.append(bases)
        var result: [TypeObj] = [cls]
        while true {
            sequences = sequences.filter { !$0.isEmpty }
            if sequences.isEmpty { break }
            var candidate: TypeObj? = nil
            for seq in sequences {
                let head = seq[0]
                let inTail = sequences.contains { s in s.dropFirst().contains { $0 === head } }
                if !inTail {
                    candidate = head
                    break
                }
            }
            guard let next = candidate else {
                // CPython names the classes still waiting at the heads of the lists (once each).
                var heads: [TypeObj] = []
                for seq in sequences where !heads.contains(where: { $0 === seq[0] }) { heads.append(seq[0]) }
                let names = heads.map { $0.name }.joined(separator: ", ")
                throw typeError("Cannot create a consistent method resolution\norder (MRO) for bases \(names)")
            }
            result.append(next)
            sequences = sequences.map { seq in seq.first === next ? Array(seq.dropFirst()) : seq }
        }
        return result.map(TypeRef.init)
    }
}
