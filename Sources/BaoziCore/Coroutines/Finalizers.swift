// Finalizers: clean-up that runs when an object becomes garbage, and the `gc` module.
//
// The heap is mark-sweep, so nothing happens at the moment the last reference goes away (as it
// does under CPython's reference counting). Instead, an object that needs clean-up asks for it
// with `heap.needsFinalizer(obj)` (a flag in its header). When a collection finds it garbage,
// the heap resurrects it — with everything it references — and queues it; the interpreter runs
// `obj.finalize` right after the collection, at the same safe point, on a nested run. Each
// object is finalized once; a later collection frees it. At the end of the program every
// object still flagged is finalized too. Errors a finalizer raises are printed as CPython's
// "Exception ignored in: ..." and never propagate.
//
// Users: suspended generators (closed: GeneratorExit runs their finally/with exits); greenlets
// can use the same queue to throw GreenletExit.

extension Interpreter {
    /// Runs a collection, then the finalizers it queued. Only where no nested run is active
    /// (VM safe points, gc.collect() from the outermost loop).
    func collectAndFinalize() {
        collect()
        if !heap.pendingFinalizers.isEmpty { runFinalizers() }
    }

    /// Runs the queued finalizers. Only where no nested run is active: collections cannot
    /// start during them (they run nested), so the batch needs no other root.
    func runFinalizers() {
        while !heap.pendingFinalizers.isEmpty {
            let batch = heap.pendingFinalizers
            heap.pendingFinalizers.removeAll()
            for obj in batch { finalizeReportingErrors(obj) }
        }
    }

    /// At the end of the program: finalizes everything still waiting (queued or not yet found
    /// to be garbage), oldest first. Finalizers may start new generators: a few more rounds.
    func finalizeAtExit() {
        runFinalizers()
        for _ in 0..<8 {
            let rest = heap.takeAllFinalizable()
            if rest.isEmpty { break }
            for obj in rest { finalizeReportingErrors(obj) }
        }
        host.flush()
    }

    private func finalizeReportingErrors(_ obj: Obj) {
        let depth = fiber.frames.count
        let handled = fiber.handled
        do {
            try obj.finalize(self)
        } catch let e as PyError {
            writeUnraisable(e.exception, object: Value(obj))
        } catch {
            // A GeneratorDone or similar cannot escape a finalizer: nothing to report.
        }
        // A failed nested run leaves no frames behind, but be sure.
        while fiber.frames.count > depth { recycle(fiber.frames.removeLast()) }
        fiber.handled = handled
    }

    /// CPython's PyErr_WriteUnraisable: "Exception ignored in: <obj>" and the traceback.
    func writeUnraisable(_ e: ExceptionObj, object: Value) {
        host.flush()
        let what = (try? repr(object)) ?? "<object>"
        // CPython's default hook prints the exception alone, without its cause or context.
        let (cause, context) = (e.cause, e.context)
        e.cause = .pyNone
        e.context = .pyNone
        host.write("Exception ignored in: \(what)\n" + formatTraceback(e), toStandardError: true)
        e.cause = cause
        e.context = context
    }

    func setUpGCModule() {
        _ = makeModule("gc") { d in
            define(d, "collect") { interp, args in
                try interp.expectArgs(args, "collect", min: 0, max: 1)
                // Inside a nested run the Swift code waiting on it may hold values the
                // collector cannot see: collect only from the outermost loop.
                guard interp.totalNativeDepth == 0 else { return .int(0) }
                let before = interp.heap.liveCount
                interp.collectAndFinalize()
                return .int(max(0, before - interp.heap.liveCount))
            }
            define(d, "enable") { interp, _ in interp.heap.automatic = true; return .pyNone }
            define(d, "disable") { interp, _ in interp.heap.automatic = false; return .pyNone }
            define(d, "isenabled") { interp, _ in .bool(interp.heap.automatic) }
        }
    }
}
