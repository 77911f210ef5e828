// Methods of object, type and the containers (list, tuple, dict, set).

import BigInt

extension Interpreter {
    func setUpObjectAndTypeMethods() {
        let t = types!
        method(t.object, "__init__") { interp, args in
            // As CPython's object_init: extra arguments are an error unless the class overrides
            // __new__ and leaves __init__ to object (they were meant for its __new__).
            guard args.positionalCount > 1 || args.hasKeywords else { return .pyNone }
            let cls = interp.typeOf(args[0])
            // Overridden means found before object in the MRO: int's own __new__ counts too.
            let own = t.object.dict
            let overridesInit = cls.lookup(interp.names.__init__)?.asObject !== own?.getString(interp.names.__init__)?.asObject
            let overridesNew = cls.lookup(interp.names.__new__)?.asObject !== own?.getString(interp.names.__new__)?.asObject
            if overridesInit || !overridesNew {
                throw interp.typeError("object.__init__() takes exactly one argument (the instance to initialize)")
            }
            return .pyNone
        }
        method(t.object, "__new__") { interp, args in
            guard args.count >= 1, let cls = args[0].asObject as? TypeObj else { throw interp.typeError("object.__new__(X): X is not a type object") }
            if !cls.isHeapType, cls.layout != .object, cls.refusesInstances || interp.nativeConstructor(cls, aboveObject: true) == nil {
                throw interp.typeError("object.__new__(\(cls.displayName)) is not safe, use \(cls.displayName).__new__()")
            }
            return try interp.allocateInstance(cls, args: [])
        }
        method(t.object, "__repr__") { interp, args in
            let v = args[0]
            return interp.newStr("<\(interp.typeOf(v).displayName) object at \(interp.pseudoAddress(v))>")
        }
        method(t.object, "__str__") { interp, args in interp.newStr(try interp.repr(args[0])) }
        method(t.object, "__hash__") { interp, args in
            // Values stored inline (ints, floats, None) have no address: their own hash stands in.
            guard let o = args[0].asObject else { return .int(try interp.hash(args[0])) }
            return .int(interp.identityHash(o))
        }
        method(t.noneType, "__repr__") { interp, _ in interp.newStr("None") }
        method(t.object, "__eq__") { interp, args in args[0].isIdentical(to: args[1]) ? .bool(true) : interp.notImplemented }
        method(t.object, "__ne__") { interp, args in
            let r = try interp.richCompare(args[0], args[1], .eq)
            if r.isIdentical(to: interp.notImplemented) { return r }
            return .bool(!(try interp.truthy(r)))
        }
        method(t.object, "__setattr__") { interp, args in
            guard let n = args[1].asObject as? StrObj, case .object(let r) = args[0] else { throw interp.typeError("attribute name must be string") }
            if r.obj.dict == nil { r.obj.dict = interp.newDictObj() }
            r.obj.dict!.setString(interp.intern(n.value), args[2])
            return .pyNone
        }
        method(t.object, "__getattribute__") { interp, args in
            guard let n = args[1].asObject as? StrObj else { throw interp.typeError("attribute name must be string") }
            if case .object(let r) = args[0], let d = r.obj.dict, let v = d.getString(interp.intern(n.value)) { return v }
            let cls = interp.typeOf(args[0])
            if let a = cls.lookup(interp.intern(n.value)) {
                if let p = a.asObject as? PropertyObj { return try interp.call(p.getter, [args[0]]) }
                return try interp.bindDescriptor(a, instance: args[0], owner: cls)
            }
            throw interp.attributeMissing(args[0], n.value)
        }
        method(t.object, "__delattr__") { interp, args in
            guard let n = args[1].asObject as? StrObj, case .object(let r) = args[0] else { throw interp.typeError("attribute name must be string") }
            if r.obj.dict?.removeString(interp.intern(n.value)) == nil { throw interp.attributeMissing(args[0], n.value) }
            return .pyNone
        }
        method(t.object, "__format__") { interp, args in
            interp.newStr(try interp.builtinFormat(args[0], (args[1].asObject as? StrObj)?.value ?? ""))
        }
        method(t.object, "__dir__") { interp, args in interp.newList(try interp.dirList(args[0])) }
        method(t.object, "__init_subclass__") { _, _ in .pyNone }
        // A classmethod in CPython; whatever it is called with, object has no opinion.
        method(t.object, "__subclasshook__") { interp, _ in interp.notImplemented }
        method(t.object, "__reduce_ex__") { interp, _ in throw interp.notImplemented("pickling") }
        method(t.type, "mro") { interp, args in
            guard let c = args[0].asObject as? TypeObj else { throw interp.typeError("descriptor 'mro' requires a 'type' object") }
            return interp.newList(c.mro.map { Value($0.type) })
        }
        method(t.type, "__call__") { interp, args in try interp.typeCall(args) }
        // type.__setattr__/__delattr__ (what a metaclass's own reach through super()): the class
        // dict changes, so the class's lookup caches are dropped.
        method(t.type, "__setattr__") { interp, args in
            guard args.count == 3, let cls = args[0].asObject as? TypeObj, let n = args[1].asObject as? StrObj else {
                throw interp.typeError("descriptor '__setattr__' requires a 'type' object and a str")
            }
            guard cls.isHeapType else { throw interp.typeError("cannot set '\(n.value)' attribute of immutable type '\(cls.name)'") }
            if cls.dict == nil { cls.dict = interp.newDictObj() }
            cls.dict!.setString(interp.intern(n.value), args[2])
            cls.invalidate()
            interp.refreshSpecialFlags(cls)
            return .pyNone
        }
        method(t.type, "__delattr__") { interp, args in
            guard args.count == 2, let cls = args[0].asObject as? TypeObj, let n = args[1].asObject as? StrObj else {
                throw interp.typeError("descriptor '__delattr__' requires a 'type' object and a str")
            }
            guard cls.isHeapType else { throw interp.typeError("cannot delete '\(n.value)' attribute of immutable type '\(cls.name)'") }
            if cls.dict?.removeString(interp.intern(n.value)) == nil {
                throw interp.attributeError("type object '\(cls.name)' has no attribute '\(n.value)'")
            }
            cls.invalidate()
            interp.refreshSpecialFlags(cls)
            return .pyNone
        }
        // The plain MRO tests, which a metaclass's own hooks (ABCMeta) fall back on.
        method(t.type, "__instancecheck__") { interp, args in
            guard args.count == 2, let c = args[0].asObject as? TypeObj else { throw interp.typeError("__instancecheck__() takes exactly one argument") }
            return .bool(interp.typeOf(args[1]).isSubtype(of: c))
        }
        method(t.type, "__subclasscheck__") { interp, args in
            guard args.count == 2, let c = args[0].asObject as? TypeObj else { throw interp.typeError("__subclasscheck__() takes exactly one argument") }
            guard let sub = args[1].asObject as? TypeObj else { throw interp.typeError("issubclass() arg 1 must be a class") }
            return .bool(sub.isSubtype(of: c))
        }
        method(t.type, "__subclasses__") { interp, args in
            guard let c = args[0].asObject as? TypeObj else { throw interp.typeError("descriptor requires a 'type' object") }
            return interp.newList(c.subclasses.map { Value($0.type) })
        }
    }

    /// dir(obj): instance attributes and everything along the class MRO, sorted.
    func dirList(_ v: Value) throws -> [Value] {
        var names = Set<String>()
        if case .object(let r) = v, let d = r.obj.dict {
            for k in d.keys { if let s = k.asObject as? StrObj { names.insert(s.value) } }
        }
        let classes: [TypeRef] = (v.asObject as? TypeObj)?.mro ?? typeOf(v).mro
        for c in classes {
            if let d = c.type.dict { for k in d.keys { if let s = k.asObject as? StrObj { names.insert(s.value) } } }
        }
        // Attributes CPython keeps as descriptors that Baozi serves without a dict entry:
        // object's __class__, and the __dict__/__weakref__ of classes made by `class`.
        names.insert("__class__")
        if classes.contains(where: { $0.type.isHeapType }) {
            names.formUnion(["__dict__", "__weakref__"])
        }
        return names.sorted { compareUTF8($0, $1) < 0 }.map { newStr($0) }
    }

    func setUpCollectionMethods() {
        let t = types!
        // list
        method(t.list, "append") { interp, args in
            try interp.expectMethodArgs(args, "list.append", min: 1, max: 1)
            let l = args[0].asObject as! ListObj
            // The first item reserves room for four: a short list built by appends is
            // allocated once instead of growing through capacities 1, 2 and 4.
            if l.items.capacity == 0 { l.items.reserveCapacity(4) }
            l.items.append(args[1])
            return .pyNone
        }
        method(t.list, "extend") { interp, args in
            if args.count > 1, interp.iteratesInScript(args[1]), let m = interp.types.list.lookup(interp.intern("extend")) {
                return try interp.collectThenCall(m, args, replacing: 1)
            }
            let l = args[0].asObject as! ListObj
            try interp.refuseImpossibleLength(args[1])
            l.items.append(contentsOf: try interp.iterateToArray(args[1]))
            return .pyNone
        }
        method(t.list, "insert") { interp, args in
            try interp.expectMethodArgs(args, "insert", min: 2, max: 2)
            let l = args[0].asObject as! ListObj
            var i = try interp.indexValue(args[1], for: "list")
            if i < 0 { i = max(0, i + l.items.count) }
            l.items.insert(args[2], at: min(i, l.items.count))
            return .pyNone
        }
        method(t.list, "pop") { interp, args in
            let l = args[0].asObject as! ListObj
            if l.items.isEmpty { throw interp.indexError("pop from empty list") }
            var i = args.count > 1 ? try interp.indexValue(args[1], for: "list") : l.items.count - 1
            if i < 0 { i += l.items.count }
            guard i >= 0 && i < l.items.count else { throw interp.indexError("pop index out of range") }
            return l.items.remove(at: i)
        }
        method(t.list, "remove") { interp, args in
            let l = args[0].asObject as! ListObj
            if interp.equalityRunsScript(args[1], in: l.items) { return try interp.handOver("list_remove", [args[0], args[1]]) }
            // Indexes re-read the list each step: an __eq__ may shrink it meanwhile.
            var i = 0
            while i < l.items.count {
                if try interp.equals(l.items[i], args[1]) {
                    if i < l.items.count { l.items.remove(at: i) }
                    return .pyNone
                }
                i += 1
            }
            throw interp.valueError("list.remove(x): x not in list")
        }
        method(t.list, "index") { interp, args in
            try interp.expectMethodArgs(args, "index", min: 1, max: 3)
            let items = (args[0].asObject as! ListObj).items
            if interp.equalityRunsScript(args[1], in: items) {
                let (start, stop) = try interp.indexBounds(args, count: items.count)
                return try interp.handOver("sequence_index", [args[0], args[1], .int(start), .int(stop)])
            }
            if let i = try interp.sequenceIndex(of: args[1], in: { (args[0].asObject as! ListObj).items }, args) { return .int(i) }
            throw interp.valueError("\(try interp.repr(args[1])) is not in list")
        }
        method(t.list, "count") { interp, args in
            let l = args[0].asObject as! ListObj
            if interp.equalityRunsScript(args[1], in: l.items) { return try interp.handOver("sequence_count", [args[0], args[1]]) }
            var c = 0
            var i = 0
            while i < l.items.count {
                if try interp.equals(l.items[i], args[1]) { c += 1 }
                i += 1
            }
            return .int(c)
        }
        method(t.list, "clear") { _, args in (args[0].asObject as! ListObj).items.removeAll(); return .pyNone }
        method(t.list, "copy") { interp, args in interp.newList((args[0].asObject as! ListObj).items) }
        method(t.list, "reverse") { _, args in (args[0].asObject as! ListObj).items.reverse(); return .pyNone }
        method(t.list, "sort") { interp, args in
            let l = args[0].asObject as! ListObj
            let key = args.keyword("key").flatMap { $0.isNone ? nil : $0 }
            let reverse = try args.keyword("reverse").map { try interp.truthy($0) } ?? false
            if interp.orderingRunsScript(Array(l.items), key: key) {
                return try interp.handOver("sort_in_place", [args[0], key ?? .pyNone, .bool(reverse)])
            }
            l.items = ContiguousArray(try interp.sortValues(Array(l.items), key: key, reverse: reverse))
            return .pyNone
        }
        // tuple
        method(t.tuple, "index") { interp, args in
            try interp.expectMethodArgs(args, "index", min: 1, max: 3)
            let items = (args[0].asObject as! TupleObj).items
            if interp.equalityRunsScript(args[1], in: items) {
                let (start, stop) = try interp.indexBounds(args, count: items.count)
                return try interp.handOver("sequence_index", [args[0], args[1], .int(start), .int(stop)])
            }
            if let i = try interp.sequenceIndex(of: args[1], in: { (args[0].asObject as! TupleObj).items }, args) { return .int(i) }
            throw interp.valueError("tuple.index(x): x not in tuple")
        }
        method(t.tuple, "count") { interp, args in
            let tt = args[0].asObject as! TupleObj
            if interp.equalityRunsScript(args[1], in: tt.items) { return try interp.handOver("sequence_count", [args[0], args[1]]) }
            var c = 0
            for x in tt.items where try interp.equals(x, args[1]) { c += 1 }
            return .int(c)
        }
        // dict
        method(t.dict, "get") { interp, args in
            try interp.expectMethodArgs(args, "get", min: 1, max: 2)
            if interp.nativeMayResume, interp.hashRunsScript(args[1]) {
                return try interp.handOverHashing("dict_get", [args[0], args[1], args.count > 2 ? args[2] : .pyNone])
            }
            let d = args[0].asObject as! DictObj
            return try d.get(args[1], interp) ?? (args.count > 2 ? args[2] : .pyNone)
        }
        method(t.dict, "setdefault") { interp, args in
            if interp.nativeMayResume, args.count > 1, interp.hashRunsScript(args[1]) {
                return try interp.handOverHashing("dict_setdefault", [args[0], args[1], args.count > 2 ? args[2] : .pyNone])
            }
            let d = args[0].asObject as! DictObj
            if let v = try d.get(args[1], interp) { return v }
            let v = args.count > 2 ? args[2] : .pyNone
            try d.set(args[1], v, interp)
            return v
        }
        method(t.dict, "pop") { interp, args in
            if interp.nativeMayResume, args.count > 1, args.count <= 3, args.names.isEmpty, interp.hashRunsScript(args[1]) {
                return try interp.handOverHashing("dict_pop", Array(args.positional))
            }
            let d = args[0].asObject as! DictObj
            if let v = try d.remove(args[1], interp) { return v }
            if args.count > 2 { return args[2] }
            throw interp.keyError(args[1])
        }
        method(t.dict, "popitem") { interp, args in
            let d = args[0].asObject as! DictObj
            guard let (k, v) = d.popLast() else { throw interp.error(interp.types.exceptions.keyError, "popitem(): dictionary is empty") }
            return interp.newTuple([k, v])
        }
        method(t.dict, "keys") { interp, args in Value(interp.heap.track(DictViewObj(args[0].asObject as! DictObj, kind: .keys, type: interp.types.dictKeys))) }
        method(t.dict, "values") { interp, args in Value(interp.heap.track(DictViewObj(args[0].asObject as! DictObj, kind: .values, type: interp.types.dictValues))) }
        method(t.dict, "items") { interp, args in Value(interp.heap.track(DictViewObj(args[0].asObject as! DictObj, kind: .items, type: interp.types.dictItems))) }
        method(t.dict, "update") { interp, args in
            if args.positionalCount == 2, interp.iteratesInScript(args[1]), interp.typeOf(args[1]).lookup(interp.intern("keys")) == nil,
               let m = interp.types.dict.lookup(interp.intern("update")) {
                return try interp.collectThenCall(m, args, replacing: 1)
            }
            if args.positionalCount == 2, args.names.isEmpty, interp.nativeMayResume, interp.pairsHaveScriptKey(args[1]) {
                return try interp.handOverHashing("dict_update", [args[0], args[1]])
            }
            try interp.dictUpdate(args[0].asObject as! DictObj, args, from: 1)
            return .pyNone
        }
        method(t.dict, "clear") { _, args in (args[0].asObject as! DictObj).removeAll(); return .pyNone }
        method(t.dict, "copy") { interp, args in Value(interp.copyDict(args[0].asObject as! DictObj)) }
        classMethod(t.dict, "fromkeys") { interp, args in
            try interp.expectMethodArgs(args, "fromkeys", min: 1, max: 2)
            let cls = args[0]
            let v = args.count > 2 ? args[2] : .pyNone
            if cls.asObject === interp.types.dict {
                let d = interp.newDictObj()
                for k in try interp.iterateToArray(args[1]) { try d.set(k, v, interp) }
                return Value(d)
            }
            // A subclass (or another class) is instantiated and filled through __setitem__.
            let d = try interp.call(cls, [])
            for k in try interp.iterateToArray(args[1]) { try interp.setItem(d, k, v) }
            return d
        }
        method(t.dict, "__getitem__") { interp, args in
            let d = args[0].asObject as! DictObj
            if let v = try d.get(args[1], interp) { return v }
            if d.type.isHeapType, let m = d.type.lookup(interp.intern("__missing__")) { return try interp.call(m, [args[0], args[1]]) }
            throw interp.keyError(args[1])
        }
        method(t.dict, "__setitem__") { interp, args in
            try (args[0].asObject as! DictObj).set(args[1], args[2], interp)
            return .pyNone
        }
        method(t.dict, "__delitem__") { interp, args in
            if try (args[0].asObject as! DictObj).remove(args[1], interp) == nil { throw interp.keyError(args[1]) }
            return .pyNone
        }
        method(t.dict, "__init__") { interp, args in
            try interp.dictUpdate(args[0].asObject as! DictObj, args, from: 1)
            return .pyNone
        }
        method(t.list, "__init__") { interp, args in
            let l = args[0].asObject as! ListObj
            if args.count > 1 { try interp.refuseImpossibleLength(args[1]) }
            l.items = args.count > 1 ? ContiguousArray(try interp.iterateToArray(args[1])) : []
            return .pyNone
        }
        // set
        method(t.set, "add") { interp, args in
            if interp.nativeMayResume, interp.hashRunsScript(args[1]) { return try interp.handOverHashing("set_add", [args[0], args[1]]) }
            try (args[0].asObject as! SetObj).add(args[1], interp)
            return .pyNone
        }
        method(t.set, "remove") { interp, args in
            if interp.nativeMayResume, interp.hashRunsScript(args[1]) { return try interp.handOverHashing("set_remove", [args[0], args[1]]) }
            if !(try (args[0].asObject as! SetObj).discard(args[1], interp)) { throw interp.keyError(args[1]) }
            return .pyNone
        }
        method(t.set, "discard") { interp, args in
            if interp.nativeMayResume, interp.hashRunsScript(args[1]) { return try interp.handOverHashing("set_discard", [args[0], args[1]]) }
            _ = try (args[0].asObject as! SetObj).discard(args[1], interp)
            return .pyNone
        }
        method(t.set, "pop") { interp, args in
            guard let v = (args[0].asObject as! SetObj).pop() else { throw interp.error(interp.types.exceptions.keyError, "pop from an empty set") }
            return v
        }
        method(t.set, "clear") { _, args in (args[0].asObject as! SetObj).removeAll(); return .pyNone }
        method(t.set, "update") { interp, args in
            if args.count == 2, interp.nativeMayResume, interp.itemsHaveScriptKey(args[1]) {
                return try interp.handOverHashing("set_update", [args[0], args[1]])
            }
            let s = args[0].asObject as! SetObj
            for i in 1..<max(1, args.count) { for v in try interp.iterateToArray(args[i]) { try s.add(v, interp) } }
            return .pyNone
        }
        for st in [t.set, t.frozenset] {
            method(st, "copy") { interp, args in
                let s = args[0].asObject as! SetObj
                if s.type === interp.types.frozenset { return args[0] }
                return Value(try interp.copySet(s))
            }
            // CPython's *_multi methods: a copy without arguments, else one operation per
            // argument, the first making the new set and the rest updating it.
            let ops: [(String, BinaryOpcode)] = [("union", .or), ("intersection", .and), ("difference", .sub)]
            for (name, op) in ops {
                method(st, name) { interp, args in
                    let s = args[0].asObject as! SetObj
                    if args.count == 1 { return Value(try interp.copySet(s)) }
                    var result = try interp.setOperation(op, s, try interp.toSet(args[1]), inplace: false).asObject as! SetObj
                    for i in 2..<max(2, args.count) {
                        let other = try interp.toSet(args[i])
                        if op == .and {
                            result = try interp.setIntersection(result, other)
                        } else {
                            _ = try interp.setOperation(op, result, other, inplace: true)
                        }
                    }
                    return Value(result)
                }
            }
            method(st, "symmetric_difference") { interp, args in
                try interp.expectMethodArgs(args, "\(st.name).symmetric_difference", min: 1, max: 1)
                let s = args[0].asObject as! SetObj
                return Value(try interp.setSymmetricDifference(s, try interp.toSet(args[1])))
            }
            method(st, "issubset") { interp, args in
                let s = args[0].asObject as! SetObj
                return .bool(try interp.setIsSubset(s, try interp.toSet(args[1])))
            }
            method(st, "issuperset") { interp, args in
                let s = args[0].asObject as! SetObj
                if let o = args[1].asObject as? SetObj { return .bool(try interp.setIsSubset(o, s)) }
                // Any iterable: stop at the first item missing from s.
                var all = true
                try interp.iterate(args[1]) { v in
                    all = try s.contains(v, interp)
                    return all
                }
                return .bool(all)
            }
            method(st, "isdisjoint") { interp, args in
                let s = args[0].asObject as! SetObj
                if let o = args[1].asObject as? SetObj { return .bool(try interp.setIsDisjoint(s, o)) }
                var disjoint = true
                try interp.iterate(args[1]) { v in
                    disjoint = !(try s.contains(v, interp))
                    return disjoint
                }
                return .bool(disjoint)
            }
        }
        for (name, op) in [("intersection_update", BinaryOpcode.and), ("difference_update", .sub), ("symmetric_difference_update", .xor)] {
            method(t.set, name) { interp, args in
                let s = args[0].asObject as! SetObj
                for i in 1..<max(1, args.count) { _ = try interp.setOperation(op, s, try interp.toSet(args[i]), inplace: true) }
                return .pyNone
            }
        }
        setUpRangeAndSliceMethods()
        setUpContainerDunders()
    }

    /// The receiver of a builtin type's dunder, checked as CPython's method descriptors do.
    private func receiver(_ args: Arguments, _ type: TypeObj, _ name: String) throws -> Obj {
        guard args.positionalCount > 0, case .object(let r) = args[0], r.obj.type.isSubtype(of: type) else {
            let got = args.positionalCount > 0 ? typeName(args[0]) : "nothing"
            throw typeError("descriptor '\(name)' requires a '\(type.name)' object but received a '\(got)'")
        }
        return r.obj
    }

    /// The container dunders of the builtin types. They work on the builtin layout, so a
    /// subclass override calling `list.__getitem__(self, i)` reaches the builtin behaviour.
    private func setUpContainerDunders() {
        let t = types!
        let sequences: [TypeObj] = [t.list, t.tuple, t.str, t.bytes, t.bytearray, t.range]
        for type in sequences + [t.dict, t.set, t.frozenset] {
            method(type, "__len__") { interp, args in
                .int(interp.builtinLength(try interp.receiver(args, type, "__len__")) ?? 0)
            }
            method(type, "__contains__") { interp, args in
                try interp.expectMethodArgs(args, "\(type.name).__contains__", min: 1, max: 1)
                return .bool(try interp.builtinContains(try interp.receiver(args, type, "__contains__"), args[0], args[1]))
            }
            method(type, "__iter__") { interp, args in
                interp.layoutIterator(try interp.receiver(args, type, "__iter__"), args[0]) ?? .pyNone
            }
            method(type, "__repr__") { interp, args in
                interp.newStr(try interp.builtinRepr(try interp.receiver(args, type, "__repr__"), args[0]))
            }
        }
        for type in sequences {
            method(type, "__getitem__") { interp, args in
                try interp.expectMethodArgs(args, "\(type.name).__getitem__", min: 1, max: 1)
                return try interp.builtinGetItem(try interp.receiver(args, type, "__getitem__"), args[0], args[1])
            }
        }
        for type in [t.list, t.bytearray] {
            method(type, "__setitem__") { interp, args in
                try interp.expectMethodArgs(args, "__setitem__", min: 2, max: 2)
                try interp.builtinSetItem(try interp.receiver(args, type, "__setitem__"), args[0], args[1], args[2])
                return .pyNone
            }
            method(type, "__delitem__") { interp, args in
                try interp.expectMethodArgs(args, "\(type.name).__delitem__", min: 1, max: 1)
                try interp.builtinDeleteItem(try interp.receiver(args, type, "__delitem__"), args[0], args[1])
                return .pyNone
            }
        }
        for type in [t.tuple, t.bytes, t.frozenset, t.range] {
            method(type, "__hash__") { interp, args in .int(try interp.builtinHash(try interp.receiver(args, type, "__hash__"))) }
        }
        // Mutable containers are unhashable, and so are their subclasses.
        for type in [t.list, t.dict, t.set, t.bytearray] {
            type.dict!.setString(names.__hash__, .pyNone)
            type.invalidate()
        }
    }

    private func setUpRangeAndSliceMethods() {
        let t = types!
        method(t.range, "index") { interp, args in
            try interp.expectMethodArgs(args, "range.index", min: 1, max: 1)
            if let i = try interp.rangePosition(args[0].asObject as! RangeObj, of: args[1]) { return .int(i) }
            throw interp.valueError("\(try interp.repr(args[1])) is not in range")
        }
        method(t.range, "count") { interp, args in
            try interp.expectMethodArgs(args, "range.count", min: 1, max: 1)
            let r = args[0].asObject as! RangeObj
            if case .int = args[1] { return .int(try interp.rangePosition(r, of: args[1]) == nil ? 0 : 1) }
            var n = 0
            for i in 0..<r.count where try interp.equals(.int(r.item(i)), args[1]) { n += 1 }
            return .int(n)
        }
        method(t.slice, "indices") { interp, args in
            try interp.expectMethodArgs(args, "slice.indices", min: 1, max: 1)
            let length = try interp.indexValueForRange(args[1])
            if length < 0 { throw interp.valueError("length should not be negative") }
            let (start, stop, step, _) = try interp.sliceIndices(args[0].asObject as! SliceObj, length: length)
            return interp.newTuple([.int(start), .int(stop), .int(step)])
        }
    }

    /// The index of `v` in the range: arithmetic for ints, equality for other values.
    func rangePosition(_ r: RangeObj, of v: Value) throws -> Int? {
        var exactInt: Int? = nil
        switch v {
        case .int(let i): exactInt = i
        case .bool(let b): exactInt = b ? 1 : 0
        default: break
        }
        if let x = exactInt {
            guard r.count > 0, r.step > 0 ? (x >= r.start && x < r.stop) : (x <= r.start && x > r.stop) else { return nil }
            // (A position past Int.max, in a range longer than that, is reported as absent.)
            return r.offset(of: x).flatMap { Int(exactly: $0) }
        }
        for i in 0..<r.count where try equals(.int(r.item(i)), v) { return i }
        return nil
    }

    /// The first position of `item` in `items()` within the optional start/stop arguments
    /// (args[2], args[3]) of list.index and tuple.index; nil when absent. `items` is re-read
    /// each step because `__eq__` may mutate a list.
    /// Whether comparing `item` with the items (list.index/count/remove) runs a script `__eq__`
    /// that should be resumable.
    func equalityRunsScript(_ item: Value, in items: ContiguousArray<Value>) -> Bool {
        nativeMayResume && (typeOf(item).isHeapType || items.contains { typeOf($0).isHeapType })
    }

    /// The start and stop arguments of index(x, start, stop), made non-negative.
    func indexBounds(_ args: Arguments, count: Int) throws -> (Int, Int) {
        func bound(_ i: Int, _ absent: Int) throws -> Int {
            guard i < args.positionalCount else { return absent }
            let v = try slicePosition(args[i])
            return v < 0 ? max(0, v + count) : v
        }
        return (try bound(2, 0), try bound(3, Int.max))
    }

    func sequenceIndex(of item: Value, in items: () -> ContiguousArray<Value>, _ args: Arguments) throws -> Int? {
        func bound(_ i: Int, _ absent: Int) throws -> Int {
            guard i < args.positionalCount else { return absent }
            let v = try slicePosition(args[i])
            return v < 0 ? max(0, v + items().count) : v
        }
        var i = try bound(2, 0)
        let stop = try bound(3, Int.max)
        while i < min(stop, items().count) {
            let x = items()[i]
            if x.isIdentical(to: item) { return i }
            if try equals(x, item) { return i }
            i += 1
        }
        return nil
    }

    func toSet(_ v: Value) throws -> SetObj {
        if let s = v.asObject as? SetObj { return s }
        // A range too long to hold is a MemoryError at once, not an allocator abort.
        try refuseImpossibleLength(v)
        let s = newSetObj()
        for x in try iterateToArray(v) { try s.add(x, self) }
        return s
    }

    /// A stable sort with an optional key function, comparing with `<`.
    func sortValues(_ items: [Value], key: Value?, reverse: Bool) throws -> [Value] {
        let keys: [Value] = try key.map { k in try items.map { try call(k, [$0]) } } ?? items
        return try sortValues(items, keys: keys, reverse: reverse)
    }

    /// A stable sort of `items` by the parallel `keys`, comparing with `<`.
    func sortValues(_ items: [Value], keys: [Value], reverse: Bool) throws -> [Value] {
        var idx = Array(0..<items.count)
        var failure: Error? = nil
        // Merge sort keeps stability; reverse keeps equal elements in original order, as CPython.
        func less(_ a: Int, _ b: Int) -> Bool {
            if failure != nil { return false }
            do {
                return reverse ? try compare(keys[b], keys[a], .lt) : try compare(keys[a], keys[b], .lt)
            } catch {
                failure = error
                return false
            }
        }
        idx = mergeSort(idx, less)
        if let f = failure { throw f }
        return idx.map { items[$0] }
    }

    private func mergeSort(_ a: [Int], _ less: (Int, Int) -> Bool) -> [Int] {
        if a.count <= 1 { return a }
        var src = a
        var dst = a
        var width = 1
        let n = a.count
        while width < n {
            var i = 0
            while i < n {
                let mid = min(i + width, n), hi = min(i + 2 * width, n)
                var l = i, r = mid, k = i
                while l < mid && r < hi {
                    if less(src[r], src[l]) { dst[k] = src[r]; r += 1 } else { dst[k] = src[l]; l += 1 }
                    k += 1
                }
                while l < mid { dst[k] = src[l]; l += 1; k += 1 }
                while r < hi { dst[k] = src[r]; r += 1; k += 1 }
                i += 2 * width
            }
            swap(&src, &dst)
            width *= 2
        }
        return src
    }
}
