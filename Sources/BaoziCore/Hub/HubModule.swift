// `_baozi_hub`: the native half of the gevent hub, used by the gevent modules written in Baozi
// (Modules/Lib/gevent*.py). It exposes the event loop: run_callback, timer, run_one, now.
//
// `run_one()` runs the next ready callback as if the hub's script code had called it: the
// callback is requested from the VM (see `requestCall`), so it may switch greenlets. When
// nothing is ready and no timer is armed it returns the IDLE marker: whoever waits would wait
// forever (gevent's LoopExit).

import Foundation
import CLibUV

extension Interpreter {
    /// The interpreter's event loop, made when gevent is first imported.
    var eventLoop: EventLoop {
        if let l = hubState.loop { return l }
        let l = EventLoop(interp: self, callbackType: hubState.callbackType)
        hubState.loop = l
        extraRoots.append { [unowned l] marker in l.trace(&marker) }
        return l
    }

    func setUpHubModule() {
        let callbackType = makeNativeClass("callback", base: types.object, layout: .other, module: "_baozi_hub")
        let timerType = makeNativeClass("timer", base: types.object, layout: .other, module: "_baozi_hub")
        let idle = Value(heap.makePermanent(SingletonObj(repr: "<loop idle>", type: types.object)))
        hubState = HubState(callbackType: callbackType, timerType: timerType, idle: idle)
        hubState.spawnKeys = SpawnKeys(run: intern("_run"), args: intern("args"), kwargs: intern("_kwargs"),
                                       startEvent: intern("_start_event"), switchName: intern("switch"))
        setUpSocketModule()
        setUpTLSModule()

        method(callbackType, "stop") { _, args in
            (args[0].asObject as? LoopCallbackObj)?.pending = false
            return .pyNone
        }
        method(callbackType, "close") { _, args in
            (args[0].asObject as? LoopCallbackObj)?.pending = false
            return .pyNone
        }
        getter(callbackType, "pending") { _, v in .bool((v.asObject as! LoopCallbackObj).pending) }
        method(callbackType, "__bool__") { _, args in
            let cb = args[0].asObject as! LoopCallbackObj
            return .bool(cb.pending || cb.running)
        }
        getter(callbackType, "callback") { _, v in (v.asObject as! LoopCallbackObj).function }

        method(timerType, "start") { interp, args in
            guard let t = args[0].asObject as? TimerWatcherObj, args.positionalCount >= 2 else {
                throw interp.typeError("timer.start() needs a callback")
            }
            interp.eventLoop.start(t, args[1], args.positionalArray(from: 2))
            return .pyNone
        }
        method(timerType, "stop") { interp, args in
            if let t = args[0].asObject as? TimerWatcherObj { interp.eventLoop.stop(t) }
            return .pyNone
        }
        method(timerType, "close") { interp, args in
            if let t = args[0].asObject as? TimerWatcherObj { interp.eventLoop.stop(t) }
            return .pyNone
        }
        getter(timerType, "active") { _, v in .bool((v.asObject as! TimerWatcherObj).active) }
        getter(timerType, "pending") { _, v in .bool((v.asObject as! TimerWatcherObj).pending) }
        getter(timerType, "ref") { _, v in .bool((v.asObject as! TimerWatcherObj).ref) }
        method(timerType, "_set_ref") { interp, args in
            guard args.positionalCount == 2, let t = args[0].asObject as? TimerWatcherObj else {
                throw interp.typeError("_set_ref() needs a timer and a flag")
            }
            interp.eventLoop.setRef(t, try interp.truthy(args[1]))
            return .pyNone
        }
        getter(timerType, "seconds") { _, v in .float((v.asObject as! TimerWatcherObj).seconds) }

        // spawn, joinall and sleep are builtins too: gevent's own functions, imported on use.
        for name in ["spawn", "joinall", "sleep"] {
            define(builtins, name) { interp, args in
                let gevent = try interp.importModule("gevent", fromList: .pyNone, level: .int(0), globals: interp.mainNamespace)
                let fn = try interp.getAttribute(gevent, name)
                let positional = args.positionalArray()
                let kwargs = args.keywordPairs
                return interp.requestCall(fn, positional, kwargs: kwargs)
            }
        }

        _ = makeModule("_baozi_hub") { d in
            d.setString(intern("IDLE"), idle)
            define(d, "run_callback") { interp, args in
                guard args.positionalCount >= 1 else { throw interp.typeError("run_callback() needs a callable") }
                return Value(interp.eventLoop.runCallback(args[0], args.positionalArray(from: 1)))
            }
            define(d, "timer") { interp, args in
                try interp.expectArgs(args, "timer", min: 1, max: 2)
                let s = try interp.toFloat(args[0])
                let t = interp.heap.track(TimerWatcherObj(loop: interp.eventLoop, seconds: s, type: interp.hubState.timerType))
                if args.positionalCount == 2 { t.ref = try interp.truthy(args[1]) }
                return Value(t)
            }
            define(d, "run_one") { interp, _ in
                let loop = interp.eventLoop
                loop.ioStreak = 0
                // The hub asks for the next callback only once the previous one has returned.
                loop.current?.running = false
                loop.current = nil
                guard let cb = loop.nextCallback(interrupted: { interp.interruptPending }) else {
                    // Ctrl-C while the hub waits: KeyboardInterrupt goes to the main greenlet
                    // (the hub's error handler throws it there).
                    try interp.raiseInterrupt()
                    return interp.hubState.idle
                }
                if let g = cb.resume {
                    // A native sleep ends: switch straight back, unless the greenlet was
                    // woken otherwise meanwhile (killed, thrown into).
                    let token = cb.token
                    let value = cb.function
                    loop.recycleResume(cb)
                    guard g.state == .active, g.waitToken == token else { return .pyNone }
                    return try interp.switchGreenlet(to: g, .value(value), method: "switch")
                }
                cb.running = true
                loop.current = cb
                return interp.requestCall(cb.function, cb.args)
            }
            define(d, "now") { interp, _ in .float(interp.eventLoop.now()) }
            // gevent's sleep(seconds=0, ref=True), native: no frame of its own stays on a
            // parked greenlet, and its timer is reused from one sleep to the next.
            define(d, "sleep") { interp, args in
                var seconds: Value = .int(0)
                var ref: Value = .bool(true)
                guard args.positionalCount <= 2 else { throw interp.typeError("sleep() takes at most 2 arguments") }
                if args.positionalCount >= 1 { seconds = args[0] }
                if args.positionalCount == 2 { ref = args[1] }
                for (i, n) in args.names.enumerated() {
                    if n.value == "seconds" && args.positionalCount == 0 {
                        seconds = args.values[args.positionalCount + i]
                    } else if n.value == "ref" && args.positionalCount < 2 {
                        ref = args.values[args.positionalCount + i]
                    } else {
                        throw interp.typeError("sleep() got an unexpected keyword argument '\(n.value)'")
                    }
                }
                // gevent compares `seconds <= 0` first: a non-number is a TypeError.
                let s: Double
                switch seconds {
                case .int(let i): s = Double(i)
                case .float(let f): s = f
                case .bool(let b): s = b ? 1 : 0
                default:
                    if seconds.asObject is BigIntObj { s = try interp.toFloat(seconds) } else {
                        throw interp.typeError("'<=' not supported between instances of '\(interp.typeName(seconds))' and 'int'")
                    }
                }
                let loop = interp.eventLoop
                if loop.hub == nil {
                    // First use: gevent.hub.get_hub() makes the hub (its __init__ calls set_hub).
                    _ = try interp.call(interp.hubState.hubFactory, [])
                }
                guard let hub = loop.hub else { throw interp.runtimeError("sleep(): no hub") }
                let me = interp.currentGreenlet
                if me === hub {
                    throw interp.error(interp.types.exceptions.assertionError, "Impossible to call blocking function in the event loop callback")
                }
                let token = interp.hubState.nextToken()
                if s <= 0 {
                    loop.enqueueResume(me, token: token)
                    return try interp.parkInHub(hub, me, token)
                }
                let t: TimerWatcherObj
                if let old = me.sleepTimer, !old.active {
                    t = old
                    t.seconds = s
                } else {
                    t = interp.heap.track(TimerWatcherObj(loop: loop, seconds: s, type: interp.hubState.timerType))
                    me.sleepTimer = t
                }
                t.ref = try interp.truthy(ref)
                loop.start(t, .pyNone, [])
                t.resume = me
                t.token = token
                do {
                    return try interp.parkInHub(hub, me, token)
                } catch {
                    loop.stop(t)
                    throw error
                }
            }
            // gevent.spawn(run, *args, **kwargs): Greenlet(run, *args, **kwargs).start() in
            // one native call, storing what Greenlet.__init__ and start() store. Anything
            // unusual (no run, run by keyword, not callable) goes to Greenlet.spawn.
            define(d, "spawn") { interp, args in
                try interp.spawnGreenlet(args)
            }
            // Greenlet.spawning_greenlet's storage (GreenletObj.spawner).
            define(d, "spawner") { interp, args in
                guard args.positionalCount == 1, let g = args[0].asObject as? GreenletObj else {
                    throw interp.typeError("spawner() needs a greenlet")
                }
                return g.spawner
            }
            define(d, "set_spawner") { interp, args in
                guard args.positionalCount == 2, let g = args[0].asObject as? GreenletObj else {
                    throw interp.typeError("set_spawner() needs a greenlet and a value")
                }
                g.spawner = args[1]
                return .pyNone
            }
            define(d, "set_greenlet_class") { interp, args in
                try interp.expectArgs(args, "set_greenlet_class", min: 2, max: 2)
                // None: every spawn goes to the fallback (spawn callbacks need start()).
                let cls = args[0].asObject as? TypeObj
                if cls == nil && !args[0].isNone { throw interp.typeError("set_greenlet_class() needs a class") }
                interp.hubState.greenletClass = cls
                interp.hubState.spawnFallback = args[1]
                return .pyNone
            }
            define(d, "set_hub_factory") { interp, args in
                try interp.expectArgs(args, "set_hub_factory", min: 1, max: 1)
                interp.hubState.hubFactory = args[0]
                return .pyNone
            }
            // The hub greenlet is never finalized: at shutdown its loop would keep running.
            // None forgets it (Hub.destroy).
            define(d, "set_hub") { interp, args in
                if args.positionalCount == 1, args[0].isNone {
                    interp.eventLoop.hub = nil
                    return .pyNone
                }
                guard args.positionalCount == 1, let g = args[0].asObject as? GreenletObj else {
                    throw interp.typeError("set_hub() needs a greenlet")
                }
                g.finalizeWhenSuspended = false
                interp.eventLoop.hub = g
                return .pyNone
            }
            define(d, "pending_count") { interp, _ in .int(interp.eventLoop.pendingCount) }
            define(d, "active_timers") { interp, _ in .int(interp.eventLoop.activeTimerCount) }
            define(d, "backend_fd") { interp, _ in .int(Int(uv_backend_fd(interp.eventLoop.uv))) }
            // gevent stamps "... failed with ..." reports with the UTC time.
            define(d, "timestamp") { interp, _ in
                // gevent's error reports show the time: a placeholder unless the host grants
                // the wall clock (an error report must not fail).
                guard interp.capabilities.contains(.wallClock) else { return interp.newStr("(time not granted)") }
                let f = DateFormatter()
                f.locale = Locale(identifier: "en_US_POSIX")
                f.timeZone = TimeZone(identifier: "UTC")
                f.dateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'"
                return interp.newStr(f.string(from: Date()))
            }
            // The traceback text of an exception, as an uncaught one prints it.
            define(d, "format_exception") { interp, args in
                guard args.positionalCount == 1, let e = args[0].asObject as? ExceptionObj else {
                    throw interp.typeError("format_exception() needs an exception instance")
                }
                return interp.newStr(interp.formatTraceback(e))
            }
        }
    }
}

/// What the hub module keeps per interpreter.
struct HubState {
    let callbackType: TypeObj
    let timerType: TypeObj
    let idle: Value
    var loop: EventLoop? = nil
    var lastToken: UInt32 = 0
    /// gevent.hub.get_hub, which makes the hub on first use (see the native `sleep`).
    var hubFactory: Value = .pyNone
    /// gevent.Greenlet and Greenlet.spawn, for the native `spawn`.
    var greenletClass: TypeObj? = nil
    var spawnFallback: Value = .pyNone
    /// The names the native `spawn` stores, interned once.
    var spawnKeys: SpawnKeys? = nil
    /// socket.gaierror, raised by the native name look-ups.
    var gaierror: TypeObj? = nil
    /// Where the native recv calls and TLS reads land before their bytes object is made.
    let receiveBuffer = ReceiveBuffer()

    /// A token for a greenlet parking in the native sleep; never 0 (not parked). Tokens are
    /// 32 bits (to keep `GreenletObj` small) and wrap, which is safe: a token is compared with
    /// its own greenlet's `waitToken` only, and an outdated one (the greenlet was woken
    /// otherwise) can only wait in the ready FIFO, which the hub drains in order, one entry
    /// per switch to it, long before 2^32 more sleeps. A woken greenlet's timer is stopped.
    mutating func nextToken() -> UInt32 {
        lastToken &+= 1
        if lastToken == 0 { lastToken = 1 }
        return lastToken
    }
}

struct SpawnKeys {
    let run, args, kwargs, startEvent, switchName: StrObj
}

extension Interpreter {
    /// The native `gevent.spawn` (see `setUpHubModule`).
    func spawnGreenlet(_ args: Arguments) throws -> Value {
        guard let cls = hubState.greenletClass, let keys = hubState.spawnKeys, args.positionalCount >= 1, isPlainCallable(args[0]),
              !args.names.contains(where: { $0.value == "run" }) else {
            return requestCall(hubState.spawnFallback, args.positionalArray(), kwargs: args.keywordPairs)
        }
        let loop = eventLoop
        if loop.hub == nil { _ = try call(hubState.hubFactory, []) }
        guard let hub = loop.hub else { throw runtimeError("spawn(): no hub") }
        let g = heap.track(GreenletObj(type: cls, parent: hub))
        let d = newDictObj()
        g.dict = d
        // The keys and their order are Greenlet.__init__'s, then start()'s.
        d.setString(keys.run, args[0])
        let n = args.positionalCount
        if n > 1 { d.setString(keys.args, newTuple(ContiguousArray(args.values[1..<n]))) }
        if !args.names.isEmpty {
            let kw = newDictObj()
            for (i, name) in args.names.enumerated() { kw.setString(name, args.values[n + i]) }
            d.setString(keys.kwargs, Value(kw))
        }
        g.spawner = Value(currentGreenlet)
        guard let sw = cls.lookup(keys.switchName) else { throw runtimeError("spawn(): no switch") }
        let start = loop.runCallback(try bindDescriptor(sw, instance: Value(g), owner: cls), [])
        d.setString(keys.startEvent, Value(start))
        return Value(g)
    }

    /// A function, method, builtin or class: callable without looking further.
    private func isPlainCallable(_ v: Value) -> Bool {
        guard case .object(let r) = v else { return false }
        let o = r.obj
        return o is FunctionObj || o is BuiltinFunctionObj || o is MethodObj || o is TypeObj
    }
}

extension Interpreter {
    /// Switches to the hub with `me` parked on `token`; a refused switch leaves no wait behind.
    func parkInHub(_ hub: GreenletObj, _ me: GreenletObj, _ token: UInt32) throws -> Value {
        do {
            let r = try switchGreenlet(to: hub, .arguments([], []), method: "switch")
            me.waitToken = token
            return r
        } catch {
            me.waitToken = 0
            throw error
        }
    }
}

extension Interpreter {
    /// `g` is switched into while parked by a native sleep (woken, or killed): no ready entry
    /// or timer may resume it any more, and its sleep timer must not stay armed.
    func endNativeWait(_ g: GreenletObj) {
        g.waitToken = 0
        guard let loop = hubState.loop else { return }
        if let t = g.sleepTimer, t.active { loop.stop(t) }
        if !loop.fdWaits.isEmpty { loop.fdWaits.removeAll(g) }
    }
}
