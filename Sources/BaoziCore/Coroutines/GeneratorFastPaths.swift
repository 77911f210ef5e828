// The two instructions every generator step runs — FOR_ITER resuming a generator and
// YIELD_VALUE suspending it — in their common case, inlined into the VM loop. Anything unusual
// (a generator not yet started or finished, inside an except block, delegating, resumed by
// Swift code) takes the general path in GeneratorObj.swift. Objects are reached through
// guaranteed references so the only reference counting left is the fiber's frame array.

extension Interpreter {
    /// FOR_ITER on a suspended generator: pushes its frame with None as the value of its
    /// `yield`. False when the general path must handle it (also for non-generators).
    @inline(__always)
    func resumeForIterFast(_ r: Ref, exit: Int) -> Bool {
        let pushed: Frame? = r.raw._withUnsafeGuaranteedRef { obj in
            guard obj is GeneratorObj else { return nil }
            let gen = unsafeDowncast(obj, to: GeneratorObj.self)
            guard gen.state == .suspended, let uf = gen.unmanagedFrame else { return nil }
            return uf._withUnsafeGuaranteedRef { frame -> Frame? in
                guard frame.savedExceptions.isEmpty else { return nil }
                gen.state = .running
                gen.resumeAction = .forIter(exit: exit)
                frame.slots[frame.sp] = .none
                frame.sp &+= 1
                return uf.takeUnretainedValue()
            }
        }
        guard let frame = pushed else { return false }
        fiber.frames.append(frame)
        return true
    }

    /// YIELD_VALUE in a generator resumed by a for loop or by next()/send() from the VM: pops
    /// its frame and pushes `v` on the resumer's stack. False when the general path must
    /// handle it. `frame` is the top frame, its pc and sp saved.
    @inline(__always)
    func yieldFast(_ frame: Frame, _ v: Value) -> Bool {
        guard let g = frame.generator else { return false }
        unowned(unsafe) let gen = g
        guard gen.resumesIntoCaller, frame.savedExceptions.isEmpty else { return false }
        gen.state = .suspended
        unowned(unsafe) let caller = fiber.frames[fiber.frames.count - 2]
        fiber.frames.removeLast()
        caller.slots[caller.sp] = v
        caller.sp &+= 1
        return true
    }
}
