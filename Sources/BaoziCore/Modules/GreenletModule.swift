// The `greenlet` module: the greenlet class (subclassable, with `run` overridable),
// getcurrent, GreenletExit and error, with greenlet 3.x semantics. The switching itself is in
// Coroutines/GreenletObj.swift.

/// The classes of the greenlet module, made once per interpreter.
struct GreenletTypes {
    let greenlet: TypeObj
    let greenletExit: TypeObj
    let error: TypeObj
    /// `()`, what `switch()` with no arguments delivers: one shared object, as in CPython,
    /// so a switch to the hub allocates nothing.
    let emptyTuple: Value
    /// "run", looked up on every greenlet start.
    let runName: StrObj
    /// The tracer (`settrace`), and what a starting greenlet receives while it runs.
    let state: GreenletModuleState
}

extension Interpreter {
    func setUpGreenletModule() {
        let greenletType = makeNativeClass("greenlet", base: types.object, layout: .greenlet, module: "greenlet")
        greenletType.qualname = "greenlet"
        greenletTypes = GreenletTypes(
            greenlet: greenletType,
            greenletExit: makeNativeClass("GreenletExit", base: types.exceptions.baseException, layout: .exception, module: "greenlet"),
            error: makeNativeClass("error", base: types.exceptions.exception, layout: .exception, module: "greenlet"),
            emptyTuple: Value(heap.makePermanent(TupleObj([], type: types.tuple))),
            runName: intern("run"),
            state: heap.makePermanent(GreenletModuleState(type: types.object)))
        setUpGreenletMethods(greenletType)

        let getcurrent = heap.makePermanent(newBuiltin("getcurrent") { interp, _ in Value(interp.currentGreenlet) })
        greenletType.dict!.setString(intern("getcurrent"), Value(heap.makePermanent(
            MethodWrapperObj(function: Value(getcurrent), type: types.staticmethod))))
        let settrace = heap.makePermanent(newBuiltin("settrace") { interp, args in
            try interp.expectArgs(args, "settrace", min: 1, max: 1)
            let previous = interp.greenletTypes.state.tracer
            interp.greenletTypes.state.tracer = args[0]
            return previous
        })
        let gettrace = heap.makePermanent(newBuiltin("gettrace") { interp, args in
            try interp.expectArgs(args, "gettrace", min: 0, max: 0)
            return interp.greenletTypes.state.tracer
        })
        greenletType.dict!.setString(intern("GreenletExit"), Value(greenletTypes.greenletExit))
        greenletType.dict!.setString(intern("error"), Value(greenletTypes.error))
        greenletType.invalidate()

        _ = makeModule("greenlet") { d in
            d.setString(intern("greenlet"), Value(greenletType))
            d.setString(intern("getcurrent"), Value(getcurrent))
            d.setString(intern("GreenletExit"), Value(greenletTypes.greenletExit))
            d.setString(intern("error"), Value(greenletTypes.error))
            d.setString(intern("settrace"), Value(settrace))
            d.setString(intern("gettrace"), Value(gettrace))
            d.setString(intern("__version__"), newStr("3.0.0"))
        }
    }

    private func setUpGreenletMethods(_ t: TypeObj) {
        t.nativeNew = { interp, args in
            let cls = args[0].asObject as! TypeObj
            let g = interp.heap.track(GreenletObj(type: cls, parent: interp.currentGreenlet))
            if cls.isHeapType { g.dict = interp.newDictObj() }
            try interp.initGreenlet(g, Arguments(UnsafeBufferPointer(rebasing: args.values.dropFirst()), names: args.names))
            return Value(g)
        }
        method(t, "__init__") { interp, args in
            let g = try interp.greenletArg(args, "__init__")
            try interp.initGreenlet(g, Arguments(UnsafeBufferPointer(rebasing: args.values.dropFirst()), names: args.names))
            return .pyNone
        }
        method(t, "switch") { interp, args in
            try interp.switchGreenlet(to: try interp.greenletArg(args, "switch"), arguments: args)
        }
        method(t, "throw") { interp, args in
            let g = try interp.greenletArg(args, "throw")
            if args.hasKeywords { throw interp.typeError("greenlet.throw() takes no keyword arguments") }
            if args.positionalCount > 4 {
                throw interp.typeError("throw() takes at most 3 arguments (\(args.positionalCount - 1) given)")
            }
            let typ = args.positionalCount > 1 ? args[1] : Value(interp.greenletTypes.greenletExit)
            let exc = try interp.greenletExceptionToThrow(typ, args.positionalCount > 2 ? args[2] : .pyNone,
                                                         args.positionalCount > 3 ? args[3] : .pyNone)
            if g.state == .dead && exc.type.isSubtype(of: interp.greenletTypes.greenletExit) {
                // Thrown into a dead greenlet, GreenletExit is what it returns to its parent.
                return try interp.switchGreenlet(to: g, .value(Value(exc)), method: "throw")
            }
            return try interp.switchGreenlet(to: g, .raise(exc), method: "throw")
        }
        method(t, "__getstate__") { interp, args in
            let g = try interp.greenletArg(args, "__getstate__")
            throw interp.typeError("cannot serialize '\(g.type.isHeapType ? g.type.name : "greenlet.greenlet")' object")
        }
        method(t, "__bool__") { interp, args in
            .bool(try interp.greenletArg(args, "__bool__").state == .active)
        }
        getter(t, "dead") { interp, v in
            .bool((v.asObject as! GreenletObj).state == .dead)
        }
        getter(t, "gr_frame") { interp, v in
            let g = v.asObject as! GreenletObj
            guard g.state == .active, g !== interp.currentGreenlet, let top = g.fiber?.frames.last else { return .pyNone }
            return Value(interp.heap.track(FrameSummaryObj(entry: TracebackEntry(code: top.code, location: top.location - 1), type: interp.types.frame)))
        }
        greenletProperty(t, "run", get: { interp, g in
            if g.run.isUnbound { throw interp.error(interp.types.exceptions.attributeError, "run") }
            return g.run
        }, set: { interp, g, new in
            try interp.setGreenletRun(g, new ?? .unbound)
        })
        greenletProperty(t, "parent", get: { _, g in
            g.parent.map { Value($0) } ?? .pyNone
        }, set: { interp, g, new in
            guard let new else { throw interp.error(interp.types.exceptions.attributeError, "can't delete attribute") }
            try interp.setGreenletParent(g, new)
        })
    }

    /// An attribute of greenlets with a getter and a setter; the setter gets nil for `del`.
    private func greenletProperty(_ t: TypeObj, _ name: String,
                                  get: @escaping (Interpreter, GreenletObj) throws -> Value,
                                  set: @escaping (Interpreter, GreenletObj, Value?) throws -> Void) {
        let getter = heap.makePermanent(newBuiltin(name) { interp, args in
            try get(interp, try interp.greenletArg(args, name))
        })
        let setter = heap.makePermanent(newBuiltin(name) { interp, args in
            try set(interp, try interp.greenletArg(args, name), args[1])
            return .pyNone
        })
        let deleter = heap.makePermanent(newBuiltin(name) { interp, args in
            try set(interp, try interp.greenletArg(args, name), nil)
            return .pyNone
        })
        let p = heap.makePermanent(PropertyObj(getter: Value(getter), setter: Value(setter), deleter: Value(deleter),
                                               doc: .pyNone, type: types.property))
        t.dict!.setString(intern(name), Value(p))
        t.invalidate()
    }

    /// `g.run = f` (or `del g.run`, with `.unbound`): only before the greenlet starts.
    private func setGreenletRun(_ g: GreenletObj, _ run: Value) throws {
        if g.state != .unstarted {
            throw error(types.exceptions.attributeError, "run cannot be set after the start of the greenlet")
        }
        g.run = run
    }

    /// The exception `throw(typ, val, tb)` raises, with greenlet's checks and messages.
    func greenletExceptionToThrow(_ typ: Value, _ val: Value, _ tb: Value) throws -> ExceptionObj {
        if !tb.isNone && !(tb.asObject is TracebackObj) {
            throw typeError("throw() third argument must be a traceback object")
        }
        let isClass = (typ.asObject as? TypeObj)?.isSubtype(of: types.exceptions.baseException) ?? false
        if !isClass && !(typ.asObject is ExceptionObj) {
            throw typeError("exceptions must be classes, or instances, not \(typeName(typ))")
        }
        return try exceptionToThrow(typ, val, tb)
    }

    /// greenlet's repr: `<greenlet.greenlet object at 0x... (otid=0x...) suspended active started>`.
    func greenletRepr(_ g: GreenletObj) -> String {
        let name = g.type.isHeapType ? g.type.name : "greenlet.greenlet"
        var status: String
        switch g.state {
        case .unstarted: status = "pending"
        case .dead: status = "dead"
        case .active: status = (g === currentGreenlet ? "current" : "suspended") + " active started"
        }
        if g.isMain { status += " main" }
        return "<\(name) object at \(address(g)) (otid=\(address(mainGreenlet))) \(status)>"
    }

    private func greenletArg(_ args: Arguments, _ name: String) throws -> GreenletObj {
        guard args.positionalCount > 0, let g = args[0].asObject as? GreenletObj else {
            throw typeError("descriptor '\(name)' for 'greenlet.greenlet' objects doesn't apply to a '\(args.positionalCount > 0 ? typeName(args[0]) : "NoneType")' object")
        }
        return g
    }

    /// `greenlet(run=None, parent=None)`.
    private func initGreenlet(_ g: GreenletObj, _ args: Arguments) throws {
        if args.positionalCount > 2 {
            throw typeError("green() takes at most 2 arguments (\(args.positionalCount) given)")
        }
        // A `run` given, even None, is set; a `parent` of None means the default.
        var run: Value = args.positionalCount > 0 ? args[0] : .unbound
        var parent = args.positionalCount > 1 ? args[1] : .pyNone
        for (i, n) in args.names.enumerated() {
            let v = args.values[args.positionalCount + i]
            switch n.value {
            case "run": run = v
            case "parent": parent = v
            default: throw typeError("'\(n.value)' is an invalid keyword argument for green()")
            }
        }
        if !run.isUnbound { try setGreenletRun(g, run) }
        if !parent.isNone { try setGreenletParent(g, parent) }
    }

    private func setGreenletParent(_ g: GreenletObj, _ value: Value) throws {
        guard let p = value.asObject as? GreenletObj else {
            throw typeError("GreenletChecker: Expected any type of greenlet, not \(typeName(value))")
        }
        var cur: GreenletObj? = p
        while let c = cur {
            if c === g { throw valueError("cyclic parent chain") }
            cur = c.parent
        }
        if p.rootRef.toOpaque() != g.rootRef.toOpaque() { throw valueError("parent cannot be on a different thread") }
        g.parent = p
    }
}
