// Python dict: an insertion-ordered hash table.
//
// Entries are kept in insertion order in `entries`; deleted ones leave a hole (key `.unbound`)
// until the next rebuild. Small dicts (the common instance and keyword dicts) are searched
// linearly; from `indexThreshold` entries on, an open-addressing index of entry positions is
// kept. Hashing and equality of arbitrary keys may run script code (`__hash__`, `__eq__`), so
// the general operations take the interpreter and can throw.

struct DictEntry {
    var hash: Int
    var key: Value
    var value: Value
}

final class DictObj: Obj {
    private(set) var entries: ContiguousArray<DictEntry> = []
    /// Open-addressing table of positions in `entries`: -1 empty, -2 deleted.
    private var index: ContiguousArray<Int32> = []
    private(set) var count = 0
    /// Bumped by every insertion or deletion, so iterators notice a dict changing size.
    private(set) var mutations = 0

    static let indexThreshold = 8

    override init(type: TypeObj) {
        super.init(type: type)
    }

    override func trace(_ marker: inout Marker) {
        for e in entries {
            marker.mark(e.key)
            marker.mark(e.value)
        }
    }

    override var extraBytes: Int { entries.capacity * 40 + index.capacity * 4 }

    // MARK: - Lookup

    /// Position in `entries` of the key, or nil.
    private func position(of key: Value, hash: Int, _ interp: Interpreter) throws -> Int? {
        if index.isEmpty {
            var i = 0
            while i < entries.count {
                let e = entries[i]
                if e.hash == hash, !e.key.isUnbound {
                    if try Dict.keysEqual(e.key, key, interp) { return i }
                }
                i += 1
            }
            return nil
        }
        let mask = index.count - 1
        var slot = hash & mask
        var perturb = UInt(bitPattern: hash)
        while true {
            let p = Int(index[slot])
            if p == -1 { return nil }
            if p >= 0 {
                let e = entries[p]
                if e.hash == hash, !e.key.isUnbound {
                    if try Dict.keysEqual(e.key, key, interp) { return p }
                }
            }
            perturb >>= 5
            slot = (slot &* 5 &+ 1 &+ Int(perturb & UInt(Int.max))) & mask
        }
    }

    func get(_ key: Value, hash: Int, _ interp: Interpreter) throws -> Value? {
        guard let p = try position(of: key, hash: hash, interp) else { return nil }
        return entries[p].value
    }

    func get(_ key: Value, _ interp: Interpreter) throws -> Value? {
        // An exact str key compares by bytes, without the generic equality dispatch (and,
        // through a guaranteed reference, without retaining the key).
        if case .object(let r) = key, let p = exactStrKeyPosition(r, interp.types.str) {
            return p.map { entries[$0].value }
        }
        return try get(key, hash: try interp.hash(key), interp)
    }

    /// `exactStrPosition` for a key that may be an exact str; nil when it is not one (or the
    /// general path must decide).
    @inline(__always)
    private func exactStrKeyPosition(_ r: Ref, _ strType: TypeObj) -> Int?? {
        r.raw._withUnsafeGuaranteedRef { o -> Int?? in
            guard o.type === strType else { return nil }
            return exactStrPosition(unsafeDowncast(o, to: StrObj.self), strType: strType)
        }
    }

    /// Lookup by a string key without running script code (attribute and global lookups).
    @inline(__always)
    func getString(_ name: StrObj) -> Value? {
        guard let p = stringPosition(name, hash: name.hash) else { return nil }
        return entries[p].value
    }

    /// `getString` trying position `hint` first (compared by identity: the name is interned),
    /// and remembering where the name was found.
    @inline(__always)
    func getString(_ name: StrObj, hint: inout Int32) -> Value? {
        let h = Int(hint)
        if h < entries.count, case .object(let r) = entries[h].key, r.raw.toOpaque() == Unmanaged.passUnretained(name).toOpaque() {
            return entries[h].value
        }
        guard let p = stringPosition(name, hash: name.hash) else { return nil }
        hint = Int32(truncatingIfNeeded: p)
        return entries[p].value
    }

    /// `setString` trying position `hint` first, as `getString(_:hint:)`.
    @inline(__always)
    func setString(_ name: StrObj, _ value: Value, hint: inout Int32) {
        let h = Int(hint)
        if h < entries.count, case .object(let r) = entries[h].key, r.raw.toOpaque() == Unmanaged.passUnretained(name).toOpaque() {
            entries[h].value = value
            return
        }
        let hash = name.hash
        if let p = stringPosition(name, hash: hash) {
            entries[p].value = value
            hint = Int32(truncatingIfNeeded: p)
            return
        }
        append(DictEntry(hash: hash, key: Value(name), value: value))
        // A rebuild keeps the order, so the new entry is last either way.
        hint = Int32(truncatingIfNeeded: entries.count - 1)
    }

    /// Position of an exact-str key for the VM's fast paths: `.some(nil)` when absent, nil
    /// when an entry with an equal hash is not an exact str (its `__eq__` might run script
    /// code, so the general path must decide).
    func exactStrPosition(_ key: StrObj, strType: TypeObj) -> Int?? {
        let hash = key.hash
        let target = Unmanaged.passUnretained(key).toOpaque()
        return entries.withUnsafeBufferPointer { buf -> Int?? in
            // 0: no match, 1: match, 2: undecidable.
            @inline(__always) func check(_ e: DictEntry) -> Int {
                guard e.hash == hash else { return 0 }
                switch e.key {
                case .object(let r):
                    if r.raw.toOpaque() == target { return 1 }
                    return r.raw._withUnsafeGuaranteedRef { o -> Int in
                        guard o.type === strType else { return 2 }
                        return unsafeDowncast(o, to: StrObj.self).equals(key) ? 1 : 0
                    }
                case .unbound: return 0
                // An int, float, bool or None key never equals a str.
                default: return 0
                }
            }
            if index.isEmpty {
                for i in 0..<buf.count {
                    switch check(buf[i]) {
                    case 1: return .some(i)
                    case 2: return nil
                    default: break
                    }
                }
                return .some(nil)
            }
            let mask = index.count - 1
            var slot = hash & mask
            var perturb = UInt(bitPattern: hash)
            while true {
                let p = Int(index[slot])
                if p == -1 { return .some(nil) }
                if p >= 0 {
                    switch check(buf[p]) {
                    case 1: return .some(p)
                    case 2: return nil
                    default: break
                    }
                }
                perturb >>= 5
                slot = (slot &* 5 &+ 1 &+ Int(perturb & UInt(Int.max))) & mask
            }
        }
    }

    /// The value at an entry position found by a lookup.
    @inline(__always) func value(at p: Int) -> Value { entries[p].value }

    /// Position in the entries of a string key, for lookup caches.
    func position(ofString name: StrObj) -> Int? { stringPosition(name, hash: name.hash) }

    /// Position of a string key; only str keys can match, so no script code runs.
    private func stringPosition(_ name: StrObj, hash: Int) -> Int? {
        let target = Unmanaged.passUnretained(name).toOpaque()
        return entries.withUnsafeBufferPointer { buf -> Int? in
            // Interned names hit by identity; otherwise compare contents of str keys.
            @inline(__always) func matches(_ e: DictEntry) -> Bool {
                guard e.hash == hash, case .object(let r) = e.key else { return false }
                if r.raw.toOpaque() == target { return true }
                guard let s = r.obj as? StrObj else { return false }
                return s.equals(name)
            }
            if index.isEmpty {
                for i in 0..<buf.count where matches(buf[i]) { return i }
                return nil
            }
            let mask = index.count - 1
            var slot = hash & mask
            var perturb = UInt(bitPattern: hash)
            while true {
                let p = Int(index[slot])
                if p == -1 { return nil }
                if p >= 0, matches(buf[p]) { return p }
                perturb >>= 5
                slot = (slot &* 5 &+ 1 &+ Int(perturb & UInt(Int.max))) & mask
            }
        }
    }

    func contains(_ key: Value, _ interp: Interpreter) throws -> Bool {
        try position(of: key, hash: try interp.hash(key), interp) != nil
    }

    // MARK: - Mutation

    func set(_ key: Value, _ value: Value, _ interp: Interpreter) throws {
        // An exact str key compares by bytes, without the generic equality dispatch.
        if case .object(let r) = key, let p = exactStrKeyPosition(r, interp.types.str) {
            if let p {
                entries[p].value = value
            } else {
                let hash = r.raw._withUnsafeGuaranteedRef { unsafeDowncast($0, to: StrObj.self).hash }
                append(DictEntry(hash: hash, key: key, value: value))
            }
            return
        }
        try set(key, hash: try interp.hash(key), value, interp)
    }

    func set(_ key: Value, hash: Int, _ value: Value, _ interp: Interpreter) throws {
        if let p = try position(of: key, hash: hash, interp) {
            entries[p].value = value
            return
        }
        append(DictEntry(hash: hash, key: key, value: value))
    }

    /// Sets a string key without running script code.
    func setString(_ name: StrObj, _ value: Value) {
        let hash = name.hash
        if let p = stringPosition(name, hash: hash) {
            entries[p].value = value
            return
        }
        append(DictEntry(hash: hash, key: Value(name), value: value))
    }

    private func append(_ entry: DictEntry) {
        entries.append(entry)
        count += 1
        mutations &+= 1
        if index.isEmpty {
            if entries.count > DictObj.indexThreshold { rebuild() }
        } else if entries.count * 3 >= index.count * 2 {
            rebuild()
        } else {
            insertIndex(hash: entry.hash, position: entries.count - 1)
        }
    }

    private func insertIndex(hash: Int, position: Int) {
        let mask = index.count - 1
        var slot = hash & mask
        var perturb = UInt(bitPattern: hash)
        while index[slot] >= 0 {
            perturb >>= 5
            slot = (slot &* 5 &+ 1 &+ Int(perturb & UInt(Int.max))) & mask
        }
        index[slot] = Int32(position)
    }

    /// Compacts the entries (dropping holes) and rebuilds the index at a size fitting them.
    private func rebuild() {
        if count != entries.count {
            entries = ContiguousArray(entries.lazy.filter { !$0.key.isUnbound })
        }
        guard entries.count > DictObj.indexThreshold else {
            index = []
            return
        }
        var size = 16
        while size * 2 < entries.count * 3 { size *= 2 }
        index = ContiguousArray(repeating: -1, count: size)
        for (i, e) in entries.enumerated() { insertIndex(hash: e.hash, position: i) }
    }

    /// Removes the key and returns its value, or nil when absent.
    @discardableResult
    func remove(_ key: Value, _ interp: Interpreter) throws -> Value? {
        let hash = try interp.hash(key)
        guard let p = try position(of: key, hash: hash, interp) else { return nil }
        return removeAt(p)
    }

    func removeString(_ name: StrObj) -> Value? {
        guard let p = stringPosition(name, hash: name.hash) else { return nil }
        return removeAt(p)
    }

    private func removeAt(_ p: Int) -> Value {
        let old = entries[p].value
        entries[p].key = .unbound
        entries[p].value = .pyNone
        count -= 1
        mutations &+= 1
        if !index.isEmpty {
            // Mark the index slot pointing at p as deleted.
            let mask = index.count - 1
            var slot = entries[p].hash & mask
            var perturb = UInt(bitPattern: entries[p].hash)
            while Int(index[slot]) != p {
                perturb >>= 5
                slot = (slot &* 5 &+ 1 &+ Int(perturb & UInt(Int.max))) & mask
            }
            index[slot] = -2
        }
        if entries.count > 16 && count * 2 < entries.count { rebuild() }
        else if count == 0 { entries.removeAll(keepingCapacity: true); index = [] }
        return old
    }

    func removeAll() {
        entries.removeAll()
        index = []
        count = 0
        mutations &+= 1
    }

    /// Removes and returns the last (key, value) pair, as `popitem()`.
    func popLast() -> (Value, Value)? {
        guard let p = entries.lastIndex(where: { !$0.key.isUnbound }) else { return nil }
        let k = entries[p].key
        let v = removeAt(p)
        return (k, v)
    }

    // MARK: - Steps of a lookup whose comparisons run in script (Modules/Lib/_baozi_hashing.py)

    /// The keys stored with hash `hash`, in the order a lookup compares them.
    func keys(withHash hash: Int) -> [Value] {
        var found: [Value] = []
        forEachPosition(withHash: hash) { p in
            found.append(entries[p].key)
            return false
        }
        return found
    }

    /// Position of the entry whose key is `key` itself (no comparison runs).
    func position(ofIdentical key: Value, hash: Int) -> Int? {
        var found: Int?
        forEachPosition(withHash: hash) { p in
            if entries[p].key.isIdentical(to: key) { found = p }
            return found != nil
        }
        return found
    }

    /// Calls `body` with the position of each live entry stored with `hash`, in lookup order,
    /// until it returns true.
    private func forEachPosition(withHash hash: Int, _ body: (Int) -> Bool) {
        if index.isEmpty {
            for (p, e) in entries.enumerated() where e.hash == hash && !e.key.isUnbound {
                if body(p) { return }
            }
            return
        }
        let mask = index.count - 1
        var slot = hash & mask
        var perturb = UInt(bitPattern: hash)
        while true {
            let p = Int(index[slot])
            if p == -1 { return }
            if p >= 0, entries[p].hash == hash, !entries[p].key.isUnbound, body(p) { return }
            perturb >>= 5
            slot = (slot &* 5 &+ 1 &+ Int(perturb & UInt(Int.max))) & mask
        }
    }

    /// Sets the value at a position found by `position(ofIdentical:hash:)`.
    func setValue(at p: Int, _ value: Value) { entries[p].value = value }

    /// Adds a key a lookup found absent, with its hash.
    func insertAbsent(_ key: Value, hash: Int, _ value: Value) {
        append(DictEntry(hash: hash, key: key, value: value))
    }

    /// Removes the entry at a position found by `position(ofIdentical:hash:)`; its value.
    func remove(at p: Int) -> Value { removeAt(p) }

    // MARK: - Iteration

    /// Live entries in insertion order.
    var liveEntries: LazyFilterSequence<ContiguousArray<DictEntry>> {
        entries.lazy.filter { !$0.key.isUnbound }
    }

    var keys: [Value] { liveEntries.map { $0.key } }
    var values: [Value] { liveEntries.map { $0.value } }

    /// The entry at a raw position, for iterators that walk `entries` and skip holes.
    var rawCount: Int { entries.count }
    func rawEntry(_ i: Int) -> DictEntry { entries[i] }
}

/// Key comparison shared by dicts and sets: identity, then fast paths, then `__eq__`.
enum Dict {
    @inline(__always)
    static func keysEqual(_ a: Value, _ b: Value, _ interp: Interpreter) throws -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.object(let x), .object(let y)):
            if x === y { return true }
            // Exact strs only: a str subclass may define __eq__ (CPython calls it).
            let strType = interp.types.str
            if x.hasExactType(strType) && y.hasExactType(strType) {
                return unsafeDowncast(x.obj, to: StrObj.self).equals(unsafeDowncast(y.obj, to: StrObj.self))
            }
        default: break
        }
        return try interp.equals(a, b)
    }
}
