// What the namespace nodes of the tree evaluator do (TreeBuilder+Namespaces.swift builds them):
// names of module and class bodies, imports, `__annotations__`.
//
// A namespace body's names live in the frame's namespace: a class body's dict, exec()'s locals,
// or (module code run as a program or an import) the globals themselves. Loads look there, then
// in the globals, then in the builtins. When the namespace is the globals, a load is a global's
// load and uses the node's global cache (module-level loops read their names that way).

extension Interpreter {
    /// The dict a namespace body's names are stored in.
    @inline(__always)
    func treeNamespace(_ header: UnsafeMutablePointer<FrameHeader>, _ globals: Unmanaged<DictObj>) -> Unmanaged<DictObj> {
        header.pointee.context.namespaceRef ?? globals
    }

    /// A name's value, or nil when it is not defined.
    func loadName(_ n: NodeRef, _ header: UnsafeMutablePointer<FrameHeader>, _ globals: Unmanaged<DictObj>) -> Value? {
        let ns = treeNamespace(header, globals)
        let cache = n.pointee.globalCache.unsafelyUnwrapped
        return n.pointee.name.unsafelyUnwrapped._withUnsafeGuaranteedRef { name -> Value? in
            if ns.toOpaque() == globals.toOpaque() {
                if let v = cachedGlobal(cache, globals) { return v }
                return globals._withUnsafeGuaranteedRef { lookupGlobal(cache, name, $0) }
            }
            if let v = ns._withUnsafeGuaranteedRef({ $0.getString(name, hint: &cache.pointee.nameHint) }) { return v }
            if let v = globals._withUnsafeGuaranteedRef({ $0.getString(name) }) { return v }
            return builtinsRef._withUnsafeGuaranteedRef { $0.getString(name) }
        }
    }

    /// `loadName` or the NameError CPython raises.
    func loadNameOrFail(_ n: NodeRef, _ header: UnsafeMutablePointer<FrameHeader>, _ globals: Unmanaged<DictObj>) throws -> Value {
        if let v = loadName(n, header, globals) { return v }
        throw nameError("name '\(n.pointee.name.unsafelyUnwrapped.takeUnretainedValue().value)' is not defined")
    }

    @inline(__always)
    func storeName(_ n: NodeRef, _ v: Value, _ header: UnsafeMutablePointer<FrameHeader>, _ globals: Unmanaged<DictObj>) {
        let ns = treeNamespace(header, globals)
        let cache = n.pointee.globalCache.unsafelyUnwrapped
        n.pointee.name.unsafelyUnwrapped._withUnsafeGuaranteedRef { name in
            ns._withUnsafeGuaranteedRef { $0.setString(name, v, hint: &cache.pointee.nameHint) }
        }
    }

    func deleteName(_ n: NodeRef, _ header: UnsafeMutablePointer<FrameHeader>, _ globals: Unmanaged<DictObj>) throws {
        let name = n.pointee.name.unsafelyUnwrapped.takeUnretainedValue()
        if treeNamespace(header, globals).takeUnretainedValue().removeString(name) == nil {
            throw nameError("name '\(name.value)' is not defined")
        }
    }

    /// A free variable read in a class body: the class namespace first, then the cell.
    func loadClassDeref(_ n: NodeRef, _ slots: UnsafeMutablePointer<Value>, _ header: UnsafeMutablePointer<FrameHeader>) throws -> Value {
        let name = n.pointee.name.unsafelyUnwrapped.takeUnretainedValue()
        if let ns = header.pointee.context.namespaceRef, let v = ns.takeUnretainedValue().getString(name) { return v }
        let v = slots[Int(n.op)].asCell.value
        if case .unbound = v {
            throw nameError("cannot access free variable '\(name.value)' where it is not associated with a value in enclosing scope")
        }
        return v
    }

    /// `__annotations__ = {}` unless the namespace has one.
    func setUpAnnotations(_ header: UnsafeMutablePointer<FrameHeader>, _ globals: Unmanaged<DictObj>) {
        let ns = treeNamespace(header, globals).takeUnretainedValue()
        if ns.getString(names.__annotations__) == nil {
            ns.setString(names.__annotations__, Value(newDictObj()))
        }
    }

    /// The module an import statement names (imported now if it was not).
    func importName(_ n: NodeRef, _ globals: Unmanaged<DictObj>) throws -> Value {
        try importModuleResumable(n.pointee.name.unsafelyUnwrapped.takeUnretainedValue().value, fromList: n.pointee.value,
                         level: .int(Int(n.op2)), globals: globals.takeUnretainedValue())
    }

    /// The `i`th name a `from ... import` statement imports.
    func importedName(_ n: NodeRef, _ i: Int) throws -> StrObj {
        guard let names = n.pointee.value.asObject as? TupleObj, i < names.items.count,
              let name = names.items[i].asObject as? StrObj else { throw runtimeError("corrupt import node") }
        return name
    }

    // MARK: - Direct evaluation

    /// A name read without going by steps: when the namespace is the globals and the node's
    /// global cache is valid.
    @inline(__always)
    func directName(_ n: NodeRef, _ cx: TreeContext) -> Value? {
        guard treeNamespace(cx.header, cx.globals).toOpaque() == cx.globals.toOpaque() else { return nil }
        return cachedGlobal(n.pointee.globalCache.unsafelyUnwrapped, cx.globals)
    }

    /// Stores and augmented assignments to a name that need no script code.
    func namespaceStatementDirectly(_ n: NodeRef, _ cx: TreeContext) -> Bool {
        guard let v = operand(n.kid(0), cx) else { return false }
        if n.kind == .storeName {
            storeName(n, v, cx.header, cx.globals)
            return true
        }
        guard let current = directName(n, cx),
              let r = cx.types.fastBinary(self, BinaryOpcode.decode(n.op2), current, v) else { return false }
        storeName(n, r, cx.header, cx.globals)
        return true
    }
}
