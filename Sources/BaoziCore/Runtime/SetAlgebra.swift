// Set and frozenset comparison and algebra, as CPython's setobject.c does them: on the hash
// tables directly, looking up each element with the hash stored in its slot (no rehashing, no
// arrays of elements), iterating the smaller set where the result allows it, and stopping at the
// first element that decides. Results grow (or are sized up front) exactly as CPython's do,
// because a set's iteration order — what `print(s)` shows — depends on its table's history.

extension Interpreter {
    /// The class of a new set made from `s`: set or frozenset, never a subclass.
    func setResultType(_ s: SetObj) -> TypeObj {
        if s.type === types.set || s.type === types.frozenset { return s.type }
        return s.type.isSubtype(of: types.set) ? types.set : types.frozenset
    }

    /// A new set (or frozenset) of `s`'s class family holding `s`'s elements.
    func copySet(_ s: SetObj) throws -> SetObj {
        let copy = heap.track(SetObj(type: setResultType(s)))
        try copy.addAll(from: s, self)
        return copy
    }

    // MARK: Comparisons

    /// `s <= t`: every element of `s` is in `t`.
    func setIsSubset(_ s: SetObj, _ t: SetObj) throws -> Bool {
        if s.count > t.count { return false }
        var all = true
        try t.withLookup { inT in
            try s.forEachEntry { key, hash in
                all = try inT.contains(key, hash: hash, self)
                return all
            }
        }
        return all
    }

    /// `s == t`: same size, and (when both hashes are known and differ, not) every element of
    /// `s` in `t`.
    func setEquals(_ s: SetObj, _ t: SetObj) throws -> Bool {
        if s.count != t.count { return false }
        if let h = s.cachedHash, let k = t.cachedHash, h != k { return false }
        return try setIsSubset(s, t)
    }

    /// `s < t`, `s <= t`, `s > t`, `s >= t`.
    func setOrdered(_ op: CompareOpcode, _ s: SetObj, _ t: SetObj) throws -> Bool {
        switch op {
        case .le: return try setIsSubset(s, t)
        case .ge: return try setIsSubset(t, s)
        case .lt: return try s.count < t.count && setIsSubset(s, t)
        case .gt: return try s.count > t.count && setIsSubset(t, s)
        default: return false
        }
    }

    /// No element in common; walks the smaller set.
    func setIsDisjoint(_ s: SetObj, _ t: SetObj) throws -> Bool {
        let (small, large) = t.count > s.count ? (s, t) : (t, s)
        var disjoint = true
        try large.withLookup { inLarge in
            try small.forEachEntry { key, hash in
                disjoint = !(try inLarge.contains(key, hash: hash, self))
                return disjoint
            }
        }
        return disjoint
    }

    // MARK: New sets

    /// `s | t`: a copy of `s` with `t` merged in.
    func setUnion(_ s: SetObj, _ t: SetObj) throws -> SetObj {
        let result = try copySet(s)
        try result.addAll(from: t, self)
        return result
    }

    /// `s & t`: walks the smaller set (the right one when the sizes are equal), keeping what
    /// the larger holds.
    func setIntersection(_ s: SetObj, _ t: SetObj) throws -> SetObj {
        let result = heap.track(SetObj(type: setResultType(s)))
        let (large, small) = t.count > s.count ? (t, s) : (s, t)
        try large.withLookup { inLarge in
            try small.forEachEntry { key, hash in
                if try inLarge.contains(key, hash: hash, self) { result.addAbsent(key, hash: hash) }
                return true
            }
        }
        return result
    }

    /// `s - t`: when `s` is more than four times larger, a copy of `s` with `t`'s elements
    /// taken out; otherwise the elements of `s` that `t` lacks.
    func setDifference(_ s: SetObj, _ t: SetObj) throws -> SetObj {
        if s.count >> 2 > t.count {
            let result = try copySet(s)
            try setDifferenceUpdate(result, t)
            return result
        }
        let result = heap.track(SetObj(type: setResultType(s)))
        try t.withLookup { inT in
            try s.forEachEntry { key, hash in
                if !(try inT.contains(key, hash: hash, self)) { result.addAbsent(key, hash: hash) }
                return true
            }
        }
        return result
    }

    /// `s ^ t`: a copy of `t` with each element of `s` taken out when present, added when not.
    func setSymmetricDifference(_ s: SetObj, _ t: SetObj) throws -> SetObj {
        let result = heap.track(SetObj(type: setResultType(s)))
        try result.addAll(from: t, self)
        try setSymmetricDifferenceUpdate(result, s)
        return result
    }

    // MARK: In place

    /// `s -= t`.
    func setDifferenceUpdate(_ s: SetObj, _ t: SetObj) throws {
        if s === t { s.removeAll(); return }
        try t.forEachEntry { key, hash in
            _ = try s.discardEntry(key, hash: hash, self)
            return true
        }
    }

    /// `s &= t`: `s` takes the table of `s & t`.
    func setIntersectionUpdate(_ s: SetObj, _ t: SetObj) throws {
        s.takeContents(of: try setIntersection(s, t))
    }

    /// `s ^= t`.
    func setSymmetricDifferenceUpdate(_ s: SetObj, _ t: SetObj) throws {
        if s === t { s.removeAll(); return }
        try t.forEachEntry { key, hash in
            if !(try s.discardEntry(key, hash: hash, self)) { try s.add(key, hash: hash, self) }
            return true
        }
    }
}
