// Ctrl-C: a host asks the running program to stop, and the VM raises KeyboardInterrupt at a
// safe point (a backward jump, so every loop notices) or in a blocking builtin (time.sleep).

import Synchronization
import CLibUV

extension Interpreter {
    /// Asks the running program to raise KeyboardInterrupt. Safe to call from a signal
    /// handler or another thread: it only stores to an atomic flag.
    public func requestInterrupt() {
        interruptRequested.store(true, ordering: .relaxed)
        // A hub blocked in libuv wakes up to notice (uv_async_send is async-signal-safe).
        if let w = loopWakeup.load(ordering: .acquiring) {
            uv_async_send(w.assumingMemoryBound(to: uv_async_t.self))
        }
    }

    /// Clears a pending request and tells whether there was one (the REPL uses this to tell
    /// Ctrl-C at its prompt from end of input).
    @discardableResult
    public func takeInterrupt() -> Bool {
        interruptRequested.exchange(false, ordering: .relaxed)
    }

    /// Whether an interrupt is pending: one relaxed load, cheap enough for the VM loop.
    @inline(__always)
    var interruptPending: Bool { interruptRequested.load(ordering: .relaxed) }

    /// Throws KeyboardInterrupt if one was requested, clearing the request.
    func raiseInterrupt() throws {
        if takeInterrupt() {
            throw PyError(heap.track(ExceptionObj(args: [], type: types.exceptions.keyboardInterrupt)))
        }
    }
}
