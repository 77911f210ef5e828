// A readable listing of a code object, for compiler tests and debugging.

extension CodeObj {
    /// One line per instruction: `pc line op arg (meaning)`, then the handler table and the
    /// nested code objects.
    func disassembly(recursive: Bool = true) -> String {
        var out = "code \(qualname) args=\(argCount) posonly=\(positionalOnlyCount) kwonly=\(kwOnlyCount) "
            + "flags=\(flags.rawValue) stack=\(stackSize)\n"
        out += "  varNames=\(varNames) cells=\(cellSlots) free=\(freeCount)\n"
        for (pc, ins) in instructions.enumerated() {
            let line = pc < locations.count ? Int(locations[pc].start.line) : 0
            out += "  \(pc) L\(line) \(ins.op)"
            if !stackEffectUsesNoArg(ins.op) || ins.arg != 0 {
                out += " \(ins.arg)"
            }
            let note = argumentNote(ins)
            if !note.isEmpty { out += " (\(note))" }
            out += "\n"
        }
        for h in handlers {
            out += "  handler [\(h.start), \(h.end)) -> \(h.target) depth=\(h.stackDepth) exc=\(h.excDepth)\n"
        }
        if recursive {
            for c in constants {
                if let nested = c.asObject as? CodeObj { out += nested.disassembly(recursive: true) }
            }
        }
        return out
    }

    /// The instruction sequence as `op arg` strings (the arg left out when the op takes none),
    /// for compact test expectations.
    var opcodeListing: [String] {
        instructions.map { ins in
            stackEffectUsesNoArg(ins.op) && ins.arg == 0 ? "\(ins.op)" : "\(ins.op) \(ins.arg)"
        }
    }

    private func argumentNote(_ ins: Instr) -> String {
        let i = Int(ins.arg)
        switch ins.op {
        case .loadConst, .kwNames:
            guard i < constants.count else { return "?" }
            let c = constants[i]
            switch c {
            case .none: return "None"
            case .bool(let b): return b ? "True" : "False"
            case .int(let n): return String(n)
            case .float(let d): return String(d)
            case .object(let r):
                if let s = r.obj as? StrObj { return "'\(s.value)'" }
                if let code = r.obj as? CodeObj { return "code \(code.qualname)" }
                if let t = r.obj as? TupleObj {
                    return "(" + t.items.map { ($0.asObject as? StrObj).map { "'\($0.value)'" } ?? "\($0)" }.joined(separator: ", ") + ")"
                }
                return "\(Swift.type(of: r.obj))"
            case .unbound: return "unbound"
            }
        case .binaryOpLocalConst, .compareLocalConst:
            let o = LocalConstOperands(ins.arg)
            let symbol = ins.op == .compareLocalConst ? CompareOpcode(rawValue: o.op)?.symbol : BinaryOpcode(rawValue: o.op)?.symbol
            let local = o.slot < varNames.count ? varNames[o.slot] : "?"
            return "\(local) \(symbol ?? "?")\(o.inplace ? "=" : "") const \(o.constant)"
        case .loadFast, .storeFast, .deleteFast, .loadDeref, .storeDeref, .deleteDeref, .loadClosure, .loadClassDeref:
            return i < varNames.count ? varNames[i] : "?"
        case .loadGlobal, .storeGlobal, .deleteGlobal, .loadName, .storeName, .deleteName, .loadAttr, .storeAttr,
             .deleteAttr, .loadMethod, .importName, .importFrom:
            return i < names.count ? names[i].value : "?"
        default:
            return ""
        }
    }
}

/// Instructions whose argument means nothing.
private func stackEffectUsesNoArg(_ op: Op) -> Bool {
    switch op {
    case .nop, .popTop, .binarySubscr, .storeSubscr, .deleteSubscr, .unaryNegative, .unaryPositive,
         .unaryInvert, .unaryNot, .listToTuple, .getIter, .returnValue, .buildClass, .reraise, .pushExcInfo,
         .popExcept, .checkExcMatch, .beforeWith, .withExceptStart, .loadAssertionError, .yieldValue, .genStart,
         .importStar, .setupAnnotations:
        return true
    default:
        return false
    }
}
