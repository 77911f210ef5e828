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
      // Where the frame is (its continuation's registers), declared once per call. A local
      // function below that stays out of line must not capture them (see inplaceOperator):
      // the optimizer then kept them in heap boxes, three allocations per frame started.
      var sp = 0, wp = 0, step = 0
      var node = fiberRef._withUnsafeGuaranteedRef { $0.frames.top._withUnsafeGuaranteedRef { $0.code.treeRoot.unsafelyUnwrapped } }
      frames: while true {
        let frameRef = fiberRef._withUnsafeGuaranteedRef { $0.frames.top }
        unowned(unsafe) let code = frameRef._withUnsafeGuaranteedRef { $0.code }
        // The header and slots through pointers: property access on the frame object paid
        // reference counting in this loop.
        let header = frameRef._withUnsafeGuaranteedRef { $0.withUnsafeMutablePointerToHeader { $0 } }
        let slots = frameRef._withUnsafeGuaranteedRef { $0.slots }
        let workSlot = code.treeWorkSlot
        let workEnd = code.treeWorkEnd
        let cx = TreeContext(slots: slots, globals: code.globalsRef.unsafelyUnwrapped, types: types, header: header)
        sp = Int(header.pointee.sp)
        if sp == workSlot {
            // A fresh frame: the work stack is empty, the body starts.
            sp = workSlot + 1
            wp = workEnd
            node = code.treeRoot.unsafelyUnwrapped
            step = 0
        } else if sp == workSlot + 1, case .pyNone = slots[workSlot] {
            // A generator's first resume pushed the value sent in (None) where the work
            // pointer goes: it is dropped, and the body starts.
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

        @inline(__always) func frame() -> Frame { frameRef.takeUnretainedValue() }
        /// Whether the frame now on top of the fiber runs on the tree (this loop goes on with it).
        @inline(__always) func topIsTree() -> Bool {
            fiberRef._withUnsafeGuaranteedRef { $0.frames.top._withUnsafeGuaranteedRef { $0.code.treeRoot != nil } }
        }

        /// Leaving a block early (return, break, continue) runs the `finally` blocks and
        /// `__exit__`s on the way, innermost first: when one is found, the work stack is cut
        /// back to it, `pending` (what to do afterwards) is pushed under its block, and true is
        /// returned with the block set to run. `upTo`: the loop a break/continue stops at.
        func startCleanup(pending: [Value], upTo loop: NodeRef?) -> Bool {
            var i = wp
            while i < workEnd {
                let (m, st) = Self.decodeWork(slots[i])
                if let loop, m == loop { return false }
                if m.kind == .tryStmt && (st == 1 || st == 2 || st >= 100) {
                    if st >= 100 {
                        // Leaving a handler: its exception is no longer handled.
                        fiber.handled = frame().popSavedException()
                        clearHandlerName(m.kid(1 + st - 100), slots)
                        slots[i] = Self.encodeWork(m, 6)
                    }
                    if m.op2 & 2 != 0 {
                        let base = Int(m.depth)
                        for (k, v) in pending.enumerated() { slots[base + k] = v }
                        sp = base + 3       // the finally block's values start above the 3 pending slots
                        wp = i
                        slots[wp] = Self.encodeWork(m, 5)
                        node = m.kid(m.kidCount - 1); step = 0
                        return true
                    }
                } else if m.kind == .withStmt && st == 3 {
                    let base = Int(m.depth)
                    for (k, v) in pending.enumerated() { slots[base + 1 + k] = v }
                    sp = base + 4
                    wp = i + 1
                    node = m; step = 6
                    return true
                }
                i += 1
            }
            return false
        }

        dispatch: while true {
            let n = node
            assert(sp <= wp && wp <= workEnd, "tree frame overflow in \(code.qualname)")
            // Evaluates child `i` onto the value stack: directly when it can, else by descending
            // into it with this node's item saved to come back at `next`. True when the value
            // is already there.
            @inline(__always) func child(_ i: Int, _ next: Int) -> Bool { evaluate(n.kid(i), next) }
            @inline(__always) func evaluate(_ c: NodeRef, _ next: Int) -> Bool {
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
                    case .global:
                        guard let v = cachedGlobal(c.pointee.globalCache.unsafelyUnwrapped, cx.globals) else { break }
                        slots[sp] = v
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
            // Where the frame is, for tracebacks and for an exception's handler search.
            // `a op= b` with [a, b] on top: the result replaces them. False when a dunder's frame
            // was pushed (its value comes back at `next`).
            // The registers are arguments: the optimizer keeps this function out of line, and
            // capturing them made it box them (three allocations each time a frame started).
            @inline(__always) func inplaceOperator(_ next: Int, _ sp: inout Int, _ wp: inout Int) throws -> Bool {
                let b = slots[sp - 1], a = slots[sp - 2]
                sp &-= 2
                let op = BinaryOpcode.decode(n.op2)
                var r: Value
                if let fast = types.fastBinary(self, op, a, b) {
                    r = fast
                } else {
                    // location() and suspend(n, next, resultAt: sp), on the arguments.
                    header.pointee.location = n.loc &+ 1
                    wp -= 1
                    slots[wp] = Self.encodeWork(n, next)
                    slots[workSlot] = .int(wp)
                    header.pointee.sp = Int32(truncatingIfNeeded: sp)
                    r = try binaryOperation(op, a, b, inplace: true)
                    if case .unbound = r { return false }
                    wp += 1
                }
                slots[sp] = r
                sp &+= 1
                return true
            }
            @inline(__always) func location() {
                header.pointee.location = n.loc &+ 1
                header.pointee.sp = Int32(truncatingIfNeeded: sp)
                slots[workSlot] = .int(wp)
            }

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
                    // The last statement runs in the block's place: nothing to come back to
                    // (`TreeNode.workNeed` counts on it).
                    if i + 1 < n.kidCount {
                        wp -= 1
                        slots[wp] = Self.encodeWork(node, i + 1)
                    }
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
                    // `if a < b` on ints or floats: compared in place, no bool pushed.
                    if let truth = quickTest(n.kid(0), cx) {
                        if truth {
                            node = Self.soleStatement(n.kid(1)); step = 0
                            continue dispatch
                        }
                        if n.kidCount > 2 {
                            node = Self.soleStatement(n.kid(2)); step = 0
                            continue dispatch
                        }
                        break
                    }
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
                        let r = try notResumable(v)
                        if case .unbound = r { return nil }
                        resumeHere()
                        truth = !(r.asBool)
                    }
                    if truth {
                        node = Self.soleStatement(n.kid(1)); step = 0
                        continue dispatch   // nothing to come back to: the if is done after it
                    }
                    if n.kidCount > 2 {
                        node = Self.soleStatement(n.kid(2)); step = 0
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
                    // The loop's safe point: Ctrl-C, the host's budgets, the collector.
                    if interruptPending || budgetTick() {
                        location()
                        try atSafePoint()
                    }
                    if heap.isDue {
                        location()
                        collectIfDue()
                    }
                }
                var truth: Bool
                if step == 0, let t = quickTest(n.kid(0), cx) {
                    truth = t
                } else if step == 0 || step == 1 {
                    if step == 0 {
                        if !child(0, 1) { continue dispatch }
                    }
                    sp &-= 1
                    let v = slots[sp]
                    if let b = Self.quickTruth(v) {
                        truth = b
                    } else {
                        location()
                        suspend(node, 2, resultAt: sp)
                        let r = try notResumable(v)
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
            case .forLocal, .forTarget:
                let iterSlot = Int(n.depth)
                let isTarget = n.kind == .forTarget
                let bodyIndex = isTarget ? 2 : 1
                if step == 5 {
                    // forTarget: the item is stored; the body runs.
                    wp -= 1
                    slots[wp] = Self.encodeWork(node, 2)
                    node = n.kid(bodyIndex); step = 0
                    continue dispatch
                }
                if step == 0 {
                    if !child(0, 1) { continue dispatch }
                    step = 1
                }
                // A comprehension's first loop: `.0` is already an iterator.
                if step == 1 && n.op2 != 0 { step = 2 }
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
                    if interruptPending || budgetTick() {
                        location()
                        try atSafePoint()
                    }
                    if heap.isDue {
                        location()
                        collectIfDue()
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
                        if case .object(let r) = it, resumeForIterFast(r) {
                            if topIsTree() { continue frames }     // a tree generator: this loop runs it
                            return nil
                        }
                        let next: Value?
                        if case .object(let r) = it, let iter = r.obj as? IteratorObj {
                            if case .script(let g) = iter.kind {
                                next = try forIterResumable(Value(g))
                            } else {
                                next = try nextFromBuiltinIterator(iter)
                            }
                        } else {
                            next = try forIterResumable(it)
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
                    if isTarget {
                        wp -= 1
                        slots[wp] = Self.encodeWork(node, 5)
                        node = n.kid(1); step = 0
                        continue dispatch
                    }
                    sp &-= 1
                    slots[Int(n.op)] = slots[sp]
                    wp -= 1
                    slots[wp] = Self.encodeWork(node, 2)
                    node = n.kid(1); step = 0
                    continue dispatch
                }
                if n.kidCount > bodyIndex + 1 {
                    node = n.kid(bodyIndex + 1); step = 0
                    continue dispatch
                }
            case .breakStmt, .continueStmt:
                let loop = n.pointee.loop.unsafelyUnwrapped
                let target = loop
                if code.treeHasCleanups && startCleanup(pending: [.int(3), Self.nodeValue(node)], upTo: loop) {
                    continue dispatch
                }
                // Drop the work of the statements inside the loop, up to the loop's own item.
                while wp < workEnd {
                    let (m, _) = Self.decodeWork(slots[wp])
                    wp += 1
                    if m == target { break }
                }
                // Back to the loop's stack level (a handler or with block may have left values):
                // the iterator stays for `continue`.
                let isFor = loop.kind == .forLocal || loop.kind == .forTarget
                if n.kind == .continueStmt {
                    sp = Int(loop.depth) + (isFor ? 1 : 0)
                    node = target
                    step = isFor ? 2 : 0
                    continue dispatch
                }
                // `break`: the loop is done, its else block skipped.
                sp = Int(loop.depth)
            case .returnStmt:
                if step == 0 {
                    if !child(0, 1) { continue dispatch }
                }
                let result = slots[sp - 1]
                if code.treeHasCleanups && startCleanup(pending: [.int(2), Self.nodeValue(node), result], upTo: nil) {
                    continue dispatch
                }
                if let inTree = returnPlainly(result) {
                    if inTree { continue frames }
                    return nil
                }
                return try finishFrame(returning: result, entryDepth: entryDepth)
            case .tryStmt:
                let handlerCount = Int(n.op)
                let hasFinally = n.op2 & 2 != 0
                let elseIndex = 1 + handlerCount
                let finallyIndex = elseIndex + (n.op2 & 1 != 0 ? 1 : 0)
                let base = Int(n.depth)
                var normalEnd = false
                switch step {
                case 0:
                    // The item (try, 1) marks the body as protected by the handlers.
                    wp -= 1
                    slots[wp] = Self.encodeWork(node, 1)
                    node = n.kid(0); step = 0
                    continue dispatch
                case 1:
                    if n.op2 & 1 != 0 {
                        wp -= 1
                        slots[wp] = Self.encodeWork(node, 2)
                        node = n.kid(elseIndex); step = 0
                        continue dispatch
                    }
                    normalEnd = true
                case 2:
                    normalEnd = true
                case 5:
                    // The finally block ran: do what was pending.
                    location()
                    let (next, nextStep) = try finishPending(at: base)
                    sp = base
                    if let next {
                        if nextStep == 1 {
                            slots[sp] = slots[base + 2]
                            sp &+= 1
                        }
                        node = next; step = nextStep
                        continue dispatch
                    }
                    break
                case 10..<100:
                    // Matching handler (step - 10) / 2 against the exception at `base`.
                    let i = (step - 10) >> 1
                    let exc = slots[base]
                    if i >= handlerCount {
                        // No handler matched: on to the finally block, or out.
                        sp = base
                        guard case .object(let r) = exc, let e = r.obj as? ExceptionObj else { break }
                        if hasFinally {
                            frame().saveException(fiber.handled)
                            fiber.handled = exc
                            slots[base] = .int(1)
                            slots[base + 1] = exc
                            sp = base + 3
                            wp -= 1
                            slots[wp] = Self.encodeWork(node, 5)
                            node = n.kid(finallyIndex); step = 0
                            continue dispatch
                        }
                        location()
                        throw Reraise(exception: e)
                    }
                    let h = n.kid(1 + i)
                    var matched = true
                    if h.op & 1 != 0 {
                        if step & 1 == 0 {
                            if !evaluate(h.kid(0), step + 1) { continue dispatch }
                        }
                        sp &-= 1
                        location()
                        header.pointee.sp = Int32(truncatingIfNeeded: sp)
                        matched = try exceptionMatches(exc, slots[sp])
                    }
                    if !matched {
                        node = n; step = 10 + 2 * (i + 1)
                        continue dispatch
                    }
                    frame().saveException(fiber.handled)
                    fiber.handled = exc
                    wp -= 1
                    slots[wp] = Self.encodeWork(node, 100 + i)
                    if h.op & 2 != 0 {
                        slots[sp] = exc
                        sp &+= 1
                    }
                    node = h; step = 0
                    continue dispatch
                default:
                    // step 100 + i: handler i finished.
                    fiber.handled = frame().popSavedException()
                    clearHandlerName(n.kid(1 + step - 100), slots)
                    sp = base
                    normalEnd = true
                }
                if normalEnd && hasFinally {
                    slots[base] = .int(0)
                    sp = base + 3
                    wp -= 1
                    slots[wp] = Self.encodeWork(node, 5)
                    node = n.kid(finallyIndex); step = 0
                    continue dispatch
                }
            case .handler:
                let hasType = n.op & 1 != 0
                let targetIndex = hasType ? 1 : 0
                if step == 0 && n.op & 2 != 0 {
                    wp -= 1
                    slots[wp] = Self.encodeWork(node, 1)
                    node = n.kid(targetIndex); step = 0
                    continue dispatch
                }
                node = n.kid(n.op & 2 != 0 ? targetIndex + 1 : targetIndex); step = 0
                continue dispatch
            case .withStmt:
                // [exit, entered] -> body -> exit(None, None, None)
                let base = Int(n.depth)
                let hasTarget = n.op & 1 != 0
                switch step {
                case 0, 1:
                    if step == 0 {
                        if !child(0, 1) { continue dispatch }
                    }
                    let mgr = slots[base]
                    location()
                    header.pointee.sp = Int32(truncatingIfNeeded: sp)
                    let exit = try lookupSpecialOrFail(mgr, names.__exit__, protocol: "context manager", missing: "__exit__")
                    let enter = try lookupSpecialOrFail(mgr, names.__enter__, protocol: "context manager", missing: "__enter__")
                    slots[base] = exit
                    sp = base + 1
                    suspend(node, 2, resultAt: sp)
                    let r = try callResumable(enter, [])
                    if case .unbound = r { return nil }
                    resumeHere()
                    slots[sp] = r
                    sp &+= 1
                    fallthrough
                case 2:
                    if hasTarget {
                        wp -= 1
                        slots[wp] = Self.encodeWork(node, 8)
                        node = n.kid(1); step = 0
                        continue dispatch
                    }
                    sp &-= 1
                    fallthrough
                case 8:
                    wp -= 1
                    slots[wp] = Self.encodeWork(node, 3)
                    node = n.kid(hasTarget ? 2 : 1); step = 0
                    continue dispatch
                case 3, 6:
                    // The body ended (3), or is being left by return/break/continue (6).
                    location()
                    suspend(node, step == 3 ? 9 : 7, resultAt: sp)
                    let r = try callResumable(slots[base], [.pyNone, .pyNone, .pyNone])
                    if case .unbound = r { return nil }
                    resumeHere()
                    slots[sp] = r
                    sp &+= 1
                    if step == 6 {
                        step = 7
                        continue dispatch
                    }
                    sp = base
                case 9:
                    sp = base
                case 7:
                    // exit() returned: do what was pending.
                    location()
                    let (next, nextStep) = try finishPending(at: base + 1)
                    if let next {
                        let v = slots[base + 3]
                        sp = base
                        if nextStep == 1 {
                            slots[sp] = v
                            sp &+= 1
                        }
                        node = next; step = nextStep
                        continue dispatch
                    }
                    sp = base
                case 4:
                    // The body raised: [exit, exception] -> exit(type, exception, traceback).
                    let exc = slots[base + 1]
                    guard case .object(let r) = exc, let e = r.obj as? ExceptionObj else { break }
                    location()
                    suspend(node, 5, resultAt: base + 2)
                    let res = try callResumable(slots[base], [Value(e.type), exc, tracebackObject(for: e)])
                    if case .unbound = res { return nil }
                    resumeHere()
                    slots[base + 2] = res
                    sp = base + 3
                    fallthrough
                default:
                    // step 5: exit() answered; a true value swallows the exception.
                    let res = slots[base + 2]
                    let exc = slots[base + 1]
                    location()
                    header.pointee.sp = Int32(truncatingIfNeeded: sp)
                    let swallow = try Self.quickTruth(res) ?? truthy(res)
                    fiber.handled = frame().popSavedException()
                    sp = base
                    if !swallow, case .object(let r) = exc, let e = r.obj as? ExceptionObj {
                        throw Reraise(exception: e)
                    }
                }

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
                    case 0: r = try unaryOperation(.negative, v)
                    case 1: r = try unaryOperation(.positive, v)
                    case 2: r = try unaryOperation(.invert, v)
                    default: r = try notResumable(v)
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
                        let r = try notResumable(v)
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
                    switch try treeCall(slots, types, base: base, argStart: base + 1, sp: sp, kwNames: n.keywordNames) {
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
                                        sp: sp, resultAt: base, kwNames: n.keywordNames) {
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
            case .assign:
                var s = step
                if s == 0 {
                    if !child(0, 1) { continue dispatch }
                    s = 1
                }
                if s < n.kidCount {
                    // Every target but the last takes a copy of the value.
                    if s < n.kidCount - 1 {
                        slots[sp] = slots[sp - 1]
                        sp &+= 1
                    }
                    wp -= 1
                    slots[wp] = Self.encodeWork(node, s + 1)
                    node = n.kid(s); step = 0
                    continue dispatch
                }
            case .targetLocal:
                sp &-= 1
                slots[Int(n.op)] = slots[sp]
            case .targetGlobal:
                sp &-= 1
                let v = slots[sp]
                n.pointee.name.unsafelyUnwrapped._withUnsafeGuaranteedRef { name in code.globals.setString(name, v) }
            case .targetAttr:
                if step == 0 {
                    if !child(0, 1) { continue dispatch }
                    step = 1
                }
                if step == 1 {
                    let obj = slots[sp - 1], value = slots[sp - 2]
                    sp &-= 2
                    if case .object(let r) = obj, let site = n.pointee.attributeCache,
                       n.pointee.name.unsafelyUnwrapped._withUnsafeGuaranteedRef({ name in
                           r.raw._withUnsafeGuaranteedRef { o in cachedStoreAttribute(o, value, site, name) } }) {
                        break
                    }
                    location()
                    suspend(node, 2, resultAt: sp)
                    if try setAttributeResumable(obj, n.pointee.name.unsafelyUnwrapped.takeUnretainedValue(), value) { return nil }
                    resumeHere()
                }
            case .targetItem, .delItem:
                var s = step
                while s < 2 {
                    if !child(s, s + 1) { continue dispatch }
                    s += 1
                }
                if s == 2 {
                    let index = slots[sp - 1], container = slots[sp - 2]
                    location()
                    if n.kind == .delItem {
                        sp &-= 2
                        suspend(node, 3, resultAt: sp)
                        if try deleteItemResumable(container, index) { return nil }
                        resumeHere()
                        break
                    }
                    let value = slots[sp - 3]
                    sp &-= 3
                    suspend(node, 3, resultAt: sp)
                    if try setItemResumable(container, index, value) { return nil }
                    resumeHere()
                }
            case .targetUnpack:
                if step == 0 {
                    sp &-= 1
                    let v = slots[sp]
                    let count = n.kidCount
                    // An exact tuple or list of the right length is read in place (the first
                    // target's value ends on top).
                    let dst = slots + sp
                    var done = false
                    if n.op2 == 0, case .object(let r) = v {
                        done = r.raw._withUnsafeGuaranteedRef { o -> Bool in
                            @inline(__always) func copy(_ b: UnsafeBufferPointer<Value>) -> Bool {
                                guard b.count == count else { return false }
                                for i in 0..<count { dst[i] = b[count - 1 - i] }
                                return true
                            }
                            if type(of: o) == TupleObj.self { return unsafeDowncast(o, to: TupleObj.self).items.withUnsafeBufferPointer(copy) }
                            if type(of: o) == ListObj.self { return unsafeDowncast(o, to: ListObj.self).items.withUnsafeBufferPointer(copy) }
                            return false
                        }
                    }
                    if done {
                        sp &+= count
                    } else {
                        location()
                        let items = try unpackForAssignment(v, count: count, starred: Int(n.op2) - 1)
                        for i in 0..<items.count { slots[sp + i] = items[items.count - 1 - i] }
                        sp &+= items.count
                    }
                    step = 1
                }
                if step <= n.kidCount {
                    wp -= 1
                    slots[wp] = Self.encodeWork(node, step + 1)
                    node = n.kid(step - 1); step = 0
                    continue dispatch
                }
            case .augGlobal:
                let nameRef = n.pointee.name.unsafelyUnwrapped
                if step == 0 {
                    location()
                    guard let cur = lookupGlobal(n.pointee.globalCache.unsafelyUnwrapped, nameRef.takeUnretainedValue(), code.globals) else {
                        throw nameError("name '\(nameRef.takeUnretainedValue().value)' is not defined")
                    }
                    slots[sp] = cur
                    sp &+= 1
                    step = 1
                }
                if step == 1 {
                    if !child(0, 2) { continue dispatch }
                    step = 2
                }
                if step == 2 {
                    if try !inplaceOperator(3, &sp, &wp) { return nil }
                }
                sp &-= 1
                let v = slots[sp]
                nameRef._withUnsafeGuaranteedRef { name in code.globals.setString(name, v) }
            case .augAttr:
                // [object] -> [object, current] -> [object, current, value] -> [object, result]
                let nameRef = n.pointee.name.unsafelyUnwrapped
                if step == 0 {
                    if !child(0, 1) { continue dispatch }
                    step = 1
                }
                if step == 1 {
                    let obj = slots[sp - 1]
                    if case .object(let r) = obj, let site = n.pointee.attributeCache,
                       let v = nameRef._withUnsafeGuaranteedRef({ name in
                           r.raw._withUnsafeGuaranteedRef { o in cachedAttribute(o, obj, site, name) } }) {
                        slots[sp] = v
                        sp &+= 1
                        step = 2
                    }
                }
                if step == 1 {
                    let obj = slots[sp - 1]
                    location()
                    suspend(node, 2, resultAt: sp)
                    let cur = try getAttributeResumable(obj, nameRef.takeUnretainedValue())
                    if case .unbound = cur { return nil }
                    resumeHere()
                    slots[sp] = cur
                    sp &+= 1
                    step = 2
                }
                if step == 2 {
                    if !child(1, 3) { continue dispatch }
                    step = 3
                }
                if step == 3 {
                    if try !inplaceOperator(4, &sp, &wp) { return nil }
                    step = 4
                }
                if step == 4 {
                    let r = slots[sp - 1], obj = slots[sp - 2]
                    sp &-= 2
                    if case .object(let o) = obj, let site = n.pointee.attributeCache,
                       nameRef._withUnsafeGuaranteedRef({ name in
                           o.raw._withUnsafeGuaranteedRef { x in cachedStoreAttribute(x, r, site, name) } }) {
                        break
                    }
                    location()
                    suspend(node, 5, resultAt: sp)
                    if try setAttributeResumable(obj, nameRef.takeUnretainedValue(), r) { return nil }
                    resumeHere()
                }
            case .augItem:
                // [container, index] -> [.., current] -> [.., current, value] -> [.., result]
                var s = step
                while s < 2 {
                    if !child(s, s + 1) { continue dispatch }
                    s += 1
                }
                if s == 2 {
                    // list[int] op= value with a machine result: in place, no dunder.
                    if case .object(let r) = slots[sp - 2], case .int(let i) = slots[sp - 1], r.hasExactType(types.list),
                       let b = direct(n.kid(2), cx) {
                        let op = BinaryOpcode.decode(n.op2)
                        let done = r.raw._withUnsafeGuaranteedRef { o -> Bool in
                            let list = unsafeDowncast(o, to: ListObj.self)
                            let j = i < 0 ? i + list.items.count : i
                            guard j >= 0 && j < list.items.count,
                                  let result = types.fastBinary(self, op, list.items[j], b) else { return false }
                            list.items[j] = result
                            return true
                        }
                        if done {
                            sp &-= 2
                            break
                        }
                    }
                    location()
                    suspend(node, 3, resultAt: sp)
                    let cur = try getItemResumable(slots[sp - 2], slots[sp - 1])
                    if case .unbound = cur { return nil }
                    resumeHere()
                    slots[sp] = cur
                    sp &+= 1
                    s = 3
                }
                if s == 3 {
                    if !child(2, 4) { continue dispatch }
                    s = 4
                }
                if s == 4 {
                    if try !inplaceOperator(5, &sp, &wp) { return nil }
                    s = 5
                }
                if s == 5 {
                    let r = slots[sp - 1], index = slots[sp - 2], container = slots[sp - 3]
                    sp &-= 3
                    location()
                    suspend(node, 6, resultAt: sp)
                    if try setItemResumable(container, index, r) { return nil }
                    resumeHere()
                }
            case .raise:
                var s = step
                while s < n.kidCount {
                    if !child(s, s + 1) { continue dispatch }
                    s += 1
                }
                location()
                header.pointee.sp = Int32(truncatingIfNeeded: sp)
                try raiseStatement(operands: n.kidCount, slots + sp)
            case .assert:
                if step == 0 {
                    if !child(0, 1) { continue dispatch }
                    step = 1
                }
                if step == 1 {
                    sp &-= 1
                    let v = slots[sp]
                    location()
                    header.pointee.sp = Int32(truncatingIfNeeded: sp)
                    if try Self.quickTruth(v) ?? truthy(v) { break }
                    if n.kidCount > 1, !child(1, 2) { continue dispatch }
                }
                location()
                var args: [Value] = []
                if n.kidCount > 1 {
                    sp &-= 1
                    args.append(slots[sp])
                }
                header.pointee.sp = Int32(truncatingIfNeeded: sp)
                throw PyError(try makeRaisable(try call(Value(self.types.exceptions.assertionError), args)))
            case .delLocal:
                if case .unbound = slots[Int(n.op)] {
                    location()
                    throw unboundLocalError(code, Int(n.op))
                }
                slots[Int(n.op)] = .unbound
            case .delGlobal:
                let name = n.pointee.name.unsafelyUnwrapped.takeUnretainedValue()
                if code.globals.removeString(name) == nil {
                    location()
                    throw nameError("name '\(name.value)' is not defined")
                }
            case .delAttr:
                if step == 0 {
                    if !child(0, 1) { continue dispatch }
                }
                sp &-= 1
                location()
                header.pointee.sp = Int32(truncatingIfNeeded: sp)
                try deleteAttribute(slots[sp], n.pointee.name.unsafelyUnwrapped.takeUnretainedValue())
            case .chain:
                // [a, b] compared into [a, b, result]; b moves down for the next comparison.
                let base = Int(n.depth)
                var s = step
                if s == 0 {
                    if !child(0, 1) { continue dispatch }
                    s = 1
                }
                while true {
                    let k = (s - 1) >> 1
                    if s & 1 == 1 {
                        if sp == base + 1 {
                            if !child(k + 1, s) { continue dispatch }
                        }
                        let a = slots[base], b = slots[base + 1]
                        // Eight 4-bit codes in `op`, the next eight in `op2`.
                        let packed = k < 8 ? n.op : n.op2
                        let code = Int((packed >> (4 * Int32(k & 7))) & 15)
                        let r: Value
                        if code < 6, let q = Self.fastCompare(CompareOpcode.decode(Int32(code)), a, b) {
                            r = .bool(q)
                        } else {
                            location()
                            suspend(node, s + 1, resultAt: base + 2)
                            r = try compareByCode(code, a, b)
                            if case .unbound = r { return nil }
                            resumeHere()
                        }
                        slots[base + 2] = r
                        sp = base + 3
                        s += 1
                    }
                    let r = slots[base + 2]
                    let last = k + 2 == n.kidCount
                    if last {
                        slots[base] = r
                        sp = base + 1
                        break
                    }
                    location()
                    header.pointee.sp = Int32(truncatingIfNeeded: sp)
                    if !(try Self.quickTruth(r) ?? truthy(r)) {
                        slots[base] = r
                        sp = base + 1
                        break
                    }
                    slots[base] = slots[base + 1]
                    sp = base + 1
                    s += 1
                }
            case .dict, .set, .slice, .fstring:
                var s = step
                if s > n.kidCount { break }     // made by a _baozi_hashing helper
                while s < n.kidCount {
                    if !child(s, s + 1) { continue dispatch }
                    s += 1
                }
                let count = n.kidCount
                let first = sp - count
                location()
                header.pointee.sp = Int32(truncatingIfNeeded: sp)
                if n.kind == .dict || n.kind == .set, let helper = displayHelper(isDict: n.kind == .dict, slots + first, count: count) {
                    let items = newList(ContiguousArray(UnsafeBufferPointer(start: slots + first, count: count)))
                    sp = first
                    suspend(node, count + 1, resultAt: sp)
                    let made = try callHashingHelperResumable(helper, [items])
                    if case .unbound = made { return nil }
                    resumeHere()
                    slots[sp] = made
                    sp &+= 1
                    break
                }
                let made: Value
                switch n.kind {
                case .dict:
                    let d = newDictObj()
                    for i in stride(from: 0, to: count, by: 2) { try d.set(slots[first + i], slots[first + i + 1], self) }
                    made = Value(d)
                case .set:
                    let set = heap.track(SetObj(type: self.types.set))
                    for i in 0..<count { try set.add(slots[first + i], self) }
                    made = Value(set)
                case .slice:
                    made = Value(heap.track(SliceObj(start: slots[first], stop: slots[first + 1], step: slots[first + 2],
                                                     type: self.types.slice)))
                default:
                    var text = ""
                    for i in 0..<count {
                        if let piece = slots[first + i].asObject as? StrObj { text += piece.value }
                    }
                    made = newStr(text)
                }
                sp = first
                slots[sp] = made
                sp &+= 1
            case .format:
                var s = step
                while s < n.kidCount {
                    if !child(s, s + 1) { continue dispatch }
                    s += 1
                }
                if s == n.kidCount {
                    let hasSpec = n.kidCount > 1
                    let spec: Value = hasSpec ? slots[sp - 1] : .pyNone
                    let v = slots[sp - (hasSpec ? 2 : 1)]
                    sp &-= n.kidCount
                    location()
                    suspend(node, s + 1, resultAt: sp)
                    let r = try formatValueResumable(v, conversion: Int(n.op & 3), spec: spec)
                    if case .unbound = r { return nil }
                    resumeHere()
                    slots[sp] = r
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

            // MARK: Generators
            case .yield:
                if step == 0 {
                    if !child(0, 1) { continue dispatch }
                    step = 1
                }
                if step == 1 {
                    // The frame leaves the fiber; the value sent in is pushed where the
                    // yielded one was, and the loop comes back at step 2.
                    sp &-= 1
                    let v = slots[sp]
                    location()
                    suspend(node, 2, resultAt: sp)
                    if yieldFast(frameRef, v) {
                        if topIsTree() { continue frames }
                        return nil
                    }
                    return try yieldFromFrame(v, entryDepth: entryDepth)
                }
                // step 2: the value sent in is the yield's value.
            case .yieldFrom:
                // [iterator] (the `getIter` child) -> [iterator, sent] -> ... -> [result]
                if step == 0 {
                    if !child(0, 2) { continue dispatch }
                    step = 2
                }
                if step == 2 {
                    slots[sp] = .pyNone       // the first value sent in
                    sp &+= 1
                }
                // step 3, resumed: [iterator, sent] to pass on, or [result] when it returned.
                if sp == Int(n.depth) + 1 { break }
                let sent = slots[sp - 1], sub = slots[sp - 2]
                sp &-= 1
                location()
                suspend(node, 3, resultAt: sp)
                let fiberBefore = fiberRef.toOpaque()
                let r = try delegateResumable(sub, sent)
                if case .unbound = r {
                    // A frame was pushed (the sub-generator's, a `__next__`), or the
                    // sub-iterator ended and its value is on this frame's stack. (After a
                    // greenlet switch the run loop goes on: it knows each fiber's exit depth.)
                    if fiberRef.toOpaque() == fiberBefore && topIsTree() { continue frames }
                    return nil
                }
                // A value from another iterator: this frame yields it and stays at step 3.
                return try yieldFromFrame(r, entryDepth: entryDepth, delegating: true)

            // MARK: Scopes: closures, nested functions and classes, comprehensions
            case .loadCell:
                let v = Self.cellValue(slots[Int(n.op)])
                if case .unbound = v {
                    location()
                    throw unboundCellError(code, Int(n.op))
                }
                slots[sp] = v
                sp &+= 1
            case .storeCell:
                if step == 0 {
                    if !child(0, 1) { continue dispatch }
                }
                sp &-= 1
                Self.setCell(slots[Int(n.op)], slots[sp])
            case .targetCell:
                sp &-= 1
                Self.setCell(slots[Int(n.op)], slots[sp])
            case .delCell:
                if case .unbound = Self.cellValue(slots[Int(n.op)]) {
                    location()
                    throw unboundCellError(code, Int(n.op))
                }
                Self.setCell(slots[Int(n.op)], .unbound)
            case .augCell:
                // [current] -> [current, value] -> [result], stored in the cell.
                if step == 0 {
                    let cur = Self.cellValue(slots[Int(n.op)])
                    if case .unbound = cur {
                        location()
                        throw unboundCellError(code, Int(n.op))
                    }
                    slots[sp] = cur
                    sp &+= 1
                    step = 1
                }
                if step == 1 {
                    if !child(0, 2) { continue dispatch }
                    step = 2
                }
                if step == 2 {
                    if try !inplaceOperator(3, &sp, &wp) { return nil }
                }
                sp &-= 1
                Self.setCell(slots[Int(n.op)], slots[sp])
            case .closureCell:
                slots[sp] = slots[Int(n.op)]
                sp &+= 1
            case .function:
                // [defaults?, kw defaults?, annotations?, closure?, code] -> MAKE_FUNCTION
                var s = step
                while s < n.kidCount {
                    if !child(s, s + 1) { continue dispatch }
                    s += 1
                }
                slots[sp] = n.pointee.value
                sp &+= 1
                location()
                sp = try makeFunction(frame: frame(), flags: n.op, sp: sp)
            case .decorated:
                // [decorators..., definition]: each decorator, innermost first, replaces
                // [decorator, value] by its result.
                let count = n.kidCount
                var s = step
                while s < count {
                    if !child(s, s + 1) { continue dispatch }
                    s += 1
                }
                while s - count < count - 1 {
                    let base = sp - 2
                    location()
                    header.pointee.location = n.kid(count - 2 - (s - count)).loc &+ 1
                    suspend(node, s + 1, resultAt: base)
                    switch try treeCall(slots, types, base: base, argStart: base + 1, sp: sp) {
                    case .enteredTree: continue frames
                    case .leftFrame: return nil
                    case .value: resumeHere()
                    }
                    sp = base + 1
                    s += 1
                }
            case .classDef:
                // [body function, bases, keywords] -> the body runs (BUILD_CLASS) -> the class
                // (step 4).
                if step <= 3 {
                    var s = step
                    while s < 3 {
                        if !child(s, s + 1) { continue dispatch }
                        s += 1
                    }
                    let kwargs = slots[sp - 1], bases = slots[sp - 2], body = slots[sp - 3]
                    sp &-= 3
                    location()
                    suspend(node, 4, resultAt: sp)
                    try startClassBody(function: body, name: n.pointee.value, bases: bases, kwargs: kwargs)
                    return nil
                }
            case .getIter:
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
                }
            case .comprehension:
                // The container, then the loops fill it; it is the value.
                if step == 0 {
                    slots[sp] = comprehensionContainer(n.op)
                    sp &+= 1
                    wp -= 1
                    slots[wp] = Self.encodeWork(node, 1)
                    node = n.kid(0); step = 0
                    continue dispatch
                }
            case .compAppend:
                var s = step
                while s < n.kidCount {
                    if !child(s, s + 1) { continue dispatch }
                    s += 1
                }
                // A set or dict may run `__hash__`/`__eq__`: the items stay on the frame meanwhile.
                if n.op2 != 0 { location() }
                sp &-= n.kidCount
                try comprehensionAdd(n.op2, slots[Int(n.op)], slots + sp)
            case .walrus:
                // [value] -> [value, copy], the target takes the copy.
                if step == 0 {
                    if !child(0, 1) { continue dispatch }
                    step = 1
                }
                if step == 1 {
                    slots[sp] = slots[sp - 1]
                    sp &+= 1
                    wp -= 1
                    slots[wp] = Self.encodeWork(node, 2)
                    node = n.kid(1); step = 0
                    continue dispatch
                }
            case .starred, .doubleStarred:
                if step == 0 {
                    if !child(0, 1) { continue dispatch }
                }
            case .displayEx, .dictEx:
                let count = n.kidCount
                var s = step
                while s < count {
                    if !child(s, s + 1) { continue dispatch }
                    s += 1
                }
                // A `*iterable` that runs script code is collected into a list first, by a
                // resumable helper (steps count+1+i: item i's list is on top).
                var next = 0
                if s > count {
                    next = s - count - 1
                    sp &-= 1
                    slots[sp - count + next] = slots[sp]
                    next += 1
                }
                if n.kind == .displayEx {
                    while let i = Self.starredItemThatMayWait(n, slots + sp - count, from: next, self) {
                        location()
                        suspend(node, count + 1 + i, resultAt: sp)
                        let list = try callHelperResumable("collect", [slots[sp - count + i]])
                        if case .unbound = list { return nil }
                        resumeHere()
                        slots[sp - count + i] = list
                        next = i + 1
                    }
                }
                let first = sp - count
                location()
                let made = n.kind == .displayEx
                    ? try starredDisplay(n, slots + first)
                    : try unpackingDict(n, slots + first, callee: n.op == 1 ? slots[first - 2] : nil)
                sp = first
                slots[sp] = made
                sp &+= 1
            case .callEx:
                // [callee, args, kwargs?] -> CALL_FUNCTION_EX
                let count = n.kidCount
                var s = step
                while s < count {
                    if !child(s, s + 1) { continue dispatch }
                    s += 1
                }
                if s == count + 2 {
                    // The iterable after `*`, collected into a list (on top), takes its place.
                    sp &-= 1
                    slots[sp - count + 1] = slots[sp]
                    s = count
                } else if s == count, case .object(let r) = slots[sp - count + 1], mayWait(r.obj) {
                    location()
                    suspend(node, count + 2, resultAt: sp)
                    let list = try callHelperResumable("collect", [slots[sp - count + 1]])
                    if case .unbound = list { return nil }
                    resumeHere()
                    slots[sp - count + 1] = list
                }
                if s == count {
                    let base = sp - count
                    let kwargs: Value = count > 2 ? slots[base + 2] : .pyNone
                    location()
                    suspend(node, count + 1, resultAt: base)
                    let r = try invokeWithCollections(slots[base], args: slots[base + 1], kwargs: kwargs)
                    if case .unbound = r { return nil }
                    resumeHere()
                    slots[base] = r
                    sp = base + 1
                }

            // MARK: Namespaces: module and class bodies, imports, starred arguments
            case .name:
                location()
                slots[sp] = try loadNameOrFail(n, header, cx.globals)
                sp &+= 1
            case .storeName:
                if step == 0 {
                    if !child(0, 1) { continue dispatch }
                }
                sp &-= 1
                storeName(n, slots[sp], header, cx.globals)
            case .targetName:
                sp &-= 1
                storeName(n, slots[sp], header, cx.globals)
            case .delName:
                location()
                try deleteName(n, header, cx.globals)
            case .augName:
                // [current] -> [current, value] -> [result], stored
                if step == 0 {
                    location()
                    slots[sp] = try loadNameOrFail(n, header, cx.globals)
                    sp &+= 1
                    step = 1
                }
                if step == 1 {
                    if !child(0, 2) { continue dispatch }
                    step = 2
                }
                if step == 2 {
                    if try !inplaceOperator(3, &sp, &wp) { return nil }
                }
                sp &-= 1
                storeName(n, slots[sp], header, cx.globals)
            case .classDeref:
                location()
                slots[sp] = try loadClassDeref(n, slots, header)
                sp &+= 1
            case .setupAnnotations:
                setUpAnnotations(header, cx.globals)
            case .importName:
                if step == 0 {
                    // A module's top level may run as a frame (and switch greenlets).
                    location()
                    suspend(node, 1, resultAt: sp)
                    let m = try importName(n, cx.globals)
                    if case .unbound = m { return nil }
                    resumeHere()
                    slots[sp] = m
                    sp &+= 1
                }
            case .importAttr:
                if step == 0 {
                    if !child(0, 1) { continue dispatch }
                }
                location()
                slots[sp - 1] = try importFrom(slots[sp - 1], n.pointee.name.unsafelyUnwrapped.takeUnretainedValue())
            case .importFrom:
                // [module] -> [module, value] stored by target i, for each name; then the module goes.
                if step == 0 {
                    if !child(0, 1) { continue dispatch }
                    step = 1
                }
                if step < n.kidCount {
                    location()
                    slots[sp] = try importFrom(slots[sp - 1], importedName(n, step - 1))
                    sp &+= 1
                    wp -= 1
                    slots[wp] = Self.encodeWork(node, step + 1)
                    node = n.kid(step); step = 0
                    continue dispatch
                }
                sp &-= 1
            case .importStar:
                if step == 0 {
                    if !child(0, 1) { continue dispatch }
                }
                sp &-= 1
                location()
                try importStar(slots[sp], into: treeNamespace(header, cx.globals).takeUnretainedValue())
            }

            // The node is done: go back to whoever is waiting for it.
            if wp == workEnd {
                // The body ran to its end: return None.
                if let inTree = returnPlainly(.pyNone) {
                    if inTree { continue frames }
                    return nil
                }
                return try finishFrame(returning: .pyNone, entryDepth: entryDepth)
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
    func treeCall(_ slots: UnsafeMutablePointer<Value>, _ types: TreeTypes, base callee: Int, argStart: Int, sp: Int,
                          resultAt: Int? = nil, kwNames: TupleObj? = nil) throws -> TreeCallOutcome {
        let callable = slots[callee]
        let target = resultAt ?? callee
        // A plain function called with exactly its positional parameters: a pooled frame and
        // the arguments copied in.
        if kwNames == nil, case .object(let r) = callable, r.hasExactType(types.function),
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
                // A call into script code is a step of the host's budgets (recursion that never
                // loops); raised in the callee, which is on top now.
                if interruptPending || budgetTick() { try atSafePoint() }
                return isTree ? .enteredTree : .leftFrame
            }
        }
        let args = UnsafeMutableBufferPointer(start: slots + argStart, count: sp - argStart)
        let fiberBefore = fiberRef.toOpaque()
        let r = try invoke(callable, args: args, kwNames: kwNames, action: .push)
        if case .unbound = r {
            // A tree frame on top of the same fiber (a generator next() or send() resumed, a
            // method's frame): the tree loop goes on with it, as the run loop would.
            if fiberRef.toOpaque() == fiberBefore,
               fiberRef._withUnsafeGuaranteedRef({ $0.frames.top._withUnsafeGuaranteedRef { $0.code.treeRoot != nil } }) {
                return .enteredTree
            }
            return .leftFrame
        }
        slots[target] = r
        return .value
    }

    // MARK: - Direct evaluation

    /// Runs a statement that needs no script code to completion; false (having done nothing)
    /// when it must go by steps.
    @inline(__always)
    func tryStatementDirectly(_ n: NodeRef, _ cx: TreeContext) -> Bool {
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
            case .storeName, .augName:
                return namespaceStatementDirectly(n, cx)
            default:
                return false
            }
        }
    }

    /// `direct` for an operand, with locals and constants inline (most operands are).
    @inline(__always)
    func operand(_ n: NodeRef, _ cx: TreeContext) -> Value? {
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
    func direct(_ n: NodeRef, _ cx: TreeContext) -> Value? {
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
            case .name:
                return directName(n, cx)
            case .loadCell:
                let v = Self.cellValue(slots[Int(n.op)])
                if case .unbound = v { return nil }
                return v
            case .binary:
                guard let a = operand(n.kid(0), cx), let b = operand(n.kid(1), cx) else { return nil }
                let op = BinaryOpcode.decode(n.op)
                // Float arithmetic inline (nbody-like code is mostly this); the rest below.
                if case .float(let x) = a, case .float(let y) = b {
                    switch op {
                    case .add: return .float(x + y)
                    case .sub: return .float(x - y)
                    case .mul: return .float(x * y)
                    default: break
                    }
                }
                return cx.types.fastBinary(self, op, a, b)
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
                guard let c = operand(n.kid(0), cx), let i = operand(n.kid(1), cx) else { return nil }
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

    // MARK: - Exceptions and clean-ups

    /// What to do after a finally block or an `__exit__` run for a pending action, read from
    /// the values at `base`: [0] go on; [1, exception] raise it again; [2, return node, value]
    /// return (step 1 of the return node, the value to be pushed); [3, break/continue node]
    /// run it again (further clean-ups may lie between it and its loop).
    func finishPending(at base: Int) throws -> (NodeRef?, Int) {
        let slots = fiberRef._withUnsafeGuaranteedRef { $0.frames.top._withUnsafeGuaranteedRef { $0.slots } }
        guard case .int(let kind) = slots[base] else { return (nil, 0) }
        switch kind {
        case 1:
            fiber.handled = fiber.frames[fiber.frames.count - 1].popSavedException()
            guard case .object(let r) = slots[base + 1], let e = r.obj as? ExceptionObj else { return (nil, 0) }
            throw Reraise(exception: e)
        case 2:
            return (Self.valueNode(slots[base + 1]), 1)
        case 3:
            return (Self.valueNode(slots[base + 1]), 0)
        default:
            return (nil, 0)
        }
    }

    /// `except E as name` forgets the name when the handler ends.
    func clearHandlerName(_ handler: NodeRef, _ slots: UnsafeMutablePointer<Value>) {
        if handler.op2 > 0 { slots[Int(handler.op2) - 1] = .unbound }
    }

    @inline(__always) static func nodeValue(_ n: NodeRef) -> Value { .int(Int(bitPattern: UInt(bitPattern: n))) }
    @inline(__always) static func valueNode(_ v: Value) -> NodeRef? {
        guard case .int(let x) = v else { return nil }
        return NodeRef(bitPattern: x)
    }

    /// Finds where an exception raised in (or through) a tree frame is handled in it: a `try`
    /// whose body or else/handler block is running, or a `with` body. Sets the frame up to go
    /// on there and returns true; false when the frame has no handler (it is then popped).
    func treeCatch(_ frame: Frame, _ exc: ExceptionObj) -> Bool {
        let code = frame.code
        let slots = frame.slots
        let workSlot = code.treeWorkSlot, workEnd = code.treeWorkEnd
        guard frame.sp > workSlot, case .int(var wp) = slots[workSlot] else { return false }
        let excValue = Value(exc)
        func resume(_ m: NodeRef, _ step: Int, sp: Int) {
            wp -= 1
            slots[wp] = Self.encodeWork(m, step)
            slots[workSlot] = .int(wp)
            frame.sp = sp
        }
        while wp < workEnd {
            let (m, st) = Self.decodeWork(slots[wp])
            wp += 1
            switch m.kind {
            case .tryStmt:
                let base = Int(m.depth)
                if st == 1 && m.op > 0 {
                    slots[base] = excValue
                    resume(m, 10, sp: base + 1)
                    return true
                }
                if st == 5, case .int(1) = slots[base] {
                    // A finally block run for an exception raised again: that one is done.
                    fiber.handled = frame.popSavedException()
                }
                guard st == 1 || st == 2 || st >= 100 else { continue }
                if st >= 100 {
                    fiber.handled = frame.popSavedException()
                    clearHandlerName(m.kid(1 + st - 100), slots)
                }
                if m.op2 & 2 != 0 {
                    frame.saveException(fiber.handled)
                    fiber.handled = excValue
                    slots[base] = .int(1)
                    slots[base + 1] = excValue
                    resume(m, 5, sp: base + 3)
                    resume(m.kid(m.kidCount - 1), 0, sp: base + 3)
                    return true
                }
            case .withStmt:
                if st == 3 {
                    let base = Int(m.depth)
                    frame.saveException(fiber.handled)
                    fiber.handled = excValue
                    slots[base + 1] = excValue
                    resume(m, 4, sp: base + 2)
                    return true
                }
            default:
                continue
            }
        }
        slots[workSlot] = .int(wp)
        return false
    }

    // MARK: - Small helpers

    /// The items an unpacking assignment stores, in target order; a starred target gets the
    /// middle as a list.
    func unpackForAssignment(_ v: Value, count: Int, starred: Int) throws -> [Value] {
        let items = try iterateToArray(v, unpackingInto: starred < 0 ? count : nil, notIterable: {
            "cannot unpack non-iterable \(self.typeName(v)) object"
        })
        if starred < 0 {
            if items.count < count { throw valueError("not enough values to unpack (expected \(count), got \(items.count))") }
            if items.count > count { throw valueError("too many values to unpack (expected \(count))") }
            return items
        }
        let after = count - starred - 1
        if items.count < count - 1 {
            throw valueError("not enough values to unpack (expected at least \(count - 1), got \(items.count))")
        }
        var out = Array(items[0..<starred])
        out.append(newList(ContiguousArray(items[starred..<(items.count - after)])))
        out.append(contentsOf: items[(items.count - after)...])
        return out
    }

    /// `raise` (operands 0), `raise e` (1) or `raise e from c` (2), its operands just below `top`.
    func raiseStatement(operands: Int, _ top: UnsafeMutablePointer<Value>) throws -> Never {
        switch operands {
        case 0:
            guard case .object(let r) = fiber.handled, let e = r.obj as? ExceptionObj else {
                throw runtimeError("No active exception to reraise")
            }
            throw Reraise(exception: e)
        case 1:
            throw PyError(try makeRaisable(top[-1]))
        default:
            let e = try makeRaisable(top[-2])
            try setCause(e, top[-1])
            throw PyError(e)
        }
    }

    /// A comparison of a chain, by its 4-bit code (see `compareCode`).
    func compareByCode(_ code: Int, _ a: Value, _ b: Value) throws -> Value {
        switch code {
        case 0..<6: return try compareResumable(CompareOpcode.decode(Int32(code)), a, b)
        case 6: return .bool(a.isIdentical(to: b))
        case 7: return .bool(!a.isIdentical(to: b))
        default: return try containsResumable(b, a, negate: code == 9)
        }
    }

    /// The truth of a test read directly (a comparison of numbers, `is`/`is not`, a local or
    /// constant without `__bool__`), or nil, having done nothing, for any other test.
    @inline(__always)
    func quickTest(_ t: NodeRef, _ cx: TreeContext) -> Bool? {
        switch t.kind {
        case .compare:
            guard t.directable, let a = operand(t.kid(0), cx), let b = operand(t.kid(1), cx) else { return nil }
            return Self.fastCompare(CompareOpcode.decode(t.op), a, b)
        case .identity:
            guard let a = operand(t.kid(0), cx), let b = operand(t.kid(1), cx) else { return nil }
            return a.isIdentical(to: b) != (t.op == 1)
        case .local, .constant:
            guard let v = operand(t, cx) else { return nil }
            return Self.quickTruth(v)
        default:
            return nil
        }
    }

    /// The statement of a block that has just one (it runs in the block's place), else the block.
    @inline(__always)
    static func soleStatement(_ b: NodeRef) -> NodeRef {
        b.kind == .block && b.kidCount == 1 ? b.kid(0) : b
    }

    /// Truth of values that have no `__bool__` to call.
    @inline(__always)
    static func quickTruth(_ v: Value) -> Bool? {
        switch v {
        case .bool(let b): return b
        case .pyNone: return false
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
        case (.float(let x), .float(let y)): return compareDoubles(op, x, y)
        // An int and a float: exact when the int converts to a double exactly (|i| <= 2**53).
        case (.int(let x), .float(let y)):
            guard x.magnitude <= 1 << 53 else { return nil }
            return compareDoubles(op, Double(x), y)
        case (.float(let x), .int(let y)):
            guard y.magnitude <= 1 << 53 else { return nil }
            return compareDoubles(op, x, Double(y))
        default: return nil
        }
    }

    @inline(__always)
    static func compareDoubles(_ op: CompareOpcode, _ x: Double, _ y: Double) -> Bool {
        switch op {
        case .lt: return x < y
        case .le: return x <= y
        case .eq: return x == y
        case .ne: return x != y
        case .gt: return x > y
        case .ge: return x >= y
        }
    }

    /// A work item: the node (16-byte aligned, below 2^47: 43 significant bits) and the step
    /// (a child index for blocks and displays: up to `maxStep`) in one int.
    static let stepBits = 21
    static let maxStep = 1 << stepBits - 1

    @inline(__always)
    static func encodeWork(_ n: NodeRef, _ step: Int) -> Value {
        .int(Int(bitPattern: (UInt(bitPattern: n) >> 4) << stepBits | UInt(truncatingIfNeeded: step)))
    }

    @inline(__always)
    static func decodeWork(_ v: Value) -> (NodeRef, Int) {
        guard case .int(let x) = v else { preconditionFailure("corrupt tree work stack") }
        let u = UInt(bitPattern: x)
        return (NodeRef(bitPattern: (u >> stepBits) << 4).unsafelyUnwrapped, Int(u & UInt(maxStep)))
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
    /// The frame's header: a namespace body reads its namespace there.
    let header: UnsafeMutablePointer<FrameHeader>
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
