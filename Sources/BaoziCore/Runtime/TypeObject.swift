// Classes: the builtin types and user classes share one representation.

import Synchronization

/// Source of class versions. Versions are unique across all classes ever made, so an inline
/// cache keyed by (class address, version) cannot be fooled by a new class reusing the address
/// of a collected one. A counter, not interpreter state: any interpreter may draw from it.
private let classVersions = Atomic<Int>(1)

func nextClassVersion() -> Int {
    classVersions.add(1, ordering: .relaxed).newValue
}

/// A non-owning reference to a class, for lists of bases and MROs (a class appears in its own
/// MRO, so a strong reference would be a cycle ARC cannot free).
struct TypeRef {
    unowned(unsafe) let type: TypeObj
    init(_ type: TypeObj) { self.type = type }
}

/// Which Swift class holds the instances of a type: a user class inherits the layout of its
/// builtin base ("solid base"), so `class Stack(list)` instances are `ListObj`s.
enum Layout: UInt8 {
    case object, int, float, bool, str, bytes, tuple, list, dict, set, frozenset, exception, type
    case function, builtinFunction, method, module, cell, code, none, range, slice, property
    case staticMethod, classMethod, iterator, generator, file, bigint, greenlet, other
}

final class TypeObj: Obj {
    var name: String
    var qualname: String
    var module: String
    var bases: [TypeRef]
    /// Method resolution order, starting with this class itself.
    var mro: [TypeRef] = []
    let layout: Layout
    /// True for classes made by a `class` statement or `type(name, bases, ns)`.
    let isHeapType: Bool
    /// Instances reference no other object than this (permanent) class and never carry a
    /// dict (exact str): the collector marks them without pushing them to be traced.
    var instancesAreLeaves = false
    /// Bumped whenever this class or one of its bases changes, invalidating `specialCache`.
    var version: Int = nextClassVersion()
    /// Cached attribute lookups along the MRO, keyed by interned name object.
    var lookupCache: [ObjectIdentifier: Value] = [:]
    var cacheVersion: Int = -1
    /// Builtin methods and attributes of builtin types are in `dict` like any class's.
    /// Flags computed once per class so operators can skip dunder lookups for builtin types.
    var hasCustomGetattribute = false
    var hasGetattr = false
    var hasSetattr = false
    var hasDescriptorSet = false
    /// For builtin types: the native constructor, called for `T(args)` before `__init__`.
    var nativeNew: NativeFunction?
    /// Builtin types whose instances only the interpreter makes (generators, iterators, views):
    /// their `nativeNew` refuses, and `object.__new__` calls them unsafe as CPython does.
    var refusesInstances = false
    /// Subclasses, weakly, so changing a class can invalidate theirs.
    var subclasses: [TypeRef] = []
    var doc: String?
    /// When every class in the MRO declares `__slots__` (without "__dict__"): the only
    /// attribute names instances accept. Nil means any name.
    var slotNames: Set<String>?

    init(name: String, bases: [TypeObj], layout: Layout, metatype: TypeObj?, isHeapType: Bool, module: String = "builtins") {
        self.name = name
        self.qualname = name
        self.module = module
        self.bases = bases.map(TypeRef.init)
        self.layout = layout
        self.isHeapType = isHeapType
        // The `type` type is its own metatype; it is patched in after creation.
        super.init(type: metatype ?? unsafeBitCast(0 as Int, to: TypeObj.self))
    }

    override func trace(_ marker: inout Marker) {
        for b in bases { marker.mark(b.type) }
        for m in mro { marker.mark(m.type) }
        for (_, v) in lookupCache { marker.mark(v) }
    }

    /// True when `self` is `other` or derives from it.
    func isSubtype(of other: TypeObj) -> Bool {
        if self === other { return true }
        for m in mro where m.type === other { return true }
        return false
    }

    /// Looks `name` up along the MRO, without descriptors. Interned names hit a per-class cache.
    func lookup(_ name: StrObj) -> Value? {
        if cacheVersion != version {
            lookupCache.removeAll(keepingCapacity: true)
            cacheVersion = version
        }
        let key = ObjectIdentifier(name)
        if let v = lookupCache[key] { return v.isUnbound ? nil : v }
        var found: Value? = nil
        for m in mro {
            if let d = m.type.dict, let v = d.getString(name) {
                found = v
                break
            }
        }
        if name.isInterned { lookupCache[key] = found ?? .unbound }
        return found
    }

    /// Marks this class and every subclass as changed.
    func invalidate() {
        version = nextClassVersion()
        for s in subclasses { s.type.invalidate() }
    }

    var displayName: String { module == "builtins" ? name : "\(module).\(qualname)" }
}
