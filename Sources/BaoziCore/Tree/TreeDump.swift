// An indented listing of a function's executable tree, for tests and for reading what the
// builder made: one node per line, children indented under it, names already resolved.
//
//   block
//     if
//       compare <  [direct]
//         local n (slot 0)
//         constant 2
//     ...

extension CodeObj {
    /// The tree listing of this code's body (nil for code made without one).
    func treeListing() -> String? {
        guard let root = treeRoot else { return nil }
        var out = ""
        dumpNode(root, indent: 0, into: &out)
        return out
    }

    private func dumpNode(_ n: NodeRef, indent: Int, into out: inout String) {
        out += String(repeating: "  ", count: indent) + describeNode(n)
        if n.directable && n.kidCount > 0 { out += "  [direct]" }
        out += "\n"
        for i in 0..<n.kidCount { dumpNode(n.kid(i), indent: indent + 1, into: &out) }
    }

    private func describeNode(_ n: NodeRef) -> String {
        let name = n.pointee.name.map { $0.takeUnretainedValue().value } ?? ""
        func slot(_ i: Int32) -> String {
            let s = Int(i)
            return s < varNames.count ? "\(varNames[s]) (slot \(s))" : "slot \(s)"
        }
        switch n.kind {
        case .block: return "block"
        case .exprStmt: return "expr"
        case .storeLocal: return "store " + slot(n.op)
        case .storeGlobal: return "store global " + name
        case .storeAttr: return "store ." + name
        case .storeItem: return "store item"
        case .augLocal: return "\(BinaryOpcode.decode(n.op2).symbol)= " + slot(n.op)
        case .ifStmt: return "if"
        case .whileStmt: return "while"
        case .forLocal: return "for " + slot(n.op) + (n.op2 != 0 ? " over the iterator" : "")
        case .breakStmt: return "break"
        case .continueStmt: return "continue"
        case .returnStmt: return "return"
        case .constant: return "constant " + describeConstant(n.pointee.value)
        case .local: return "local " + slot(n.op)
        case .global: return "global " + name
        case .unary: return "unary " + ["-", "+", "~", "not"][Int(n.op)]
        case .binary: return "binary " + BinaryOpcode.decode(n.op).symbol
        case .compare: return "compare " + CompareOpcode.decode(n.op).symbol
        case .identity: return n.op == 1 ? "is not" : "is"
        case .contains: return n.op == 1 ? "not in" : "in"
        case .and: return "and"
        case .or: return "or"
        case .ifExp: return "if-expression"
        case .call: return "call"
        case .callMethod: return "call method ." + name
        case .attr: return "attribute ." + name
        case .item: return "item"
        case .tuple: return "tuple"
        case .list: return "list"
        case .assign: return "assign"
        case .tryStmt: return "try"
        case .handler: return "except" + (n.op2 > 0 ? " as " + slot(n.op2 - 1) : "")
        case .withStmt: return "with"
        case .augGlobal: return "\(BinaryOpcode.decode(n.op2).symbol)= global " + name
        case .augAttr: return "\(BinaryOpcode.decode(n.op2).symbol)= ." + name
        case .augItem: return "\(BinaryOpcode.decode(n.op2).symbol)= item"
        case .forTarget: return n.op2 != 0 ? "for over the iterator" : "for"
        case .raise: return "raise"
        case .assert: return "assert"
        case .delLocal: return "del " + slot(n.op)
        case .delGlobal: return "del global " + name
        case .delAttr: return "del ." + name
        case .delItem: return "del item"
        case .targetLocal: return "to " + slot(n.op)
        case .targetGlobal: return "to global " + name
        case .targetAttr: return "to ." + name
        case .targetItem: return "to item"
        case .targetUnpack: return "unpack" + (n.op2 > 0 ? " (starred \(n.op2 - 1))" : "")
        case .set: return "set"
        case .dict: return "dict"
        case .slice: return "slice"
        case .chain: return "chain"
        case .fstring: return "f-string"
        case .format: return "format"
        // Namespaces
        case .name: return "name " + name
        case .storeName: return "store name " + name
        case .targetName: return "to name " + name
        case .delName: return "del name " + name
        case .augName: return "\(BinaryOpcode.decode(n.op2).symbol)= name " + name
        case .classDeref: return "class deref " + slot(n.op)
        case .setupAnnotations: return "set up __annotations__"
        case .importName: return "import " + name + (n.op2 > 0 ? " (level \(n.op2))" : "")
        case .importAttr: return "import attribute " + name
        case .importFrom:
            let names = (n.pointee.value.asObject as? TupleObj)?.items.compactMap { ($0.asObject as? StrObj)?.value }
            return "from-import " + (names ?? []).joined(separator: ", ")
        case .importStar: return "import *"
        // Scopes
        case .loadCell: return "cell " + slot(n.op)
        case .storeCell: return "store cell " + slot(n.op)
        case .targetCell: return "to cell " + slot(n.op)
        case .delCell: return "del cell " + slot(n.op)
        case .augCell: return "\(BinaryOpcode.decode(n.op2).symbol)= cell " + slot(n.op)
        case .closureCell: return "closure cell " + slot(n.op)
        case .function: return "function " + ((n.pointee.value.asObject as? CodeObj)?.qualname ?? "?")
        case .decorated: return "decorated"
        case .classDef: return "class " + describeConstant(n.pointee.value)
        case .getIter: return "iter"
        case .comprehension: return ["list", "set", "dict"][Int(n.op)] + " comprehension"
        case .compAppend: return "add to slot \(n.op)"
        case .walrus: return "walrus"
        case .starred: return "starred"
        case .doubleStarred: return "double-starred"
        case .displayEx: return ["tuple", "list", "set"][Int(n.op)] + " with starred items"
        case .dictEx: return n.op == 1 ? "keywords" : "dict with ** items"
        case .callEx: return "call with collections"
        // Generators
        case .yield: return "yield"
        case .yieldFrom: return "yield from"
        }
    }

    private func describeConstant(_ v: Value) -> String {
        switch v {
        case .pyNone: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return String(d)
        case .object(let r):
            if let s = r.obj as? StrObj { return "'" + s.value + "'" }
            return "<" + r.obj.type.name + ">"
        case .unbound: return "<unbound>"
        }
    }
}
