// Python set and frozenset.
//
// The table is kept as CPython keeps it (open addressing, linear probes then perturbation, same
// growth rule) so that iteration order — what `print({3, 1, 2})` shows — matches CPython's.

final class SetObj: Obj {
    /// Slots: `.unbound` key with hash 0 is empty; `dummy` marks a deleted slot.
    struct Slot {
        var hash: Int
        var key: Value
    }
    private(set) var table: ContiguousArray<Slot>
    /// Active entries.
    private(set) var count = 0
    /// Active plus deleted entries.
    private var fill = 0
    /// Position where `pop()` resumes its search, as CPython's finger.
    private var finger = 0
    var cachedHash: Int?
    /// Bumped by every insertion or deletion, so iterators notice a set changing size.
    private(set) var mutations = 0

    static let minSize = 8
    static let linearProbes = 9

    override init(type: TypeObj) {
        table = ContiguousArray(repeating: Slot(hash: 0, key: .unbound), count: SetObj.minSize)
        super.init(type: type)
    }

    override func trace(_ marker: inout Marker) {
        for s in table { marker.mark(s.key) }
    }

    override var extraBytes: Int { table.count * 24 }

    @inline(__always) private static func isEmpty(_ s: Slot) -> Bool {
        if case .unbound = s.key { return s.hash == 0 }
        return false
    }
    @inline(__always) private static func isDummy(_ s: Slot) -> Bool {
        if case .unbound = s.key { return s.hash == -1 }
        return false
    }

    /// Finds the slot holding the key, or nil. It probes a snapshot of the table (one retain,
    /// no bounds checks); a script __eq__ that resizes the table makes it look again.
    private func find(_ key: Value, hash: Int, _ interp: Interpreter) throws -> Int? {
        let snapshot = table
        return try snapshot.withUnsafeBufferPointer { try find(key, hash: hash, in: $0, interp) }
    }

    fileprivate func find(_ key: Value, hash: Int, in table: UnsafeBufferPointer<Slot>, _ interp: Interpreter) throws -> Int? {
        let mask = table.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = hash & mask
        while true {
            var probes = (i + SetObj.linearProbes <= mask) ? SetObj.linearProbes : 0
            var j = i
            while true {
                let s = table[j]
                if SetObj.isEmpty(s) { return nil }
                if s.hash == hash, !s.key.isUnbound {
                    if try Dict.keysEqual(s.key, key, interp) { return j }
                    // A script __eq__ may have changed the set (its storage is then a new
                    // copy, as `table` is shared): look again in the current table.
                    if self.table.withUnsafeBufferPointer({ $0.baseAddress }) != table.baseAddress {
                        return try find(key, hash: hash, interp)
                    }
                }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
        }
    }

    func contains(_ key: Value, _ interp: Interpreter) throws -> Bool {
        try find(key, hash: try interp.hash(key), interp) != nil
    }

    func add(_ key: Value, _ interp: Interpreter) throws {
        try add(key, hash: try interp.hash(key), interp)
    }

    func add(_ key: Value, hash: Int, _ interp: Interpreter) throws {
        if try find(key, hash: hash, interp) != nil { return }
        addAbsent(key, hash: hash)
    }

    /// Adds a key known to be absent from a set without deleted slots (a result being built
    /// from another set's distinct elements): the slot CPython's set_add_entry would pick.
    func addAbsent(_ key: Value, hash: Int) {
        insertClean(key, hash: hash)
        if fill * 5 >= (table.count - 1) * 3 {
            resize(minUsed: count > 50_000 ? count * 2 : count * 4)
        }
    }

    /// Inserts a key known to be absent into the first empty slot of its probe sequence.
    private func insertClean(_ key: Value, hash: Int) {
        let mask = table.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = hash & mask
        while true {
            var probes = (i + SetObj.linearProbes <= mask) ? SetObj.linearProbes : 0
            var j = i
            while true {
                if SetObj.isEmpty(table[j]) {
                    table[j] = Slot(hash: hash, key: key)
                    fill += 1
                    count += 1
                    mutations &+= 1
                    return
                }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
        }
    }

    /// CPython's table size for at least `minUsed` entries.
    private static func tableSize(minUsed: Int) -> Int {
        var size = SetObj.minSize
        while size <= minUsed { size <<= 1 }
        return size
    }

    private func resize(minUsed: Int) {
        let size = SetObj.tableSize(minUsed: minUsed)
        let old = table
        table = ContiguousArray(repeating: Slot(hash: 0, key: .unbound), count: size)
        fill = 0
        count = 0
        for s in old where !s.key.isUnbound { insertClean(s.key, hash: s.hash) }
    }

    /// Removes the key; returns whether it was present.
    @discardableResult
    func discard(_ key: Value, _ interp: Interpreter) throws -> Bool {
        guard let j = try find(key, hash: try interp.hash(key), interp) else { return false }
        table[j] = Slot(hash: -1, key: .unbound)
        count -= 1
        mutations &+= 1
        return true
    }

    func pop() -> Value? {
        guard count > 0 else { return nil }
        let mask = table.count - 1
        var i = finger & mask
        while table[i].key.isUnbound { i = (i + 1) & mask }
        let key = table[i].key
        table[i] = Slot(hash: -1, key: .unbound)
        count -= 1
        mutations &+= 1
        finger = i + 1
        return key
    }

    func removeAll() {
        table = ContiguousArray(repeating: Slot(hash: 0, key: .unbound), count: SetObj.minSize)
        count = 0
        fill = 0
        mutations &+= 1
    }

    /// Elements in table order.
    var elements: [Value] { table.compactMap { $0.key.isUnbound ? nil : $0.key } }

    /// Raw table access for iterators.
    var rawCount: Int { table.count }
    func rawKey(_ i: Int) -> Value { table[i].key }

    /// Adds every element of another set, keeping its hashes (no script code runs for hashing).
    /// As CPython's set_merge: the table is sized for both first; an empty set with a table of
    /// the other's size takes the other's table as it is, so both iterate in the same order.
    func addAll(from other: SetObj, _ interp: Interpreter) throws {
        let grows = (fill + other.count) * 5 >= (table.count - 1) * 3
        if fill == 0 && other.fill == other.count
            && (grows ? SetObj.tableSize(minUsed: (count + other.count) * 2) : table.count) == other.table.count {
            table = other.table                 // shared until either side changes
            fill = other.fill
            count = other.count
            mutations &+= 1
            return
        }
        if grows { resize(minUsed: (count + other.count) * 2) }
        if fill == 0 {
            for s in other.table where !s.key.isUnbound { insertClean(s.key, hash: s.hash) }
            return
        }
        for s in other.table where !s.key.isUnbound {
            try add(s.key, hash: s.hash, interp)
        }
    }

    // MARK: Steps of a lookup whose comparisons run in script (Modules/Lib/_baozi_hashing.py)

    /// The keys stored with hash `hash`, in the order a lookup compares them.
    func keys(withHash hash: Int) -> [Value] {
        var found: [Value] = []
        forEachSlot(withHash: hash) { j in
            found.append(table[j].key)
            return false
        }
        return found
    }

    /// The slot of the element that is `key` itself (no comparison runs).
    func slot(ofIdentical key: Value, hash: Int) -> Int? {
        var found: Int?
        forEachSlot(withHash: hash) { j in
            if table[j].key.isIdentical(to: key) { found = j }
            return found != nil
        }
        return found
    }

    /// Removes the element that is `key` itself (no comparison runs); whether it was there.
    func removeIdentical(_ key: Value, hash: Int) -> Bool {
        guard let j = slot(ofIdentical: key, hash: hash) else { return false }
        table[j] = Slot(hash: -1, key: .unbound)
        count -= 1
        mutations &+= 1
        return true
    }

    /// Calls `body` with each slot holding an element stored with `hash`, in lookup order,
    /// until it returns true.
    private func forEachSlot(withHash hash: Int, _ body: (Int) -> Bool) {
        let mask = table.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = hash & mask
        while true {
            var probes = (i + SetObj.linearProbes <= mask) ? SetObj.linearProbes : 0
            var j = i
            while true {
                let s = table[j]
                if SetObj.isEmpty(s) { return }
                if s.hash == hash, !s.key.isUnbound, body(j) { return }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
        }
    }

    // MARK: Entries with their stored hashes (set algebra; see SetAlgebra.swift)

    /// Runs `body` with lookups into this set that pay no reference counting per lookup.
    @inline(__always)
    func withLookup<R>(_ body: (SetLookup) throws -> R) rethrows -> R {
        let snapshot = table
        return try snapshot.withUnsafeBufferPointer { try body(SetLookup(set: self, table: $0)) }
    }

    /// Whether the key is present, given its hash (taken from another set's slot: no rehash).
    @inline(__always)
    func containsEntry(_ key: Value, hash: Int, _ interp: Interpreter) throws -> Bool {
        try find(key, hash: hash, interp) != nil
    }

    /// Removes the key, given its hash; returns whether it was present.
    func discardEntry(_ key: Value, hash: Int, _ interp: Interpreter) throws -> Bool {
        guard let j = try find(key, hash: hash, interp) else { return false }
        table[j] = Slot(hash: -1, key: .unbound)
        count -= 1
        mutations &+= 1
        return true
    }

    /// Calls `body(key, hash)` for each element in table order until it returns false. It walks
    /// a snapshot of the table, so script code run by `body` may change the set safely.
    @inline(__always)
    func forEachEntry(_ body: (Value, Int) throws -> Bool) rethrows {
        let snapshot = table
        try snapshot.withUnsafeBufferPointer { slots in
            for s in slots where !s.key.isUnbound {
                if !(try body(s.key, s.hash)) { return }
            }
        }
    }

    /// Takes over another set's contents (CPython's set_swap_bodies, for intersection_update).
    func takeContents(of other: SetObj) {
        table = other.table
        fill = other.fill
        count = other.count
        finger = 0
        mutations &+= 1
    }
}

/// Lookups into one set's table for the length of `SetObj.withLookup`.
struct SetLookup {
    unowned(unsafe) let set: SetObj
    let table: UnsafeBufferPointer<SetObj.Slot>

    /// Whether the key, with its stored hash, is in the set.
    @inline(__always)
    func contains(_ key: Value, hash: Int, _ interp: Interpreter) throws -> Bool {
        try set.find(key, hash: hash, in: table, interp) != nil
    }
}
