// The interpreter's heap: the registry that owns every object, and its mark-sweep collector.
//
// Collection is paced like Lua's: after each collection the next one is due when the work done
// since (objects plus estimated buffer bytes) reaches a fraction of what survived. It only runs at
// safe points chosen by the VM (see `Interpreter.collectIfDue`), where every live value is
// reachable from a root, so Swift code between safe points may hold `Value`s freely.

import Foundation

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
    /// The part of `debt` that came from out-of-line storage (one unit per 64 bytes).
    private var bufferDebt = 0
    /// Buffer units freed by collections since the allocator last returned pages.
    private var bufferGarbageSincePurge = 0
    /// 16 MB of freed buffers between purges: often enough to keep a big-int program's peak
    /// near its live size (pidigits 68 -> 39 MB), rarely enough that refaulting the pages costs
    /// little (purging after every collection quadrupled pidigits' time).
    private static let purgeEvery = (16 << 20) >> 6
    /// Debt at which the next collection is due.
    private(set) var threshold = 100_000
    /// Number of collections run, for tests and statistics.
    private(set) var collections = 0
    /// Set while a collection must not start (for example during interpreter set-up).
    var paused = 0
    /// How many live objects have `wantsFinalizer` set.
    private(set) var finalizableCount = 0
    /// Garbage objects resurrected for their finalizer, oldest first; the interpreter runs
    /// them at its next safe point (`Interpreter.runFinalizers`). They are roots until then.
    var pendingFinalizers: ContiguousArray<Obj> = []

    /// False after `gc.disable()`: no automatic collections (explicit ones still run).
    var automatic = true

    var isDue: Bool { debt >= threshold && paused == 0 && automatic }

    var liveCount: Int { objects.count + permanent.count }

    /// Registers a new object with the heap and returns it. Its out-of-line storage (a big
    /// int's limbs, a str's text, a list's items) counts too, so a program that makes few but
    /// large objects is collected as often as its memory grows, not only its object count.
    @inline(__always)
    func track<T: Obj>(_ obj: T) -> T {
        objects.append(Unmanaged.passRetained(obj))
        let bufferUnits = obj.extraBytes >> 6
        debt &+= 1 &+ bufferUnits
        bufferDebt &+= bufferUnits
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
        // its flag is cleared, so once finalized it is freed by a later collection.
        if finalizableCount > 0 {
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
        marker.finish()
        // Sweep: keep marked objects (clearing their mark), release the rest. Releasing drops
        // the last strong reference; since objects hold no strong references to each other,
        // freeing never cascades.
        var keptUnits = 0
        let kept = objects.withUnsafeMutableBufferPointer { buf -> Int in
            var kept = 0
            for i in 0..<buf.count {
                let u = buf[i]
                let live = u._withUnsafeGuaranteedRef { o -> Bool in
                    guard o.marked else { return false }
                    o.marked = false
                    keptUnits &+= o.extraBytes >> 6
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
        collections += 1
        // When most of what was allocated since the last collection was buffers (big ints'
        // limbs, long strs), the garbage freed is mostly pages of sizes the program is growing
        // out of, which the allocator keeps dirty for its decay time: hand them back instead.
        if bufferDebt > debt - bufferDebt {
            bufferGarbageSincePurge += bufferDebt
            if bufferGarbageSincePurge >= Heap.purgeEvery {
                AllocatorPurge.purge()
                bufferGarbageSincePurge = 0
            }
        }
        debt = 0
        bufferDebt = 0
        // Lua-style pause of 200%: the next collection comes when the heap (objects and their
        // buffers) has doubled.
        threshold = max(100_000, (kept &+ keptUnits) * 2)
    }

    /// Drops every object, at interpreter shutdown.
    func releaseAll() {
        pendingFinalizers.removeAll()
        for u in objects { u.release() }
        objects.removeAll()
        permanent.removeAll()
    }
}

/// Asks the program's allocator to return freed pages to the system, when the program links
/// jemalloc (the `baozi` executable does; an embedding host may not, and then this does
/// nothing). Found by name at run time, so BaoziCore does not link jemalloc itself.
enum AllocatorPurge {
    private typealias Mallctl = @convention(c) (UnsafePointer<CChar>?, UnsafeMutableRawPointer?,
                                                UnsafeMutablePointer<Int>?, UnsafeMutableRawPointer?, Int) -> Int32
    private static let mallctl: Mallctl? = {
        guard let program = dlopen(nil, RTLD_NOW), let symbol = dlsym(program, "mallctl") else { return nil }
        return unsafeBitCast(symbol, to: Mallctl.self)
    }()

    static func purge() {
        // "arena.<MALLCTL_ARENAS_ALL>.purge": every arena's dirty pages.
        _ = mallctl?("arena.4096.purge", nil, nil, nil, 0)
    }
}
