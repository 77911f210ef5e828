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

    /// Finds the slot holding the key, or nil.
    private func find(_ key: Value, hash: Int, _ interp: Interpreter) throws -> Int? {
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

    private func resize(minUsed: Int) {
        var size = SetObj.minSize
        while size <= minUsed { size <<= 1 }
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
    func addAll(from other: SetObj, _ interp: Interpreter) throws {
        if (fill + other.count) * 5 >= (table.count - 1) * 3 {
            resize(minUsed: (count + other.count) * 2)
        }
        for s in other.table where !s.key.isUnbound {
            try add(s.key, hash: s.hash, interp)
        }
    }
}
