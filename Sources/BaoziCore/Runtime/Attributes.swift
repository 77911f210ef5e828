// Attribute access: instance dicts, class lookups along the MRO, and descriptors
// (functions binding to methods, properties, static and class methods).

extension Interpreter {
    /// `obj.name` for a method call: the plain function found on the class, so the VM can
    /// call it with `obj` as first argument without making a bound method. Nil when the
    /// attribute is anything else.
    @inline(__always)
    func lookupMethod(_ obj: Value, _ name: StrObj) -> Value? {
        let t = typeOf(obj)
        if t.hasCustomGetattribute || t === types.superType { return nil }
        guard let m = t.lookup(name) else { return nil }
        guard case .object(let r) = m else { return nil }
        let mo = r.obj
        if mo is FunctionObj || (mo is BuiltinFunctionObj && (mo as! BuiltinFunctionObj).ownerType != nil) {
            // An instance attribute shadows the class's.
            if case .object(let o) = obj, let d = o.obj.dict, d.getString(name) != nil, !(o.obj is TypeObj) {
                return nil
            }
            if case .object(let o) = obj, o.obj is TypeObj { return nil }
            return m
        }
        return nil
    }

    /// `obj.name`, running script code (properties, `__getattr__`) nested.
    func getAttribute(_ obj: Value, _ name: StrObj) throws -> Value {
        let v = try getAttributeCore(obj, name, resumable: false)
        return v
    }

    func getAttribute(_ obj: Value, _ name: String) throws -> Value {
        try getAttribute(obj, intern(name))
    }

    /// `obj.name` from the VM loop: a property getter or `__getattr__` written in Python gets
    /// a frame (result `.unbound`).
    func getAttributeResumable(_ obj: Value, _ name: StrObj) throws -> Value {
        try getAttributeCore(obj, name, resumable: true)
    }

    /// Optional lookup: nil instead of AttributeError.
    func getAttributeOrNil(_ obj: Value, _ name: String) throws -> Value? {
        do {
            return try getAttribute(obj, intern(name))
        } catch let e as PyError where e.exception.type.isSubtype(of: types.exceptions.attributeError) {
            return nil
        }
    }

    private func getAttributeCore(_ obj: Value, _ name: StrObj, resumable: Bool) throws -> Value {
        let t = typeOf(obj)
        if t.hasCustomGetattribute, let ga = t.lookup(names.__getattribute__),
           !(ga.asObject is BuiltinFunctionObj) {
            return try callMaybeResumable(ga, [obj, Value(name)], resumable: resumable)
        }
        if case .object(let r) = obj {
            if let cls = r.obj as? TypeObj {
                return try getClassAttribute(cls, obj, name, resumable: resumable)
            }
            if r.obj is SuperObj {
                if let v = try specialAttribute(obj, name.value) { return v }
                throw attributeError("'super' object has no attribute '\(name.value)'")
            }
        }
        let attr = t.lookup(name)
        // Data descriptors on the class win over the instance dict.
        if let a = attr, case .object(let ar) = a, let p = ar.obj as? PropertyObj {
            if p.getter.isNone { throw attributeError("property '\(name.value)' of '\(t.name)' object has no getter") }
            return try callMaybeResumable(p.getter, [obj], resumable: resumable)
        }
        if let a = attr, let get = dataDescriptorGetter(a) {
            return try callMaybeResumable(get, [a, obj, Value(t)], resumable: resumable)
        }
        if case .object(let r) = obj, let d = r.obj.dict, let v = d.getString(name) {
            return v
        }
        if let a = attr {
            // A script descriptor's __get__ runs as a frame when the loop reads the attribute.
            if resumable, case .object(let ar) = a, ar.obj.type.isHeapType,
               let get = ar.obj.type.lookup(names.__get__), get.asObject is FunctionObj {
                return try callResumable(get, [a, obj, Value(t)])
            }
            return try bindDescriptor(a, instance: obj, owner: t)
        }
        if let special = try specialAttribute(obj, name.value) { return special }
        if t.hasGetattr, let ga = t.lookup(names.__getattr__) {
            return try callMaybeResumable(ga, [obj, Value(name)], resumable: resumable)
        }
        throw attributeMissing(obj, name.value)
    }

    /// The `__get__` of a script data descriptor (one that also defines `__set__` or
    /// `__delete__`): such descriptors take precedence over the instance dict.
    private func dataDescriptorGetter(_ attr: Value) -> Value? {
        guard case .object(let r) = attr, r.obj.type.isHeapType else { return nil }
        let t = r.obj.type
        guard let get = t.lookup(names.__get__), t.lookup(names.__set__) != nil || t.lookup(intern("__delete__")) != nil else {
            return nil
        }
        return get
    }

    func attributeMissing(_ obj: Value, _ name: String) -> PyError {
        if let m = obj.asObject as? ModuleObj {
            return attributeError("module '\(m.name)' has no attribute '\(name)'")
        }
        if let c = obj.asObject as? TypeObj {
            return attributeError("type object '\(c.name)' has no attribute '\(name)'")
        }
        return attributeError("'\(typeName(obj))' object has no attribute '\(name)'")
    }

    /// What a class attribute becomes when read through an instance.
    func bindDescriptor(_ a: Value, instance: Value, owner: TypeObj) throws -> Value {
        guard case .object(let ar) = a else { return a }
        switch ar.obj {
        case is FunctionObj:
            return Value(heap.track(MethodObj(function: a, instance: instance, type: types.method)))
        case let b as BuiltinFunctionObj where b.ownerType != nil && b.receiver == nil:
            return Value(heap.track(BuiltinFunctionObj(name: b.name, fn: b.fn, receiver: instance, type: types.builtinFunction)))
        case let w as MethodWrapperObj:
            if w.type === types.staticmethod { return w.function }
            return Value(heap.track(MethodObj(function: w.function, instance: Value(owner), type: types.method)))
        default:
            // User descriptors with __get__.
            if ar.obj.type.isHeapType, let get = ar.obj.type.lookup(names.__get__) {
                return try call(get, [a, instance, Value(owner)])
            }
            return a
        }
    }

    /// `Class.name`: looks along the class's MRO (then its metaclass).
    private func getClassAttribute(_ cls: TypeObj, _ obj: Value, _ name: StrObj, resumable: Bool) throws -> Value {
        if let a = cls.lookup(name) {
            guard case .object(let ar) = a else { return a }
            switch ar.obj {
            case let w as MethodWrapperObj:
                if w.type === types.staticmethod { return w.function }
                return Value(heap.track(MethodObj(function: w.function, instance: obj, type: types.method)))
            case is FunctionObj, is PropertyObj:
                return a
            case let b as BuiltinFunctionObj where b.ownerType != nil && b.receiver == nil && b.name == "__new__":
                return a
            default:
                if ar.obj.type.isHeapType, let get = ar.obj.type.lookup(names.__get__) {
                    return try callMaybeResumable(get, [a, .pyNone, obj], resumable: resumable && get.asObject is FunctionObj)
                }
                return a
            }
        }
        if let special = try specialAttribute(obj, name.value) { return special }
        // Metaclass attributes (e.g. `mro`, methods of a custom metaclass).
        if let a = cls.type.lookup(name) {
            return try bindDescriptor(a, instance: obj, owner: cls.type)
        }
        throw attributeMissing(obj, name.value)
    }

    func callMaybeResumable(_ fn: Value, _ args: [Value], resumable: Bool) throws -> Value {
        if resumable { return try callResumable(fn, args) }
        return try call(fn, args)
    }

    /// Calls from the VM loop: a script function gets a frame whose result is pushed on the
    /// caller's stack (the result here is `.unbound`); natives return their value.
    func callResumable(_ fn: Value, _ args: [Value], then: NativeContinuation? = nil) throws -> Value {
        var a = args
        let action: ReturnAction = then.map { .native($0) } ?? .push
        return try a.withUnsafeMutableBufferPointer { try invoke(fn, args: $0, kwNames: nil, action: action) }
    }

    // MARK: - Setting and deleting

    /// `obj.name = value` from the VM; true when a script setter's frame was pushed.
    func setAttributeResumable(_ obj: Value, _ name: StrObj, _ value: Value) throws -> Bool {
        try setAttributeCore(obj, name, value, resumable: true)
    }

    func setAttribute(_ obj: Value, _ name: StrObj, _ value: Value) throws {
        _ = try setAttributeCore(obj, name, value, resumable: false)
    }

    private func setAttributeCore(_ obj: Value, _ name: StrObj, _ value: Value, resumable: Bool) throws -> Bool {
        guard case .object(let r) = obj else {
            throw attributeError("'\(typeName(obj))' object has no attribute '\(name.value)'")
        }
        let o = r.obj
        let t = o.type
        if t.hasSetattr, let sa = t.lookup(names.__setattr__), !(sa.asObject is BuiltinFunctionObj) {
            let res = try callMaybeResumable(sa, [obj, Value(name), value], resumable: resumable)
            if case .unbound = res {
                // As for a property setter: __setattr__'s return value must be discarded.
                fiber.frames[fiber.frames.count - 1].onReturn = .discard
                return true
            }
            return false
        }
        if let cls = o as? TypeObj {
            guard cls.isHeapType else {
                throw typeError("cannot set '\(name.value)' attribute of immutable type '\(cls.name)'")
            }
            if cls.dict == nil { cls.dict = newDictObj() }
            cls.dict!.setString(name, value)
            cls.invalidate()
            refreshSpecialFlags(cls)
            return false
        }
        if let a = t.lookup(name), case .object(let ar) = a {
            if let p = ar.obj as? PropertyObj {
                if p.setter.isNone {
                    throw attributeError("property '\(name.value)' of '\(t.name)' object has no setter")
                }
                let res = try callMaybeResumable(p.setter, [obj, value], resumable: resumable)
                if case .unbound = res {
                    // The setter's return value must be discarded.
                    fiber.frames[fiber.frames.count - 1].onReturn = .discard
                    return true
                }
                return false
            }
            if ar.obj.type.isHeapType, let set = ar.obj.type.lookup(names.__set__) {
                _ = try call(set, [a, obj, value])
                return false
            }
        }
        if t.layout == .exception, let e = o as? ExceptionObj, try setExceptionField(e, name.value, value) {
            return false
        }
        if t.layout == .function, let f = o as? FunctionObj, try setFunctionField(f, name.value, value) {
            return false
        }
        if let g = o as? GeneratorObj, try setGeneratorAttribute(g, name.value, value) {
            return false
        }
        if let allowed = t.slotNames, !allowed.contains(name.value) {
            throw attributeError("'\(t.name)' object has no attribute '\(name.value)'")
        }
        guard let d = o.dict ?? makeInstanceDictIfAllowed(o) else {
            if t.lookup(name) != nil {
                throw attributeError("'\(t.name)' object attribute '\(name.value)' is read-only")
            }
            throw attributeError("'\(t.name)' object has no attribute '\(name.value)'")
        }
        d.setString(name, value)
        return false
    }

    /// `exc.args = ...` and the other attributes BaseException keeps in fields; false for any
    /// other name (those go to the instance dict, which every exception has).
    private func setExceptionField(_ e: ExceptionObj, _ name: String, _ value: Value) throws -> Bool {
        switch name {
        case "args":
            e.args = ContiguousArray(try iterateToArray(value))
        case "__cause__":
            guard value.isNone || value.asObject is ExceptionObj else {
                throw typeError("exception cause must be None or derive from BaseException")
            }
            e.cause = value
            e.suppressContext = true
        case "__context__":
            guard value.isNone || value.asObject is ExceptionObj else {
                throw typeError("exception context must be None or derive from BaseException")
            }
            e.context = value
        case "__suppress_context__":
            e.suppressContext = try truthy(value)
        default:
            return false
        }
        return true
    }

    /// Instances of user classes, exceptions and functions get a dict on first attribute store.
    private func makeInstanceDictIfAllowed(_ o: Obj) -> DictObj? {
        if o.type.isHeapType || o is FunctionObj || o is ModuleObj || o is ExceptionObj || o is GreenletObj {
            let d = newDictObj()
            o.dict = d
            return d
        }
        return nil
    }

    func deleteAttribute(_ obj: Value, _ name: StrObj) throws {
        guard case .object(let r) = obj else {
            throw attributeError("'\(typeName(obj))' object has no attribute '\(name.value)'")
        }
        let o = r.obj
        if let da = o.type.lookup(names.__delattr__), !(da.asObject is BuiltinFunctionObj) {
            _ = try call(da, [obj, Value(name)])
            return
        }
        if let a = o.type.lookup(name), let p = a.asObject as? PropertyObj {
            if p.deleter.isNone { throw attributeError("property '\(name.value)' of '\(o.type.name)' object has no deleter") }
            _ = try call(p.deleter, [obj])
            return
        }
        if let a = o.type.lookup(name), case .object(let ar) = a, ar.obj.type.isHeapType,
           let delete = ar.obj.type.lookup(intern("__delete__")) {
            _ = try call(delete, [a, obj])
            return
        }
        if let d = o.dict, d.removeString(name) != nil {
            if let cls = o as? TypeObj { cls.invalidate(); refreshSpecialFlags(cls) }
            return
        }
        throw attributeMissing(obj, name.value)
    }

    /// Recomputes which special methods a class overrides (after its dict changed).
    func refreshSpecialFlags(_ cls: TypeObj) {
        func overridden(_ n: StrObj) -> Bool {
            guard let v = cls.lookup(n) else { return false }
            return !(v.asObject is BuiltinFunctionObj)
        }
        cls.hasCustomGetattribute = overridden(names.__getattribute__)
        cls.hasGetattr = cls.lookup(names.__getattr__) != nil
        cls.hasSetattr = overridden(names.__setattr__)
        for s in cls.subclasses { refreshSpecialFlags(s.type) }
    }

    /// Calls `obj.name(args)` from Swift.
    func callMethod(_ obj: Value, _ name: String, _ args: [Value]) throws -> Value {
        let m = try getAttribute(obj, intern(name))
        return try call(m, args)
    }

    /// A special method looked up on the type (not the instance), bound to `obj`.
    func lookupSpecialOrFail(_ obj: Value, _ name: StrObj, protocol: String, missing: String) throws -> Value {
        guard let m = typeOf(obj).lookup(name) else {
            throw typeError("'\(typeName(obj))' object does not support the \(`protocol`) protocol")
        }
        return try bindDescriptor(m, instance: obj, owner: typeOf(obj))
    }
}

// MARK: - Inline caches for instance attributes

extension Interpreter {
    /// The entry for class `t` among an attribute site's `AttributeCache.ways` entries,
    /// filled on a miss. Reads the class through guaranteed access (no retain/release).
    @inline(__always)
    func attributeCacheEntry(_ site: UnsafeMutablePointer<AttributeCache>, _ t: Unmanaged<TypeObj>, _ name: StrObj) -> UnsafeMutablePointer<AttributeCache> {
        let tp = t.toOpaque()
        let version = t._withUnsafeGuaranteedRef { $0.version }
        for i in 0..<AttributeCache.ways where site[i].type == tp && site[i].version == version {
            return site + i
        }
        return fillAttributeCache(site, t.takeUnretainedValue(), name)
    }

    /// Works out what `name` means on instances of `t` and stores it in the site's first
    /// entry, moving the others down (the least recently filled falls out).
    @inline(never)
    private func fillAttributeCache(_ site: UnsafeMutablePointer<AttributeCache>, _ t: TypeObj, _ name: StrObj) -> UnsafeMutablePointer<AttributeCache> {
        var entry = AttributeCache(type: Unmanaged.passUnretained(t).toOpaque(), version: t.version, kind: .general, classValue: .unbound)
        let found = t.lookup(name)
        // Only instances of plain user classes are cached: builtin layouts (exceptions,
        // functions, classes) and __slots__ classes have attributes with special rules.
        // Greenlet subclasses (gevent's Greenlet) qualify: greenlet's own attributes are
        // properties, which stay on the general path.
        if t.isHeapType && (t.layout == .object || t.layout == .greenlet) && t.slotNames == nil && !t.hasCustomGetattribute {
            if let v = found {
                if isPlainClassAttribute(v) {
                    entry.kind = .plain
                    entry.classValue = v
                }
            } else {
                entry.kind = .absent
            }
        }
        // What `lookupMethod` accepts, for LOAD_METHOD (instances that are classes excluded).
        if let m = found, case .object(let r) = m, !t.hasCustomGetattribute, t !== types.superType, t.layout != .type {
            let mo = r.obj
            if mo is FunctionObj {
                entry.isMethod = true
                entry.isFunction = true
                entry.classValue = m
            } else if let b = mo as? BuiltinFunctionObj, b.ownerType != nil {
                entry.isMethod = true
                entry.classValue = m
            }
        }
        var i = AttributeCache.ways - 1
        while i > 0 { site[i] = site[i - 1]; i -= 1 }
        site[0] = entry
        return site
    }

    /// Class attributes that neither intercept instance access nor assignment: functions,
    /// builtin method descriptors and plain values.
    private func isPlainClassAttribute(_ v: Value) -> Bool {
        guard case .object(let r) = v else { return true }
        let o = r.obj
        if o is FunctionObj || o is BuiltinFunctionObj { return true }
        if o is PropertyObj || o is MethodWrapperObj { return false }
        if o.type.isHeapType {
            let t = o.type
            return t.lookup(names.__get__) == nil && t.lookup(names.__set__) == nil && t.lookup(intern("__delete__")) == nil
        }
        return true
    }

    /// `obj.name` for the LOAD_ATTR fast path; nil when the general lookup must decide.
    /// `o` is the object of `obj`, passed guaranteed (no retain/release).
    @inline(__always)
    func cachedAttribute(_ o: Obj, _ obj: Value, _ site: UnsafeMutablePointer<AttributeCache>, _ name: StrObj) -> Value? {
        let entry = attributeCacheEntry(site, Unmanaged.passUnretained(o.type), name)
        switch entry.pointee.kind {
        case .general:
            return nil
        case .absent:
            guard let d = o.dictRef else { return nil }
            return d._withUnsafeGuaranteedRef { $0.getString(name, hint: &entry.pointee.hint) }
        case .plain:
            if let d = o.dictRef,
               let v = d._withUnsafeGuaranteedRef({ $0.getString(name, hint: &entry.pointee.hint) }) {
                return v
            }
            let cv = entry.pointee.classValue
            guard case .object = cv else { return cv }
            if entry.pointee.isFunction {
                return Value(heap.track(MethodObj(function: cv, instance: obj, type: types.method)))
            }
            return try? bindDescriptor(cv, instance: obj, owner: o.type)
        }
    }

    /// The class's method for the LOAD_METHOD fast path, when the instance dict does not
    /// shadow it; nil when the general path must decide.
    @inline(__always)
    func cachedMethod(_ o: Obj, _ site: UnsafeMutablePointer<AttributeCache>, _ name: StrObj) -> Value? {
        let entry = attributeCacheEntry(site, Unmanaged.passUnretained(o.type), name)
        guard entry.pointee.isMethod else { return nil }
        if let d = o.dictRef,
           d._withUnsafeGuaranteedRef({ $0.getString(name, hint: &entry.pointee.hint) }) != nil {
            return nil
        }
        return entry.pointee.classValue
    }

    /// The STORE_ATTR fast path: instances of plain user classes store into their dict.
    /// Returns false when the general path must decide.
    @inline(__always)
    func cachedStoreAttribute(_ o: Obj, _ value: Value, _ site: UnsafeMutablePointer<AttributeCache>, _ name: StrObj) -> Bool {
        let t = Unmanaged.passUnretained(o.type)
        guard !t._withUnsafeGuaranteedRef({ $0.hasSetattr }), let d = o.dictRef else { return false }
        let entry = attributeCacheEntry(site, t, name)
        guard entry.pointee.kind != .general else { return false }
        d._withUnsafeGuaranteedRef { $0.setString(name, value, hint: &entry.pointee.hint) }
        return true
    }
}
