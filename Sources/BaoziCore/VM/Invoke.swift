// Calling: argument binding, frame set-up, native calls and the requests natives make to call
// script code on their behalf.

extension Interpreter {
    // MARK: - Frames

    /// A frame running `code` with `globals` (module code, exec/eval), reused from the code's
    /// pool when one is free. The code is bound to those globals (see `CodeObj.bound(to:)`).
    @inline(__always)
    func makeFrame(_ code: CodeObj, globals: DictObj) -> Frame {
        makeFrameOwned(code.bound(to: globals, heap: heap)).takeRetainedValue()
    }

    /// Like `makeFrame` for code already bound to its globals (a function's), but hands the
    /// caller the frame's strong reference as `Unmanaged`, to be moved onto a fiber's stack
    /// (`push(owned:)`) without reference counting.
    @inline(__always)
    func makeFrameOwned(_ code: CodeObj) -> Unmanaged<Frame> {
        if let pooled = code.framePool.take() {
            pooled._withUnsafeGuaranteedRef { f in
                let n = code.slotTotal
                let slots = f.slots
                for i in 0..<n { slots[i] = .unbound }
                f.sp = n
                f.location = 0
            }
            return pooled
        }
        return Unmanaged.passRetained(Frame.make(code: code))
    }

    /// Returns a finished frame to its code's pool, reset to its initial return action.
    /// The caller keeps its own reference.
    @inline(__always)
    func recycle(_ f: Frame) {
        if f.generator == nil && f.code.framePool.hasRoom {
            reset(f)
            f.code.framePool.put(owned: Unmanaged.passRetained(f))
        }
    }

    /// Like `recycle`, but takes over the caller's strong reference: the frame goes to the
    /// pool or is released.
    @inline(__always)
    func recycleOwned(_ u: Unmanaged<Frame>) {
        let pooled = u._withUnsafeGuaranteedRef { f -> Bool in
            Unmanaged.passUnretained(f.code)._withUnsafeGuaranteedRef { code -> Bool in
                guard f.generator == nil && code.framePool.hasRoom else { return false }
                reset(f)
                code.framePool.put(owned: u)
                return true
            }
        }
        if !pooled { u.release() }
    }

    @inline(__always)
    private func reset(_ f: Frame) {
        f.clearContext()
        if case .push = f.onReturn {} else { f.onReturn = .push }
    }

    /// Pushes a frame on the current fiber, enforcing the recursion limit.
    @inline(__always)
    func pushFrame(_ f: Frame) throws {
        if fiber.frames.count >= recursionLimit {
            recycle(f)
            throw error(types.exceptions.recursionError, "maximum recursion depth exceeded")
        }
        fiber.frames.append(f)
    }

    // MARK: - Invoking any callable

    /// Calls `callable` with the arguments in `args` (positional values, then the values of
    /// the keywords named in `kwNames`). Script functions get a frame pushed with `action` as
    /// its return action and the result is `.unbound`; natives run now and their value is
    /// returned. `args` may point into the caller's stack and may be overwritten.
    func invoke(_ callable: Value, args: UnsafeMutableBufferPointer<Value>, kwNames: TupleObj?, action: ReturnAction) throws -> Value {
        guard case .object(let ref) = callable else {
            throw typeError(callable, isNot: "callable")
        }
        let obj = ref.obj
        switch obj {
        case let fn as FunctionObj:
            let code = fn.code
            let frame = makeFrameOwned(code).takeRetainedValue()
            do {
                try bindArguments(fn, args, kwNames: kwNames, into: frame.slots)
            } catch {
                recycle(frame)
                throw error
            }
            setUpCells(frame, fn)
            if code.isGenerator {
                return Value(makeGenerator(frame: frame, function: fn))
            }
            frame.onReturn = action
            try pushFrame(frame)
            return .unbound
        case let m as MethodObj:
            // Prepend the instance: the slot before the arguments is free (it held the callable
            // or the null marker), except when args did not come from a stack.
            if args.baseAddress != nil, let base = args.baseAddress, isStackBuffer(args) {
                (base - 1).pointee = m.instance
                let widened = UnsafeMutableBufferPointer(start: base - 1, count: args.count + 1)
                return try invoke(m.function, args: widened, kwNames: kwNames, action: action)
            }
            var all = [m.instance] + Array(args)
            return try all.withUnsafeMutableBufferPointer { try invoke(m.function, args: $0, kwNames: kwNames, action: action) }
        case let b as BuiltinFunctionObj:
            // Natives may resume a generator in place only when the VM loop called them.
            let outerMayResume = nativeMayResume
            if case .push = action { nativeMayResume = true } else { nativeMayResume = false }
            defer { nativeMayResume = outerMayResume }
            let result: Value
            if let recv = b.receiver {
                var all = [recv] + Array(args)
                result = try all.withUnsafeMutableBufferPointer {
                    try b.fn(self, Arguments(UnsafeBufferPointer($0), names: kwNameSlice(kwNames)))
                }
            } else {
                result = try b.fn(self, Arguments(UnsafeBufferPointer(args), names: kwNameSlice(kwNames)))
            }
            if case .unbound = result {
                // No pending call: the native pushed a frame itself (it resumed a generator).
                if pendingCall == nil { return .unbound }
                return try performPendingCall(action: action)
            }
            return try deliver(result, action: action)
        case let t as TypeObj:
            // A builtin constructor the loop called may hand iteration to script code
            // (`list(generator)`, see ScriptIteration.swift).
            let outerMayResume = nativeMayResume
            if case .push = action { nativeMayResume = true } else { nativeMayResume = false }
            defer { nativeMayResume = outerMayResume }
            return try construct(t, args: args, kwNames: kwNames, action: action)
        default:
            guard let call = obj.type.lookup(names.__call__) else {
                throw typeError(callable, isNot: "callable")
            }
            var all = [callable] + Array(args)
            return try all.withUnsafeMutableBufferPointer { try invoke(call, args: $0, kwNames: kwNames, action: action) }
        }
    }

    /// True when the buffer lies inside the current frame's slots with a free slot before it.
    private func isStackBuffer(_ args: UnsafeMutableBufferPointer<Value>) -> Bool {
        guard let base = args.baseAddress, let f = fiber.frames.last else { return false }
        return base > f.slots + f.code.slotCount && base <= f.slots + f.slotCapacity
    }

    func kwNameSlice(_ t: TupleObj?) -> ArraySlice<StrObj> {
        guard let t else { return [] }
        return ArraySlice(t.items.map { $0.asObject as! StrObj })
    }

    /// Hands a natively computed result to where `action` says it goes.
    func deliver(_ value: Value, action: ReturnAction) throws -> Value {
        switch action {
        case .push, .returnToNative, .discard:
            return value
        case .native(let cont):
            return try cont.resume(self, value)
        case .initResult(let instance):
            if !value.isNone {
                throw typeError("__init__() should return None, not '\(typeName(value))'")
            }
            return .object(instance)
        case .buildClass, .generator, .greenletEnd:
            return value
        }
    }

    /// Performs the call a native function requested through `requestCall`.
    func performPendingCall(action: ReturnAction) throws -> Value {
        guard let p = pendingCall else {
            throw runtimeError("native function returned no value")
        }
        pendingCall = nil
        if let cont = p.then {
            switch action {
            case .push:
                return try invoke(p.callable, p.args, kwargs: p.kwargs, action: .native(cont))
            default:
                // Not resumable from here: run the call to completion, then continue.
                var args = p.args + p.kwargs.map { $0.1 }
                let v = try args.withUnsafeMutableBufferPointer { try callNested(p.callable, $0, kwNames: kwNamesTuple(p.kwargs)) }
                let r = try cont.resume(self, v)
                if case .unbound = r, pendingCall != nil { return try performPendingCall(action: action) }
                return try deliver(r, action: action)
            }
        }
        return try invoke(p.callable, p.args, kwargs: p.kwargs, action: action)
    }

    /// `invoke` with the positional and keyword arguments as arrays.
    func invoke(_ callable: Value, _ positional: [Value], kwargs: [(StrObj, Value)], action: ReturnAction) throws -> Value {
        var all = positional + kwargs.map { $0.1 }
        return try all.withUnsafeMutableBufferPointer {
            try invoke(callable, args: $0, kwNames: kwNamesTuple(kwargs), action: action)
        }
    }

    /// The tuple of keyword names `invoke` takes, or nil for none.
    func kwNamesTuple(_ kwargs: [(StrObj, Value)]) -> TupleObj? {
        kwargs.isEmpty ? nil : (newTuple(ContiguousArray(kwargs.map { Value($0.0) })).asObject as! TupleObj)
    }

    /// Asks the VM to call `callable` for the running native function; the native returns the
    /// result of this method (`.unbound`). `then` receives the call's result and produces the
    /// native's result. This keeps script code reached from builtins resumable.
    func requestCall(_ callable: Value, _ args: [Value], kwargs: [(StrObj, Value)] = [], then: NativeContinuation? = nil) -> Value {
        pendingCall = (callable, args, kwargs, then)
        return .unbound
    }

    // MARK: - Calling from Swift

    /// Calls script code from Swift and waits for its result, running a nested VM loop when
    /// the callee is interpreted. A greenlet switch out of the nested loop is refused.
    func call(_ callable: Value, _ args: [Value], kwargs: [(String, Value)] = []) throws -> Value {
        var all = args + kwargs.map { $0.1 }
        let kw: TupleObj? = kwargs.isEmpty ? nil : (newTuple(ContiguousArray(kwargs.map { Value(intern($0.0)) })).asObject as! TupleObj)
        return try all.withUnsafeMutableBufferPointer { try callNested(callable, $0, kwNames: kw) }
    }

    func callNested(_ callable: Value, _ args: UnsafeMutableBufferPointer<Value>, kwNames: TupleObj?) throws -> Value {
        try checkNativeStack()
        let depth = fiber.frames.count
        let r = try invoke(callable, args: args, kwNames: kwNames, action: .returnToNative)
        if case .unbound = r {
            if totalNativeDepth >= nativeDepthLimit {
                // Drop the frame just pushed: we cannot run it without risking the Swift stack.
                let f = fiber.frames.removeLast()
                recycle(f)
                throw error(types.exceptions.recursionError, "maximum recursion depth exceeded")
            }
            return try runNested(entryDepth: depth)
        }
        return r
    }

    /// Runs the VM loop for Swift code waiting on a result (a nested run). Nested runs are
    /// counted: a greenlet switch out of one is refused, and collections wait until none is
    /// active, since the waiting Swift code may hold values the collector cannot see.
    func runNested(entryDepth: Int) throws -> Value {
        totalNativeDepth += 1
        fiber.nativeDepth += 1
        defer {
            totalNativeDepth -= 1
            fiber.nativeDepth -= 1
        }
        return try run(entryDepth: entryDepth)
    }

    // MARK: - Argument binding

    /// Fills a new frame's parameter slots from call arguments, applying defaults and raising
    /// CPython's errors for bad calls.
    func bindArguments(_ fn: FunctionObj, _ args: UnsafeMutableBufferPointer<Value>, kwNames: TupleObj?, into slots: UnsafeMutablePointer<Value>) throws {
        let code = fn.code
        let argCount = code.argCount
        let nKw = kwNames?.items.count ?? 0
        let nPos = args.count - nKw
        // Fast path: exact positional call of a plain function.
        if nKw == 0 && nPos == argCount && !code.flags.contains(.varargs) && !code.flags.contains(.varkeywords) && code.kwOnlyCount == 0 {
            for i in 0..<nPos { slots[i] = args[i] }
            return
        }
        let hasVarargs = code.flags.contains(.varargs)
        let hasVarkw = code.flags.contains(.varkeywords)
        let kwOnly = code.kwOnlyCount
        let varargsSlot = argCount + kwOnly
        let varkwSlot = varargsSlot + (hasVarargs ? 1 : 0)

        for i in 0..<min(nPos, argCount) { slots[i] = args[i] }
        if nPos > argCount {
            if hasVarargs {
                slots[varargsSlot] = newTuple(ContiguousArray(args[argCount..<nPos]))
            } else {
                throw tooManyPositional(fn, given: nPos, kwGiven: nKw)
            }
        } else if hasVarargs {
            slots[varargsSlot] = newTuple([])
        }
        var kwDict: DictObj? = nil
        if hasVarkw {
            kwDict = newDictObj()
            slots[varkwSlot] = Value(kwDict!)
        }
        if let kwNames {
            var positionalOnlyPassed: [String] = []
            for (k, nameV) in kwNames.items.enumerated() {
                let name = (nameV.asObject as! StrObj).value
                let value = args[nPos + k]
                var found = -1
                for i in code.positionalOnlyCount..<(argCount + kwOnly) where code.varNames[i] == name {
                    found = i
                    break
                }
                if found >= 0 {
                    if !slots[found].isUnbound {
                        throw typeError("\(fn.qualname)() got multiple values for argument '\(name)'")
                    }
                    slots[found] = value
                } else if let d = kwDict {
                    try d.set(nameV, value, self)
                } else if code.varNames[0..<code.positionalOnlyCount].contains(name) {
                    positionalOnlyPassed.append(name)
                } else {
                    throw typeError("\(fn.qualname)() got an unexpected keyword argument '\(name)'")
                }
            }
            if !positionalOnlyPassed.isEmpty {
                throw typeError("\(fn.qualname)() got some positional-only arguments passed as keyword arguments: '\(positionalOnlyPassed.joined(separator: ", "))'")
            }
        }
        // Defaults for missing positional parameters.
        let defaults = fn.defaults
        let firstDefault = argCount - defaults.count
        var missing: [String] = []
        if nPos < argCount {
            for i in nPos..<argCount where slots[i].isUnbound {
                if i >= firstDefault {
                    slots[i] = defaults[i - firstDefault]
                } else {
                    missing.append(code.varNames[i])
                }
            }
        }
        if !missing.isEmpty {
            throw typeError("\(fn.qualname)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(nameList(missing))")
        }
        for i in argCount..<(argCount + kwOnly) where slots[i].isUnbound {
            if let d = fn.kwDefaults[code.varNames[i]] {
                slots[i] = d
            } else {
                missing.append(code.varNames[i])
            }
        }
        if !missing.isEmpty {
            throw typeError("\(fn.qualname)() missing \(missing.count) required keyword-only argument\(missing.count == 1 ? "" : "s"): \(nameList(missing))")
        }
    }

    /// "'a'", "'a' and 'b'", "'a', 'b', and 'c'" as CPython lists missing arguments.
    private func nameList(_ names: [String]) -> String {
        let q = names.map { "'\($0)'" }
        switch q.count {
        case 1: return q[0]
        case 2: return "\(q[0]) and \(q[1])"
        default: return q.dropLast().joined(separator: ", ") + ", and " + q.last!
        }
    }

    private func tooManyPositional(_ fn: FunctionObj, given: Int, kwGiven: Int) -> PyError {
        let code = fn.code
        let maxArgs = code.argCount
        let minArgs = maxArgs - fn.defaults.count
        let takes: String
        if minArgs == maxArgs {
            takes = "\(maxArgs) positional argument\(maxArgs == 1 ? "" : "s")"
        } else {
            takes = "from \(minArgs) to \(maxArgs) positional arguments"
        }
        // Keyword-only arguments given also appear in the message.
        var kwOnlyGiven = 0
        if kwGiven > 0 { kwOnlyGiven = kwGiven }
        if kwOnlyGiven > 0 && code.kwOnlyCount > 0 {
            return typeError("\(fn.qualname)() takes \(takes) but \(given) positional argument\(given == 1 ? "" : "s") (and \(kwOnlyGiven) keyword-only argument\(kwOnlyGiven == 1 ? "" : "s")) were given")
        }
        return typeError("\(fn.qualname)() takes \(takes) but \(given) \(given == 1 ? "was" : "were") given")
    }

    /// Wraps captured locals in cells and loads the closure's cells into free-variable slots.
    @inline(__always)
    func setUpCells(_ frame: Frame, _ fn: FunctionObj) {
        let code = fn.code
        if !code.cellSlots.isEmpty {
            for i in code.cellSlots {
                let cell = heap.track(CellObj(type: types.cell))
                cell.value = frame.slots[i]
                frame.slots[i] = Value(cell)
            }
        }
        if code.freeCount > 0 {
            let base = code.localCount
            for i in 0..<code.freeCount { frame.slots[base + i] = fn.closure[i] }
        }
    }

    // MARK: - f(*args, **kwargs)

    func invokeWithCollections(_ callable: Value, args: Value, kwargs: Value) throws -> Value {
        var values: [Value] = []
        if case .object(let r) = args, let t = r.obj as? TupleObj {
            values.append(contentsOf: t.items)
        } else {
            values.append(contentsOf: try iterateToArray(args, notIterable: {
                "\(self.functionDescription(callable)) argument after * must be an iterable, not \(self.typeName(args))"
            }))
        }
        var names: ContiguousArray<Value> = []
        if case .object(let r) = kwargs, let d = r.obj as? DictObj {
            for e in d.liveEntries {
                guard case .object(let k) = e.key, let ks = k.obj as? StrObj else {
                    throw typeError("keywords must be strings")
                }
                names.append(Value(intern(ks.value)))
                values.append(e.value)
            }
        }
        let kw = names.isEmpty ? nil : (newTuple(names).asObject as! TupleObj)
        return try values.withUnsafeMutableBufferPointer {
            try invoke(callable, args: $0, kwNames: kw, action: .push)
        }
    }

    // MARK: - Returning

    /// Pops the finished top frame and delivers its value. Returns the value when it leaves
    /// the VM loop (the frame was started by Swift code), else nil.
    func finishFrame(returning value: Value, entryDepth: Int) throws -> Value? {
        let frame = fiber.frames.removeLast()
        let action = frame.onReturn
        // Restore handled exceptions a return from inside a handler left saved.
        if let first = frame.saved?.values.first { fiber.handled = first }
        if let gen = frame.generator {
            return try generatorReturned(gen, frame: frame, value: value, entryDepth: entryDepth)
        }
        recycle(frame)
        switch action {
        case .push:
            fiber.frames[fiber.frames.count - 1].push(value)
            return nil
        case .returnToNative:
            return value
        case .discard:
            return nil
        case .initResult(let instance):
            if !value.isNone {
                throw typeError("__init__() should return None, not '\(typeName(value))'")
            }
            fiber.frames[fiber.frames.count - 1].push(.object(instance))
            return nil
        case .native(let cont):
            let r = try cont.resume(self, value)
            if case .unbound = r {
                if pendingCall != nil {
                    let r2 = try performPendingCall(action: .push)
                    if case .unbound = r2 { return nil }
                    fiber.frames[fiber.frames.count - 1].push(r2)
                }
                return nil
            }
            fiber.frames[fiber.frames.count - 1].push(r)
            return nil
        case .buildClass(let state):
            let cls = try finishClass(state)
            if case .unbound = cls { return nil }
            fiber.frames[fiber.frames.count - 1].push(cls)
            return nil
        case .generator:
            return nil
        case .greenletEnd:
            try greenletReturned(value)
            return nil
        }
    }

    // MARK: - Functions

    /// `f.__kwdefaults__`: keyword-only defaults in parameter order, or None when there are none.
    func kwDefaultsDict(_ f: FunctionObj) -> Value {
        if f.kwDefaults.isEmpty { return .pyNone }
        let code = f.code
        let d = newDictObj()
        for name in code.varNames[code.argCount..<(code.argCount + code.kwOnlyCount)] {
            if let v = f.kwDefaults[name] { d.setString(intern(name), v) }
        }
        return Value(d)
    }

    /// `makeFunction`: pops the code and the pieces the flags announce; returns the new sp.
    func makeFunction(frame: Frame, flags: Int32, sp: Int) throws -> Int {
        var sp = sp
        let slots = frame.slots
        sp -= 1
        let code = slots[sp].asObject as! CodeObj
        var closure: ContiguousArray<Value> = []
        var annotations: Value = .pyNone
        var kwDefaults: [String: Value] = [:]
        var defaults: ContiguousArray<Value> = []
        if flags & 8 != 0 {
            sp -= 1
            closure = (slots[sp].asObject as! TupleObj).items
        }
        if flags & 4 != 0 {
            sp -= 1
            annotations = slots[sp]
        }
        if flags & 2 != 0 {
            sp -= 1
            let d = slots[sp].asObject as! DictObj
            for e in d.liveEntries { kwDefaults[(e.key.asObject as! StrObj).value] = e.value }
        }
        if flags & 1 != 0 {
            sp -= 1
            defaults = (slots[sp].asObject as! TupleObj).items
        }
        let module = frame.globals.getString(names.__name__) ?? .pyNone
        // The function's code runs with the globals of the frame defining it.
        let fn = heap.track(FunctionObj(code: code.bound(to: frame.globals, heap: heap), defaults: defaults, kwDefaults: kwDefaults,
                                        closure: closure, module: module, type: types.function))
        fn.annotations = annotations
        fn.doc = code.doc
        slots[sp] = Value(fn)
        return sp + 1
    }
}
