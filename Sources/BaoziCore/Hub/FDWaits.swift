// Greenlets waiting for a file descriptor to become readable or writable, on the hub.
//
// Each descriptor that someone waits on has one libuv poll handle (libuv allows only one per
// descriptor), made on its first wait and closed when the socket is closed. Waiters are
// one-shot: when the descriptor is ready, each matching waiter's greenlet is queued for
// resumption (with True) and forgotten. The handle keeps its event mask while its waiters
// want no more than that (a server's next wait on the same socket then costs no epoll_ctl);
// it is narrowed to what they want, or stopped, only when it fires for no one. A greenlet
// may wait on several descriptors at once (select): whichever fires first resumes it, and
// the switch into it (`endNativeWait`) drops its other registrations.

import CLibUV

/// What `wait` means by events: libuv's UV_READABLE and UV_WRITABLE.
enum FDEvents {
    static let read: Int32 = 1
    static let write: Int32 = 2
}

/// One descriptor's libuv poll handle and the greenlets waiting on it.
final class FDPoller {
    unowned(unsafe) let waits: FDWaits
    let fd: Int32
    let handle: UnsafeMutablePointer<uv_poll_t>
    var waiters: [(greenlet: GreenletObj, token: UInt32, events: Int32)] = []
    /// The event mask the handle is started with; 0 when stopped.
    var mask: Int32 = 0

    init(waits: FDWaits, fd: Int32, handle: UnsafeMutablePointer<uv_poll_t>) {
        self.waits = waits
        self.fd = fd
        self.handle = handle
    }
}

final class FDWaits {
    unowned(unsafe) let loop: EventLoop
    private var pollers: [Int32: FDPoller] = [:]
    /// The descriptors each parked greenlet waits on, to drop them all when it is resumed.
    private var byGreenlet: [ObjectIdentifier: [Int32]] = [:]

    init(loop: EventLoop) {
        self.loop = loop
    }

    var isEmpty: Bool { byGreenlet.isEmpty }

    /// Registers `g` (parked with `token`) as waiting for `events` on `fd`; false with the
    /// libuv error when libuv cannot poll it (a regular file, a closed descriptor).
    func add(fd: Int32, events: Int32, greenlet g: GreenletObj, token: UInt32) -> Int32 {
        let poller: FDPoller
        if let p = pollers[fd] {
            poller = p
        } else {
            let h = UnsafeMutablePointer<uv_poll_t>.allocate(capacity: 1)
            let r = uv_poll_init_socket(loop.uv, h, fd)
            if r < 0 {
                h.deallocate()
                return r
            }
            poller = FDPoller(waits: self, fd: fd, handle: h)
            // The dict keeps the poller alive until the handle is closed.
            h.pointee.data = Unmanaged.passUnretained(poller).toOpaque()
            pollers[fd] = poller
        }
        poller.waiters.append((g, token, events))
        byGreenlet[ObjectIdentifier(g), default: []].append(fd)
        loop.refWatcherCount += 1
        return restart(poller)
    }

    /// Widens the handle's mask when its waiters want more than it watches. With `exact`
    /// (it fired for no one), narrows or stops it to what they want.
    @discardableResult
    private func restart(_ p: FDPoller, exact: Bool = false) -> Int32 {
        var mask: Int32 = 0
        for w in p.waiters { mask |= w.events }
        if mask == p.mask || (!exact && mask & ~p.mask == 0) { return 0 }
        p.mask = mask
        if mask == 0 { return uv_poll_stop(p.handle) }
        return uv_poll_start(p.handle, mask) { h, status, events in
            guard let h = h else { return }
            let poller = Unmanaged<FDPoller>.fromOpaque(h.pointee.data).takeUnretainedValue()
            poller.waits.ready(poller, status: status, events: events)
        }
    }

    private func ready(_ p: FDPoller, status: Int32, events: Int32) {
        // An error (the descriptor went bad) wakes everyone: their next call reports it.
        var woken: [(greenlet: GreenletObj, token: UInt32, events: Int32)] = []
        p.waiters.removeAll { w in
            if status < 0 || w.events & events != 0 {
                woken.append(w)
                return true
            }
            return false
        }
        for w in woken {
            forget(w.greenlet, fd: p.fd)
            loop.enqueueResume(w.greenlet, token: w.token, value: .bool(true))
        }
        // libuv stops a handle whose descriptor reported an error.
        if status < 0 { p.mask = 0 }
        restart(p, exact: woken.isEmpty)
    }

    private func forget(_ g: GreenletObj, fd: Int32) {
        let key = ObjectIdentifier(g)
        guard var fds = byGreenlet[key], let i = fds.firstIndex(of: fd) else { return }
        fds.remove(at: i)
        byGreenlet[key] = fds.isEmpty ? nil : fds
        loop.refWatcherCount -= 1
    }

    /// `g` is resumed or woken otherwise: it waits on nothing any more.
    func removeAll(_ g: GreenletObj) {
        guard let fds = byGreenlet.removeValue(forKey: ObjectIdentifier(g)) else { return }
        loop.refWatcherCount -= fds.count
        for fd in fds {
            guard let p = pollers[fd] else { continue }
            p.waiters.removeAll { $0.greenlet === g }
            restart(p)
        }
    }

    /// The socket on `fd` is being closed: its waiters are woken (their next call fails with
    /// EBADF) and the handle is closed before the descriptor is.
    func close(fd: Int32) {
        guard let p = pollers.removeValue(forKey: fd) else { return }
        for w in p.waiters {
            forget(w.greenlet, fd: fd)
            loop.enqueueResume(w.greenlet, token: w.token, value: .bool(true))
        }
        p.waiters = []
        uv_close(UnsafeMutableRawPointer(p.handle).assumingMemoryBound(to: uv_handle_t.self)) { h in
            h?.deallocate()
        }
    }

    /// The loop is going away (the interpreter with it): every handle is closed, and no one
    /// is woken.
    func closeAll() {
        for p in pollers.values {
            uv_close(UnsafeMutableRawPointer(p.handle).assumingMemoryBound(to: uv_handle_t.self)) { h in
                h?.deallocate()
            }
        }
        pollers = [:]
        byGreenlet = [:]
    }

    // MARK: Name look-ups (uv_getaddrinfo), kept here so their greenlets stay marked

    private var lookups: [ObjectIdentifier: DNSLookup] = [:]

    func lookupStarted(_ l: DNSLookup) {
        lookups[ObjectIdentifier(l)] = l
        loop.refWatcherCount += 1
    }

    func lookupFinished(_ l: DNSLookup) {
        if lookups.removeValue(forKey: ObjectIdentifier(l)) != nil { loop.refWatcherCount -= 1 }
    }

    func trace(_ marker: inout Marker) {
        for l in lookups.values { marker.mark(l.greenlet) }
        for p in pollers.values {
            for w in p.waiters { marker.mark(w.greenlet) }
        }
    }
}
