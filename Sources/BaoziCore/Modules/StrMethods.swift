// The methods of str: argument handling here, the Python-exact text algorithms in Support/.

extension Interpreter {
    /// The receiver of a str method.
    private func selfStr(_ args: Arguments, _ name: String) throws -> String {
        guard args.positionalCount > 0, let s = args[0].asObject as? StrObj else {
            throw typeError("descriptor '\(name)' for 'str' objects doesn't apply to a '\(args.positionalCount > 0 ? typeName(args[0]) : "nothing")' object")
        }
        return s.value
    }

    /// A required str argument.
    private func strArg(_ v: Value, _ what: String) throws -> String {
        guard let s = v.asObject as? StrObj else {
            throw typeError("\(what) must be str, not \(typeName(v))")
        }
        return s.value
    }

    /// An optional str argument (None means absent).
    private func optionalStrArg(_ args: Arguments, _ i: Int, _ keyword: String, _ what: String) throws -> String? {
        let v = i < args.positionalCount ? args[i] : args.keyword(keyword)
        guard let v, !v.isNone else { return nil }
        return try strArg(v, what)
    }

    /// start/end slice arguments of find/count/startswith...
    private func sliceBounds(_ args: Arguments, from i: Int) throws -> (Int?, Int?) {
        func bound(_ j: Int) throws -> Int? {
            guard j < args.positionalCount, !args[j].isNone else { return nil }
            return try indexValue(args[j], for: "slice")
        }
        return (try bound(i), try bound(i + 1))
    }

    private func intArg(_ args: Arguments, _ i: Int, _ keyword: String, default d: Int) throws -> Int {
        let v = i < args.positionalCount ? args[i] : args.keyword(keyword)
        guard let v else { return d }
        return try indexValueForRange(v)
    }

    private func fillArg(_ args: Arguments, _ i: Int, _ name: String) throws -> Unicode.Scalar {
        guard i < args.positionalCount else { return " " }
        guard let s = args[i].asObject as? StrObj else {
            throw typeError("\(name)() argument 2 must be str, not \(typeName(args[i]))")
        }
        guard s.count == 1 else { throw typeError("The fill character must be exactly one character long") }
        return s.scalar(at: 0)
    }

    func setUpStrMethods() {
        let t = types.str
        func str1(_ name: String, _ f: @escaping (String) -> String) {
            method(t, name) { interp, args in interp.newStr(f(try interp.selfStr(args, name))) }
        }
        func pred(_ name: String, _ f: @escaping (String) -> Bool) {
            method(t, name) { interp, args in .bool(f(try interp.selfStr(args, name))) }
        }
        // upper/lower of ASCII text map bytes, and the result keeps the receiver's length
        // and ASCII-ness (no Unicode case tables, no recount).
        func caseMap(_ name: String, _ f: @escaping (String) -> String, _ asciiMap: @escaping (UInt8) -> UInt8) {
            method(t, name) { interp, args in
                if args.positionalCount > 0, case .object(let r) = args[0], let so = r.obj as? StrObj, so.isASCII {
                    var v = so.value
                    let out = v.withUTF8 { src in
                        String(unsafeUninitializedCapacity: src.count) { dst in
                            for i in 0..<src.count { dst[i] = asciiMap(src[i]) }
                            return src.count
                        }
                    }
                    return Value(interp.heap.track(StrObj(out, count: so.count, isASCII: true, type: interp.types.str)))
                }
                return interp.newStr(f(try interp.selfStr(args, name)))
            }
        }
        caseMap("upper", pyUpper) { b in b >= 97 && b <= 122 ? b - 32 : b }
        caseMap("lower", pyLower) { b in b >= 65 && b <= 90 ? b + 32 : b }
        str1("casefold", pyCasefold)
        str1("title", pyTitle)
        str1("capitalize", pyCapitalize)
        str1("swapcase", pySwapcase)
        pred("isdigit", pyStrIsDigit)
        pred("isdecimal", pyStrIsDecimal)
        pred("isnumeric", pyStrIsNumeric)
        pred("isalpha", pyStrIsAlpha)
        pred("isalnum", pyStrIsAlnum)
        pred("isspace", pyStrIsSpace)
        pred("isprintable", pyStrIsPrintable)
        pred("isascii", pyStrIsASCII)
        pred("isupper", pyStrIsUpper)
        pred("islower", pyStrIsLower)
        pred("istitle", pyStrIsTitle)
        pred("isidentifier", pyStrIsIdentifier)

        for (name, f) in [("strip", pyStrip), ("lstrip", pyLStrip), ("rstrip", pyRStrip)] as [(String, (String, String?) -> String)] {
            method(t, name) { interp, args in
                let s = try interp.selfStr(args, name)
                let chars = try interp.optionalStrArg(args, 1, "chars", "\(name) arg")
                return interp.newStr(f(s, chars))
            }
        }
        for (name, f) in [("split", pySplit), ("rsplit", pyRSplit)] as [(String, (String, String?, Int) throws -> [String])] {
            method(t, name) { interp, args in
                let s = try interp.selfStr(args, name)
                let sep = try interp.optionalStrArg(args, 1, "sep", "must be str or None, not")
                let maxsplit = try interp.intArg(args, 2, "maxsplit", default: -1)
                do { return interp.newList(try f(s, sep, maxsplit).map { interp.newStr($0) }) } catch let e as PyFormatError { throw interp.mapFormatError(e) }
            }
        }
        method(t, "splitlines") { interp, args in
            let s = try interp.selfStr(args, "splitlines")
            let keep = try (args.positionalCount > 1 ? args[1] : args.keyword("keepends")).map { try interp.truthy($0) } ?? false
            return interp.newList(pySplitLines(s, keepends: keep).map { interp.newStr($0) })
        }
        for (name, f) in [("find", pyFind), ("rfind", pyRFind), ("count", pyCount)] as [(String, (String, String, Int?, Int?) -> Int)] {
            method(t, name) { interp, args in
                try interp.expectMethodArgs(args, name, min: 1, max: 3)
                let s = try interp.selfStr(args, name)
                let sub = try interp.strArg(args[1], "must be str, not")
                let (start, end) = try interp.sliceBounds(args, from: 2)
                return .int(f(s, sub, start, end))
            }
        }
        for (name, f) in [("index", pyIndex), ("rindex", pyRIndex)] as [(String, (String, String, Int?, Int?) throws -> Int)] {
            method(t, name) { interp, args in
                try interp.expectMethodArgs(args, name, min: 1, max: 3)
                let s = try interp.selfStr(args, name)
                let sub = try interp.strArg(args[1], "must be str, not")
                let (start, end) = try interp.sliceBounds(args, from: 2)
                do { return .int(try f(s, sub, start, end)) } catch let e as PyFormatError { throw interp.mapFormatError(e) }
            }
        }
        for (name, f) in [("startswith", pyStartsWith), ("endswith", pyEndsWith)] as [(String, (String, String, Int?, Int?) -> Bool)] {
            method(t, name) { interp, args in
                try interp.expectMethodArgs(args, name, min: 1, max: 3)
                let s = try interp.selfStr(args, name)
                let (start, end) = try interp.sliceBounds(args, from: 2)
                if let tuple = args[1].asObject as? TupleObj {
                    for item in tuple.items {
                        guard let p = item.asObject as? StrObj else {
                            throw interp.typeError("tuple for \(name) must only contain str, not \(interp.typeName(item))")
                        }
                        if f(s, p.value, start, end) { return .bool(true) }
                    }
                    return .bool(false)
                }
                guard let p = args[1].asObject as? StrObj else {
                    throw interp.typeError("\(name) first arg must be str or a tuple of str, not \(interp.typeName(args[1]))")
                }
                return .bool(f(s, p.value, start, end))
            }
        }
        method(t, "replace") { interp, args in
            try interp.expectMethodArgs(args, "replace", min: 2, max: 3)
            let s = try interp.selfStr(args, "replace")
            let old = try interp.strArg(args[1], "replace() argument 1")
            let new = try interp.strArg(args[2], "replace() argument 2")
            let count = args.positionalCount > 3 ? try interp.indexValueForRange(args[3]) : -1
            return interp.newStr(pyReplace(s, old, new, count: count))
        }
        for (name, f) in [("partition", pyPartition), ("rpartition", pyRPartition)] as [(String, (String, String) throws -> (String, String, String))] {
            method(t, name) { interp, args in
                try interp.expectMethodArgs(args, "str.\(name)", min: 1, max: 1)
                let s = try interp.selfStr(args, name)
                let sep = try interp.strArg(args[1], "must be str, not")
                do {
                    let (a, b, c) = try f(s, sep)
                    return interp.newTuple([interp.newStr(a), interp.newStr(b), interp.newStr(c)])
                } catch let e as PyFormatError { throw interp.mapFormatError(e) }
            }
        }
        for (name, f) in [("center", pyCenter), ("ljust", pyLJust), ("rjust", pyRJust)] as [(String, (String, Int, Unicode.Scalar) -> String)] {
            method(t, name) { interp, args in
                try interp.expectMethodArgs(args, name, min: 1, max: 2)
                let s = try interp.selfStr(args, name)
                let width = try interp.indexValueForRange(args[1])
                try interp.checkRepetition(width, 1, limit: 1 << 32)
                return interp.newStr(f(s, width, try interp.fillArg(args, 2, name)))
            }
        }
        method(t, "zfill") { interp, args in
            try interp.expectMethodArgs(args, "str.zfill", min: 1, max: 1)
            let width = try interp.indexValueForRange(args[1])
            try interp.checkRepetition(width, 1, limit: 1 << 32)
            return interp.newStr(pyZFill(try interp.selfStr(args, "zfill"), width))
        }
        method(t, "expandtabs") { interp, args in
            let s = try interp.selfStr(args, "expandtabs")
            return interp.newStr(pyExpandTabs(s, tabSize: try interp.intArg(args, 1, "tabsize", default: 8)))
        }
        method(t, "removeprefix") { interp, args in
            let s = try interp.selfStr(args, "removeprefix"), p = try interp.strArg(args[1], "removeprefix() argument")
            return interp.newStr(pyStartsWith(s, p) ? String(decoding: Array(s.utf8).dropFirst(p.utf8.count), as: UTF8.self) : s)
        }
        method(t, "removesuffix") { interp, args in
            let s = try interp.selfStr(args, "removesuffix"), p = try interp.strArg(args[1], "removesuffix() argument")
            return interp.newStr(!p.isEmpty && pyEndsWith(s, p) ? String(decoding: Array(s.utf8).dropLast(p.utf8.count), as: UTF8.self) : s)
        }
        method(t, "encode") { interp, args in
            let s = try interp.selfStr(args, "encode")
            let enc = try interp.optionalStrArg(args, 1, "encoding", "encode() argument 'encoding'") ?? "utf-8"
            let errors = try interp.optionalStrArg(args, 2, "errors", "encode() argument 'errors'") ?? "strict"
            do { return interp.newBytes(try pyEncode(s, encoding: enc, errors: errors)) } catch let e as PyFormatError { throw interp.mapFormatError(e) }
        }
        staticMethod(t, "maketrans") { interp, args in try interp.makeTranslationTable(args) }
        method(t, "translate") { interp, args in
            try interp.expectMethodArgs(args, "str.translate", min: 1, max: 1)
            return interp.newStr(try interp.translate(try interp.selfStr(args, "translate"), table: args[1]))
        }
        method(t, "__mod__") { interp, args in interp.newStr(try interp.percentFormat(try interp.selfStr(args, "__mod__"), args[1])) }
        method(t, "__add__") { interp, args in
            guard let o = args[1].asObject as? StrObj else { return interp.notImplemented }
            return interp.newStr(try interp.selfStr(args, "__add__") + o.value)
        }
        method(t, "__eq__") { interp, args in
            guard let a = args[0].asObject as? StrObj, let b = args[1].asObject as? StrObj else { return interp.notImplemented }
            return .bool(a.equals(b))
        }
        method(t, "__hash__") { interp, args in .int((args[0].asObject as! StrObj).hash) }
        method(t, "__str__") { interp, args in interp.newStr(try interp.selfStr(args, "__str__")) }
    }

    /// str.maketrans(dict) or str.maketrans(from, to[, delete]): a dict from code points to
    /// code points, strings or None.
    func makeTranslationTable(_ args: Arguments) throws -> Value {
        try expectArgs(args, "maketrans", min: 1, max: 3)
        let table = newDictObj()
        if args.positionalCount == 1 {
            guard let d = args[0].asObject as? DictObj else {
                throw typeError("if you give only one argument to maketrans it must be a dict")
            }
            for e in d.liveEntries {
                if let k = e.key.asObject as? StrObj {
                    guard k.count == 1 else { throw valueError("string keys in translate table must be of length 1") }
                    try table.set(.int(Int(k.scalar(at: 0).value)), e.value, self)
                } else if case .int = e.key {
                    try table.set(e.key, e.value, self)
                } else {
                    throw typeError("keys in translate table must be strings or integers")
                }
            }
            return Value(table)
        }
        let from = try strArg(args[0], "maketrans() argument 1"), to = try strArg(args[1], "maketrans() argument 2")
        let fromScalars = Array(from.unicodeScalars), toScalars = Array(to.unicodeScalars)
        guard fromScalars.count == toScalars.count else {
            throw valueError("the first two maketrans arguments must have equal length")
        }
        for (a, b) in zip(fromScalars, toScalars) { try table.set(.int(Int(a.value)), .int(Int(b.value)), self) }
        if args.positionalCount > 2 {
            for c in try strArg(args[2], "maketrans() argument 3").unicodeScalars { try table.set(.int(Int(c.value)), .pyNone, self) }
        }
        return Value(table)
    }

    /// str.translate: each code point looked up in `table`; a missing entry keeps it, None
    /// deletes it, an int or a str replaces it.
    func translate(_ s: String, table: Value) throws -> String {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            let mapped: Value
            do {
                mapped = try getItem(table, .int(Int(c.value)))
            } catch let e as PyError where e.exception.type.isSubtype(of: types.exceptions.lookupError) {
                out.append(c)
                continue
            }
            switch mapped {
            case .pyNone: continue
            case .int(let i):
                guard let r = Unicode.Scalar(UInt32(clamping: max(0, i))), (0..<0x110000).contains(i) else {
                    throw valueError("character mapping must be in range(0x110000)")
                }
                out.append(r)
            default:
                guard let r = mapped.asObject as? StrObj else {
                    throw typeError("character mapping must return integer, None or str")
                }
                out.append(contentsOf: r.value.unicodeScalars)
            }
        }
        return String(out)
    }
}
