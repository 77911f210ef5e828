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
        str1("upper", pyUpper)
        str1("lower", pyLower)
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
                return interp.newList(try f(s, sep, maxsplit).map { interp.newStr($0) })
            }
        }
        method(t, "splitlines") { interp, args in
            let s = try interp.selfStr(args, "splitlines")
            let keep = try (args.positionalCount > 1 ? args[1] : args.keyword("keepends")).map { try interp.truthy($0) } ?? false
            return interp.newList(pySplitLines(s, keepends: keep).map { interp.newStr($0) })
        }
        for (name, f) in [("find", pyFind), ("rfind", pyRFind), ("count", pyCount)] as [(String, (String, String, Int?, Int?) -> Int)] {
            method(t, name) { interp, args in
                try interp.expectArgs(args, name, min: 2, max: 4)
                let s = try interp.selfStr(args, name)
                let sub = try interp.strArg(args[1], "must be str, not")
                let (start, end) = try interp.sliceBounds(args, from: 2)
                return .int(f(s, sub, start, end))
            }
        }
        for (name, f) in [("index", pyIndex), ("rindex", pyRIndex)] as [(String, (String, String, Int?, Int?) throws -> Int)] {
            method(t, name) { interp, args in
                try interp.expectArgs(args, name, min: 2, max: 4)
                let s = try interp.selfStr(args, name)
                let sub = try interp.strArg(args[1], "must be str, not")
                let (start, end) = try interp.sliceBounds(args, from: 2)
                do { return .int(try f(s, sub, start, end)) } catch let e as PyFormatError { throw interp.mapFormatError(e) }
            }
        }
        for (name, f) in [("startswith", pyStartsWith), ("endswith", pyEndsWith)] as [(String, (String, String, Int?, Int?) -> Bool)] {
            method(t, name) { interp, args in
                try interp.expectArgs(args, name, min: 2, max: 4)
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
            try interp.expectArgs(args, "replace", min: 3, max: 4)
            let s = try interp.selfStr(args, "replace")
            let old = try interp.strArg(args[1], "replace() argument 1")
            let new = try interp.strArg(args[2], "replace() argument 2")
            let count = args.positionalCount > 3 ? try interp.indexValueForRange(args[3]) : -1
            return interp.newStr(pyReplace(s, old, new, count: count))
        }
        for (name, f) in [("partition", pyPartition), ("rpartition", pyRPartition)] as [(String, (String, String) throws -> (String, String, String))] {
            method(t, name) { interp, args in
                try interp.expectArgs(args, name, min: 2, max: 2)
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
                try interp.expectArgs(args, name, min: 2, max: 3)
                let s = try interp.selfStr(args, name)
                let width = try interp.indexValueForRange(args[1])
                return interp.newStr(f(s, width, try interp.fillArg(args, 2, name)))
            }
        }
        method(t, "zfill") { interp, args in
            try interp.expectArgs(args, "zfill", min: 2, max: 2)
            return interp.newStr(pyZFill(try interp.selfStr(args, "zfill"), try interp.indexValueForRange(args[1])))
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
            let enc = (try interp.optionalStrArg(args, 1, "encoding", "encode() argument 'encoding'") ?? "utf-8").lowercased()
            let errors = try interp.optionalStrArg(args, 2, "errors", "encode() argument 'errors'") ?? "strict"
            return interp.newBytes(try interp.encodeText(s, encoding: enc, errors: errors))
        }
        method(t, "__mod__") { interp, args in interp.newStr(try interp.percentFormat(try interp.selfStr(args, "__mod__"), args[1])) }
        method(t, "__len__") { interp, args in .int((args[0].asObject as! StrObj).count) }
        method(t, "__contains__") { interp, args in .bool(try interp.contains(args[0], args[1])) }
        method(t, "__getitem__") { interp, args in try interp.getItem(args[0], args[1]) }
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
        method(t, "__repr__") { interp, args in interp.newStr(pyStrRepr(try interp.selfStr(args, "__repr__"))) }
        method(t, "__iter__") { interp, args in try interp.builtinIterator(args[0])! }
        method(types.bytes, "decode") { interp, args in
            guard let b = args[0].asObject as? BytesObj else { throw interp.typeError("decode requires bytes") }
            let enc = (try interp.optionalStrArg(args, 1, "encoding", "decode() argument 'encoding'") ?? "utf-8").lowercased()
            let errors = try interp.optionalStrArg(args, 2, "errors", "decode() argument 'errors'") ?? "strict"
            return interp.newStr(try interp.decodeBytes(b.bytes, encoding: enc, errors: errors))
        }
        method(types.bytes, "hex") { interp, args in
            let b = args[0].asObject as! BytesObj
            return interp.newStr(b.bytes.map { String($0, radix: 16).leftPadded(to: 2) }.joined())
        }
    }

    func encodeText(_ s: String, encoding: String, errors: String) throws -> [UInt8] {
        switch encoding {
        case "utf-8", "utf8", "u8":
            return Array(s.utf8)
        case "ascii", "latin-1", "latin1", "iso-8859-1":
            let limit: UInt32 = encoding == "ascii" ? 128 : 256
            var out: [UInt8] = []
            for (i, c) in s.unicodeScalars.enumerated() {
                if c.value < limit { out.append(UInt8(c.value)); continue }
                switch errors {
                case "ignore": continue
                case "replace": out.append(UInt8(ascii: "?"))
                default:
                    let codec = encoding == "ascii" ? "ascii" : "latin-1"
                    let shown = c.value < 256 ? "\\x" + String(c.value, radix: 16).leftPadded(to: 2)
                        : (c.value < 0x10000 ? "\\u" + String(c.value, radix: 16).leftPadded(to: 4) : "\\U" + String(c.value, radix: 16).leftPadded(to: 8))
                    throw error(types.exceptions.unicodeEncodeError,
                                "'\(codec)' codec can't encode character '\(shown)' in position \(i): ordinal not in range(\(limit))")
                }
            }
            return out
        default:
            throw error(types.exceptions.lookupError, "unknown encoding: \(encoding)")
        }
    }

    func decodeBytes(_ b: [UInt8], encoding: String, errors: String) throws -> String {
        switch encoding {
        case "utf-8", "utf8", "u8":
            if errors == "strict" {
                var it = b.makeIterator()
                var decoder = UTF8()
                var pos = 0
                var out = String.UnicodeScalarView()
                loop: while true {
                    switch decoder.decode(&it) {
                    case .scalarValue(let c):
                        out.append(c)
                        pos += UTF8.width(c)
                    case .emptyInput: break loop
                    case .error:
                        let byte = b[pos]
                        let reason = (byte >= 0x80 && byte < 0xC2) || byte > 0xF4 ? "invalid start byte" : "invalid continuation byte"
                        throw error(types.exceptions.unicodeDecodeError,
                                    "'utf-8' codec can't decode byte 0x\(String(byte, radix: 16).leftPadded(to: 2)) in position \(pos): \(reason)")
                    }
                }
                return String(out)
            }
            if errors == "ignore" {
                return String(decoding: b, as: UTF8.self).replacingOccurrences(of: "\u{FFFD}", with: "")
            }
            return String(decoding: b, as: UTF8.self)
        case "ascii", "latin-1", "latin1", "iso-8859-1":
            var out = String.UnicodeScalarView()
            for (i, x) in b.enumerated() {
                if encoding == "ascii" && x >= 128 {
                    if errors == "ignore" { continue }
                    if errors == "replace" { out.append("\u{FFFD}"); continue }
                    throw error(types.exceptions.unicodeDecodeError,
                                "'ascii' codec can't decode byte 0x\(String(x, radix: 16).leftPadded(to: 2)) in position \(i): ordinal not in range(128)")
                }
                out.append(Unicode.Scalar(x))
            }
            return String(out)
        default:
            throw error(types.exceptions.lookupError, "unknown encoding: \(encoding)")
        }
    }
}
