// The two steps every generator step runs — a `for` loop resuming a generator and a `yield`
// suspending it — in their common case, inlined into the tree loop. Anything unusual
// (a generator not yet started or finished, inside an except block, delegating, resumed by
// Swift code) takes the general path in GeneratorObj.swift. Objects are reached through
// guaranteed references, and the fiber's stack borrows the generator's frame (see FrameStack):
// a resume and a yield cost no reference counting at all.

extension Interpreter {
    /// A `for` loop's next item from a suspended generator: pushes its frame with None as the value of its
    /// `yield`. False when the general path must handle it (also for non-generators).
    @inline(__always)
    func resumeForIterFast(_ r: Ref) -> Bool {
        let pushed: Unmanaged<Frame>? = r.raw._withUnsafeGuaranteedRef { obj in
            // GeneratorObj is final: a pointer compare instead of a dynamic cast.
            guard type(of: obj) == GeneratorObj.self else { return nil }
            let gen = unsafeDowncast(obj, to: GeneratorObj.self)
            guard gen.state == .suspended, let uf = gen.unmanagedFrame else { return nil }
            return uf._withUnsafeGuaranteedRef { frame -> Unmanaged<Frame>? in
                guard !frame.hasSavedExceptions else { return nil }
                gen.state = .running
                gen.resumeAction = .forIter
                frame.deliverSent(.pyNone)
                return uf
            }
        }
        guard let uf = pushed else { return false }
        fiberRef._withUnsafeGuaranteedRef { $0.frames.push(owned: uf) }
        return true
    }

    /// A `yield` in a generator resumed by a for loop or by next()/send() from the VM: pops
    /// its frame and pushes `v` on the resumer's stack. False when the general path must
    /// handle it. `frameRef` is the top frame, its location and sp saved.
    @inline(__always)
    func yieldFast(_ frameRef: Unmanaged<Frame>, _ v: Value) -> Bool {
        let ok = frameRef._withUnsafeGuaranteedRef { frame -> Bool in
            guard !frame.hasSavedExceptions, let g = frame.generatorRef else { return false }
            return g._withUnsafeGuaranteedRef { gen -> Bool in
                guard gen.resumesIntoCaller else { return false }
                gen.state = .suspended
                return true
            }
        }
        guard ok else { return false }
        fiberRef._withUnsafeGuaranteedRef { fib in
            // The stack only borrowed the frame: nothing to release.
            _ = fib.frames.popOwned()
            fib.frames.top._withUnsafeGuaranteedRef { caller in
                caller.slots[caller.sp] = v
                caller.sp &+= 1
            }
        }
        return true
    }

    /// next()/send() called from the VM loop on a generator suspended at a plain `yield`:
    /// pushes its frame with `sent` as the value of that `yield`. False when the general path
    /// (`resumeGenerator`) must handle it: not suspended, in an except block, in a
    /// `yield from`, or at the recursion limit.
    @inline(__always)
    func resumeValueFast(_ gen: GeneratorObj, _ sent: Value) -> Bool {
        guard gen.state == .suspended, let uf = gen.unmanagedFrame,
              fiberRef._withUnsafeGuaranteedRef({ $0.frames.count }) < recursionLimit else { return false }
        let ok = uf._withUnsafeGuaranteedRef { frame -> Bool in
            guard !frame.hasSavedExceptions else { return false }
            if frame.treeIsDelegating { return false }
            frame.deliverSent(sent)
            return true
        }
        guard ok else { return false }
        gen.state = .running
        gen.resumeAction = .value
        fiberRef._withUnsafeGuaranteedRef { $0.frames.push(owned: uf) }
        return true
    }
}

extension Frame {
    /// Makes `v` the value of the `yield` this frame is suspended at.
    @inline(__always)
    func deliverSent(_ v: Value) {
        slots[sp] = v
        sp &+= 1
    }
}
