// Helpers of the tree evaluator's scope nodes (TreeEval.swift, "Scopes" section): cells,
// comprehension containers, and displays and call arguments with `*` and `**` items.

extension Interpreter {
    // MARK: - Cells

    /// The value in the cell a slot holds (`.unbound` when it has none yet).
    @inline(__always)
    static func cellValue(_ slot: Value) -> Value {
        guard case .object(let r) = slot else { return .unbound }
        return r.raw._withUnsafeGuaranteedRef { unsafeDowncast($0, to: CellObj.self).value }
    }

    @inline(__always)
    static func setCell(_ slot: Value, _ v: Value) {
        guard case .object(let r) = slot else { return }
        r.raw._withUnsafeGuaranteedRef { unsafeDowncast($0, to: CellObj.self).value = v }
    }

    /// A read of an empty cell: a local of this function (UnboundLocalError) or a variable of
    /// an enclosing one (NameError), in CPython's words.
    func unboundCellError(_ code: CodeObj, _ slot: Int) -> PyError {
        let name = code.varNames[slot]
        if slot < code.localCount {
            return error(types.exceptions.unboundLocalError,
                         "cannot access local variable '\(name)' where it is not associated with a value")
        }
        return nameError("cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
    }

    // MARK: - Comprehensions

    /// The empty container of a list (0), set (1) or dict (2) comprehension.
    func comprehensionContainer(_ kind: Int32) -> Value {
        switch kind {
        case 0: return newList(ContiguousArray<Value>())
        case 1: return Value(heap.track(SetObj(type: types.set)))
        default: return Value(newDictObj())
        }
    }

    /// Adds the element(s) at `items` to a comprehension's container.
    @inline(__always)
    func comprehensionAdd(_ kind: Int32, _ container: Value, _ items: UnsafeMutablePointer<Value>) throws {
        guard case .object(let r) = container else { return }
        switch kind {
        case 0:
            r.raw._withUnsafeGuaranteedRef { unsafeDowncast($0, to: ListObj.self).items.append(items[0]) }
        case 1:
            try unsafeDowncast(r.obj, to: SetObj.self).add(items[0], self)
        default:
            try unsafeDowncast(r.obj, to: DictObj.self).set(items[0], items[1], self)
        }
    }

    // MARK: - Displays and call arguments

    /// A tuple (0), list (1) or set (2) of the node's item values at `values`; starred items
    /// add every item of their iterable.
    /// The index (from `from` on) of a `*x` item of display `n` whose iterable may run script
    /// code that switches greenlets (see `mayWait`), or nil.
    static func starredItemThatMayWait(_ n: NodeRef, _ values: UnsafeMutablePointer<Value>, from: Int,
                                       _ interp: Interpreter) -> Int? {
        var i = from
        while i < n.kidCount {
            if n.kid(i).kind == .starred, case .object(let r) = values[i], interp.mayWait(r.obj) { return i }
            i += 1
        }
        return nil
    }

    func starredDisplay(_ n: NodeRef, _ values: UnsafeMutablePointer<Value>) throws -> Value {
        if n.op == 2 {
            let set = heap.track(SetObj(type: types.set))
            for i in 0..<n.kidCount {
                if n.kid(i).kind == .starred {
                    for item in try iterateToArray(values[i]) { try set.add(item, self) }
                } else {
                    try set.add(values[i], self)
                }
            }
            return Value(set)
        }
        var items = ContiguousArray<Value>()
        for i in 0..<n.kidCount {
            let v = values[i]
            if n.kid(i).kind == .starred {
                items.append(contentsOf: try iterateToArray(v, notIterable: {
                    "Value after * must be an iterable, not \(self.typeName(v))"
                }))
            } else {
                items.append(v)
            }
        }
        return n.op == 0 ? newTuple(items) : newList(items)
    }

    /// A dict of the node's pairs and `**` items at `values`. Call keywords (`callee` given)
    /// reject a key given twice, naming the callee.
    func unpackingDict(_ n: NodeRef, _ values: UnsafeMutablePointer<Value>, callee: Value?) throws -> Value {
        let d = newDictObj()
        var i = 0
        var merged = false
        while i < n.kidCount {
            if n.kid(i).kind == .doubleStarred {
                try mergeMapping(into: d, from: values[i], rejectDuplicates: callee != nil, callee: callee)
                merged = true
                i += 1
                continue
            }
            let key = values[i], v = values[i + 1]
            if merged, callee != nil, try d.contains(key, self) {
                throw typeError("\(functionDescription(callee)) got multiple values for keyword argument '\((key.asObject as? StrObj)?.value ?? "?")'")
            }
            try d.set(key, v, self)
            i += 2
        }
        return Value(d)
    }
}
