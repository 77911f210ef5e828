// bytes and bytearray: constructors and methods. Searching, splitting and replacing reuse the
// str algorithms of Support/ on a Latin-1 view of the bytes (one code point per byte, so every
// index and count is the same); case mapping and character classes are ASCII-only, as in CPython.

extension Interpreter {
    func setUpBytesMethods() {
        let t = types!
        t.bytes.nativeNew = { interp, args in try interp.bytesConstructor(args, kind: "bytes") }
        t.bytearray.nativeNew = { interp, args in try interp.bytesConstructor(args, kind: "bytearray") }
        for bt in [t.bytes, t.bytearray] {
            setUpBytesQueries(bt)
            setUpBytesTransforms(bt)
            classMethod(bt, "fromhex") { interp, args in
                try interp.expectMethodArgs(args, "\(bt.name).fromhex", min: 1, max: 1)
                guard let s = args[1].asObject as? StrObj else {
                    throw interp.typeError("fromhex() argument must be str, not \(interp.typeName(args[1]))")
                }
                let made = Value(interp.heap.track(BytesObj(try interp.parseHex(s.value), type: interp.types.bytes)))
                if args[0].asObject === interp.types.bytes { return made }
                return try interp.call(args[0], [made])
            }
        }
        setUpBytearrayMutators()
    }

    // MARK: - Construction

    /// bytes(x) / bytearray(x) (`kind`): from nothing, a count, a str with an encoding, a
    /// bytes-like object or an iterable of ints.
    private func bytesConstructor(_ args: Arguments, kind: String) throws -> Value {
        let cls = args[0].asObject as! TypeObj
        let source: Value? = args.positionalCount > 1 ? args[1] : args.keyword("source")
        let encoding = try optionalText(args, 2, "encoding", kind)
        let errors = try optionalText(args, 3, "errors", kind)
        var out: [UInt8] = []
        if let s = source?.asObject as? StrObj {
            guard let encoding else { throw typeError("string argument without an encoding") }
            do { out = try pyEncode(s.value, encoding: encoding, errors: errors ?? "strict") } catch let e as PyFormatError { throw mapFormatError(e) }
        } else {
            if encoding != nil { throw typeError("encoding without a string argument") }
            if errors != nil { throw typeError("errors without a string argument") }
            // CPython words the range error differently for the two types.
            out = try source.map { try bytesFromObject($0, errorName: kind == "bytes" ? "bytes" : "byte") } ?? []
        }
        if cls === types.bytes { return newBytes(out) }
        let b = heap.track(BytesObj(out, type: cls))
        if cls.isHeapType { b.dict = newDictObj() }
        return Value(b)
    }

    private func optionalText(_ args: Arguments, _ i: Int, _ keyword: String, _ fn: String) throws -> String? {
        let v = i < args.positionalCount ? args[i] : args.keyword(keyword)
        guard let v else { return nil }
        guard let s = v.asObject as? StrObj else {
            throw typeError("\(fn)() argument '\(keyword)' must be str, not \(typeName(v))")
        }
        return s.value
    }

    /// The bytes of a count, a bytes-like object or an iterable of ints in range(256).
    private func bytesFromObject(_ v: Value, errorName: String) throws -> [UInt8] {
        if let b = v.asObject as? BytesObj { return b.bytes }
        if case .int(let n) = v {
            if n < 0 { throw valueError("negative count") }
            try checkRepetition(1, n, limit: 1 << 32)
            return [UInt8](repeating: 0, count: n)
        }
        if v.asObject is BigIntObj { throw overflowError("cannot fit 'int' into an index-sized integer") }
        if case .object(let r) = v, !(r.obj is StrObj), typeOf(v).lookup(names.__index__) != nil {
            return try bytesFromObject(.int(try indexValueForRange(v)), errorName: errorName)
        }
        if case .float = v { throw typeError("cannot convert 'float' object to bytes") }
        var out: [UInt8] = []
        let it: Value
        do {
            it = try getIter(v)
        } catch let e as PyError where e.exception.type === types.exceptions.typeError {
            throw typeError("cannot convert '\(typeName(v))' object to bytes")
        }
        // Item by item: a bad item ends `bytearray(range(10**18))` at 256, before the rest is made.
        while let item = try next(it) { out.append(try byteValue(item, errorName: errorName)) }
        return out
    }

    /// An int in range(256), for bytearray items and bytes(iterable).
    func byteValue(_ v: Value, errorName: String = "byte") throws -> UInt8 {
        let i: Int
        if case .int(let x) = v {
            i = x
        } else if v.asObject is BigIntObj {
            i = -1
        } else {
            i = try indexValueForRange(v)
        }
        guard (0..<256).contains(i) else { throw valueError("\(errorName) must be in range(0, 256)") }
        return UInt8(i)
    }

    /// bytes.fromhex: pairs of hex digits, with ASCII whitespace allowed between pairs.
    private func parseHex(_ s: String) throws -> [UInt8] {
        let scalars = Array(s.unicodeScalars)
        func digit(_ i: Int) throws -> Int {
            guard i < scalars.count, scalars[i].isASCII, let d = Int(String(scalars[i]), radix: 16) else {
                throw valueError("non-hexadecimal number found in fromhex() arg at position \(i)")
            }
            return d
        }
        var out: [UInt8] = []
        var i = 0
        while i < scalars.count {
            if scalars[i].isASCII && isASCIISpace(UInt8(scalars[i].value)) { i += 1; continue }
            out.append(UInt8(try digit(i) * 16 + digit(i + 1)))
            i += 2
        }
        return out
    }

    // MARK: - Helpers

    /// The receiver of a bytes/bytearray method.
    private func selfBytes(_ args: Arguments, _ name: String) throws -> BytesObj {
        guard args.positionalCount > 0, let b = args[0].asObject as? BytesObj else {
            throw typeError("descriptor '\(name)' requires a 'bytes' object but received a '\(args.positionalCount > 0 ? typeName(args[0]) : "nothing")'")
        }
        return b
    }

    /// A bytes-like argument.
    private func bytesArg(_ v: Value) throws -> [UInt8] {
        guard let b = v.asObject as? BytesObj else {
            throw typeError("a bytes-like object is required, not '\(typeName(v))'")
        }
        return b.bytes
    }

    /// The sub-sequence argument of find/count/index: bytes-like or an int in range(256).
    private func bytesNeedle(_ v: Value) throws -> [UInt8] {
        if let b = v.asObject as? BytesObj { return b.bytes }
        if case .object(let r) = v, r.obj is StrObj || typeOf(v).lookup(names.__index__) == nil {
            throw typeError("argument should be integer or bytes-like object, not '\(typeName(v))'")
        }
        return [try byteValue(v)]
    }

    /// A result of the receiver's kind: bytearray methods return bytearrays, bytes methods bytes.
    func newBytesLike(_ receiver: BytesObj, _ bytes: [UInt8]) -> Value {
        let type = receiver.type.isSubtype(of: types.bytearray) ? types.bytearray : types.bytes
        return Value(heap.track(BytesObj(bytes, type: type)))
    }

    /// A Latin-1 view: one code point per byte, so the str algorithms apply unchanged.
    private func latin1(_ b: [UInt8]) -> String {
        var s = String.UnicodeScalarView()
        for x in b { s.append(Unicode.Scalar(x)) }
        return String(s)
    }

    private func latin1Bytes(_ s: String) -> [UInt8] { s.unicodeScalars.map { UInt8($0.value) } }

    private func bytesSliceBounds(_ args: Arguments, from i: Int) throws -> (Int?, Int?) {
        func bound(_ j: Int) throws -> Int? {
            guard j < args.positionalCount, !args[j].isNone else { return nil }
            return try slicePosition(args[j])
        }
        return (try bound(i), try bound(i + 1))
    }

    // MARK: - Queries

    /// bytes.find for a non-empty needle, with Python's start/end rules, without copying.
    static func findBytes(_ hay: [UInt8], _ needle: [UInt8], _ start: Int?, _ end: Int?) -> Int {
        let n = hay.count
        var lo = start ?? 0
        if lo < 0 { lo = max(0, lo + n) }
        var hi = end ?? n
        if hi < 0 { hi = max(0, hi + n) }
        hi = min(hi, n)
        let m = needle.count
        if lo > hi || hi - lo < m { return -1 }
        let first = needle[0]
        var i = lo
        while i <= hi - m {
            if hay[i] == first {
                var j = 1
                while j < m && hay[i + j] == needle[j] { j += 1 }
                if j == m { return i }
            }
            i += 1
        }
        return -1
    }

    private func setUpBytesQueries(_ bt: TypeObj) {
        for (name, f) in [("find", pyFind), ("rfind", pyRFind), ("count", pyCount)] as [(String, (String, String, Int?, Int?) -> Int)] {
            method(bt, name) { interp, args in
                try interp.expectMethodArgs(args, name, min: 1, max: 3)
                let b = try interp.selfBytes(args, name)
                let (start, end) = try interp.bytesSliceBounds(args, from: 2)
                let needle = try interp.bytesNeedle(args[1])
                // find() searches the bytes in place: buffered readers call it on every line.
                if name == "find", !needle.isEmpty { return .int(Self.findBytes(b.bytes, needle, start, end)) }
                return .int(f(interp.latin1(b.bytes), interp.latin1(needle), start, end))
            }
        }
        for (name, f) in [("index", pyFind), ("rindex", pyRFind)] as [(String, (String, String, Int?, Int?) -> Int)] {
            method(bt, name) { interp, args in
                try interp.expectMethodArgs(args, name, min: 1, max: 3)
                let b = try interp.selfBytes(args, name)
                let (start, end) = try interp.bytesSliceBounds(args, from: 2)
                let i = f(interp.latin1(b.bytes), interp.latin1(try interp.bytesNeedle(args[1])), start, end)
                if i < 0 { throw interp.valueError("subsection not found") }
                return .int(i)
            }
        }
        for (name, f) in [("startswith", pyStartsWith), ("endswith", pyEndsWith)] as [(String, (String, String, Int?, Int?) -> Bool)] {
            method(bt, name) { interp, args in
                try interp.expectMethodArgs(args, name, min: 1, max: 3)
                let s = interp.latin1(try interp.selfBytes(args, name).bytes)
                let (start, end) = try interp.bytesSliceBounds(args, from: 2)
                let candidates = (args[1].asObject as? TupleObj).map { Array($0.items) } ?? [args[1]]
                for c in candidates {
                    guard let p = c.asObject as? BytesObj else {
                        throw interp.typeError("\(name) first arg must be bytes or a tuple of bytes, not \(interp.typeName(c))")
                    }
                    if f(s, interp.latin1(p.bytes), start, end) { return .bool(true) }
                }
                return .bool(false)
            }
        }
        let predicates: [(String, (UInt8) -> Bool)] = [
            ("isalpha", isASCIILetter), ("isdigit", isASCIIDigit), ("isalnum", { isASCIILetter($0) || isASCIIDigit($0) }),
            ("isspace", isASCIISpace)]
        for (name, f) in predicates {
            method(bt, name) { interp, args in
                let b = try interp.selfBytes(args, name).bytes
                return .bool(!b.isEmpty && b.allSatisfy(f))
            }
        }
        method(bt, "isascii") { interp, args in .bool(try interp.selfBytes(args, "isascii").bytes.allSatisfy { $0 < 128 }) }
        method(bt, "islower") { interp, args in
            let b = try interp.selfBytes(args, "islower").bytes
            return .bool(b.contains(where: isASCIILower) && !b.contains(where: isASCIIUpper))
        }
        method(bt, "isupper") { interp, args in
            let b = try interp.selfBytes(args, "isupper").bytes
            return .bool(b.contains(where: isASCIIUpper) && !b.contains(where: isASCIILower))
        }
        method(bt, "decode") { interp, args in
            let b = try interp.selfBytes(args, "decode")
            let encoding = try interp.optionalText(args, 1, "encoding", "decode") ?? "utf-8"
            let errors = try interp.optionalText(args, 2, "errors", "decode") ?? "strict"
            do { return interp.newStr(try pyDecode(b.bytes, encoding: encoding, errors: errors)) } catch let e as PyFormatError { throw interp.mapFormatError(e) }
        }
        method(bt, "hex") { interp, args in
            let b = try interp.selfBytes(args, "hex")
            return interp.newStr(b.bytes.map { String($0, radix: 16).leftPadded(to: 2) }.joined())
        }
    }

    // MARK: - Transforms (new bytes of the receiver's kind)

    private func setUpBytesTransforms(_ bt: TypeObj) {
        let cases: [(String, (UInt8) -> UInt8)] = [("upper", asciiUpper), ("lower", asciiLower),
                                                   ("swapcase", { isASCIIUpper($0) ? asciiLower($0) : asciiUpper($0) })]
        for (name, f) in cases {
            method(bt, name) { interp, args in
                let b = try interp.selfBytes(args, name)
                return interp.newBytesLike(b, b.bytes.map(f))
            }
        }
        method(bt, "capitalize") { interp, args in
            let b = try interp.selfBytes(args, "capitalize")
            return interp.newBytesLike(b, b.bytes.enumerated().map { $0.offset == 0 ? asciiUpper($0.element) : asciiLower($0.element) })
        }
        for (name, f) in [("split", pySplit), ("rsplit", pyRSplit)] as [(String, (String, String?, Int) throws -> [String])] {
            method(bt, name) { interp, args in
                let b = try interp.selfBytes(args, name)
                let sepV = args.positionalCount > 1 ? args[1] : args.keyword("sep")
                let maxV = args.positionalCount > 2 ? args[2] : args.keyword("maxsplit")
                let maxsplit = try maxV.map { try interp.indexValueForRange($0) } ?? -1
                let parts: [[UInt8]]
                if let sepV, !sepV.isNone {
                    let sep = try interp.bytesArg(sepV)
                    do { parts = try f(interp.latin1(b.bytes), interp.latin1(sep), maxsplit).map(interp.latin1Bytes) } catch let e as PyFormatError { throw interp.mapFormatError(e) }
                } else {
                    parts = splitOnASCIIWhitespace(b.bytes, maxsplit: maxsplit, fromRight: name == "rsplit")
                }
                return interp.newList(parts.map { interp.newBytesLike(b, $0) })
            }
        }
        for (name, leading, trailing) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            method(bt, name) { interp, args in
                try interp.expectMethodArgs(args, name, min: 0, max: 1)
                let b = try interp.selfBytes(args, name)
                let chars: [UInt8]? = args.positionalCount > 1 && !args[1].isNone ? try interp.bytesArg(args[1]) : nil
                let strip: (UInt8) -> Bool = chars.map { set in { set.contains($0) } } ?? isASCIISpace
                var lo = 0, hi = b.bytes.count
                if leading { while lo < hi && strip(b.bytes[lo]) { lo += 1 } }
                if trailing { while hi > lo && strip(b.bytes[hi - 1]) { hi -= 1 } }
                return interp.newBytesLike(b, Array(b.bytes[lo..<hi]))
            }
        }
        method(bt, "replace") { interp, args in
            try interp.expectMethodArgs(args, "replace", min: 2, max: 3)
            let b = try interp.selfBytes(args, "replace")
            let old = try interp.bytesArg(args[1]), new = try interp.bytesArg(args[2])
            let count = args.positionalCount > 3 ? try interp.indexValueForRange(args[3]) : -1
            return interp.newBytesLike(b, interp.latin1Bytes(pyReplace(interp.latin1(b.bytes), interp.latin1(old), interp.latin1(new), count: count)))
        }
        method(bt, "join") { interp, args in
            try interp.expectMethodArgs(args, "\(bt.name).join", min: 1, max: 1)
            let b = try interp.selfBytes(args, "join")
            try interp.refuseImpossibleLength(args[1])
            var out: [UInt8] = []
            for (i, item) in try interp.iterateToArray(args[1]).enumerated() {
                guard let part = item.asObject as? BytesObj else {
                    throw interp.typeError("sequence item \(i): expected a bytes-like object, \(interp.typeName(item)) found")
                }
                if i > 0 { out += b.bytes }
                out += part.bytes
            }
            return interp.newBytesLike(b, out)
        }
        for (name, f) in [("partition", pyPartition), ("rpartition", pyRPartition)] as [(String, (String, String) throws -> (String, String, String))] {
            method(bt, name) { interp, args in
                try interp.expectMethodArgs(args, "\(bt.name).\(name)", min: 1, max: 1)
                let b = try interp.selfBytes(args, name)
                let sep = try interp.bytesArg(args[1])
                do {
                    let (x, y, z) = try f(interp.latin1(b.bytes), interp.latin1(sep))
                    return interp.newTuple([x, y, z].map { interp.newBytesLike(b, interp.latin1Bytes($0)) })
                } catch let e as PyFormatError { throw interp.mapFormatError(e) }
            }
        }
        for (name, fromStart) in [("removeprefix", true), ("removesuffix", false)] {
            method(bt, name) { interp, args in
                try interp.expectMethodArgs(args, "\(bt.name).\(name)", min: 1, max: 1)
                let b = try interp.selfBytes(args, name)
                let affix = try interp.bytesArg(args[1])
                let matches = fromStart ? b.bytes.starts(with: affix) : b.bytes.reversed().starts(with: affix.reversed())
                guard matches else { return interp.newBytesLike(b, b.bytes) }
                return interp.newBytesLike(b, fromStart ? Array(b.bytes.dropFirst(affix.count)) : Array(b.bytes.dropLast(affix.count)))
            }
        }
        for (name, f) in [("center", pyCenter), ("ljust", pyLJust), ("rjust", pyRJust)] as [(String, (String, Int, Unicode.Scalar) -> String)] {
            method(bt, name) { interp, args in
                try interp.expectMethodArgs(args, name, min: 1, max: 2)
                let b = try interp.selfBytes(args, name)
                var fill: Unicode.Scalar = " "
                if args.positionalCount > 2 {
                    let f = try interp.bytesArg(args[2])
                    guard f.count == 1 else {
                        throw interp.typeError("\(name)() argument 2 must be a byte string of length 1, not \(interp.typeName(args[2]))")
                    }
                    fill = Unicode.Scalar(f[0])
                }
                let width = try interp.indexValueForRange(args[1])
                if width > 1 << 32 { throw interp.overflowError("byte string is too large") }
                return interp.newBytesLike(b, interp.latin1Bytes(f(interp.latin1(b.bytes), width, fill)))
            }
        }
        method(bt, "zfill") { interp, args in
            try interp.expectMethodArgs(args, "\(bt.name).zfill", min: 1, max: 1)
            let b = try interp.selfBytes(args, "zfill")
            let width = try interp.indexValueForRange(args[1])
            if width > 1 << 32 { throw interp.overflowError("byte string is too large") }
            return interp.newBytesLike(b, interp.latin1Bytes(pyZFill(interp.latin1(b.bytes), width)))
        }
    }

    // MARK: - bytearray mutation

    private func setUpBytearrayMutators() {
        let ba = types.bytearray
        func target(_ args: Arguments) -> BytesObj { args[0].asObject as! BytesObj }
        method(ba, "append") { interp, args in
            try interp.expectMethodArgs(args, "bytearray.append", min: 1, max: 1)
            target(args).bytes.append(try interp.byteValue(args[1]))
            return .pyNone
        }
        method(ba, "extend") { interp, args in
            try interp.expectMethodArgs(args, "bytearray.extend", min: 1, max: 1)
            if let b = args[1].asObject as? BytesObj {
                target(args).bytes += b.bytes
            } else {
                target(args).bytes += try interp.iterateToArray(args[1]).map { try interp.byteValue($0) }
            }
            return .pyNone
        }
        method(ba, "insert") { interp, args in
            try interp.expectMethodArgs(args, "insert", min: 2, max: 2)
            let b = target(args)
            var i = try interp.indexValueForRange(args[1])
            if i < 0 { i = max(0, i + b.bytes.count) }
            b.bytes.insert(try interp.byteValue(args[2]), at: min(i, b.bytes.count))
            return .pyNone
        }
        method(ba, "pop") { interp, args in
            try interp.expectMethodArgs(args, "pop", min: 0, max: 1)
            let b = target(args)
            if b.bytes.isEmpty { throw interp.indexError("pop from empty bytearray") }
            var i = args.positionalCount > 1 ? try interp.indexValueForRange(args[1]) : -1
            if i < 0 { i += b.bytes.count }
            guard i >= 0 && i < b.bytes.count else { throw interp.indexError("pop index out of range") }
            return .int(Int(b.bytes.remove(at: i)))
        }
        method(ba, "remove") { interp, args in
            try interp.expectMethodArgs(args, "bytearray.remove", min: 1, max: 1)
            let b = target(args)
            guard let i = b.bytes.firstIndex(of: try interp.byteValue(args[1])) else { throw interp.valueError("value not found in bytearray") }
            b.bytes.remove(at: i)
            return .pyNone
        }
        method(ba, "clear") { _, args in target(args).bytes.removeAll(); return .pyNone }
        method(ba, "reverse") { _, args in target(args).bytes.reverse(); return .pyNone }
        method(ba, "copy") { interp, args in interp.newBytesLike(target(args), target(args).bytes) }
    }

    /// `bytearray[index] = value` and slice assignment.
    func setBytearrayItem(_ b: BytesObj, _ index: Value, _ value: Value) throws {
        if let s = index.asObject as? SliceObj {
            let new: [UInt8]
            if let other = value.asObject as? BytesObj {
                new = other.bytes
            } else {
                if case .int = value { throw typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)") }
                new = try iterateToArray(value, notIterableMessage: "can assign only bytes, buffers, or iterables of ints in range(0, 256)").map { try byteValue($0) }
            }
            let (start, stop, step, count) = try sliceIndices(s, length: b.bytes.count)
            if step == 1 {
                b.bytes.replaceSubrange(start..<max(start, stop), with: new)
                return
            }
            guard new.count == count else {
                throw valueError("attempt to assign bytes of size \(new.count) to extended slice of size \(count)")
            }
            for (k, v) in new.enumerated() { b.bytes[start + k * step] = v }
            return
        }
        let i = try indexValue(index, for: "bytearray")
        let j = i < 0 ? i + b.bytes.count : i
        guard j >= 0 && j < b.bytes.count else { throw indexError("bytearray index out of range") }
        b.bytes[j] = try byteValue(value)
    }

    /// `del bytearray[index]` and slice deletion.
    func deleteBytearrayItem(_ b: BytesObj, _ index: Value) throws {
        if let s = index.asObject as? SliceObj {
            let (start, _, step, count) = try sliceIndices(s, length: b.bytes.count)
            let doomed = Set((0..<count).map { start + $0 * step })
            b.bytes = b.bytes.enumerated().filter { !doomed.contains($0.offset) }.map { $0.element }
            return
        }
        let i = try indexValue(index, for: "bytearray")
        let j = i < 0 ? i + b.bytes.count : i
        guard j >= 0 && j < b.bytes.count else { throw indexError("bytearray index out of range") }
        b.bytes.remove(at: j)
    }
}

// MARK: - ASCII character classes (bytes methods ignore everything above 127)

private func isASCIILetter(_ c: UInt8) -> Bool { isASCIIUpper(c) || isASCIILower(c) }
private func isASCIIUpper(_ c: UInt8) -> Bool { c >= 65 && c <= 90 }
private func isASCIILower(_ c: UInt8) -> Bool { c >= 97 && c <= 122 }
private func isASCIIDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
/// Space, \t, \n, \v, \f, \r.
private func isASCIISpace(_ c: UInt8) -> Bool { c == 32 || (c >= 9 && c <= 13) }
private func asciiUpper(_ c: UInt8) -> UInt8 { isASCIILower(c) ? c - 32 : c }
private func asciiLower(_ c: UInt8) -> UInt8 { isASCIIUpper(c) ? c + 32 : c }

/// bytes.split()/rsplit() without a separator: runs of ASCII whitespace separate words.
private func splitOnASCIIWhitespace(_ b: [UInt8], maxsplit: Int, fromRight: Bool) -> [[UInt8]] {
    let source = fromRight ? Array(b.reversed()) : b
    var remaining = maxsplit < 0 ? Int.max : maxsplit
    var parts: [[UInt8]] = []
    var i = 0
    while true {
        while i < source.count && isASCIISpace(source[i]) { i += 1 }
        if i == source.count { break }
        if remaining == 0 {
            var end = source.count
            while end > i && isASCIISpace(source[end - 1]) { end -= 1 }
            parts.append(Array(source[i..<end]))
            break
        }
        let start = i
        while i < source.count && !isASCIISpace(source[i]) { i += 1 }
        parts.append(Array(source[start..<i]))
        remaining -= 1
    }
    return fromRight ? parts.reversed().map { Array($0.reversed()) } : parts
}
