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
            runName: intern("run"))
        setUpGreenletMethods(greenletType)

        let getcurrent = heap.makePermanent(newBuiltin("getcurrent") { interp, _ in Value(interp.currentGreenlet) })
        greenletType.dict!.setString(intern("getcurrent"), Value(heap.makePermanent(
            MethodWrapperObj(function: Value(getcurrent), type: types.staticmethod))))
        greenletType.dict!.setString(intern("GreenletExit"), Value(greenletTypes.greenletExit))
        greenletType.dict!.setString(intern("error"), Value(greenletTypes.error))
        greenletType.invalidate()

        _ = makeModule("greenlet") { d in
            d.setString(intern("greenlet"), Value(greenletType))
            d.setString(intern("getcurrent"), Value(getcurrent))
            d.setString(intern("GreenletExit"), Value(greenletTypes.greenletExit))
            d.setString(intern("error"), Value(greenletTypes.error))
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
            return .none
        }
        method(t, "switch") { interp, args in
            try interp.switchGreenlet(to: try interp.greenletArg(args, "switch"), arguments: args)
        }
        method(t, "throw") { interp, args in
            try interp.expectArgs(args, "throw", min: 1, max: 4)
            let g = try interp.greenletArg(args, "throw")
            let typ = args.positionalCount > 1 ? args[1] : Value(interp.greenletTypes.greenletExit)
            let exc = try interp.exceptionToThrow(typ, args.positionalCount > 2 ? args[2] : .none)
            return try interp.switchGreenlet(to: g, .raise(exc), method: "throw")
        }
        method(t, "__bool__") { interp, args in
            .bool(try interp.greenletArg(args, "__bool__").state == .active)
        }
        getter(t, "dead") { interp, v in
            .bool((v.asObject as! GreenletObj).state == .dead)
        }
        getter(t, "gr_frame") { interp, v in
            let g = v.asObject as! GreenletObj
            guard g.state == .active, g !== interp.currentGreenlet, let top = g.fiber?.frames.last else { return .none }
            return Value(interp.heap.track(FrameSummaryObj(entry: TracebackEntry(code: top.code, pc: top.pc - 1), type: interp.types.frame)))
        }
        property(t, "run", get: { interp, v in
            let g = v.asObject as! GreenletObj
            if g.run.isUnbound { throw interp.error(interp.types.exceptions.attributeError, "run") }
            return g.run
        }, set: { interp, v, new in
            let g = v.asObject as! GreenletObj
            if g.state != .unstarted { throw interp.error(interp.types.exceptions.attributeError, "run cannot be set after the start of the greenlet") }
            g.run = new
        })
        property(t, "parent", get: { _, v in
            (v.asObject as! GreenletObj).parent.map { Value($0) } ?? .none
        }, set: { interp, v, new in
            try interp.setGreenletParent(v.asObject as! GreenletObj, new)
        })
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
        var run = args.positionalCount > 0 ? args[0] : .none
        var parent = args.positionalCount > 1 ? args[1] : .none
        for (i, n) in args.names.enumerated() {
            let v = args.values[args.positionalCount + i]
            switch n.value {
            case "run": run = v
            case "parent": parent = v
            default: throw typeError("'\(n.value)' is an invalid keyword argument for green()")
            }
        }
        if !run.isNone {
            if g.state != .unstarted { throw error(types.exceptions.attributeError, "run cannot be set after the start of the greenlet") }
            g.run = run
        }
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
