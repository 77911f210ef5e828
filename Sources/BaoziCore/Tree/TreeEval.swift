// The tree evaluator: walks a function's tree (TreeNode.swift) on its heap frame.
//
//   Frame slots of a tree function:
//   +---------+-------+----+-----------------------+---------------------------+
//   | locals  | cells | wp | values (sp ->)        |   <- work items (wp)      |
//   +---------+-------+----+-----------------------+---------------------------+
//
// Two ways to evaluate a node:
// - Directly (`direct`), by Swift recursion, when its values need no script code: locals,
//   constants, globals, int/float/str arithmetic and comparisons, list and dict items. It returns
//   nil, having done nothing visible, the moment it meets anything else.
// - By steps, resumably: the frame keeps a work stack of (node, step) items, the continuation.
//   A node that must run script code (a call, a dunder, a property, a generator's next) pushes
//   its own item with the step to come back to, leaves the callee's frame on the fiber, and the
//   run loop goes on with that frame. When it returns, its value lands on this frame's value
//   stack (as for any caller) and the loop comes back here to pop the item and go on.
// So nothing recurses on the Swift stack per interpreted call, and a greenlet may switch away
// from any call a tree frame makes: the frame keeps everything needed to resume.
//
// Work items are stored in the frame's slots as `.int` values packing the node's address and
// the step; the collector sees plain ints above the value stack and never follows them.

extension Interpreter {
    /// Runs the tree frame on top of the current fiber until it leaves for another frame (a call
    /// pushed one, or it returned to its caller): then nil, and the run loop goes on with the
    /// top frame. Returns a value when the frame was started by Swift code (`returnToNative`).
    @inline(never)
    func runTreeFrame(exitDepth: Int, entryDepth: Int, _ types: TreeTypes) throws -> Value? {
        try treeLoop(exitDepth: exitDepth, entryDepth: entryDepth, types)
    }

    private func treeLoop(exitDepth: Int, entryDepth: Int, _ types: TreeTypes) throws -> Value? {
      // Calls between tree functions and their returns stay in this loop; anything else goes
      // back to the run loop, which calls here again when a tree frame is on top.
      frames: while true {
        let frameRef = fiberRef._withUnsafeGuaranteedRef { $0.frames.top }
        unowned(unsafe) let code = frameRef._withUnsafeGuaranteedRef { $0.code }
        // The header and slots through pointers: property access on the frame object paid
        // reference counting in this loop.
        let header = frameRef._withUnsafeGuaranteedRef { $0.withUnsafeMutablePointerToHeader { $0 } }
        let slots = frameRef._withUnsafeGuaranteedRef { $0.slots }
        let workSlot = code.treeWorkSlot
        let workEnd = code.treeWorkEnd
        let cx = TreeContext(slots: slots, globals: code.globalsRef.unsafelyUnwrapped, types: types)
        var sp = Int(header.pointee.sp)
        var wp: Int
        var node: NodeRef
        var step: Int
        if sp == workSlot {
            // A fresh frame: the work stack is empty, the body starts.
            sp = workSlot + 1
            wp = workEnd
            node = code.treeRoot.unsafelyUnwrapped
            step = 0
        } else {
            guard case .int(let w) = slots[workSlot] else { throw runtimeError("corrupt tree frame") }
            wp = w
            (node, step) = Self.decodeWork(slots[wp])
            wp += 1
        }

        /// Returns from this frame; true when the caller is a tree frame this loop goes on with.
        @inline(__always) func returnPlainly(_ result: Value) -> Bool? {
            guard case .none = header.pointee.context, case .push = header.pointee.onReturn,
                  fiberRef._withUnsafeGuaranteedRef({ $0.frames.count }) - 1 > exitDepth else { return nil }
            return fiberRef._withUnsafeGuaranteedRef { fib -> Bool in
                recycleOwned(fib.frames.popOwned())
                return fib.frames.top._withUnsafeGuaranteedRef { caller -> Bool in
                    caller.slots[caller.sp] = result
                    caller.sp &+= 1
                    return caller.code.treeRoot != nil
                }
            }
        }

        // Saves the continuation (node, step) before handing control to other code: the
        // value that code produces will be pushed at `frame.sp`.
        @inline(__always) func suspend(_ n: NodeRef, _ next: Int, resultAt: Int) {
            wp -= 1
            slots[wp] = Self.encodeWork(n, next)
            slots[workSlot] = .int(wp)
            header.pointee.sp = Int32(truncatingIfNeeded: resultAt)
        }
        // Undoes `suspend` when the code ran to completion without leaving a frame.
        @inline(__always) func resumeHere() { wp += 1 }

        dispatch: while true {
            let n = node
            // Evaluates child `i` onto the value stack: directly when it can, else by descending
            // into it with this node's item saved to come back at `next`. True when the value
            // is already there.
            @inline(__always) func child(_ i: Int, _ next: Int) -> Bool {
                let c = n.kid(i)
                if c.directable {
                    // Leaves inline; the rest by `direct`.
                    switch c.kind {
                    case .local:
                        let v = slots[Int(c.op)]
                        if case .unbound = v { break }
                        slots[sp] = v
                        sp &+= 1
                        return true
                    case .constant:
                        slots[sp] = c.pointee.value
                        sp &+= 1
                        return true
                    default:
                        if let v = direct(c, cx) {
                            slots[sp] = v
                            sp &+= 1
                            return true
                        }
                    }
                }
                wp -= 1
                slots[wp] = Self.encodeWork(node, next)
                node = c
                step = 0
                return false
            }
            @inline(__always) func location() { header.pointee.pc = n.loc &+ 1 }

            switch n.kind {
            // MARK: Statements
            case .block:
                var i = step
                while i < n.kidCount {
                    let s = n.kid(i)
                    if tryStatementDirectly(s, cx) {
                        i += 1
                        continue
                    }
                    wp -= 1
                    slots[wp] = Self.encodeWork(node, i + 1)
                    node = s
                    step = 0
                    continue dispatch
                }
            case .exprStmt:
                if step == 0 {
                    if !child(0, 1) { continue dispatch }
                }
                sp &-= 1
            case .storeLocal:
                if step == 0 {
                    if !child(0, 1) { continue dispatch }
                }
                sp &-= 1
                slots[Int(n.op)] = slots[sp]
            case .storeGlobal:
                if step == 0 {
                    if !child(0, 1) { continue dispatch }
                }
                sp &-= 1
                let v = slots[sp]
                n.pointee.name.unsafelyUnwrapped._withUnsafeGuaranteedRef { name in code.globals.setString(name, v) }
            case .storeAttr:
                if step == 0 {
                    if !child(0, 1) { continue dispatch }
                    step = 1
                }
                if step == 1 {
                    if !child(1, 2) { continue dispatch }
                    step = 2
                }
                if step == 2 {
                    let obj = slots[sp - 1], value = slots[sp - 2]
                    sp &-= 2
                    if case .object(let r) = obj, let site = n.pointee.attributeCache,
                       n.pointee.name.unsafelyUnwrapped._withUnsafeGuaranteedRef({ name in
                           r.raw._withUnsafeGuaranteedRef { o in cachedStoreAttribute(o, value, site, name) } }) {
                        break
                    }
                    location()
                    suspend(node, 3, resultAt: sp)
                    if try setAttributeResumable(obj, n.pointee.name.unsafelyUnwrapped.takeUnretainedValue(), value) { return nil }
                    resumeHere()
                }
            case .storeItem:
                var s = step
                while s < 3 {
                    if !child(s, s + 1) { continue dispatch }
                    s += 1
                }
                if s == 3 {
                    let index = slots[sp - 1], container = slots[sp - 2], value = slots[sp - 3]
                    sp &-= 3
                    if case .object(let r) = container, case .int(let i) = index, r.hasExactType(types.list) {
                        let l = unsafeDowncast(r.obj, to: ListObj.self)
                        let j = i < 0 ? i + l.items.count : i
                        if j >= 0 && j < l.items.count {
                            l.items[j] = value
                            break
                        }
                    }
                    location()
                    suspend(node, 4, resultAt: sp)
                    if try setItemResumable(container, index, value) { return nil }
                    resumeHere()
                }
            case .augLocal:
                if step == 0 {
                    if !child(0, 1) { continue dispatch }
                    step = 1
                }
                if step == 1 {
                    let b = slots[sp - 1]
                    let a = slots[Int(n.op)]
                    if case .unbound = a {
                        location()
                        throw unboundLocalError(code, Int(n.op))
                    }
                    let op = BinaryOpcode.decode(n.op2)
                    if let r = types.fastBinary(self, op, a, b) {
                        slots[Int(n.op)] = r
                        sp &-= 1
                        break
                    }
                    sp &-= 1
                    location()
                    suspend(node, 2, resultAt: sp)
                    let r = try binaryOperation(op, a, b, inplace: true)
                    if case .unbound = r { return nil }
                    resumeHere()
                    slots[sp] = r
                    sp &+= 1
                }
                sp &-= 1
                slots[Int(n.op)] = slots[sp]
            case .ifStmt:
                if step == 0 {
                    if !child(0, 1) { continue dispatch }
                    step = 1
                }
                if step == 1 {
                    sp &-= 1
                    let v = slots[sp]
                    let truth: Bool
                    if let b = Self.quickTruth(v) {
                        truth = b
                    } else {
                        location()
                        suspend(node, 2, resultAt: sp)
                        let r = try truthResumable(v, then: .negate)
                        if case .unbound = r { return nil }
                        resumeHere()
                        truth = !(r.asBool)
                    }
                    if truth {
                        node = n.kid(1); step = 0
                        continue dispatch   // nothing to come back to: the if is done after it
                    }
                    if n.kidCount > 2 {
                        node = n.kid(2); step = 0
                        continue dispatch
                    }
                    break
                }
                // step 2: `__bool__` answered (negated).
                sp &-= 1
                if !slots[sp].asBool {
                    node = n.kid(1); step = 0
                    continue dispatch
                }
                if n.kidCount > 2 {
                    node = n.kid(2); step = 0
                    continue dispatch
                }
            case .whileStmt:
                if step == 0 {
                    if interruptPending || heap.isDue {
                        location()
                        header.pointee.sp = Int32(truncatingIfNeeded: sp)
                        try raiseInterrupt()
                        // The collector sees this frame as it is: the work stack is saved.
                        wp -= 1
                        slots[wp] = Self.encodeWork(node, 0)
                        slots[workSlot] = .int(wp)
                        collectIfDue()
                        wp += 1
                    }
                    if !child(0, 1) { continue dispatch }
                    step = 1
                }
                var truth: Bool
                if step == 1 {
                    sp &-= 1
                    let v = slots[sp]
                    if let b = Self.quickTruth(v) {
                        truth = b
                    } else {
                        location()
                        suspend(node, 2, resultAt: sp)
                        let r = try truthResumable(v, then: .negate)
                        if case .unbound = r { return nil }
                        resumeHere()
                        truth = !(r.asBool)
                    }
                } else if step == 2 {
                    sp &-= 1
                    truth = !slots[sp].asBool
                } else {
                    break   // step 3: after the else block
                }
                if truth {
                    wp -= 1
                    slots[wp] = Self.encodeWork(node, 0)
                    node = n.kid(1); step = 0
                    continue dispatch
                }
                if n.kidCount > 2 {
                    node = n.kid(2); step = 0
                    continue dispatch
                }
            case .forLocal:
                let iterSlot = Int(n.depth)
                if step == 0 {
                    if !child(0, 1) { continue dispatch }
                    step = 1
                }
                if step == 1 {
                    sp &-= 1
                    let v = slots[sp]
                    location()
                    suspend(node, 2, resultAt: sp)
                    let it = try getIterResumable(v)
                    if case .unbound = it { return nil }
                    resumeHere()
                    slots[sp] = it
                    sp &+= 1
                    step = 2
                }
                if step == 2 {
                    // The loop's top: the next item, or the end.
                    if interruptPending || heap.isDue {
                        location()
                        header.pointee.sp = Int32(truncatingIfNeeded: sp)
                        try raiseInterrupt()
                        wp -= 1
                        slots[wp] = Self.encodeWork(node, 2)
                        slots[workSlot] = .int(wp)
                        collectIfDue()
                        wp += 1
                    }
                    let it = slots[iterSlot]
                    var fast: Value? = .unbound
                    if case .object(let r) = it {
                        fast = r.raw._withUnsafeGuaranteedRef { o -> Value? in
                            guard type(of: o) == IteratorObj.self else { return .unbound }
                            return unsafeDowncast(o, to: IteratorObj.self).fastNext()
                        }
                    }
                    switch fast {
                    case .some(.unbound):
                        location()
                        suspend(node, 3, resultAt: sp)
                        if case .object(let r) = it, resumeForIterFast(r, exit: Int(n.loc) + 1) { return nil }
                        let next: Value?
                        if case .object(let r) = it, let iter = r.obj as? IteratorObj {
                            if case .script(let g) = iter.kind {
                                next = try forIterResumable(Value(g), exitTarget: Int(n.loc) + 1)
                            } else {
                                next = try nextFromBuiltinIterator(iter)
                            }
                        } else {
                            next = try forIterResumable(it, exitTarget: Int(n.loc) + 1)
                        }
                        if case .some(.unbound) = next { return nil }
                        resumeHere()
                        if let x = next {
                            slots[sp] = x
                            sp &+= 1
                        } else {
                            sp &-= 1
                        }
                    case .some(let x):
                        slots[sp] = x
                        sp &+= 1
                    case nil:
                        sp &-= 1
                    }
                }
                // step 3: an item above the iterator, or the iterator gone (exhausted).
                if sp == iterSlot + 2 {
                    sp &-= 1
                    slots[Int(n.op)] = slots[sp]
                    wp -= 1
                    slots[wp] = Self.encodeWork(node, 2)
                    node = n.kid(1); step = 0
                    continue dispatch
                }
                if n.kidCount > 2 {
                    node = n.kid(2); step = 0
                    continue dispatch
                }
            case .breakStmt, .continueStmt:
                // Only the innermost loop's iterator can be above the statement's stack level.
                let loop = n.pointee.loop.unsafelyUnwrapped
                let target = loop
                // Drop the work of the statements inside the loop, up to the loop's own item.
                while wp < workEnd {
                    let (m, _) = Self.decodeWork(slots[wp])
                    wp += 1
                    if m == target { break }
                }
                let isFor = loop.kind == .forLocal
                if n.kind == .continueStmt {
                    node = target
                    step = isFor ? 2 : 0
                    continue dispatch
                }
                // `break`: the loop is done, its else block skipped.
                if isFor { sp = Int(loop.depth) }
            case .returnStmt:
                if step == 0 {
                    if !child(0, 1) { continue dispatch }
                }
                let result = slots[sp - 1]
                if let inTree = returnPlainly(result) {
                    if inTree { continue frames }
                    return nil
                }
                return try finishFrame(returning: result, entryDepth: entryDepth)

            // MARK: Expressions
            case .constant:
                slots[sp] = n.pointee.value
                sp &+= 1
            case .local:
                let v = slots[Int(n.op)]
                if case .unbound = v {
                    location()
                    throw unboundLocalError(code, Int(n.op))
                }
                slots[sp] = v
                sp &+= 1
            case .global:
                let name = n.pointee.name.unsafelyUnwrapped.takeUnretainedValue()
                location()
                guard let v = lookupGlobal(n.pointee.globalCache.unsafelyUnwrapped, name, code.globals) else {
                    throw nameError("name '\(name.value)' is not defined")
                }
                slots[sp] = v
                sp &+= 1
            case .unary:
                if step == 0 {
                    if !child(0, 1) { continue dispatch }
                    step = 1
                }
                if step == 1 {
                    sp &-= 1
                    let v = slots[sp]
                    location()
                    suspend(node, 2, resultAt: sp)
                    let r: Value
                    switch n.op {
                    case 0: r = try unaryOperation(.unaryNegative, v)
                    case 1: r = try unaryOperation(.unaryPositive, v)
                    case 2: r = try unaryOperation(.unaryInvert, v)
                    default: r = try truthResumable(v, then: .negate)
                    }
                    if case .unbound = r { return nil }
                    resumeHere()
                    slots[sp] = r
                    sp &+= 1
                }
            case .binary:
                if step == 0 {
                    if !child(0, 1) { continue dispatch }
                    step = 1
                }
                if step == 1 {
                    if !child(1, 2) { continue dispatch }
                    step = 2
                }
                if step == 2 {
                    let b = slots[sp - 1], a = slots[sp - 2]
                    sp &-= 2
                    let op = BinaryOpcode.decode(n.op)
                    if let r = types.fastBinary(self, op, a, b) {
                        slots[sp] = r
                        sp &+= 1
                        break
                    }
                    location()
                    suspend(node, 3, resultAt: sp)
                    let r = try binaryOperation(op, a, b, inplace: false)
                    if case .unbound = r { return nil }
                    resumeHere()
                    slots[sp] = r
                    sp &+= 1
                }
            case .compare, .identity, .contains:
                if step == 0 {
                    if !child(0, 1) { continue dispatch }
                    step = 1
                }
                if step == 1 {
                    if !child(1, 2) { continue dispatch }
                    step = 2
                }
                if step == 2 {
                    let b = slots[sp - 1], a = slots[sp - 2]
                    sp &-= 2
                    let r: Value
                    switch n.kind {
                    case .identity:
                        r = .bool(a.isIdentical(to: b) != (n.op == 1))
                    case .contains:
                        location()
                        suspend(node, 3, resultAt: sp)
                        r = try containsResumable(b, a, negate: n.op == 1)
                        if case .unbound = r { return nil }
                        resumeHere()
                    default:
                        let op = CompareOpcode.decode(n.op)
                        if let q = Self.fastCompare(op, a, b) {
                            r = .bool(q)
                        } else {
                            location()
                            suspend(node, 3, resultAt: sp)
                            r = try compareResumable(op, a, b)
                            if case .unbound = r { return nil }
                            resumeHere()
                        }
                    }
                    slots[sp] = r
                    sp &+= 1
                }
            case .and, .or:
                // step 2i: evaluate operand i; step 2i+1: test it.
                let isAnd = n.kind == .and
                var s = step
                while true {
                    let i = s >> 1
                    if s & 1 == 0 {
                        if !child(i, s + 1) { continue dispatch }
                        s += 1
                    }
                    if i == n.kidCount - 1 { break }
                    let v = slots[sp - 1]
                    let truth: Bool
                    if let b = Self.quickTruth(v) {
                        truth = b
                    } else {
                        location()
                        header.pointee.sp = Int32(truncatingIfNeeded: sp)
                        truth = try truthy(v)
                    }
                    if truth != isAnd { break }
                    sp &-= 1
                    s += 1
                }
            case .ifExp:
                if step == 0 {
                    if !child(0, 1) { continue dispatch }
                    step = 1
                }
                var truth: Bool
                if step == 1 {
                    sp &-= 1
                    let v = slots[sp]
                    if let b = Self.quickTruth(v) {
                        truth = b
                    } else {
                        location()
                        suspend(node, 2, resultAt: sp)
                        let r = try truthResumable(v, then: .negate)
                        if case .unbound = r { return nil }
                        resumeHere()
                        truth = !(r.asBool)
                    }
                } else if step == 2 {
                    sp &-= 1
                    truth = !slots[sp].asBool
                } else {
                    break   // step 3: the branch's value is on the stack
                }
                if !child(truth ? 1 : 2, 3) { continue dispatch }
            case .call:
                let last = n.kidCount
                var s = step
                while s < last {
                    if !child(s, s + 1) { continue dispatch }
                    s += 1
                }
                if s == last {
                    let base = sp - last
                    location()
                    suspend(node, last + 1, resultAt: base)
                    switch try treeCall(slots, types, base: base, argStart: base + 1, sp: sp) {
                    case .enteredTree: continue frames
                    case .leftFrame: return nil
                    case .value: resumeHere()
                    }
                    sp = base + 1
                }
            case .callMethod:
                // Steps: 0 object; 1 method lookup; 2... arguments; then the call.
                let last = n.kidCount + 1
                if step == 0 {
                    if !child(0, 1) { continue dispatch }
                    step = 1
                }
                if step == 1 {
                    let obj = slots[sp - 1]
                    let nameRef = n.pointee.name.unsafelyUnwrapped
                    var method: Value? = nil
                    if case .object(let r) = obj, let site = n.pointee.attributeCache {
                        method = nameRef._withUnsafeGuaranteedRef { name in
                            r.raw._withUnsafeGuaranteedRef { o in cachedMethod(o, site, name) }
                        }
                    }
                    let name = nameRef.takeUnretainedValue()
                    if method == nil { method = lookupMethod(obj, name) }
                    if let m = method {
                        slots[sp - 1] = m
                        slots[sp] = obj
                        sp &+= 1
                    } else {
                        // Not a plain method: [marker, attribute value, args...].
                        slots[sp - 1] = .unbound
                        location()
                        suspend(node, 2, resultAt: sp)
                        let v = try getAttributeResumable(obj, name)
                        if case .unbound = v { return nil }
                        resumeHere()
                        slots[sp] = v
                        sp &+= 1
                    }
                    step = 2
                }
                var s = step
                while s < last {
                    if !child(s - 1, s + 1) { continue dispatch }
                    s += 1
                }
                if s == last {
                    let base = sp - n.kidCount - 1
                    let marker = slots[base].isUnbound
                    location()
                    suspend(node, last + 1, resultAt: base)
                    switch try treeCall(slots, types, base: marker ? base + 1 : base, argStart: marker ? base + 2 : base + 1,
                                        sp: sp, resultAt: base) {
                    case .enteredTree: continue frames
                    case .leftFrame: return nil
                    case .value: resumeHere()
                    }
                    sp = base + 1
                }
            case .attr:
                if step == 0 {
                    if !child(0, 1) { continue dispatch }
                    step = 1
                }
                if step == 1 {
                    let obj = slots[sp - 1]
                    let nameRef = n.pointee.name.unsafelyUnwrapped
                    if case .object(let r) = obj, let site = n.pointee.attributeCache,
                       let v = nameRef._withUnsafeGuaranteedRef({ name in
                           r.raw._withUnsafeGuaranteedRef { o in cachedAttribute(o, obj, site, name) } }) {
                        slots[sp - 1] = v
                        break
                    }
                    let name = nameRef.takeUnretainedValue()
                    sp &-= 1
                    location()
                    suspend(node, 2, resultAt: sp)
                    let v = try getAttributeResumable(obj, name)
                    if case .unbound = v { return nil }
                    resumeHere()
                    slots[sp] = v
                    sp &+= 1
                }
            case .item:
                if step == 0 {
                    if !child(0, 1) { continue dispatch }
                    step = 1
                }
                if step == 1 {
                    if !child(1, 2) { continue dispatch }
                    step = 2
                }
                if step == 2 {
                    let index = slots[sp - 1], container = slots[sp - 2]
                    sp &-= 2
                    location()
                    suspend(node, 3, resultAt: sp)
                    let v = try getItemResumable(container, index)
                    if case .unbound = v { return nil }
                    resumeHere()
                    slots[sp] = v
                    sp &+= 1
                }
            case .tuple, .list:
                var s = step
                while s < n.kidCount {
                    if !child(s, s + 1) { continue dispatch }
                    s += 1
                }
                let count = n.kidCount
                let items = ContiguousArray(UnsafeBufferPointer(start: slots + sp - count, count: count))
                sp &-= count
                slots[sp] = n.kind == .tuple ? newTuple(items) : newList(items)
                sp &+= 1
            }

            // The node is done: go back to whoever is waiting for it.
            if wp == workEnd {
                // The body ran to its end: return None.
                if let inTree = returnPlainly(.none) {
                    if inTree { continue frames }
                    return nil
                }
                return try finishFrame(returning: .none, entryDepth: entryDepth)
            }
            (node, step) = Self.decodeWork(slots[wp])
            wp += 1
        }
      }
    }

    /// What a call from a tree frame did.
    enum TreeCallOutcome {
        /// The value is in the result slot.
        case value
        /// A frame was pushed (or the fiber changed): the run loop goes on.
        case leftFrame
        /// A tree function's frame was pushed: the tree loop goes on with it.
        case enteredTree
    }

    /// Calls the callable at `callee` with the arguments `argStart..<sp`; the result goes to
    /// `resultAt` (default: the callee's slot). When a frame is pushed, its value comes back to
    /// `frame.sp`, already set by the caller.
    @inline(__always)
    private func treeCall(_ slots: UnsafeMutablePointer<Value>, _ types: TreeTypes, base callee: Int, argStart: Int, sp: Int,
                          resultAt: Int? = nil) throws -> TreeCallOutcome {
        let callable = slots[callee]
        let target = resultAt ?? callee
        // A plain function called with exactly its positional parameters: a pooled frame and
        // the arguments copied in.
        if case .object(let r) = callable, r.hasExactType(types.function),
           fiberRef._withUnsafeGuaranteedRef({ $0.frames.count }) < recursionLimit {
            let n = sp - argStart
            var isTree = false
            let pushed = r.raw._withUnsafeGuaranteedRef { o -> Unmanaged<Frame>? in
                let fn = unsafeDowncast(o, to: FunctionObj.self)
                return Unmanaged.passUnretained(fn.code)._withUnsafeGuaranteedRef { fcode -> Unmanaged<Frame>? in
                    guard fcode.isSimpleCall && n == fcode.argCount else { return nil }
                    isTree = fcode.treeRoot != nil
                    let f = makeFrameOwned(fcode)
                    f._withUnsafeGuaranteedRef { f in
                        let dst = f.slots
                        for i in 0..<n { dst[i] = slots[argStart + i] }
                        if fcode.freeCount > 0 || !fcode.cellSlots.isEmpty { setUpCells(f, fn) }
                    }
                    return f
                }
            }
            if let pushed {
                fiberRef._withUnsafeGuaranteedRef { $0.frames.push(owned: pushed) }
                return isTree ? .enteredTree : .leftFrame
            }
        }
        let args = UnsafeMutableBufferPointer(start: slots + argStart, count: sp - argStart)
        let r = try invoke(callable, args: args, kwNames: nil, action: .push)
        if case .unbound = r { return .leftFrame }
        slots[target] = r
        return .value
    }

    // MARK: - Direct evaluation

    /// Runs a statement that needs no script code to completion; false (having done nothing)
    /// when it must go by steps.
    @inline(__always)
    private func tryStatementDirectly(_ n: NodeRef, _ cx: TreeContext) -> Bool {
        let slots = cx.slots
        do {
            switch n.kind {
            case .storeLocal:
                guard let v = operand(n.kid(0), cx) else { return false }
                slots[Int(n.op)] = v
                return true
            case .augLocal:
                guard let b = operand(n.kid(0), cx),
                      let r = cx.types.fastBinary(self, BinaryOpcode.decode(n.op2), slots[Int(n.op)], b) else { return false }
                slots[Int(n.op)] = r
                return true
            case .exprStmt:
                return operand(n.kid(0), cx) != nil
            default:
                return false
            }
        }
    }

    /// `direct` for an operand, with locals and constants inline (most operands are).
    @inline(__always)
    private func operand(_ n: NodeRef, _ cx: TreeContext) -> Value? {
        switch n.kind {
        case .local:
            let v = cx.slots[Int(n.op)]
            if case .unbound = v { return nil }
            return v
        case .constant:
            return n.pointee.value
        default:
            return n.directable ? direct(n, cx) : nil
        }
    }

    /// The value of an expression that needs no script code, or nil (having done nothing
    /// visible) when it must go by steps.
    private func direct(_ n: NodeRef, _ cx: TreeContext) -> Value? {
        let slots = cx.slots
        do {
            switch n.kind {
            case .constant:
                return n.pointee.value
            case .local:
                let v = slots[Int(n.op)]
                if case .unbound = v { return nil }
                return v
            case .global:
                return cachedGlobal(n.pointee.globalCache.unsafelyUnwrapped, cx.globals)
            case .binary:
                guard let a = operand(n.kid(0), cx), let b = operand(n.kid(1), cx) else { return nil }
                return cx.types.fastBinary(self, BinaryOpcode.decode(n.op), a, b)
            case .compare:
                guard let a = operand(n.kid(0), cx), let b = operand(n.kid(1), cx),
                      let r = Self.fastCompare(CompareOpcode.decode(n.op), a, b) else { return nil }
                return .bool(r)
            case .unary:
                guard let v = direct(n.kid(0), cx) else { return nil }
                switch (n.op, v) {
                case (0, .int(let i)) where i != Int.min: return .int(-i)
                case (0, .float(let d)): return .float(-d)
                case (3, _):
                    guard let b = Self.quickTruth(v) else { return nil }
                    return .bool(!b)
                default: return nil
                }
            case .item:
                guard let c = direct(n.kid(0), cx), let i = direct(n.kid(1), cx) else { return nil }
                if case .object(let r) = c, case .int(let k) = i, r.hasExactType(cx.types.list) {
                    return r.raw._withUnsafeGuaranteedRef { o in unsafeDowncast(o, to: ListObj.self).item(at: k) }
                }
                return nil
            case .attr:
                guard let obj = direct(n.kid(0), cx), case .object(let r) = obj,
                      let site = n.pointee.attributeCache else { return nil }
                return n.pointee.name.unsafelyUnwrapped._withUnsafeGuaranteedRef { name in
                    r.raw._withUnsafeGuaranteedRef { o in cachedAttribute(o, obj, site, name) }
                }
            default:
                return nil
            }
        }
    }

    // MARK: - Small helpers

    /// Truth of values that have no `__bool__` to call.
    @inline(__always)
    static func quickTruth(_ v: Value) -> Bool? {
        switch v {
        case .bool(let b): return b
        case .none: return false
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        default: return nil
        }
    }

    /// Comparisons of two ints or two floats.
    @inline(__always)
    static func fastCompare(_ op: CompareOpcode, _ a: Value, _ b: Value) -> Bool? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return op.compare(x, y)
        case (.float(let x), .float(let y)):
            switch op {
            case .lt: return x < y
            case .le: return x <= y
            case .eq: return x == y
            case .ne: return x != y
            case .gt: return x > y
            case .ge: return x >= y
            }
        default: return nil
        }
    }

    @inline(__always)
    static func encodeWork(_ n: NodeRef, _ step: Int) -> Value {
        .int(Int(bitPattern: UInt(bitPattern: n)) << 16 | step)
    }

    @inline(__always)
    static func decodeWork(_ v: Value) -> (NodeRef, Int) {
        guard case .int(let x) = v else { preconditionFailure("corrupt tree work stack") }
        return (NodeRef(bitPattern: x >> 16).unsafelyUnwrapped, x & 0xFFFF)
    }

    func unboundLocalError(_ code: CodeObj, _ slot: Int) -> PyError {
        error(types.exceptions.unboundLocalError,
              "cannot access local variable '\(code.varNames[slot])' where it is not associated with a value")
    }
}

/// What direct evaluation reads besides the node: the frame's slots, its globals and the
/// classes the fast paths compare against.
struct TreeContext {
    let slots: UnsafeMutablePointer<Value>
    let globals: Unmanaged<DictObj>
    let types: TreeTypes
}

/// The classes the evaluator's fast paths compare against, read once by the run loop (loading
/// them from `Interpreter.types` paid reference counting at each use).
struct TreeTypes {
    let str: Unmanaged<TypeObj>
    let list: Unmanaged<TypeObj>
    let function: Unmanaged<TypeObj>

    init(str: TypeObj, list: TypeObj, function: TypeObj) {
        self.str = Unmanaged.passUnretained(str)
        self.list = Unmanaged.passUnretained(list)
        self.function = Unmanaged.passUnretained(function)
    }

    @inline(__always)
    func fastBinary(_ interp: Interpreter, _ op: BinaryOpcode, _ a: Value, _ b: Value) -> Value? {
        str._withUnsafeGuaranteedRef { interp.fastBinary(op, a, b, strType: $0) }
    }
}

extension Ref {
    /// `hasExactType` for a class held unmanaged (no reference counting on either side).
    @inline(__always) func hasExactType(_ t: Unmanaged<TypeObj>) -> Bool {
        raw._withUnsafeGuaranteedRef { o in t._withUnsafeGuaranteedRef { o.type === $0 } }
    }
}

private extension Value {
    /// The payload of a `.bool` (the truth continuations push bools).
    var asBool: Bool {
        if case .bool(let b) = self { return b }
        return false
    }
}
