// The event loop under the gevent hub.
//
// Ready callbacks (greenlet starts, `sleep(0)`, link notifications) are a FIFO kept in Swift:
// no libuv round trip for them. libuv is there for what needs the kernel: timers now, sockets
// and DNS later. libuv's C callbacks never run script code; they only move the watcher's
// callback onto the ready FIFO. The hub greenlet (script code in gevent's hub module) takes
// callbacks off the FIFO one at a time and calls them, so each callback may switch greenlets.

import CLibUV
#if canImport(Glibc)
import Glibc
#endif

/// A callback waiting on the ready FIFO: `loop.run_callback(fn, *args)`.
final class LoopCallbackObj: Obj {
    var function: Value
    var args: [Value]
    /// False once run or stopped.
    var pending = true
    /// Instead of a call: resume this greenlet with None, if it still waits on `token`
    /// (the native `sleep`; see `Interpreter.resumeWaiter`).
    unowned(unsafe) var resume: GreenletObj?
    var token: UInt32 = 0
    /// True while the hub runs it (until the hub asks for the next callback). gevent's
    /// callbacks are true while pending or running, which objects use to coalesce notifiers.
    var running = false

    init(function: Value, args: [Value], type: TypeObj) {
        self.function = function
        self.args = args
        super.init(type: type)
    }

    override func trace(_ marker: inout Marker) {
        marker.mark(function)
        marker.mark(args)
        marker.mark(resume)
    }
}

/// `loop.timer(seconds)`: a one-shot timer whose expiry queues its callback. Armed timers
/// wait in the loop's heap (see `EventLoop.timers`), not each in a libuv handle: a greenlet
/// parked in `sleep()` keeps only this object.
final class TimerWatcherObj: Obj {
    unowned(unsafe) let loop: EventLoop
    var seconds: Double
    var function: Value = .pyNone
    var args: [Value] = []
    var active: Bool { heapIndex >= 0 }
    /// False for `ref=False`: an armed timer that does not keep the loop alive.
    var ref = true
    /// The callback its last expiry queued, until it runs: stopping the timer cancels it,
    /// so a Timeout cancelled just as it fell due throws nothing later.
    var queued: LoopCallbackObj?
    /// Armed, or expired with its callback still waiting to run (gevent's `pending`).
    var pending: Bool { active || queued?.pending == true }
    /// When set, expiry resumes this greenlet (if it still waits on `token`) instead of
    /// calling `function`.
    unowned(unsafe) var resume: GreenletObj?
    var token: UInt32 = 0
    /// The loop time (ms) it expires at, and its start order among timers due together.
    var deadline: UInt64 = 0
    var seq: UInt64 = 0
    /// Its position in the loop's heap; -1 when not armed.
    var heapIndex = -1

    init(loop: EventLoop, seconds: Double, type: TypeObj) {
        self.loop = loop
        self.seconds = seconds
        super.init(type: type)
    }

    override func trace(_ marker: inout Marker) {
        marker.mark(function)
        marker.mark(args)
        marker.mark(resume)
        if let q = queued { marker.mark(q) }
    }
}

final class EventLoop {
    let uv: UnsafeMutablePointer<uv_loop_t>
    /// Callbacks ready to run, oldest first; `head` is the next one.
    private var ready: ContiguousArray<LoopCallbackObj> = []
    private var head = 0
    /// Callbacks to run before libuv is polled again (timers must not starve behind a stream
    /// of `sleep(0)`s).
    private var batchLeft = 0
    /// The callback the hub is running, if any (see `LoopCallbackObj.running`).
    var current: LoopCallbackObj?
    /// Used resume entries, for the next `enqueueResume`: a `sleep(0)` allocates nothing.
    /// Traced, so the collector keeps them.
    private var freeResumes: [LoopCallbackObj] = []
    /// The hub greenlet (`set_hub`), for the native `sleep`.
    var hub: GreenletObj?
    /// Socket calls that went through without waiting since the hub last ran (see
    /// `Interpreter.yieldsTurn`).
    var ioStreak = 0
    /// How many such calls a greenlet makes before it lets the others run: a server whose
    /// client always has the next request ready would otherwise serve that one connection
    /// while the others starve (wrk's timeouts). A few requests a turn.
    static let ioTurn = 8
    /// Armed timers, a binary min-heap on (deadline, seq): the order libuv runs its own
    /// timers in. One libuv timer (`master`) is armed for the earliest. They are roots.
    private var timers: [Unmanaged<TimerWatcherObj>] = []
    private var timerSeq: UInt64 = 0
    let master: UnsafeMutablePointer<uv_timer_t>
    var activeTimerCount: Int { timers.count }
    /// Armed timers with `ref` set: only these keep the loop alive.
    private var refTimerCount = 0
    /// Handles other than timers that keep the loop alive (socket waits, DNS look-ups).
    var refWatcherCount = 0
    /// Greenlets waiting on sockets (see FDWaits.swift).
    private(set) lazy var fdWaits = FDWaits(loop: self)
    /// True inside `uv_run`: work queued from a libuv callback must end the poll at once.
    private var inLibuv = false
    unowned(unsafe) let interp: Interpreter
    let callbackType: TypeObj
    /// Wakes a loop blocked in libuv (Ctrl-C: see `Interpreter.requestInterrupt`).
    let wakeup: UnsafeMutablePointer<uv_async_t>

    init(interp: Interpreter, callbackType: TypeObj) {
        self.interp = interp
        self.callbackType = callbackType
        uv = .allocate(capacity: 1)
        uv_loop_init(uv)
        wakeup = .allocate(capacity: 1)
        uv_async_init(uv, wakeup) { _ in }
        // The wake-up handle alone must not keep the loop alive.
        uv_unref(UnsafeMutableRawPointer(wakeup).assumingMemoryBound(to: uv_handle_t.self))
        master = .allocate(capacity: 1)
        uv_timer_init(uv, master)
        master.pointee.data = Unmanaged.passUnretained(self).toOpaque()
        interp.loopWakeup.store(UnsafeMutableRawPointer(wakeup), ordering: .releasing)
    }

    deinit {
        interp.loopWakeup.store(nil, ordering: .releasing)
        uv_close(UnsafeMutableRawPointer(wakeup).assumingMemoryBound(to: uv_handle_t.self)) { h in
            h?.deallocate()
        }
        uv_close(UnsafeMutableRawPointer(master).assumingMemoryBound(to: uv_handle_t.self)) { h in
            h?.deallocate()
        }
        fdWaits.closeAll()
        // Let libuv finish closing the handles, then close the loop.
        uv_run(uv, UV_RUN_DEFAULT)
        uv_loop_close(uv)
        uv.deallocate()
    }

    var pendingCount: Int { ready.count - head }

    /// Seconds on the loop's clock (CLOCK_MONOTONIC, millisecond resolution like libuv's).
    func now() -> Double {
        uv_update_time(uv)
        return Double(uv_now(uv)) / 1000
    }

    func runCallback(_ fn: Value, _ args: [Value]) -> LoopCallbackObj {
        let cb = interp.heap.track(LoopCallbackObj(function: fn, args: args, type: callbackType))
        enqueue(cb)
        return cb
    }

    private func enqueue(_ cb: LoopCallbackObj) {
        ready.append(cb)
        // libuv would poll until its next timer, unaware of the ready FIFO: uv_stop makes the
        // poll of this iteration non-blocking and ends the run after it.
        if inLibuv { uv_stop(uv) }
    }

    /// Something keeps the loop alive: ref'd timers or watchers.
    var hasRefWork: Bool { refTimerCount > 0 || refWatcherCount > 0 }

    /// Queues the resumption of `g`, waiting on `token`, behind the ready callbacks; the
    /// switch into it passes `value` (kept in the entry's unused `function`).
    func enqueueResume(_ g: GreenletObj, token: UInt32, value: Value = .pyNone) {
        // Resume entries never reach script code: they are recycled (see `recycleResume`).
        let cb: LoopCallbackObj
        if let free = freeResumes.popLast() {
            cb = free
            cb.pending = true
        } else {
            cb = interp.heap.track(LoopCallbackObj(function: .pyNone, args: [], type: callbackType))
        }
        cb.resume = g
        cb.token = token
        cb.function = value
        enqueue(cb)
    }

    func start(_ timer: TimerWatcherObj, _ fn: Value, _ args: [Value]) {
        timer.function = fn
        timer.args = args
        timer.resume = nil
        timer.queued?.pending = false
        timer.queued = nil
        if timer.active { removeTimer(timer) }
        // libuv measures from the time cached at its last iteration: refresh it so a timer
        // started long after that does not fire early.
        uv_update_time(uv)
        let ms = timer.seconds > 0 ? UInt64(min((timer.seconds * 1000).rounded(.up), 1e15)) : 0
        timer.deadline = uv_now(uv) &+ ms
        timerSeq &+= 1
        timer.seq = timerSeq
        insertTimer(timer)
        if timer.heapIndex == 0 { armMaster() }
    }

    /// `timer.ref = flag`, keeping the count of ref'd armed timers right.
    func setRef(_ timer: TimerWatcherObj, _ flag: Bool) {
        guard timer.ref != flag else { return }
        if timer.active { refTimerCount += flag ? 1 : -1 }
        timer.ref = flag
    }

    func stop(_ timer: TimerWatcherObj) {
        if let q = timer.queued {
            q.pending = false
            timer.queued = nil
        }
        guard timer.active else { return }
        let wasFirst = timer.heapIndex == 0
        removeTimer(timer)
        if wasFirst { armMaster() }
    }

    private func timerFired(_ timer: TimerWatcherObj) {
        if let g = timer.resume {
            // A native wait's timeout: `function` holds the value the wait returns.
            enqueueResume(g, token: timer.token, value: timer.function)
            return
        }
        let cb = interp.heap.track(LoopCallbackObj(function: timer.function, args: timer.args, type: callbackType))
        timer.queued = cb
        enqueue(cb)
    }

    /// The libuv timer fired: every timer due by the loop's time expires, in heap order.
    private func runDueTimers() {
        let now = uv_now(uv)
        while let first = timers.first, first._withUnsafeGuaranteedRef({ $0.deadline }) <= now {
            let t = first.takeUnretainedValue()
            removeTimer(t)
            timerFired(t)
        }
        armMaster()
    }

    /// Arms the libuv timer for the earliest deadline, or stops it when nothing is armed.
    private func armMaster() {
        guard let first = timers.first else {
            uv_timer_stop(master)
            return
        }
        let deadline = first._withUnsafeGuaranteedRef { $0.deadline }
        let now = uv_now(uv)
        uv_timer_start(master, { h in
            let loop = Unmanaged<EventLoop>.fromOpaque(h!.pointee.data).takeUnretainedValue()
            loop.runDueTimers()
        }, deadline > now ? deadline - now : 0, 0)
    }

    // MARK: The timer heap

    private func before(_ a: Unmanaged<TimerWatcherObj>, _ b: Unmanaged<TimerWatcherObj>) -> Bool {
        let x = a.takeUnretainedValue(), y = b.takeUnretainedValue()
        return x.deadline < y.deadline || (x.deadline == y.deadline && x.seq < y.seq)
    }

    private func place(_ t: Unmanaged<TimerWatcherObj>, at i: Int) {
        timers[i] = t
        t.takeUnretainedValue().heapIndex = i
    }

    private func insertTimer(_ timer: TimerWatcherObj) {
        if timer.ref { refTimerCount += 1 }
        let t = Unmanaged.passUnretained(timer)
        timers.append(t)
        timer.heapIndex = timers.count - 1
        siftUp(timers.count - 1)
    }

    private func removeTimer(_ timer: TimerWatcherObj) {
        let i = timer.heapIndex
        timer.heapIndex = -1
        if timer.ref { refTimerCount -= 1 }
        let last = timers.removeLast()
        if i == timers.count { return }
        place(last, at: i)
        siftUp(i)
        siftDown(last.takeUnretainedValue().heapIndex)
    }

    private func siftUp(_ start: Int) {
        var i = start
        let t = timers[i]
        while i > 0 {
            let parent = (i - 1) / 2
            if !before(t, timers[parent]) { break }
            place(timers[parent], at: i)
            i = parent
        }
        place(t, at: i)
    }

    private func siftDown(_ start: Int) {
        var i = start
        let t = timers[i]
        let n = timers.count
        while true {
            var child = 2 * i + 1
            if child >= n { break }
            if child + 1 < n && before(timers[child + 1], timers[child]) { child += 1 }
            if !before(timers[child], t) { break }
            place(timers[child], at: i)
            i = child
        }
        place(t, at: i)
    }

    /// The next callback to run, waiting for a timer when none is ready. Nil when nothing is
    /// ready and nothing is armed: whoever waits would wait forever. `interrupted` is polled
    /// while blocked so Ctrl-C can end the wait.
    func nextCallback(interrupted: () -> Bool) -> LoopCallbackObj? {
        while true {
            if batchLeft == 0 {
                // A new batch: let due timers and ready sockets join the queue behind what
                // is already ready. Only ref'd work is waited for: with nothing ready and
                // nothing ref'd, whoever waits would wait forever.
                if pendingCount == 0 && !hasRefWork { return nil }
                if pendingCount == 0 && interrupted() { return nil }
                inLibuv = true
                uv_run(uv, pendingCount > 0 ? UV_RUN_NOWAIT : UV_RUN_ONCE)
                inLibuv = false
                batchLeft = pendingCount
                if batchLeft == 0 {
                    if interrupted() { return nil }
                    continue
                }
            }
            let cb = ready[head]
            head += 1
            batchLeft -= 1
            if head == ready.count {
                ready.removeAll(keepingCapacity: true)
                head = 0
            } else if head >= 1024 && head * 2 >= ready.count {
                ready.removeFirst(head)
                head = 0
            }
            if cb.pending {
                cb.pending = false
                return cb
            }
        }
    }

    /// A resume entry `run_one` has taken off the queue, for reuse.
    func recycleResume(_ cb: LoopCallbackObj) {
        cb.resume = nil
        cb.token = 0
        cb.function = .pyNone
        if freeResumes.count < 1024 { freeResumes.append(cb) }
    }

    /// Marks what the loop keeps alive: queued callbacks and armed timers.
    func trace(_ marker: inout Marker) {
        for i in head..<ready.count { marker.mark(ready[i]) }
        if let c = current { marker.mark(c) }
        if let h = hub { marker.mark(h) }
        for cb in freeResumes { marker.mark(cb) }
        for t in timers { marker.mark(t.takeUnretainedValue()) }
        fdWaits.trace(&marker)
    }
}
