// The evaluator loop.
//
// One loop runs every interpreted frame: a call pushes a frame and the loop picks it up, a
// return pops it and hands the value on as the frame's `onReturn` says. Operations that need a
// script dunder (`__add__`, `__next__`, `__init__`, a property...) push that method's frame the
// same way, so nothing recurses on the Swift stack per interpreted call.
//
// The loop keeps the current frame's pc and stack pointer in locals; they are written back to
// the frame before anything that can look at them (a call, an exception, a collection).

extension Interpreter {
    /// Runs the current fiber until the frame at index `entryDepth` returns, and returns its
    /// value. Exceptions escaping that frame are thrown. A greenlet switch changes `fiber`;
    /// only frames of the fiber the run started on can leave it.
    func run(entryDepth: Int) throws -> Value {
        // Read once: the loop compares type pointers against these.
        let functionType = types.function
        let listType = types.list
        let tupleType = types.tuple
        let strType = types.str
        let dictType = types.dict
        let rangeTypeID = Unmanaged.passUnretained(types.range as Obj).toOpaque()
        let strTypeID = Unmanaged.passUnretained(types.str as Obj).toOpaque()
        let treeTypes = TreeTypes(str: strType, list: listType, function: functionType)
        let entryFiber = fiber
        let entryFiberPtr = fiberRef.toOpaque()
        outer: while true {
            // The fiber's stack owns the frame and the frame's function owns the code, so the
            // loop holds both without reference counting (see `RunningFrame`). The fiber is
            // reloaded here on every `continue outer`: a greenlet switch replaces it.
            let fiberRef = self.fiberRef
            // Frames of another fiber (a greenlet) return within the loop: the bottom one ends
            // its greenlet through `.greenletEnd`. Compared by address: `===` on the strong
            // references cost an out-of-line call and two retain/release pairs per reload.
            let exitDepth = fiberRef.toOpaque() == entryFiberPtr ? entryDepth : 0
            let frame = RunningFrame(fiberRef._withUnsafeGuaranteedRef { $0.frames.top })
            // For the error path: the frame may be gone by then (a finished generator's).
            let frameID = ObjectIdentifier(frame.object)
            unowned(unsafe) let code = frame.code
            if code.treeRoot != nil {
                // A function body the tree evaluator runs (Tree/TreeEval.swift).
                do {
                    if let v = try runTreeFrame(exitDepth: exitDepth, entryDepth: entryDepth, treeTypes) { return v }
                } catch let err as PyError {
                    try unwind(err.exception, addTraceback: true, entryFiber: entryFiber, entryDepth: entryDepth)
                } catch let reraise as Reraise {
                    try unwind(reraise.exception, addTraceback: false, entryFiber: entryFiber, entryDepth: entryDepth)
                }
                continue outer
            }
            let instrs = code.code
            let constants = code.constantBuffer
            // The name and cache buffers are read from `code` where used: kept as locals they
            // took registers the dispatch needs (the instruction pointer was spilled).
            // Through a call the optimizer cannot see into: knowing the slots sit at a fixed
            // offset in the frame, it kept the frame pointer instead and spilled the loop's
            // registers (nbody 20% slower).
            let slots = opaqueSlots(frame.ref)
            var pc = frame.pc
            var sp = frame.sp
            #if DEBUG
            // Debug builds check the compiler's stack depth against what the loop does.
            let slotLimit = code.slotCount + code.stackSize
            #endif
            var kwNames: TupleObj? = nil

            while true {
                #if DEBUG
                assert(sp <= slotLimit, "value stack overflow in \(code.qualname) at pc \(pc)")
                #endif
                let ins = instrs[pc]
                pc &+= 1
                do {
                    switch ins.op {
                    case .nop:
                        break

                    // MARK: Stack
                    case .popTop:
                        sp &-= 1
                    case .copy:
                        slots[sp] = slots[sp - Int(ins.arg)]
                        sp &+= 1
                    case .swap:
                        let i = sp - Int(ins.arg)
                        let t = slots[sp - 1]
                        slots[sp - 1] = slots[i]
                        slots[i] = t

                    // MARK: Names
                    case .loadConst:
                        slots[sp] = constants[Int(ins.arg)]
                        sp &+= 1
                    case .loadFast:
                        let v = slots[Int(ins.arg)]
                        if case .unbound = v {
                            frame.pc = pc; frame.sp = sp
                            throw unboundLocal(code, Int(ins.arg))
                        }
                        slots[sp] = v
                        sp &+= 1
                    case .storeFast:
                        sp &-= 1
                        slots[Int(ins.arg)] = slots[sp]
                    case .deleteFast:
                        if slots[Int(ins.arg)].isUnbound { throw unboundLocal(code, Int(ins.arg)) }
                        slots[Int(ins.arg)] = .unbound
                    case .loadDeref:
                        let cell = slots[Int(ins.arg)].asCell
                        let v = cell.value
                        if case .unbound = v { throw unboundDeref(code, Int(ins.arg)) }
                        slots[sp] = v
                        sp &+= 1
                    case .storeDeref:
                        sp &-= 1
                        slots[Int(ins.arg)].asCell.value = slots[sp]
                    case .deleteDeref:
                        let cell = slots[Int(ins.arg)].asCell
                        if cell.value.isUnbound { throw unboundDeref(code, Int(ins.arg)) }
                        cell.value = .unbound
                    case .loadClosure:
                        slots[sp] = slots[Int(ins.arg)]
                        sp &+= 1
                    case .loadClassDeref:
                        // arg: slot index; the name is the slot's variable name.
                        let name = intern(code.varNames[Int(ins.arg)])
                        if let ns = frame.namespace, let v = ns.getString(name) {
                            slots[sp] = v
                        } else {
                            let v = slots[Int(ins.arg)].asCell.value
                            if case .unbound = v { throw unboundDeref(code, Int(ins.arg)) }
                            slots[sp] = v
                        }
                        sp &+= 1
                    case .loadGlobal:
                        if let v = cachedGlobal(code.globalCaches + Int(ins.cache), frame.globalsRef) {
                            slots[sp] = v
                            sp &+= 1
                            break
                        }
                        let name = code.names[Int(ins.arg)]
                        if let v = lookupGlobal(code.globalCaches + Int(ins.cache), name, frame.globals) {
                            slots[sp] = v
                            sp &+= 1
                        } else {
                            frame.pc = pc; frame.sp = sp
                            throw nameError("name '\(name.value)' is not defined")
                        }
                    case .storeGlobal:
                        sp &-= 1
                        frame.globals.setString(code.names[Int(ins.arg)], slots[sp])
                    case .deleteGlobal:
                        let name = code.names[Int(ins.arg)]
                        if frame.globals.removeString(name) == nil {
                            throw nameError("name '\(name.value)' is not defined")
                        }
                    case .loadName:
                        // Name, namespace, globals and builtins through guaranteed references:
                        // strong loads cost a retain/release pair each (module-level loops).
                        // The first dict probed tries this site's position hint (no hashing).
                        let site = code.globalCaches + Int(ins.cache)
                        let found: Value? = code.nameBuffer[Int(ins.arg)]._withUnsafeGuaranteedRef { name -> Value? in
                            let ns = frame.namespaceRef
                            if let v = (ns ?? frame.globalsRef)._withUnsafeGuaranteedRef({ $0.getString(name, hint: &site.pointee.nameHint) }) {
                                return v
                            }
                            if ns != nil, let v = frame.globalsRef._withUnsafeGuaranteedRef({ $0.getString(name) }) { return v }
                            return builtinsRef._withUnsafeGuaranteedRef { $0.getString(name) }
                        }
                        if let v = found {
                            slots[sp] = v
                            sp &+= 1
                        } else {
                            frame.pc = pc; frame.sp = sp
                            throw nameError("name '\(code.names[Int(ins.arg)].value)' is not defined")
                        }
                    case .storeName:
                        sp &-= 1
                        let v = slots[sp]
                        code.nameBuffer[Int(ins.arg)]._withUnsafeGuaranteedRef { name in
                            (frame.namespaceRef ?? frame.globalsRef)._withUnsafeGuaranteedRef {
                                $0.setString(name, v, hint: &code.globalCaches[Int(ins.cache)].nameHint)
                            }
                        }
                    case .deleteName:
                        let name = code.names[Int(ins.arg)]
                        if (frame.namespace ?? frame.globals).removeString(name) == nil {
                            throw nameError("name '\(name.value)' is not defined")
                        }

                    // MARK: Attributes and items
                    case .loadAttr:
                        let obj = slots[sp - 1]
                        if case .object(let r) = obj {
                            // Object and name through guaranteed access: no retain/release.
                            let site = code.attributeCaches + Int(ins.cache) &* AttributeCache.ways
                            let v = code.nameBuffer[Int(ins.arg)]._withUnsafeGuaranteedRef { name in
                                r.raw._withUnsafeGuaranteedRef { o in cachedAttribute(o, obj, site, name) }
                            }
                            if let v {
                                slots[sp - 1] = v
                                break
                            }
                        }
                        sp &-= 1
                        frame.pc = pc; frame.sp = sp
                        let v = try getAttributeResumable(obj, code.names[Int(ins.arg)])
                        if case .unbound = v { continue outer }
                        slots[sp] = v
                        sp &+= 1
                    case .loadMethod:
                        let obj = slots[sp - 1]
                        // Fast path: a function or method descriptor found on the class (and not
                        // shadowed by the instance dict) is pushed unbound with `self`.
                        if case .object(let r) = obj {
                            let site = code.attributeCaches + Int(ins.cache) &* AttributeCache.ways
                            let m = code.nameBuffer[Int(ins.arg)]._withUnsafeGuaranteedRef { name in
                                r.raw._withUnsafeGuaranteedRef { o in cachedMethod(o, site, name) }
                            }
                            if let m {
                                slots[sp - 1] = m
                                slots[sp] = obj
                                sp &+= 1
                                break
                            }
                        }
                        let name = code.names[Int(ins.arg)]
                        if let m = lookupMethod(obj, name) {
                            slots[sp - 1] = m
                            slots[sp] = obj
                            sp &+= 1
                        } else {
                            sp &-= 1
                            frame.pc = pc; frame.sp = sp
                            slots[sp] = .unbound
                            sp &+= 1
                            frame.sp = sp
                            let v = try getAttributeResumable(obj, name)
                            if case .unbound = v { continue outer }
                            slots[sp] = v
                            sp &+= 1
                        }
                    case .storeAttr:
                        let obj = slots[sp - 1]
                        let value = slots[sp - 2]
                        // Fast path: user-class instances without a setter for this name store
                        // straight into their dict.
                        if case .object(let r) = obj {
                            let site = code.attributeCaches + Int(ins.cache) &* AttributeCache.ways
                            let done = code.nameBuffer[Int(ins.arg)]._withUnsafeGuaranteedRef { name in
                                r.raw._withUnsafeGuaranteedRef { o in cachedStoreAttribute(o, value, site, name) }
                            }
                            if done {
                                sp &-= 2
                                break
                            }
                        }
                        sp &-= 2
                        frame.pc = pc; frame.sp = sp
                        if try setAttributeResumable(obj, code.names[Int(ins.arg)], value) { continue outer }
                    case .deleteAttr:
                        sp &-= 1
                        frame.pc = pc; frame.sp = sp
                        try deleteAttribute(slots[sp], code.names[Int(ins.arg)])
                    case .binarySubscr:
                        let container = slots[sp - 2]
                        let index = slots[sp - 1]
                        // Fast path: list[int].
                        if case .object(let r) = container, case .int(let i) = index, r.hasExactType(listType) {
                            let v = r.raw._withUnsafeGuaranteedRef { o in unsafeDowncast(o, to: ListObj.self).item(at: i) }
                            if let v {
                                slots[sp - 2] = v
                                sp &-= 1
                                break
                            }
                        }
                        // Fast path: exact dict[exact str] when the key is present.
                        if case .object(let rd) = container, case .object(let rk) = index,
                           rd.hasExactType(dictType), rk.hasExactType(strType) {
                            let v = rd.raw._withUnsafeGuaranteedRef { d in
                                rk.raw._withUnsafeGuaranteedRef { k -> Value? in
                                    let dict = unsafeDowncast(d, to: DictObj.self)
                                    guard let p = dict.exactStrPosition(unsafeDowncast(k, to: StrObj.self), strType: strType), let p else { return nil }
                                    return dict.value(at: p)
                                }
                            }
                            if let v {
                                slots[sp - 2] = v
                                sp &-= 1
                                break
                            }
                        }
                        sp &-= 2
                        frame.pc = pc; frame.sp = sp
                        let v = try getItemResumable(container, index)
                        if case .unbound = v { continue outer }
                        slots[sp] = v
                        sp &+= 1
                    case .storeSubscr:
                        // stack: value, container, index
                        let index = slots[sp - 1]
                        let container = slots[sp - 2]
                        let value = slots[sp - 3]
                        sp &-= 3
                        if case .object(let r) = container, case .int(let i) = index, r.hasExactType(listType),
                           r.raw._withUnsafeGuaranteedRef({ unsafeDowncast($0, to: ListObj.self).setItem(at: i, value) }) {
                            break
                        }
                        frame.pc = pc; frame.sp = sp
                        if try setItemResumable(container, index, value) { continue outer }
                    case .deleteSubscr:
                        let index = slots[sp - 1]
                        let container = slots[sp - 2]
                        sp &-= 2
                        frame.pc = pc; frame.sp = sp
                        if try deleteItemResumable(container, index) { continue outer }
                    case .buildSlice:
                        let n = Int(ins.arg)
                        // Fused with the BINARY_SUBSCR that consumes it (`s[a:b]`): an exact str
                        // or list is sliced directly, without making the slice object.
                        if n == 2, instrs[pc].op == .binarySubscr, case .object(let r) = slots[sp - 3],
                           let v = fastSlice(r, slots[sp - 2], slots[sp - 1], strType: strType, listType: listType) {
                            slots[sp - 3] = v
                            sp &-= 2
                            pc &+= 1
                            break
                        }
                        let step: Value = n == 3 ? slots[sp - 1] : .none
                        let slice = heap.track(SliceObj(start: slots[sp - n], stop: slots[sp - n + 1], step: step, type: types.slice))
                        sp &-= n
                        slots[sp] = Value(slice)
                        sp &+= 1

                    // MARK: Operators
                    case .binaryOp, .inplaceOp:
                        let a = slots[sp - 2]
                        let b = slots[sp - 1]
                        let op = BinaryOpcode.decode(ins.arg)
                        if let f = fastBinary(op, a, b, strType: strType) {
                            slots[sp - 2] = f
                            sp &-= 1
                            break
                        }
                        sp &-= 2
                        frame.pc = pc; frame.sp = sp
                        let v = try binaryOperation(op, a, b, inplace: ins.op == .inplaceOp)
                        if case .unbound = v { continue outer }
                        slots[sp] = v
                        sp &+= 1
                    case .binaryOpLocalConst:
                        let operands = LocalConstOperands(ins.arg)
                        let a = slots[operands.slot]
                        if case .unbound = a {
                            frame.pc = pc; frame.sp = sp
                            throw unboundLocal(code, operands.slot)
                        }
                        let b = constants[operands.constant]
                        let op = BinaryOpcode.decode(operands.op)
                        if let f = fastBinary(op, a, b, strType: strType) {
                            slots[sp] = f
                            sp &+= 1
                            break
                        }
                        frame.pc = pc; frame.sp = sp
                        let v = try binaryOperation(op, a, b, inplace: operands.inplace)
                        if case .unbound = v { continue outer }
                        slots[sp] = v
                        sp &+= 1
                    case .compareOp:
                        let a = slots[sp - 2]
                        let b = slots[sp - 1]
                        let op = CompareOpcode.decode(ins.arg)
                        if case .int(let x) = a, case .int(let y) = b {
                            let r = op.compare(x, y)
                            // Fused with a following conditional jump (the usual `if a < b:` /
                            // `while i < n:`): one dispatch instead of two, nothing pushed.
                            let next = instrs[pc]
                            if next.op == .popJumpIfFalse || next.op == .popJumpIfTrue {
                                sp &-= 2
                                pc = r == (next.op == .popJumpIfTrue) ? Int(next.arg) : pc &+ 1
                                break
                            }
                            slots[sp - 2] = .bool(r)
                            sp &-= 1
                            break
                        }
                        sp &-= 2
                        frame.pc = pc; frame.sp = sp
                        let v = try compareResumable(op, a, b)
                        if case .unbound = v { continue outer }
                        slots[sp] = v
                        sp &+= 1
                    case .compareLocalConst:
                        let operands = LocalConstOperands(ins.arg)
                        let a = slots[operands.slot]
                        if case .unbound = a {
                            frame.pc = pc; frame.sp = sp
                            throw unboundLocal(code, operands.slot)
                        }
                        let b = constants[operands.constant]
                        let op = CompareOpcode.decode(operands.op)
                        if case .int(let x) = a, case .int(let y) = b {
                            let r = op.compare(x, y)
                            let next = instrs[pc]
                            if next.op == .popJumpIfFalse || next.op == .popJumpIfTrue {
                                pc = r == (next.op == .popJumpIfTrue) ? Int(next.arg) : pc &+ 1
                                break
                            }
                            slots[sp] = .bool(r)
                            sp &+= 1
                            break
                        }
                        frame.pc = pc; frame.sp = sp
                        let v = try compareResumable(op, a, b)
                        if case .unbound = v { continue outer }
                        slots[sp] = v
                        sp &+= 1
                    case .unaryNegative, .unaryPositive, .unaryInvert:
                        let a = slots[sp - 1]
                        sp &-= 1
                        frame.pc = pc; frame.sp = sp
                        let v = try unaryOperation(ins.op, a)
                        if case .unbound = v { continue outer }
                        slots[sp] = v
                        sp &+= 1
                    case .unaryNot:
                        let a = slots[sp - 1]
                        switch a {
                        case .bool(let b): slots[sp - 1] = .bool(!b)
                        case .none: slots[sp - 1] = .bool(true)
                        case .int(let i): slots[sp - 1] = .bool(i == 0)
                        default:
                            sp &-= 1
                            frame.pc = pc; frame.sp = sp
                            let v = try truthResumable(a, then: .negate)
                            if case .unbound = v { continue outer }
                            slots[sp] = v
                            sp &+= 1
                        }
                    case .isOp:
                        let r = slots[sp - 2].isIdentical(to: slots[sp - 1])
                        slots[sp - 2] = .bool(ins.arg == 0 ? r : !r)
                        sp &-= 1
                    case .containsOp:
                        let item = slots[sp - 2]
                        let container = slots[sp - 1]
                        // Fast path: an exact str in an exact dict.
                        if case .object(let rd) = container, case .object(let rk) = item,
                           rd.hasExactType(dictType), rk.hasExactType(strType) {
                            let found = rd.raw._withUnsafeGuaranteedRef { d in
                                rk.raw._withUnsafeGuaranteedRef { k in
                                    unsafeDowncast(d, to: DictObj.self).exactStrPosition(unsafeDowncast(k, to: StrObj.self), strType: strType)
                                }
                            }
                            if let p = found {
                                slots[sp - 2] = .bool((p != nil) != (ins.arg != 0))
                                sp &-= 1
                                break
                            }
                        }
                        sp &-= 2
                        frame.pc = pc; frame.sp = sp
                        let v = try containsResumable(container, item, negate: ins.arg != 0)
                        if case .unbound = v { continue outer }
                        slots[sp] = v
                        sp &+= 1

                    // MARK: Building
                    case .buildTuple:
                        let n = Int(ins.arg)
                        let t = newTuple(ContiguousArray(UnsafeBufferPointer(start: slots + sp - n, count: n)))
                        sp &-= n
                        slots[sp] = t
                        sp &+= 1
                    case .buildList:
                        let n = Int(ins.arg)
                        let l = newList(ContiguousArray(UnsafeBufferPointer(start: slots + sp - n, count: n)))
                        sp &-= n
                        slots[sp] = l
                        sp &+= 1
                    case .buildSet:
                        let n = Int(ins.arg)
                        let s = heap.track(SetObj(type: types.set))
                        frame.pc = pc; frame.sp = sp
                        for i in 0..<n { try s.add(slots[sp - n + i], self) }
                        sp &-= n
                        slots[sp] = Value(s)
                        sp &+= 1
                    case .buildMap:
                        let n = Int(ins.arg)
                        let d = newDictObj()
                        frame.pc = pc; frame.sp = sp
                        for i in 0..<n {
                            try d.set(slots[sp - 2 * n + 2 * i], slots[sp - 2 * n + 2 * i + 1], self)
                        }
                        sp &-= 2 * n
                        slots[sp] = Value(d)
                        sp &+= 1
                    case .buildString:
                        let n = Int(ins.arg)
                        var s = ""
                        for i in 0..<n { s += (slots[sp - n + i].asObject as! StrObj).value }
                        sp &-= n
                        slots[sp] = newStr(s)
                        sp &+= 1
                    case .formatValue:
                        let hasSpec = ins.arg & 4 != 0
                        let spec: Value = hasSpec ? slots[sp - 1] : .none
                        if hasSpec { sp &-= 1 }
                        let v = slots[sp - 1]
                        sp &-= 1
                        frame.pc = pc; frame.sp = sp
                        let r = try formatValueResumable(v, conversion: Int(ins.arg & 3), spec: spec)
                        if case .unbound = r { continue outer }
                        slots[sp] = r
                        sp &+= 1
                    case .listAppend:
                        let v = slots[sp - 1]
                        sp &-= 1
                        (slots[sp - Int(ins.arg)].asObject as! ListObj).items.append(v)
                    case .setAdd:
                        let v = slots[sp - 1]
                        sp &-= 1
                        frame.pc = pc; frame.sp = sp
                        try (slots[sp - Int(ins.arg)].asObject as! SetObj).add(v, self)
                    case .mapAdd:
                        let k = slots[sp - 2]
                        let v = slots[sp - 1]
                        sp &-= 2
                        frame.pc = pc; frame.sp = sp
                        try (slots[sp - Int(ins.arg)].asObject as! DictObj).set(k, v, self)
                    case .listExtend:
                        let v = slots[sp - 1]
                        sp &-= 1
                        frame.pc = pc; frame.sp = sp
                        let list = slots[sp - Int(ins.arg)].asObject as! ListObj
                        list.items.append(contentsOf: try iterateToArray(v, notIterable: {
                            "Value after * must be an iterable, not \(self.typeName(v))"
                        }))
                    case .setUpdate:
                        let v = slots[sp - 1]
                        sp &-= 1
                        frame.pc = pc; frame.sp = sp
                        let set = slots[sp - Int(ins.arg)].asObject as! SetObj
                        for item in try iterateToArray(v) { try set.add(item, self) }
                    case .dictUpdate, .dictMerge:
                        let v = slots[sp - 1]
                        sp &-= 1
                        frame.pc = pc; frame.sp = sp
                        let d = slots[sp - Int(ins.arg)].asObject as! DictObj
                        try mergeMapping(into: d, from: v, rejectDuplicates: ins.op == .dictMerge,
                                         callee: ins.op == .dictMerge ? slots[sp - Int(ins.arg) - 2] : nil)
                    case .listToTuple:
                        let l = slots[sp - 1].asObject as! ListObj
                        slots[sp - 1] = newTuple(l.items)
                    case .unpackSequence:
                        let n = Int(ins.arg)
                        let v = slots[sp - 1]
                        sp &-= 1
                        frame.pc = pc; frame.sp = sp
                        // Fast path: an exact tuple or list of the right length, read in place.
                        if case .object(let r) = v, r.hasExactType(tupleType) || r.hasExactType(listType) {
                            let dst = slots + sp
                            let done = r.raw._withUnsafeGuaranteedRef { o -> Bool in
                                @inline(__always) func copy(_ b: UnsafeBufferPointer<Value>) -> Bool {
                                    guard b.count == n else { return false }
                                    for i in 0..<n { dst[i] = b[n - 1 - i] }
                                    return true
                                }
                                if o.type === tupleType {
                                    return unsafeDowncast(o, to: TupleObj.self).items.withUnsafeBufferPointer(copy)
                                }
                                return unsafeDowncast(o, to: ListObj.self).items.withUnsafeBufferPointer(copy)
                            }
                            if done {
                                sp &+= n
                                break
                            }
                        }
                        let items: ContiguousArray<Value>
                        if case .object(let r) = v, let t = r.obj as? TupleObj {
                            items = t.items
                        } else if case .object(let r) = v, let l = r.obj as? ListObj {
                            items = l.items
                        } else {
                            items = ContiguousArray(try iterateToArray(v, unpackingInto: n, notIterable: {
                                "cannot unpack non-iterable \(self.typeName(v)) object"
                            }))
                        }
                        if items.count != n {
                            if items.count < n {
                                throw valueError("not enough values to unpack (expected \(n), got \(items.count))")
                            }
                            throw valueError("too many values to unpack (expected \(n))")
                        }
                        for i in 0..<n { slots[sp + i] = items[n - 1 - i] }
                        sp &+= n
                    case .unpackEx:
                        let before = Int(ins.arg & 0xFF)
                        let after = Int(ins.arg >> 8)
                        let v = slots[sp - 1]
                        sp &-= 1
                        frame.pc = pc; frame.sp = sp
                        let items = try iterateToArray(v, notIterable: { "cannot unpack non-iterable \(self.typeName(v)) object" })
                        if items.count < before + after {
                            throw valueError("not enough values to unpack (expected at least \(before + after), got \(items.count))")
                        }
                        // Pushed in reverse so the first target is on top.
                        var out: [Value] = Array(items[0..<before])
                        out.append(newList(ContiguousArray(items[before..<(items.count - after)])))
                        out.append(contentsOf: items[(items.count - after)...])
                        for i in 0..<out.count { slots[sp + i] = out[out.count - 1 - i] }
                        sp &+= out.count

                    // MARK: Control flow
                    case .jump:
                        pc = Int(ins.arg)
                    case .jumpBackward:
                        if interruptPending || budgetTick() {
                            frame.pc = pc; frame.sp = sp
                            try atSafePoint()
                        }
                        pc = Int(ins.arg)
                        if heap.isDue {
                            frame.pc = pc; frame.sp = sp
                            collectIfDue()
                        }
                    case .popJumpIfFalse, .popJumpIfTrue:
                        let v = slots[sp - 1]
                        sp &-= 1
                        let jumpIf = ins.op == .popJumpIfTrue
                        switch v {
                        case .bool(let b): if b == jumpIf { pc = Int(ins.arg) }
                        case .none: if !jumpIf { pc = Int(ins.arg) }
                        case .int(let i): if (i != 0) == jumpIf { pc = Int(ins.arg) }
                        default:
                            frame.pc = pc; frame.sp = sp
                            let r = try truthResumable(v, then: .jump(target: Int(ins.arg), ifTrue: jumpIf))
                            if case .unbound = r { continue outer }
                            if case .bool(let b) = r, b == jumpIf { pc = Int(ins.arg) }
                        }
                    case .jumpIfFalseOrPop, .jumpIfTrueOrPop:
                        let v = slots[sp - 1]
                        let jumpIf = ins.op == .jumpIfTrueOrPop
                        frame.pc = pc; frame.sp = sp
                        // Truth of the operand decides; `__bool__` here runs nested (short-circuit
                        // operands are rarely objects with script-defined truth).
                        if try truthy(v) == jumpIf {
                            pc = Int(ins.arg)
                        } else {
                            sp &-= 1
                        }
                    case .getIter:
                        let v = slots[sp - 1]
                        sp &-= 1
                        frame.pc = pc; frame.sp = sp
                        let it = try getIterResumable(v)
                        if case .unbound = it { continue outer }
                        slots[sp] = it
                        sp &+= 1
                    case .forIter:
                        let it = slots[sp - 1]
                        if case .object(let r) = it {
                            // Fast path: list and range iterators, through guaranteed access.
                            let step = r.raw._withUnsafeGuaranteedRef { o -> Value? in
                                guard type(of: o) == IteratorObj.self else { return .unbound }
                                return unsafeDowncast(o, to: IteratorObj.self).fastNext()
                            }
                            switch step {
                            case .some(.unbound): break
                            case .some(let x):
                                slots[sp] = x
                                sp &+= 1
                                continue
                            case nil:
                                sp &-= 1
                                pc = Int(ins.arg)
                                continue
                            }
                        }
                        // A suspended generator next: before the cast below, which costs a
                        // retain/release and a dynamic cast per step.
                        if case .object(let r) = it {
                            frame.pc = pc; frame.sp = sp
                            if resumeForIterFast(r, exit: Int(ins.arg)) { continue outer }
                        }
                        if case .object(let r) = it, let iter = r.obj as? IteratorObj {
                            frame.pc = pc; frame.sp = sp
                            if case .script(let g) = iter.kind {
                                // enumerate/map/... in Baozi: resume its generator resumably.
                                let v = try forIterResumable(Value(g), exitTarget: Int(ins.arg))
                                switch v {
                                case .unbound: continue outer
                                case .some(let x):
                                    slots[sp] = x
                                    sp &+= 1
                                case nil:
                                    sp &-= 1
                                    pc = Int(ins.arg)
                                }
                                break
                            }
                            if let v = try nextFromBuiltinIterator(iter) {
                                slots[sp] = v
                                sp &+= 1
                            } else {
                                sp &-= 1
                                pc = Int(ins.arg)
                            }
                            break
                        }
                        frame.pc = pc; frame.sp = sp
                        let v = try forIterResumable(it, exitTarget: Int(ins.arg))
                        switch v {
                        case .unbound: continue outer
                        case .some(let x):
                            slots[sp] = x
                            sp &+= 1
                        case nil:
                            sp &-= 1
                            pc = Int(ins.arg)
                        }

                    // MARK: Calls
                    case .kwNames:
                        kwNames = code.constants[Int(ins.arg)].asObject as? TupleObj
                    case .call, .callFunction:
                        let argc = Int(ins.arg)
                        let plain = ins.op == .callFunction
                        // The result goes to `base`: the callable's slot of a plain call, the
                        // first of the method call's two (see Opcode.swift).
                        let base = plain ? sp &- argc &- 1 : sp &- argc &- 2
                        // `for x in range(...)`: the range would only be iterated, so its
                        // iterator is made at once (one object, no constructor call).
                        if argc >= 1 && argc <= 3 && kwNames == nil && instrs[pc].op == .getIter,
                           case .object(let r) = slots[sp &- argc &- 1], r.raw.toOpaque() == rangeTypeID,
                           plain, let it = rangeIterator(slots + sp - argc, argc) {
                            slots[base] = it
                            sp = base &+ 1
                            pc &+= 1
                            break
                        }
                        // `str(n)` of a machine int (building keys and messages): the digits
                        // directly, without the constructor call.
                        if argc == 1 && kwNames == nil, case .int(let n) = slots[sp &- 1],
                           case .object(let r) = slots[sp &- 2], r.raw.toOpaque() == strTypeID,
                           plain {
                            let digits = String(n)
                            slots[base] = Value(heap.track(StrObj(digits, count: digits.utf8.count, isASCII: true, type: strType)))
                            sp = base &+ 1
                            break
                        }
                        // Fast path: a plain Python function called with exactly its positional
                        // parameters gets a pooled frame and the arguments copied in.
                        if kwNames == nil {
                            let first = slots[base]
                            let callable = first.isUnbound ? slots[base + 1] : first
                            let argStart = first.isUnbound ? base + 2 : base + 1
                            if case .object(let r) = callable, r.hasExactType(functionType),
                               fiberRef._withUnsafeGuaranteedRef({ $0.frames.count }) < recursionLimit {
                                // Everything on the function through guaranteed access: no ARC.
                                let n = sp - argStart
                                let callee = r.raw._withUnsafeGuaranteedRef { o -> Unmanaged<Frame>? in
                                    let fn = unsafeDowncast(o, to: FunctionObj.self)
                                    return Unmanaged.passUnretained(fn.code)._withUnsafeGuaranteedRef { fcode -> Unmanaged<Frame>? in
                                        guard fcode.isSimpleCall && n == fcode.argCount else { return nil }
                                        let callee = makeFrameOwned(fcode)
                                        callee._withUnsafeGuaranteedRef { f in
                                            let dst = f.slots
                                            for i in 0..<n { dst[i] = slots[argStart + i] }
                                            if fcode.freeCount > 0 || !fcode.cellSlots.isEmpty { setUpCells(f, fn) }
                                        }
                                        return callee
                                    }
                                }
                                if let callee {
                                    frame.pc = pc
                                    frame.sp = base
                                    fiberRef._withUnsafeGuaranteedRef { $0.frames.push(owned: callee) }
                                    // A call into script code is a step of the host's budgets
                                    // (recursion that never loops); raised in the callee.
                                    if budgetTick() { try atSafePoint() }
                                    continue outer
                                }
                            }
                        }
                        // Fast path: a builtin function or method descriptor without keywords
                        // runs directly on the stack's arguments (no cast chain in `invoke`).
                        if kwNames == nil {
                            let first = slots[base]
                            let callable = first.isUnbound ? slots[base + 1] : first
                            let argStart = first.isUnbound ? base + 2 : base + 1
                            if case .object(let r) = callable,
                               r.raw._withUnsafeGuaranteedRef({ o -> Bool in
                                   guard type(of: o) == BuiltinFunctionObj.self else { return false }
                                   return unsafeDowncast(o, to: BuiltinFunctionObj.self).receiver == nil
                               }) {
                                frame.pc = pc
                                frame.sp = base
                                // As in `invoke`: a native the loop calls may resume a generator in place.
                                let outerMayResume = nativeMayResume
                                nativeMayResume = true
                                let result: Value
                                do {
                                    // Called through the object, not a copy of the closure: a copy
                                    // paid a retain/release of its context per call.
                                    let args = Arguments(UnsafeBufferPointer(start: slots + argStart, count: sp - argStart))
                                    result = try r.raw._withUnsafeGuaranteedRef { o in
                                        try unsafeDowncast(o, to: BuiltinFunctionObj.self).fn(self, args)
                                    }
                                } catch {
                                    nativeMayResume = outerMayResume
                                    throw error
                                }
                                nativeMayResume = outerMayResume
                                if case .unbound = result {
                                    // The native pushed a frame, or asked the VM to call script code.
                                    if pendingCall == nil { continue outer }
                                    let r2 = try performPendingCall(action: .push)
                                    if case .unbound = r2 { continue outer }
                                    slots[base] = r2
                                } else {
                                    slots[base] = result
                                }
                                sp = base &+ 1
                                break
                            }
                        }
                        let names = kwNames
                        kwNames = nil
                        frame.pc = pc
                        frame.sp = base
                        let a = slots[base]
                        let callable: Value
                        let argStart: Int
                        if case .unbound = a {
                            callable = slots[base + 1]
                            argStart = base + 2
                        } else {
                            callable = a
                            argStart = base + 1
                        }
                        let args = UnsafeMutableBufferPointer(start: slots + argStart, count: sp - argStart)
                        let r = try invoke(callable, args: args, kwNames: names, action: .push)
                        if case .unbound = r { continue outer }
                        slots[base] = r
                        sp = base &+ 1
                    case .callFunctionEx:
                        let hasKw = ins.arg & 1 != 0
                        let kwargs: Value = hasKw ? slots[sp - 1] : .none
                        if hasKw { sp &-= 1 }
                        let argsV = slots[sp - 1]
                        let callable = slots[sp - 2]
                        let base = sp - 2
                        frame.pc = pc
                        frame.sp = base
                        let r = try invokeWithCollections(callable, args: argsV, kwargs: kwargs)
                        if case .unbound = r { continue outer }
                        slots[base] = r
                        sp = base &+ 1
                    case .makeFunction:
                        sp = try makeFunction(frame: frame.object, flags: ins.arg, sp: sp)
                    case .returnValue:
                        let result = slots[sp - 1]
                        // Fast path: an ordinary call returns its value to the caller's stack.
                        if frame.returnsPlainly && fiberRef._withUnsafeGuaranteedRef({ $0.frames.count }) - 1 > exitDepth {
                            fiberRef._withUnsafeGuaranteedRef { fib in
                                // The stack's reference moves to the pool (or is dropped).
                                recycleOwned(fib.frames.popOwned())
                                fib.frames.top._withUnsafeGuaranteedRef { caller in
                                    caller.slots[caller.sp] = result
                                    caller.sp &+= 1
                                }
                            }
                            continue outer
                        }
                        frame.sp = sp
                        frame.pc = pc
                        if let v = try finishFrame(returning: result, entryDepth: entryDepth) {
                            return v
                        }
                        continue outer
                    case .buildClass:
                        // stack: function, name, bases tuple, kwargs dict
                        let kwargs = slots[sp - 1]
                        let bases = slots[sp - 2]
                        let name = slots[sp - 3]
                        let fn = slots[sp - 4]
                        sp &-= 4
                        frame.pc = pc; frame.sp = sp
                        try startClassBody(function: fn, name: name, bases: bases, kwargs: kwargs)
                        continue outer

                    // MARK: Exceptions
                    case .raiseVarargs:
                        frame.pc = pc; frame.sp = sp
                        try raiseStatement(operands: Int(ins.arg), slots + sp)
                    case .reraise:
                        frame.pc = pc; frame.sp = sp
                        throw Reraise(exception: slots[sp - 1].asObject as! ExceptionObj)
                    case .pushExcInfo:
                        frame.object.saveException(fiber.handled)
                        fiber.handled = slots[sp - 1]
                    case .popExcept:
                        fiber.handled = frame.object.popSavedException()
                    case .checkExcMatch:
                        let t = slots[sp - 1]
                        let e = slots[sp - 2]
                        frame.pc = pc; frame.sp = sp
                        slots[sp - 1] = .bool(try exceptionMatches(e, t))
                    case .beforeWith:
                        let mgr = slots[sp - 1]
                        sp &-= 1
                        frame.pc = pc; frame.sp = sp
                        let exit = try lookupSpecialOrFail(mgr, names.__exit__, protocol: "context manager", missing: "__exit__")
                        let enter = try lookupSpecialOrFail(mgr, names.__enter__, protocol: "context manager", missing: "__enter__")
                        slots[sp] = .unbound
                        slots[sp + 1] = exit
                        sp &+= 2
                        frame.sp = sp
                        let r = try callResumable(enter, [])
                        if case .unbound = r { continue outer }
                        slots[sp] = r
                        sp &+= 1
                    case .withExceptStart:
                        // stack: null, exit, exc
                        let exc = slots[sp - 1]
                        let exit = slots[sp - 2]
                        frame.pc = pc; frame.sp = sp
                        let e = exc.asObject as! ExceptionObj
                        let r = try callResumable(exit, [Value(e.type), exc, tracebackObject(for: e)])
                        if case .unbound = r { continue outer }
                        slots[sp] = r
                        sp &+= 1
                    case .loadAssertionError:
                        slots[sp] = Value(types.exceptions.assertionError)
                        sp &+= 1

                    // MARK: Generators
                    case .genStart:
                        sp &-= 1
                    case .yieldValue:
                        let v = slots[sp - 1]
                        sp &-= 1
                        frame.pc = pc; frame.sp = sp
                        if yieldFast(frame.ref, v) { continue outer }
                        if let out = try yieldFromFrame(v, entryDepth: entryDepth) { return out }
                        continue outer
                    case .yieldFrom:
                        // stack: iterator, value to send. Resumes the sub-iterator; when it
                        // yields, this frame yields the same value and comes back here.
                        let sent = slots[sp - 1]
                        let sub = slots[sp - 2]
                        sp &-= 1
                        frame.pc = pc; frame.sp = sp
                        let r = try delegateResumable(sub, sent, exitTarget: Int(ins.arg))
                        if case .unbound = r { continue outer }
                        // A value from a native sub-iterator: yield it from this frame.
                        pc = pc &- 1
                        frame.pc = pc
                        frame.sp = sp
                        if let out = try yieldFromFrame(r, entryDepth: entryDepth, delegating: true) { return out }
                        continue outer

                    // MARK: Imports
                    case .importName:
                        let fromList = slots[sp - 1]
                        let level = slots[sp - 2]
                        sp &-= 2
                        frame.pc = pc; frame.sp = sp
                        let m = try importModule(code.names[Int(ins.arg)].value, fromList: fromList, level: level, globals: frame.globals)
                        slots[sp] = m
                        sp &+= 1
                    case .importFrom:
                        let m = slots[sp - 1]
                        frame.pc = pc; frame.sp = sp
                        slots[sp] = try importFrom(m, code.names[Int(ins.arg)])
                        sp &+= 1
                    case .importStar:
                        let m = slots[sp - 1]
                        sp &-= 1
                        frame.pc = pc; frame.sp = sp
                        try importStar(m, into: frame.namespace ?? frame.globals)
                    case .setupAnnotations:
                        let ns = frame.namespace ?? frame.globals
                        if ns.getString(names.__annotations__) == nil {
                            ns.setString(names.__annotations__, Value(newDictObj()))
                        }
                    }
                } catch let err as PyError {
                    if let last = fiber.frames.last, ObjectIdentifier(last) == frameID {
                        frame.pc = pc
                        if frame.sp > sp { frame.sp = sp }
                    }
                    try unwind(err.exception, addTraceback: true, entryFiber: entryFiber, entryDepth: entryDepth)
                    continue outer
                } catch let reraise as Reraise {
                    // Unwinding happens here, outside the `do`, so that an exception leaving
                    // the entry frame propagates out of `run` instead of being caught again.
                    try unwind(reraise.exception, addTraceback: false, entryFiber: entryFiber, entryDepth: entryDepth)
                    continue outer
                }
            }
        }
    }

    /// The operators on two ints, two floats or two exact strs that need no dunder, or nil.
    @inline(__always)
    func fastBinary(_ op: BinaryOpcode, _ a: Value, _ b: Value, strType: TypeObj) -> Value? {
        if case .int(let x) = a, case .int(let y) = b {
            switch op {
            case .add:
                let (r, o) = x.addingReportingOverflow(y)
                return o ? nil : .int(r)
            case .sub:
                let (r, o) = x.subtractingReportingOverflow(y)
                return o ? nil : .int(r)
            case .mul:
                let (r, o) = x.multipliedReportingOverflow(by: y)
                return o ? nil : .int(r)
            case .and: return .int(x & y)
            case .or: return .int(x | y)
            case .xor: return .int(x ^ y)
            case .mod: return y > 0 && x >= 0 ? .int(x % y) : nil
            case .floorDiv: return y > 0 && x >= 0 ? .int(x / y) : nil
            default: return nil
            }
        }
        if case .float(let x) = a, case .float(let y) = b {
            switch op {
            case .add: return .float(x + y)
            case .sub: return .float(x - y)
            case .mul: return .float(x * y)
            case .div: return y != 0 ? .float(x / y) : nil
            default: return nil
            }
        }
        if op == .add, case .object(let ra) = a, case .object(let rb) = b,
           ra.hasExactType(strType), rb.hasExactType(strType) {
            // str + str: lengths and ASCII-ness are known, no dunder dispatch.
            let s = ra.raw._withUnsafeGuaranteedRef { x in
                rb.raw._withUnsafeGuaranteedRef { y -> StrObj in
                    let l = unsafeDowncast(x, to: StrObj.self), r = unsafeDowncast(y, to: StrObj.self)
                    return StrObj(l.value + r.value, count: l.count + r.count, isASCII: l.isASCII && r.isASCII, type: strType)
                }
            }
            return Value(heap.track(s))
        }
        return nil
    }

    /// The iterator of `range(args...)` for 1 to 3 int arguments, or nil when the call must go
    /// the general way (other types, a zero step: the constructor raises).
    func rangeIterator(_ args: UnsafeMutablePointer<Value>, _ argc: Int) -> Value? {
        var start = 0, stop = 0, step = 1
        guard case .int(let a) = args[0] else { return nil }
        if argc == 1 {
            stop = a
        } else {
            guard case .int(let b) = args[1] else { return nil }
            start = a
            stop = b
            if argc == 3 {
                guard case .int(let c) = args[2], c != 0 else { return nil }
                step = c
            }
        }
        let (count, _) = RangeObj.length(start: start, stop: stop, step: step)
        return newIterator(.range(start: start, step: step, count: count), type: types.rangeIterator)
    }

    private func unboundLocal(_ code: CodeObj, _ slot: Int) -> PyError {
        error(types.exceptions.unboundLocalError,
              "cannot access local variable '\(code.varNames[slot])' where it is not associated with a value")
    }

    private func unboundDeref(_ code: CodeObj, _ slot: Int) -> PyError {
        let name = code.varNames[slot]
        if slot < code.localCount {
            return error(types.exceptions.unboundLocalError,
                         "cannot access local variable '\(name)' where it is not associated with a value")
        }
        return nameError("cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
    }
}

/// The frame the loop runs, used through guaranteed-reference access: holding it as a strong
/// (or even `unowned(unsafe)`) reference paid a retain/release pair per access. The fiber's
/// frame stack keeps it alive while it runs.
struct RunningFrame {
    let ref: Unmanaged<Frame>

    @inline(__always) init(_ ref: Unmanaged<Frame>) { self.ref = ref }

    /// The frame as an ordinary reference, for the less travelled paths.
    @inline(__always) var object: Frame { ref.takeUnretainedValue() }

    @inline(__always) var pc: Int {
        get { ref._withUnsafeGuaranteedRef { $0.pc } }
        nonmutating set { ref._withUnsafeGuaranteedRef { $0.pc = newValue } }
    }
    @inline(__always) var sp: Int {
        get { ref._withUnsafeGuaranteedRef { $0.sp } }
        nonmutating set { ref._withUnsafeGuaranteedRef { $0.sp = newValue } }
    }
    @inline(__always) var slots: UnsafeMutablePointer<Value> { ref._withUnsafeGuaranteedRef { $0.slots } }
    @inline(__always) var code: CodeObj { ref._withUnsafeGuaranteedRef { $0.code } }
    @inline(__always) var globals: DictObj { ref._withUnsafeGuaranteedRef { $0.globals } }
    @inline(__always) var globalsRef: Unmanaged<DictObj> {
        ref._withUnsafeGuaranteedRef { Unmanaged.passUnretained($0.code)._withUnsafeGuaranteedRef { $0.globalsRef.unsafelyUnwrapped } }
    }
    @inline(__always) var namespace: DictObj? { ref._withUnsafeGuaranteedRef { $0.namespace } }
    @inline(__always) var namespaceRef: Unmanaged<DictObj>? {
        ref._withUnsafeGuaranteedRef { $0.namespaceRef }
    }
    @inline(__always) var returnsPlainly: Bool { ref._withUnsafeGuaranteedRef { $0.returnsPlainly } }
}

/// A frame's slot pointer, out of line (see its use in `run`).
@inline(never)
private func opaqueSlots(_ frame: Unmanaged<Frame>) -> UnsafeMutablePointer<Value> {
    frame._withUnsafeGuaranteedRef { $0.slots }
}

/// Thrown by `raise` without an argument and by the compiler's re-raise at the end of
/// `finally`/`except` blocks: the exception keeps its traceback (no new entry is added).
struct Reraise: Error {
    let exception: ExceptionObj
}

extension Value {
    /// The cell in a cell slot. Slots of captured variables always hold one.
    @inline(__always) var asCell: CellObj {
        unsafeDowncast(asObject!, to: CellObj.self)
    }
}

extension Interpreter {
    /// `obj[lo:hi]` for an exact ASCII str or exact list with int/None bounds; nil when the
    /// general path must decide.
    func fastSlice(_ r: Ref, _ lo: Value, _ hi: Value, strType: TypeObj, listType: TypeObj) -> Value? {
        // Python's clamping of slice bounds for a step of 1.
        func bound(_ v: Value, _ n: Int, _ omitted: Int) -> Int? {
            switch v {
            case .none: return omitted
            case .int(let i): return i < 0 ? max(i + n, 0) : min(i, n)
            default: return nil
            }
        }
        if r.hasExactType(strType) {
            let s = unsafeDowncast(r.obj, to: StrObj.self)
            guard s.isASCII else { return nil }
            let n = s.count
            guard let a = bound(lo, n, 0), var b = bound(hi, n, n) else { return nil }
            if b < a { b = a }
            // As CPython: the whole of an exact str is the str itself.
            if a == 0 && b == n { return Value(s) }
            let sub = s.value.utf8.withContiguousStorageIfAvailable {
                String(decoding: UnsafeBufferPointer(rebasing: $0[a..<b]), as: UTF8.self)
            }
            guard let sub else { return nil }
            return Value(heap.track(StrObj(sub, count: b - a, isASCII: true, type: strType)))
        }
        if r.hasExactType(listType) {
            let l = unsafeDowncast(r.obj, to: ListObj.self)
            let n = l.items.count
            guard let a = bound(lo, n, 0), var b = bound(hi, n, n) else { return nil }
            if b < a { b = a }
            return newList(ContiguousArray(l.items[a..<b]))
        }
        return nil
    }

    /// A global's value from the instruction's cache, when the dicts' key layouts are unchanged.
    @inline(__always)
    func cachedGlobal(_ cache: UnsafeMutablePointer<GlobalCache>, _ globals: Unmanaged<DictObj>) -> Value? {
        let c = cache.pointee
        guard c.dict == globals.toOpaque() else { return nil }
        // Guaranteed-reference access: no retain/release of the dicts on this path.
        return globals._withUnsafeGuaranteedRef { g -> Value? in
            guard c.layout == g.mutations else { return nil }
            if c.inBuiltins {
                return builtinsRef._withUnsafeGuaranteedRef { b -> Value? in
                    c.builtinsLayout == b.mutations ? b.rawEntry(c.position).value : nil
                }
            }
            return g.rawEntry(c.position).value
        }
    }

    /// Looks a global up in globals then builtins, and remembers where it was found.
    func lookupGlobal(_ cache: UnsafeMutablePointer<GlobalCache>, _ name: StrObj, _ globals: DictObj) -> Value? {
        if let p = globals.position(ofString: name) {
            cache.pointee = GlobalCache(dict: Unmanaged.passUnretained(globals).toOpaque(), layout: globals.mutations,
                                        position: p, inBuiltins: false, builtinsLayout: 0)
            return globals.rawEntry(p).value
        }
        if let p = builtins.position(ofString: name) {
            cache.pointee = GlobalCache(dict: Unmanaged.passUnretained(globals).toOpaque(), layout: globals.mutations,
                                        position: p, inBuiltins: true, builtinsLayout: builtins.mutations)
            return builtins.rawEntry(p).value
        }
        return nil
    }
}
