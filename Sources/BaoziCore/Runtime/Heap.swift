// The interpreter's heap: the registry that owns every object, and its mark-sweep collector.
//
// Collection is paced like Lua's: after each collection the next one is due when the work done
// since (objects plus estimated buffer bytes) reaches a fraction of what survived. It only runs at
// safe points chosen by the VM (see `Interpreter.collectIfDue`), where every live value is
// reachable from a root, so Swift code between safe points may hold `Value`s freely.

final class Heap {
    /// Every collectable object, each holding the one strong reference to it (taken in
    /// `track`, dropped by the sweep): the elements are trivial, so the sweep pays no
    /// reference counting for live objects.
    private var objects: ContiguousArray<Unmanaged<Obj>> = []
    /// Objects that live as long as the interpreter (builtin types, singletons, interned names).
    private var permanent: ContiguousArray<Obj> = []
    /// Allocation work since the last collection, in "object units" (one per object plus one
    /// per 64 bytes of buffers reported).
    private(set) var debt = 0
    /// Debt at which the next collection is due.
    private(set) var threshold = 100_000
    /// Number of collections run, for tests and statistics.
    private(set) var collections = 0
    /// Set while a collection must not start (for example during interpreter set-up).
    var paused = 0
    /// How many live objects have `wantsFinalizer` set.
    private(set) var finalizableCount = 0
    /// The objects that asked for a finalizer, so that a collection finds out whether any
    /// became garbage without visiting the whole heap (a server keeps a started greenlet, so
    /// a finalizable object, per connection). Entries whose flag was cleared since, or that
    /// repeat, are dropped at the next collection, before the sweep could free them.
    private var finalizable: ContiguousArray<Unmanaged<Obj>> = []
    /// Garbage objects resurrected for their finalizer, oldest first; the interpreter runs
    /// them at its next safe point (`Interpreter.runFinalizers`). They are roots until then.
    var pendingFinalizers: ContiguousArray<Obj> = []

    /// The weak references whose referent lives (see WeakrefModule.swift): not retained;
    /// `clearDeadWeakReferences` clears and drops them as the collector finds them garbage.
    var weakRefs: ContiguousArray<Unmanaged<WeakRefObj>> = []

    /// False after `gc.disable()`: no automatic collections (explicit ones still run).
    var automatic = true

    var isDue: Bool { debt >= threshold && paused == 0 && automatic }

    /// True while a memory budget is armed: `footprint` is kept up to date.
    var footprintTracking = false
    /// Estimated bytes of the collectable objects (a fixed size per object plus the buffers
    /// it reports in `extraBytes`): exact after a collection or `measureFootprint`, then
    /// grown by each new object as it was when registered.
    private(set) var footprint = 0
    /// Estimated size of an object's Swift instance (header, type, dict and a few fields).
    static let objectBytes = 64
    /// `footprint` beyond which `footprintAlarm` runs (once per crossing), so that a script
    /// allocating fast (a string doubling itself) is stopped at the next safe point.
    var footprintLimit = Int.max
    var footprintAlarm: (() -> Void)?

    /// Recomputes `footprint` over the live objects (a budget check, or arming the budget).
    func measureFootprint() {
        var total = 0
        for u in objects { total &+= u._withUnsafeGuaranteedRef { Heap.objectBytes &+ $0.extraBytes } }
        footprint = total
    }

    var liveCount: Int { objects.count + permanent.count }

    /// Registers a new object with the heap and returns it. Its out-of-line storage (a big
    /// int's limbs, a str's text, a list's items) counts too, so a program that makes few but
    /// large objects is collected as often as its memory grows, not only its object count.
    @inline(__always)
    func track<T: Obj>(_ obj: T) -> T {
        objects.append(Unmanaged.passRetained(obj))
        debt &+= 1 &+ obj.extraBytes >> 6
        if footprintTracking {
            footprint &+= Heap.objectBytes &+ obj.extraBytes
            if footprint > footprintLimit { footprintAlarm?() }
        }
        return obj
    }

    /// Charges buffer growth (e.g. a list's storage) to the collection pace.
    @inline(__always)
    func charge(bytes: Int) {
        debt &+= bytes >> 6
    }

    /// Asks for `obj.finalize` to run before `obj` is freed (once; see `collect`).
    @inline(__always)
    func needsFinalizer(_ obj: Obj) {
        if !obj.wantsFinalizer {
            obj.wantsFinalizer = true
            finalizableCount &+= 1
            finalizable.append(Unmanaged.passUnretained(obj))
        }
    }

    /// The object no longer needs finalizing (a generator finished).
    @inline(__always)
    func finalized(_ obj: Obj) {
        if obj.wantsFinalizer {
            obj.wantsFinalizer = false
            finalizableCount &-= 1
        }
    }

    /// Every object still waiting to be finalized, oldest first, with their flags cleared
    /// (interpreter shutdown).
    func takeAllFinalizable() -> [Obj] {
        // Scanning a big heap at exit costs a cache miss per object: skip it when possible.
        guard finalizableCount > 0 else { return [] }
        var out: [Obj] = []
        for u in objects {
            let obj = u.takeUnretainedValue()
            if obj.wantsFinalizer {
                obj.wantsFinalizer = false
                out.append(obj)
            }
        }
        finalizableCount = 0
        finalizable.removeAll()
        return out
    }

    /// Registers an object that is never collected.
    @discardableResult
    func makePermanent<T: Obj>(_ obj: T) -> T {
        obj.marked = true
        permanent.append(obj)
        return obj
    }

    /// Runs a full collection. `markRoots` marks everything the interpreter can still reach.
    func collect(markRoots: (inout Marker) -> Void) {
        var marker = Marker()
        // Permanent objects stay marked; their references are traced from them as roots.
        for obj in permanent { obj.trace(&marker); if let d = obj.dict { marker.mark(d) } }
        markRoots(&marker)
        for obj in pendingFinalizers { marker.mark(obj) }
        marker.drain()
        // Garbage that wants a finalizer is resurrected (with what it references) and queued;
        // its flag is cleared, so once finalized it is freed by a later collection. The heap
        // is walked (oldest first) only when the list shows that there is such garbage.
        if finalizableGarbageExists() {
            for u in objects {
                let obj = u.takeUnretainedValue()
                if !obj.marked && obj.wantsFinalizer {
                    obj.wantsFinalizer = false
                    finalizableCount -= 1
                    pendingFinalizers.append(obj)
                    marker.mark(obj)
                }
            }
            marker.drain()
        }
        compactFinalizable()
        marker.finish()
        if !weakRefs.isEmpty { clearDeadWeakReferences() }
        // Sweep: keep marked objects (clearing their mark), release the rest. Releasing drops
        // the last strong reference; since objects hold no strong references to each other,
        // freeing never cascades.
        var keptUnits = 0
        let tracking = footprintTracking
        var liveBytes = 0
        let kept = objects.withUnsafeMutableBufferPointer { buf -> Int in
            var kept = 0
            for i in 0..<buf.count {
                let u = buf[i]
                let live = u._withUnsafeGuaranteedRef { o -> Bool in
                    guard o.marked else { return false }
                    o.marked = false
                    keptUnits &+= o.extraBytes >> 6
                    if tracking { liveBytes &+= Heap.objectBytes &+ o.extraBytes }
                    return true
                }
                if live {
                    buf[kept] = u
                    kept += 1
                } else {
                    u.release()
                }
            }
            return kept
        }
        objects.removeLast(objects.count - kept)
        if tracking { footprint = liveBytes }
        collections += 1
        debt = 0
        // Lua-style pause of 200%: the next collection comes when the heap (objects and their
        // buffers) has doubled. (Measured: asking jemalloc to purge the freed pages after
        // collections took pidigits from 68 to 43 MB peak but doubled its time, as every page
        // of garbage is then faulted in again; the allocator's decay is left to do it.)
        threshold = max(100_000, (kept &+ keptUnits) * 2)
    }

    private func finalizableGarbageExists() -> Bool {
        for u in finalizable {
            let found = u._withUnsafeGuaranteedRef { $0.wantsFinalizer && !$0.marked }
            if found { return true }
        }
        return false
    }

    /// Keeps the entries still flagged (all marked by now), each once: the flag is cleared
    /// on the first sight of an object so that a repeat is dropped, then set again.
    private func compactFinalizable() {
        let kept = finalizable.withUnsafeMutableBufferPointer { buf -> Int in
            var kept = 0
            for i in 0..<buf.count {
                let u = buf[i]
                let keep = u._withUnsafeGuaranteedRef { o -> Bool in
                    guard o.wantsFinalizer else { return false }
                    o.wantsFinalizer = false
                    return true
                }
                if keep {
                    buf[kept] = u
                    kept += 1
                }
            }
            for i in 0..<kept { buf[i]._withUnsafeGuaranteedRef { $0.wantsFinalizer = true } }
            return kept
        }
        finalizable.removeLast(finalizable.count - kept)
    }

    /// Drops every object, at interpreter shutdown.
    func releaseAll() {
        pendingFinalizers.removeAll()
        finalizable.removeAll()
        weakRefs.removeAll()
        for u in objects { u.release() }
        objects.removeAll()
        permanent.removeAll()
    }
}
