// `_socket`: BSD sockets by file descriptor, for the `socket` module written in Baozi
// (Modules/Lib/socket.py) and gevent.socket.
//
// Every socket is non-blocking at the OS level. A call that would block returns None; the
// caller then waits and retries: `wait_blocking` waits in poll(2) like CPython's blocking
// sockets (the whole process waits), `wait` parks the calling greenlet on the hub (other
// greenlets run) until the descriptor is ready or the timeout passes. Failures raise the
// OSError subclass CPython raises for the errno, with its message ("[Errno 111] Connection
// refused"); name look-ups raise `gaierror`.

import CLibUV
#if canImport(Glibc)
import Glibc
#endif

extension Interpreter {
    func setUpSocketModule() {
        let gaierror = try! makeClass(name: "gaierror", bases: [Value(types.exceptions.osError)],
                                      namespace: newDictObj(), metatype: types.type)
        gaierror.module = "socket"
        let herror = try! makeClass(name: "herror", bases: [Value(types.exceptions.osError)],
                                    namespace: newDictObj(), metatype: types.type)
        herror.module = "socket"
        hubState.gaierror = heap.makePermanent(gaierror)
        _ = heap.makePermanent(herror)

        _ = makeModule("_socket") { d in
            d.setString(intern("gaierror"), Value(gaierror))
            d.setString(intern("herror"), Value(herror))
            for (name, value) in socketConstants { d.setString(intern(name), .int(Int(value))) }

            define(d, "socket") { interp, args in
                try interp.require(.network, "socket.socket()")
                try interp.expectArgs(args, "socket", min: 3, max: 3)
                let family = try interp.cInt(args[0]), type = try interp.cInt(args[1]), proto = try interp.cInt(args[2])
                let fd = Glibc.socket(family, type | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), proto)
                if fd < 0 { throw interp.socketError(errno) }
                return .int(Int(fd))
            }
            define(d, "socketpair") { interp, args in
                try interp.require(.network, "socket.socketpair()")
                try interp.expectArgs(args, "socketpair", min: 3, max: 3)
                var fds: [Int32] = [0, 0]
                let type = try interp.cInt(args[1]) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
                if Glibc.socketpair(try interp.cInt(args[0]), type, try interp.cInt(args[2]), &fds) < 0 {
                    throw interp.socketError(errno)
                }
                return interp.newTuple([.int(Int(fds[0])), .int(Int(fds[1]))])
            }
            // Adopts a descriptor (socket(fileno=...)): non-blocking, and its (family, type, proto).
            define(d, "adopt") { interp, args in
                try interp.require(.network, "socket.socket(fileno=)")
                try interp.expectArgs(args, "adopt", min: 1, max: 1)
                let fd = try interp.cInt(args[0])
                let flags = fcntl(fd, F_GETFL)
                if flags < 0 || fcntl(fd, F_SETFL, flags | O_NONBLOCK) < 0 { throw interp.socketError(errno) }
                func opt(_ o: Int32) throws -> Int {
                    var v: Int32 = 0
                    var len = socklen_t(MemoryLayout<Int32>.size)
                    if getsockopt(fd, SOL_SOCKET, o, &v, &len) < 0 { throw interp.socketError(errno) }
                    return Int(v)
                }
                return interp.newTuple([.int(try opt(SO_DOMAIN)), .int(try opt(SO_TYPE)), .int(try opt(SO_PROTOCOL))])
            }
            define(d, "close") { interp, args in
                try interp.expectArgs(args, "close", min: 1, max: 1)
                let fd = try interp.cInt(args[0])
                // The hub's poll handle goes first: libuv must not watch a closed descriptor.
                interp.hubState.loop?.fdWaits.close(fd: fd)
                if Glibc.close(fd) < 0 && errno != EINTR { throw interp.socketError(errno) }
                return .pyNone
            }
            // connect(fd, family, address) -> errno (0, or EINPROGRESS: wait until writable).
            define(d, "connect") { interp, args in
                try interp.expectArgs(args, "connect", min: 3, max: 3)
                let fd = try interp.cInt(args[0])
                let addr = try interp.socketAddress(args[2], family: try interp.cInt(args[1]), for: "connect")
                let r = addr.withSockaddr { Glibc.connect(fd, $0, $1) }
                return .int(r < 0 ? Int(errno) : 0)
            }
            define(d, "bind") { interp, args in
                try interp.expectArgs(args, "bind", min: 3, max: 3)
                let fd = try interp.cInt(args[0])
                let addr = try interp.socketAddress(args[2], family: try interp.cInt(args[1]), for: "bind")
                if addr.withSockaddr({ Glibc.bind(fd, $0, $1) }) < 0 { throw interp.socketError(errno) }
                return .pyNone
            }
            define(d, "listen") { interp, args in
                try interp.expectArgs(args, "listen", min: 2, max: 2)
                if Glibc.listen(try interp.cInt(args[0]), try interp.cInt(args[1])) < 0 { throw interp.socketError(errno) }
                return .pyNone
            }
            // accept(fd[, may_yield]) -> (fd, address), or None when no connection is waiting
            // (or, with may_yield, when it is the other greenlets' turn: see `yieldsTurn`).
            define(d, "accept") { interp, args in
                try interp.expectArgs(args, "accept", min: 1, max: 2)
                let listener = try interp.cInt(args[0])
                if args.positionalCount == 2, interp.yieldsTurn(when: args[1]) { return .pyNone }
                var addr = SocketAddress()
                // (accept4 is hidden from Swift by glibc's feature macros.)
                let fd = addr.fill { Glibc.accept(listener, $0, $1) }
                if fd < 0 {
                    if errno == EAGAIN || errno == EWOULDBLOCK { return .pyNone }
                    throw interp.socketError(errno)
                }
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
                return interp.newTuple([.int(Int(fd)), interp.addressValue(addr)])
            }
            // recv(fd, n, flags[, may_yield]) -> bytes, or None when nothing is there yet.
            define(d, "recv") { interp, args in
                try interp.expectArgs(args, "recv", min: 3, max: 4)
                let n = try interp.bufferSize(args[1], "recv")
                let fd = try interp.cInt(args[0]), flags = try interp.cInt(args[2])
                if args.positionalCount == 4, interp.yieldsTurn(when: args[3]) { return .pyNone }
                guard let bytes = interp.hubState.receiveBuffer.receive(n, { Glibc.recv(fd, $0, n, flags) }) else {
                    return try interp.wouldBlock(errno)
                }
                return interp.newBytes(bytes)
            }
            // recv_into(fd, bytearray, n, flags) -> count, or None.
            define(d, "recv_into") { interp, args in
                try interp.expectArgs(args, "recv_into", min: 4, max: 4)
                guard let b = args[1].asObject as? BytesObj, b.type.isSubtype(of: interp.types.bytearray) else {
                    throw interp.typeError("recv_into() argument 'buffer' must be read-write bytes-like object, not \(interp.typeName(args[1]))")
                }
                var n = try interp.bufferSize(args[2], "recv_into")
                if n == 0 { n = b.bytes.count }
                if n > b.bytes.count { throw interp.valueError("buffer too small for requested bytes") }
                let fd = try interp.cInt(args[0]), flags = try interp.cInt(args[3])
                let got = b.bytes.withUnsafeMutableBytes { Glibc.recv(fd, $0.baseAddress, n, flags) }
                if got < 0 { return try interp.wouldBlock(errno) }
                return .int(got)
            }
            define(d, "recvfrom") { interp, args in
                try interp.expectArgs(args, "recvfrom", min: 3, max: 3)
                let n = try interp.bufferSize(args[1], "recvfrom")
                let fd = try interp.cInt(args[0]), flags = try interp.cInt(args[2])
                var addr = SocketAddress()
                guard let bytes = interp.hubState.receiveBuffer.receive(n, { b in addr.fill { Glibc.recvfrom(fd, b, n, flags, $0, $1) } }) else {
                    return try interp.wouldBlock(errno)
                }
                return interp.newTuple([interp.newBytes(bytes), addr.length == 0 ? .pyNone : interp.addressValue(addr)])
            }
            // send(fd, data, flags[, offset[, may_yield]]) -> count, or None when the buffer is full.
            define(d, "send") { interp, args in
                try interp.expectArgs(args, "send", min: 3, max: 5)
                let data = try interp.bytesLike(args[1])
                let fd = try interp.cInt(args[0]), flags = try interp.cInt(args[2]) | Int32(MSG_NOSIGNAL)
                let offset = args.positionalCount >= 4 ? min(max(0, try interp.indexValue(args[3], for: "send")), data.count) : 0
                if args.positionalCount == 5, interp.yieldsTurn(when: args[4]) { return .pyNone }
                let sent = data.withUnsafeBytes { Glibc.send(fd, $0.baseAddress.map { $0 + offset }, $0.count - offset, flags) }
                if sent < 0 { return try interp.wouldBlock(errno) }
                return .int(sent)
            }
            define(d, "sendto") { interp, args in
                try interp.expectArgs(args, "sendto", min: 5, max: 5)
                let data = try interp.bytesLike(args[1])
                let fd = try interp.cInt(args[0]), flags = try interp.cInt(args[2]) | Int32(MSG_NOSIGNAL)
                let addr = try interp.socketAddress(args[4], family: try interp.cInt(args[3]), for: "sendto")
                let sent = data.withUnsafeBytes { b in addr.withSockaddr { Glibc.sendto(fd, b.baseAddress, b.count, flags, $0, $1) } }
                if sent < 0 { return try interp.wouldBlock(errno) }
                return .int(sent)
            }
            define(d, "getsockname") { interp, args in
                try interp.expectArgs(args, "getsockname", min: 1, max: 1)
                let fd = try interp.cInt(args[0])
                var addr = SocketAddress()
                if addr.fill({ Glibc.getsockname(fd, $0, $1) }) < 0 { throw interp.socketError(errno) }
                return interp.addressValue(addr)
            }
            define(d, "getpeername") { interp, args in
                try interp.expectArgs(args, "getpeername", min: 1, max: 1)
                let fd = try interp.cInt(args[0])
                var addr = SocketAddress()
                if addr.fill({ Glibc.getpeername(fd, $0, $1) }) < 0 { throw interp.socketError(errno) }
                return interp.addressValue(addr)
            }
            define(d, "setsockopt") { interp, args in
                try interp.expectArgs(args, "setsockopt", min: 4, max: 4)
                let fd = try interp.cInt(args[0]), level = try interp.cInt(args[1]), opt = try interp.cInt(args[2])
                let r: Int32
                if let b = args[3].asObject as? BytesObj {
                    r = b.bytes.withUnsafeBytes { Glibc.setsockopt(fd, level, opt, $0.baseAddress, socklen_t($0.count)) }
                } else {
                    var v = try interp.cInt(args[3])
                    r = Glibc.setsockopt(fd, level, opt, &v, socklen_t(MemoryLayout<Int32>.size))
                }
                if r < 0 { throw interp.socketError(errno) }
                return .pyNone
            }
            define(d, "getsockopt") { interp, args in
                try interp.expectArgs(args, "getsockopt", min: 4, max: 4)
                let fd = try interp.cInt(args[0]), level = try interp.cInt(args[1]), opt = try interp.cInt(args[2])
                let buflen = try interp.cInt(args[3])
                if buflen <= 0 {
                    var v: Int32 = 0
                    var len = socklen_t(MemoryLayout<Int32>.size)
                    if Glibc.getsockopt(fd, level, opt, &v, &len) < 0 { throw interp.socketError(errno) }
                    return .int(Int(v))
                }
                if buflen > 1024 { throw interp.socketError(EINVAL) }
                var buf = [UInt8](repeating: 0, count: Int(buflen))
                var len = socklen_t(buflen)
                if buf.withUnsafeMutableBytes({ Glibc.getsockopt(fd, level, opt, $0.baseAddress, &len) }) < 0 {
                    throw interp.socketError(errno)
                }
                return interp.newBytes(Array(buf.prefix(Int(len))))
            }
            define(d, "shutdown") { interp, args in
                try interp.expectArgs(args, "shutdown", min: 2, max: 2)
                if Glibc.shutdown(try interp.cInt(args[0]), try interp.cInt(args[1])) < 0 { throw interp.socketError(errno) }
                return .pyNone
            }
            // The error pending on a socket (a finished non-blocking connect), as an exception
            // instance, or None.
            define(d, "pending_error") { interp, args in
                try interp.expectArgs(args, "pending_error", min: 1, max: 1)
                var v: Int32 = 0
                var len = socklen_t(MemoryLayout<Int32>.size)
                if Glibc.getsockopt(try interp.cInt(args[0]), SOL_SOCKET, SO_ERROR, &v, &len) < 0 { v = errno }
                return v == 0 ? .pyNone : Value(interp.socketError(v).exception)
            }
            define(d, "error_for") { interp, args in
                try interp.expectArgs(args, "error_for", min: 1, max: 1)
                return Value(interp.socketError(try interp.cInt(args[0])).exception)
            }
            // wait_blocking(fd, events, timeout) -> True when ready, False on timeout: poll(2),
            // the whole process waits (Ctrl-C still interrupts).
            define(d, "wait_blocking") { interp, args in
                try interp.expectArgs(args, "wait_blocking", min: 3, max: 3)
                let ready = try interp.pollBlocking([(try interp.cInt(args[0]), try interp.cInt(args[1]))], timeout: try interp.timeoutArg(args[2]))
                return .bool(!ready.isEmpty)
            }
            // poll(fds, timeout): [(fd, events)] -> [(fd, ready events)]; blocking like select().
            define(d, "poll") { interp, args in
                try interp.expectArgs(args, "poll", min: 2, max: 2)
                let ready = try interp.pollBlocking(try interp.fdEventList(args[0]), timeout: try interp.timeoutArg(args[1]))
                return interp.newList(ready.map { interp.newTuple([.int(Int($0.0)), .int(Int($0.1))]) })
            }
            // wait(fds, timeout): [(fd, events)] -> True when one is ready, False on timeout.
            // The calling greenlet waits on the hub; other greenlets run meanwhile.
            define(d, "wait") { interp, args in
                try interp.expectArgs(args, "wait", min: 2, max: 2)
                return try interp.waitOnHub(try interp.fdEventList(args[0]), timeout: try interp.timeoutArg(args[1]))
            }
            // wait_one(fd, events, timeout): `wait` for one descriptor, the way a cooperative
            // socket waits (no list to build and unpack on every wait).
            define(d, "wait_one") { interp, args in
                try interp.expectArgs(args, "wait_one", min: 3, max: 3)
                return try interp.waitOnHub([(try interp.cInt(args[0]), try interp.cInt(args[1]))], timeout: try interp.timeoutArg(args[2]))
            }
            define(d, "getaddrinfo") { interp, args in
                try interp.require(.network, "socket.getaddrinfo()")
                try interp.expectArgs(args, "getaddrinfo", min: 6, max: 6)
                return try interp.getaddrinfo(args)
            }
            // The same on the hub: returns the list, or the gaierror (the caller raises it).
            define(d, "getaddrinfo_hub") { interp, args in
                try interp.require(.network, "socket.getaddrinfo()")
                try interp.expectArgs(args, "getaddrinfo_hub", min: 6, max: 6)
                do {
                    return try interp.getaddrinfoOnHub(args)
                } catch let e as PyError where e.exception.type === interp.hubState.gaierror {
                    return Value(e.exception)
                }
            }
            define(d, "gethostname") { interp, _ in
                try interp.require(.network, "socket.gethostname()")
                var buf = [CChar](repeating: 0, count: 256)
                if Glibc.gethostname(&buf, 255) < 0 { throw interp.socketError(errno) }
                return interp.newStr(String(cString: buf))
            }
            define(d, "strerror") { interp, args in
                try interp.expectArgs(args, "strerror", min: 1, max: 1)
                return interp.newStr(String(cString: Glibc.strerror(try interp.cInt(args[0]))))
            }
        }
    }

    // MARK: Waiting

    /// poll(2) until one of `fds` is ready or `timeout` (nil: forever) passes, in slices so
    /// Ctrl-C is noticed.
    func pollBlocking(_ fds: [(Int32, Int32)], timeout: Double?) throws -> [(Int32, Int32)] {
        var pfds = fds.map { pollfd(fd: $0.0, events: Self.pollEvents($0.1), revents: 0) }
        let deadline = timeout.map { monotonicSeconds() + $0 }
        while true {
            try raiseInterrupt()
            var slice: Int32 = 100
            if let d = deadline {
                let left = d - monotonicSeconds()
                slice = left <= 0 ? 0 : Int32(min(100, (left * 1000).rounded(.up)))
            }
            let n = Glibc.poll(&pfds, nfds_t(pfds.count), slice)
            if n < 0 && errno != EINTR { throw socketError(errno) }
            if n > 0 {
                return pfds.compactMap { p in
                    var ev: Int32 = 0
                    if p.revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 { ev |= FDEvents.read }
                    if p.revents & Int16(POLLOUT | POLLHUP | POLLERR) != 0 { ev |= FDEvents.write }
                    if p.revents & Int16(POLLNVAL) != 0 { ev |= FDEvents.read | FDEvents.write }
                    return ev == 0 ? nil : (p.fd, ev)
                }
            }
            if let d = deadline, monotonicSeconds() >= d { return [] }
        }
    }

    private static func pollEvents(_ events: Int32) -> Int16 {
        var e: Int16 = 0
        if events & FDEvents.read != 0 { e |= Int16(POLLIN) }
        if events & FDEvents.write != 0 { e |= Int16(POLLOUT) }
        return e
    }

    private func monotonicSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// Parks the current greenlet on the hub until one of `fds` is ready (True) or `timeout`
    /// passes (False). Like the native sleep, it leaves no frame of its own.
    func waitOnHub(_ fds: [(Int32, Int32)], timeout: Double?) throws -> Value {
        let loop = eventLoop
        if loop.hub == nil { _ = try call(hubState.hubFactory, []) }
        guard let hub = loop.hub else { throw runtimeError("wait(): no hub") }
        let me = currentGreenlet
        if me === hub {
            throw error(types.exceptions.assertionError, "Impossible to call blocking function in the event loop callback")
        }
        let token = hubState.nextToken()
        for (fd, events) in fds {
            let r = loop.fdWaits.add(fd: fd, events: events, greenlet: me, token: token)
            if r < 0 {
                loop.fdWaits.removeAll(me)
                throw socketError(-r)
            }
        }
        var timer: TimerWatcherObj?
        if let s = timeout {
            let t: TimerWatcherObj
            if let old = me.sleepTimer, !old.active {
                t = old
                t.seconds = s
            } else {
                t = heap.track(TimerWatcherObj(loop: loop, seconds: s, type: hubState.timerType))
                me.sleepTimer = t
            }
            t.ref = true
            loop.start(t, .bool(false), [])
            t.resume = me
            t.token = token
            timer = t
        }
        do {
            return try parkInHub(hub, me, token)
        } catch {
            loop.fdWaits.removeAll(me)
            if let t = timer { loop.stop(t) }
            throw error
        }
    }

    /// True when the calling greenlet should let the others run before its socket call:
    /// after `EventLoop.ioTurn` calls that went through without waiting while other work is
    /// there (ready callbacks, greenlets waiting on sockets or timers). The call then answers
    /// "would block" once: the caller waits on the hub, its descriptor is ready, and it goes
    /// behind the greenlets that were ready before it. Only for callers that wait anyway
    /// (may_yield: not a non-blocking socket) and never without a hub.
    func yieldsTurn(when mayYield: Value) -> Bool {
        guard case .bool(true) = mayYield, let loop = hubState.loop, let hub = loop.hub, currentGreenlet !== hub else {
            return false
        }
        loop.ioStreak += 1
        if loop.ioStreak <= EventLoop.ioTurn { return false }
        loop.ioStreak = 0
        return loop.pendingCount > 0 || loop.hasRefWork
    }

    // MARK: Arguments

    func cInt(_ v: Value) throws -> Int32 {
        switch v {
        case .int(let i):
            guard let x = Int32(exactly: i) else { throw overflowError("signed integer is greater than maximum") }
            return x
        case .bool(let b): return b ? 1 : 0
        default:
            if v.asObject is BigIntObj { throw overflowError("signed integer is greater than maximum") }
            throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
        }
    }

    private func bufferSize(_ v: Value, _ what: String) throws -> Int {
        let n = try indexValue(v, for: what)
        if n < 0 { throw valueError("negative buffersize in \(what)") }
        return n
    }

    private func timeoutArg(_ v: Value) throws -> Double? {
        if v.isNone { return nil }
        return max(0, try toFloat(v))
    }

    private func bytesLike(_ v: Value) throws -> [UInt8] {
        if let b = v.asObject as? BytesObj { return b.bytes }
        throw typeError("a bytes-like object is required, not '\(typeName(v))'")
    }

    private func fdEventList(_ v: Value) throws -> [(Int32, Int32)] {
        guard let l = v.asObject as? ListObj else { throw typeError("expected a list of (fd, events)") }
        return try l.items.map { item in
            guard let t = item.asObject as? TupleObj, t.items.count == 2 else { throw typeError("expected (fd, events)") }
            return (try cInt(t.items[0]), try cInt(t.items[1]))
        }
    }

    /// EAGAIN means "not yet" (None); anything else is raised.
    private func wouldBlock(_ code: Int32) throws -> Value {
        if code == EAGAIN || code == EWOULDBLOCK { return .pyNone }
        throw socketError(code)
    }

    // MARK: Errors

    /// The OSError subclass CPython raises for `code`, with strerror's text.
    func socketError(_ code: Int32) -> PyError {
        let ex = types.exceptions
        let type: TypeObj
        switch code {
        case ECONNREFUSED: type = ex.connectionRefusedError
        case ECONNRESET: type = ex.connectionResetError
        case EPIPE, ESHUTDOWN: type = ex.brokenPipeError
        case ECONNABORTED: type = ex.connectionAbortedError
        case ETIMEDOUT: type = ex.timeoutError
        case EINTR: type = ex.interruptedError
        case EAGAIN, EALREADY, EINPROGRESS: type = ex.blockingIOError
        case ENOENT: type = ex.fileNotFoundError
        case EEXIST: type = ex.fileExistsError
        case EACCES, EPERM: type = ex.permissionError
        default: type = ex.osError
        }
        let e = heap.track(ExceptionObj(args: [.int(Int(code)), newStr(String(cString: Glibc.strerror(code)))], type: type))
        return PyError(e)
    }

    private func gaiError(_ code: Int32) -> PyError {
        let message = String(cString: gai_strerror(code))
        let e = heap.track(ExceptionObj(args: [.int(Int(code)), newStr(message)], type: hubState.gaierror ?? types.exceptions.osError))
        return PyError(e)
    }

    // MARK: Addresses

    /// A Python address for `family` as a sockaddr: (host, port) for AF_INET, (host, port[,
    /// flowinfo[, scope_id]]) for AF_INET6, a path for AF_UNIX. Host names are resolved.
    fileprivate func socketAddress(_ v: Value, family: Int32, for what: String) throws -> SocketAddress {
        var addr = SocketAddress()
        switch family {
        case AF_UNIX:
            let path: [UInt8]
            if let s = v.asObject as? StrObj {
                path = Array(s.value.utf8)
            } else if let b = v.asObject as? BytesObj {
                path = b.bytes
            } else {
                throw typeError("a bytes-like object is required, not '\(typeName(v))'")
            }
            var sun = sockaddr_un()
            let cap = MemoryLayout.size(ofValue: sun.sun_path)
            if path.count >= cap { throw osErrorPlain("AF_UNIX path too long") }
            sun.sun_family = sa_family_t(AF_UNIX)
            withUnsafeMutableBytes(of: &sun.sun_path) { p in
                for (i, byte) in path.enumerated() { p[i] = byte }
            }
            addr.set(sun, length: MemoryLayout<sa_family_t>.size + path.count + 1)
            return addr
        case AF_INET, AF_INET6:
            let name = family == AF_INET ? "AF_INET" : "AF_INET6"
            guard let t = v.asObject as? TupleObj else {
                throw typeError("\(what)(): \(name) address must be tuple, not \(typeName(v))")
            }
            let arity = family == AF_INET ? 2...2 : 2...4
            guard arity.contains(t.items.count) else {
                if family == AF_INET {
                    throw typeError("AF_INET address must be a pair (host, port)")
                }
                throw typeError("\(what)(): AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])")
            }
            guard let host = t.items[0].asObject as? StrObj else {
                throw typeError("str, bytes or bytearray expected, not \(typeName(t.items[0]))")
            }
            guard case .int(let port) = t.items[1] else {
                throw typeError("'\(typeName(t.items[1]))' object cannot be interpreted as an integer")
            }
            guard (0...65535).contains(port) else { throw overflowError("\(what)(): port must be 0-65535.") }
            var resolved = try resolveHost(host.value, family: family)
            resolved.setPort(UInt16(port))
            if family == AF_INET6 && t.items.count >= 3 {
                let flow = try cInt(t.items[2])
                let scope = t.items.count == 4 ? try cInt(t.items[3]) : 0
                resolved.setIPv6(flowinfo: UInt32(bitPattern: flow), scope: UInt32(bitPattern: scope))
            }
            return resolved
        default:
            throw osErrorPlain("getsockaddrarg: bad family \(family)")
        }
    }

    private func osErrorPlain(_ message: String) -> PyError {
        error(types.exceptions.osError, message)
    }

    /// A numeric address as is; "" the wildcard, "<broadcast>" the broadcast address; any
    /// other name through getaddrinfo.
    private func resolveHost(_ host: String, family: Int32) throws -> SocketAddress {
        var addr = SocketAddress()
        if family == AF_INET {
            var sin = sockaddr_in()
            sin.sin_family = sa_family_t(AF_INET)
            if host.isEmpty {
                sin.sin_addr.s_addr = INADDR_ANY
            } else if host == "<broadcast>" {
                sin.sin_addr.s_addr = INADDR_BROADCAST
            } else if inet_pton(AF_INET, host, &sin.sin_addr) != 1 {
                return try lookUp(host, family: family)
            }
            addr.set(sin, length: MemoryLayout<sockaddr_in>.size)
        } else {
            var sin6 = sockaddr_in6()
            sin6.sin6_family = sa_family_t(AF_INET6)
            if !host.isEmpty && inet_pton(AF_INET6, host, &sin6.sin6_addr) != 1 {
                return try lookUp(host, family: family)
            }
            addr.set(sin6, length: MemoryLayout<sockaddr_in6>.size)
        }
        return addr
    }

    private func lookUp(_ host: String, family: Int32) throws -> SocketAddress {
        var hints = addrinfo()
        hints.ai_family = family
        var res: UnsafeMutablePointer<addrinfo>?
        let r = Glibc.getaddrinfo(host, nil, &hints, &res)
        if r != 0 { throw gaiError(r) }
        defer { freeaddrinfo(res) }
        guard let first = res, let sa = first.pointee.ai_addr else { throw gaiError(EAI_NONAME) }
        var addr = SocketAddress()
        addr.copy(from: sa, length: Int(first.pointee.ai_addrlen))
        return addr
    }

    /// A sockaddr as Python shows it.
    fileprivate func addressValue(_ addr: SocketAddress) -> Value {
        switch Int32(addr.family) {
        case AF_INET:
            let sin: sockaddr_in = addr.as(sockaddr_in.self)
            var a = sin.sin_addr
            var buf = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
            inet_ntop(AF_INET, &a, &buf, socklen_t(buf.count))
            return newTuple([newStr(String(cString: buf)), .int(Int(UInt16(bigEndian: sin.sin_port)))])
        case AF_INET6:
            let sin6: sockaddr_in6 = addr.as(sockaddr_in6.self)
            var a = sin6.sin6_addr
            var buf = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
            inet_ntop(AF_INET6, &a, &buf, socklen_t(buf.count))
            return newTuple([newStr(String(cString: buf)), .int(Int(UInt16(bigEndian: sin6.sin6_port))),
                             .int(Int(UInt32(bigEndian: sin6.sin6_flowinfo))), .int(Int(sin6.sin6_scope_id))])
        case AF_UNIX:
            let pathOffset = MemoryLayout<sa_family_t>.size
            if addr.length <= pathOffset { return newStr("") }
            var bytes = addr.bytes(from: pathOffset)
            // A path is NUL-terminated; an abstract name (leading NUL) is bytes.
            if bytes.first == 0 { return newBytes(bytes) }
            if let end = bytes.firstIndex(of: 0) { bytes.removeSubrange(end...) }
            return newStr(String(decoding: bytes, as: UTF8.self))
        default:
            return newTuple([.int(Int(addr.family)), newBytes([])])
        }
    }

    // MARK: Names

    /// getaddrinfo's arguments: host/port None, str or int; family, type, proto, flags.
    private func addrinfoQuery(_ args: Arguments) throws -> (host: String?, port: String?, hints: addrinfo) {
        var hints = addrinfo()
        hints.ai_family = try cInt(args[2])
        hints.ai_socktype = try cInt(args[3])
        hints.ai_protocol = try cInt(args[4])
        hints.ai_flags = try cInt(args[5])
        let host: String?
        switch args[0] {
        case .pyNone: host = nil
        default:
            if let s = args[0].asObject as? StrObj { host = s.value } else if let b = args[0].asObject as? BytesObj {
                host = String(decoding: b.bytes, as: UTF8.self)
            } else {
                throw typeError("getaddrinfo() argument 1 must be string or None")
            }
        }
        let port: String?
        switch args[1] {
        case .pyNone: port = nil
        case .int(let p): port = String(p)
        default:
            if let s = args[1].asObject as? StrObj { port = s.value } else if let b = args[1].asObject as? BytesObj {
                port = String(decoding: b.bytes, as: UTF8.self)
            } else {
                throw osErrorPlain("Int or String expected")
            }
        }
        return (host, port, hints)
    }

    /// getaddrinfo(host, port, family, type, proto, flags), blocking like CPython's.
    private func getaddrinfo(_ args: Arguments) throws -> Value {
        var q = try addrinfoQuery(args)
        var res: UnsafeMutablePointer<addrinfo>?
        let r = Glibc.getaddrinfo(q.host, q.port, &q.hints, &res)
        if r != 0 { throw gaiError(r) }
        defer { freeaddrinfo(res) }
        return addrinfoList(res)
    }

    fileprivate func addrinfoList(_ res: UnsafeMutablePointer<addrinfo>?) -> Value {
        var out: [Value] = []
        var p = res
        while let ai = p {
            if let sa = ai.pointee.ai_addr {
                var addr = SocketAddress()
                addr.copy(from: sa, length: Int(ai.pointee.ai_addrlen))
                let canon = ai.pointee.ai_canonname.map { String(cString: $0) } ?? ""
                out.append(newTuple([.int(Int(ai.pointee.ai_family)), .int(Int(ai.pointee.ai_socktype)),
                                     .int(Int(ai.pointee.ai_protocol)), newStr(canon), addressValue(addr)]))
            }
            p = ai.pointee.ai_next
        }
        return newList(out)
    }

    /// getaddrinfo on the hub: the look-up runs on libuv's thread pool (uv_getaddrinfo) while
    /// the calling greenlet waits and the others run. It resumes with the list, or with the
    /// gaierror to raise. Numeric hosts are answered at once.
    private func getaddrinfoOnHub(_ args: Arguments) throws -> Value {
        var q = try addrinfoQuery(args)
        if q.host == nil || q.host.map({ isNumericHost($0) }) == true {
            return try getaddrinfo(args)
        }
        let loop = eventLoop
        if loop.hub == nil { _ = try call(hubState.hubFactory, []) }
        guard let hub = loop.hub else { throw runtimeError("getaddrinfo(): no hub") }
        let me = currentGreenlet
        if me === hub { return try getaddrinfo(args) }
        let token = hubState.nextToken()
        let lookup = DNSLookup(interp: self, greenlet: me, token: token)
        let req = UnsafeMutablePointer<uv_getaddrinfo_t>.allocate(capacity: 1)
        req.pointee.data = Unmanaged.passRetained(lookup).toOpaque()
        let r = uv_getaddrinfo(loop.uv, req, { req, status, res in
            guard let req = req else { return }
            let lookup = Unmanaged<DNSLookup>.fromOpaque(req.pointee.data).takeRetainedValue()
            req.deallocate()
            lookup.finish(status: status, res: res)
            if let res = res { uv_freeaddrinfo(res) }
        }, q.host, q.port, &q.hints)
        if r < 0 {
            Unmanaged<DNSLookup>.fromOpaque(req.pointee.data).release()
            req.deallocate()
            throw gaiError(Self.eaiCode(fromUV: r))
        }
        loop.fdWaits.lookupStarted(lookup)
        do {
            return try parkInHub(hub, me, token)
        } catch {
            // The switch was refused: the answer will find no one waiting.
            throw error
        }
    }

    private func isNumericHost(_ host: String) -> Bool {
        var a4 = in_addr(), a6 = in6_addr()
        return host.isEmpty || inet_pton(AF_INET, host, &a4) == 1 || inet_pton(AF_INET6, host, &a6) == 1
    }

    /// libuv's UV_EAI_* codes back to getaddrinfo's EAI_* (what CPython reports).
    fileprivate static func eaiCode(fromUV code: Int32) -> Int32 {
        switch code {
        case UV_EAI_AGAIN.rawValue: return EAI_AGAIN
        case UV_EAI_FAIL.rawValue: return EAI_FAIL
        case UV_EAI_FAMILY.rawValue: return EAI_FAMILY
        case UV_EAI_SERVICE.rawValue: return EAI_SERVICE
        case UV_EAI_SOCKTYPE.rawValue: return EAI_SOCKTYPE
        case UV_EAI_BADFLAGS.rawValue: return EAI_BADFLAGS
        case UV_EAI_MEMORY.rawValue: return EAI_MEMORY
        case UV_EAI_NODATA.rawValue: return -5
        case UV_EAI_ADDRFAMILY.rawValue: return -9
        default: return EAI_NONAME
        }
    }

    fileprivate func gaiErrorValue(_ code: Int32) -> Value {
        Value(gaiError(code).exception)
    }
}

/// A greenlet waiting for uv_getaddrinfo.
final class DNSLookup {
    unowned(unsafe) let interp: Interpreter
    let greenlet: GreenletObj
    let token: UInt32

    init(interp: Interpreter, greenlet: GreenletObj, token: UInt32) {
        self.interp = interp
        self.greenlet = greenlet
        self.token = token
    }

    fileprivate func finish(status: Int32, res: UnsafeMutablePointer<addrinfo>?) {
        guard let loop = interp.hubState.loop else { return }
        loop.fdWaits.lookupFinished(self)
        let value = status == 0 ? interp.addrinfoList(res) : interp.gaiErrorValue(Interpreter.eaiCode(fromUV: status))
        loop.enqueueResume(greenlet, token: token, value: value)
    }
}

/// A sockaddr_storage and its length.
private struct SocketAddress {
    var storage = sockaddr_storage()
    var length = MemoryLayout<sockaddr_storage>.size

    var family: sa_family_t { storage.ss_family }

    mutating func set<T>(_ value: T, length: Int) {
        withUnsafeMutableBytes(of: &storage) { dst in
            withUnsafeBytes(of: value) { src in dst.copyMemory(from: src) }
        }
        self.length = length
    }

    mutating func copy(from sa: UnsafePointer<sockaddr>, length: Int) {
        let n = min(length, MemoryLayout<sockaddr_storage>.size)
        withUnsafeMutableBytes(of: &storage) { dst in
            dst.copyMemory(from: UnsafeRawBufferPointer(start: sa, count: n))
        }
        self.length = n
    }

    func `as`<T>(_: T.Type) -> T {
        withUnsafeBytes(of: storage) { $0.loadUnaligned(as: T.self) }
    }

    func bytes(from offset: Int) -> [UInt8] {
        withUnsafeBytes(of: storage) { Array($0[offset..<max(offset, min(length, $0.count))]) }
    }

    mutating func setPort(_ port: UInt16) {
        if Int32(family) == AF_INET {
            var sin = self.as(sockaddr_in.self)
            sin.sin_port = port.bigEndian
            set(sin, length: length)
        } else if Int32(family) == AF_INET6 {
            var sin6 = self.as(sockaddr_in6.self)
            sin6.sin6_port = port.bigEndian
            set(sin6, length: length)
        }
    }

    mutating func setIPv6(flowinfo: UInt32, scope: UInt32) {
        var sin6 = self.as(sockaddr_in6.self)
        sin6.sin6_flowinfo = flowinfo.bigEndian
        sin6.sin6_scope_id = scope
        set(sin6, length: length)
    }

    func withSockaddr<R>(_ body: (UnsafePointer<sockaddr>, socklen_t) -> R) -> R {
        withUnsafeBytes(of: storage) { p in
            body(p.baseAddress!.assumingMemoryBound(to: sockaddr.self), socklen_t(length))
        }
    }

    /// Calls a function that fills in an address (accept, recvfrom, getsockname).
    mutating func fill<R>(_ body: (UnsafeMutablePointer<sockaddr>, UnsafeMutablePointer<socklen_t>) -> R) -> R {
        var len = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let r = withUnsafeMutableBytes(of: &storage) { p in
            body(p.baseAddress!.assumingMemoryBound(to: sockaddr.self), &len)
        }
        length = Int(len)
        return r
    }
}

/// The constants `socket` exports (Linux values).
private let socketConstants: [(String, Int32)] = [
    ("AF_INET", AF_INET), ("AF_INET6", AF_INET6), ("AF_UNIX", AF_UNIX), ("AF_UNSPEC", AF_UNSPEC),
    ("SOCK_STREAM", Int32(SOCK_STREAM.rawValue)), ("SOCK_DGRAM", Int32(SOCK_DGRAM.rawValue)),
    ("SOCK_RAW", Int32(SOCK_RAW.rawValue)), ("SOCK_NONBLOCK", Int32(SOCK_NONBLOCK.rawValue)),
    ("SOCK_CLOEXEC", Int32(SOCK_CLOEXEC.rawValue)),
    ("SOL_SOCKET", SOL_SOCKET), ("SO_REUSEADDR", SO_REUSEADDR), ("SO_REUSEPORT", SO_REUSEPORT),
    ("SO_KEEPALIVE", SO_KEEPALIVE), ("SO_BROADCAST", SO_BROADCAST), ("SO_ERROR", SO_ERROR),
    ("SO_RCVBUF", SO_RCVBUF), ("SO_SNDBUF", SO_SNDBUF), ("SO_LINGER", SO_LINGER), ("SO_TYPE", SO_TYPE),
    ("IPPROTO_IP", Int32(IPPROTO_IP)), ("IPPROTO_TCP", Int32(IPPROTO_TCP)), ("IPPROTO_UDP", Int32(IPPROTO_UDP)),
    ("IPPROTO_IPV6", Int32(IPPROTO_IPV6)), ("TCP_NODELAY", Int32(TCP_NODELAY)), ("IPV6_V6ONLY", Int32(IPV6_V6ONLY)),
    ("SHUT_RD", Int32(SHUT_RD)), ("SHUT_WR", Int32(SHUT_WR)), ("SHUT_RDWR", Int32(SHUT_RDWR)),
    ("MSG_PEEK", Int32(MSG_PEEK)), ("MSG_DONTWAIT", Int32(MSG_DONTWAIT)), ("MSG_WAITALL", Int32(MSG_WAITALL)),
    ("AI_PASSIVE", AI_PASSIVE), ("AI_CANONNAME", AI_CANONNAME), ("AI_NUMERICHOST", AI_NUMERICHOST),
    ("AI_NUMERICSERV", AI_NUMERICSERV), ("AI_ADDRCONFIG", AI_ADDRCONFIG), ("AI_V4MAPPED", AI_V4MAPPED),
    ("AI_ALL", AI_ALL), ("EAI_NONAME", EAI_NONAME), ("EAI_AGAIN", EAI_AGAIN), ("EAI_FAIL", EAI_FAIL),
    ("EAI_FAMILY", EAI_FAMILY), ("EAI_SERVICE", EAI_SERVICE), ("SOMAXCONN", SOMAXCONN),
    ("INADDR_ANY", Int32(bitPattern: INADDR_ANY)), ("EINPROGRESS", EINPROGRESS), ("EAGAIN", EAGAIN),
    ("EISCONN", EISCONN), ("EALREADY", EALREADY), ("EBADF", EBADF), ("ENOTCONN", ENOTCONN),
]

/// The memory the native recv calls and TLS reads land in, allocated once per interpreter:
/// each call's bytes object gets exactly what arrived, instead of a zero-filled array of the
/// requested size (64 KiB for a buffered reader) that is touched, purged and freed each time.
final class ReceiveBuffer {
    private static let size = 65536
    private let memory = UnsafeMutableRawPointer.allocate(byteCount: ReceiveBuffer.size, alignment: 16)

    deinit { memory.deallocate() }

    /// Calls `read(buffer)` (a recv of at most `n` bytes, answering a count or -1 with errno
    /// set) and returns the bytes read, or nil when it failed.
    func receive(_ n: Int, _ read: (UnsafeMutableRawPointer) -> Int) -> [UInt8]? {
        if n <= ReceiveBuffer.size {
            let got = read(memory)
            if got < 0 { return nil }
            return Array(UnsafeRawBufferPointer(start: memory, count: got))
        }
        var got = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: n) { buffer, count in
            got = buffer.baseAddress.map { read(UnsafeMutableRawPointer($0)) } ?? 0
            count = max(0, got)
        }
        return got < 0 ? nil : bytes
    }
}
