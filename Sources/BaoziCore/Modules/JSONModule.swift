// `_baozi_json`: the encoder and decoder under the `json` module (Modules/Lib/json.py), the
// part CPython writes in C (_json.c). json.py keeps the API, the classes and the hooks'
// plumbing; this file walks the values.
//
// The decoder reads a str's UTF-8 bytes when it is ASCII (byte offsets are then code-point
// offsets) and its code points otherwise, so error positions are Python's. A decode error is
// raised as the JSONDecodeError class json.py hands in; `default`, the hooks and parse_*
// callables are called on nested runs.

import BigInt

// MARK: - Encoder

struct JSONEncoderOptions {
    var indent: String?
    var itemSeparator = ", "
    var keySeparator = ": "
    var sortKeys = false
    var skipKeys = false
    var ensureASCII = true
    var allowNaN = true
    var checkCircular = true
    var defaultFunction: Value = .pyNone
    /// The loop called the encoder: a value needing `defaultFunction` (script code, or a
    /// builtin such as `str` that may run some) stops the native encoding
    /// (`NeedsScriptDefault`), which starts again in Baozi.
    var scriptDefault = false
}

/// Thrown by the native encoder when a value needs a `default` that is script code.
private struct NeedsScriptDefault: Error {}

private let hexDigits: [Character] = Array("0123456789abcdef")

/// Nesting deeper than this is a RecursionError whatever sys.setrecursionlimit says: the
/// encoder and decoder recurse on the Swift stack.
private let jsonMaxDepth = 4000

/// Appends `s` as a JSON string literal (quotes included).
func appendJSONString(_ s: String, ensureASCII: Bool, to out: inout String) {
    out.append("\"")
    // Most strings need no escape: copy them whole.
    let limit: UInt8 = ensureASCII ? 0x7F : 0xFF
    if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 >= limit }) {
        out.append(s)
        out.append("\"")
        return
    }
    var plainStart = s.unicodeScalars.startIndex
    let scalars = s.unicodeScalars
    var i = scalars.startIndex
    func escapeUnit(_ u: UInt32, _ out: inout String) {
        out.append("\\u")
        out.append(hexDigits[Int((u >> 12) & 0xF)])
        out.append(hexDigits[Int((u >> 8) & 0xF)])
        out.append(hexDigits[Int((u >> 4) & 0xF)])
        out.append(hexDigits[Int(u & 0xF)])
    }
    while i != scalars.endIndex {
        let c = scalars[i]
        let v = c.value
        let needsEscape = v < 0x20 || v == 0x22 || v == 0x5C || (ensureASCII && v > 0x7E)
        if !needsEscape {
            i = scalars.index(after: i)
            continue
        }
        out.unicodeScalars.append(contentsOf: scalars[plainStart..<i])
        switch v {
        case 0x22: out.append("\\\"")
        case 0x5C: out.append("\\\\")
        case 0x0A: out.append("\\n")
        case 0x0D: out.append("\\r")
        case 0x09: out.append("\\t")
        case 0x08: out.append("\\b")
        case 0x0C: out.append("\\f")
        default:
            if v == 0x7F && !ensureASCII {
                out.unicodeScalars.append(c)
            } else if v >= 0x10000 {
                let u = v - 0x10000
                escapeUnit(0xD800 | (u >> 10), &out)
                escapeUnit(0xDC00 | (u & 0x3FF), &out)
            } else {
                escapeUnit(v, &out)
            }
        }
        i = scalars.index(after: i)
        plainStart = i
    }
    out.unicodeScalars.append(contentsOf: scalars[plainStart..<scalars.endIndex])
    out.append("\"")
}

final class JSONEncoderRun {
    let interp: Interpreter
    let options: JSONEncoderOptions
    var out = ""
    var markers = Set<ObjectIdentifier>()
    var depth = 0

    init(_ interp: Interpreter, _ options: JSONEncoderOptions) {
        self.interp = interp
        self.options = options
    }

    func floatText(_ d: Double) throws -> String {
        if d.isNaN || d.isInfinite {
            if !options.allowNaN {
                throw interp.valueError("Out of range float values are not JSON compliant")
            }
            return d.isNaN ? "NaN" : (d > 0 ? "Infinity" : "-Infinity")
        }
        return interp.floatRepr(d)
    }

    func numberText(_ n: Num) throws -> String {
        switch n {
        case .int(let i): return String(i)
        case .big(let b): return b.description
        case .float(let d): return try floatText(d)
        }
    }

    private func newline(_ level: Int) {
        guard let indent = options.indent else { return }
        out.append("\n")
        for _ in 0..<level { out.append(indent) }
    }

    private func enter(_ o: Obj) throws {
        depth += 1
        if depth > min(interp.recursionLimit, jsonMaxDepth) {
            throw interp.error(interp.types.exceptions.recursionError, "maximum recursion depth exceeded while encoding a JSON object")
        }
        if options.checkCircular {
            let id = ObjectIdentifier(o)
            if markers.contains(id) { throw interp.valueError("Circular reference detected") }
            markers.insert(id)
        }
    }

    private func leave(_ o: Obj) {
        depth -= 1
        if options.checkCircular { markers.remove(ObjectIdentifier(o)) }
    }

    func encode(_ v: Value, level: Int) throws {
        switch v {
        case .pyNone: out.append("null"); return
        case .bool(let b): out.append(b ? "true" : "false"); return
        case .int(let i): out.append(String(i)); return
        case .float(let d): out.append(try floatText(d)); return
        default: break
        }
        guard let o = v.asObject else { out.append("null"); return }
        if let s = o as? StrObj {
            appendJSONString(s.value, ensureASCII: options.ensureASCII, to: &out)
            return
        }
        if let list = o as? ListObj {
            try encodeArray(o, list.items, level: level)
            return
        }
        if let dict = o as? DictObj {
            try encodeObject(dict, level: level)
            return
        }
        if let tuple = o as? TupleObj {
            try encodeArray(o, tuple.items, level: level)
            return
        }
        if let n = interp.number(v), interp.isInstance(v, interp.types.int) || interp.isInstance(v, interp.types.float) {
            out.append(try numberText(n))
            return
        }
        guard !options.defaultFunction.isNone else {
            throw interp.typeError("Object of type \(interp.typeName(v)) is not JSON serializable")
        }
        if options.scriptDefault { throw NeedsScriptDefault() }
        try enter(o)
        let replacement = try interp.call(options.defaultFunction, [v])
        try encode(replacement, level: level)
        leave(o)
    }

    private func encodeArray(_ o: Obj, _ items: ContiguousArray<Value>, level: Int) throws {
        if items.isEmpty { out.append("[]"); return }
        try enter(o)
        out.append("[")
        newline(level + 1)
        for (i, item) in items.enumerated() {
            if i > 0 {
                out.append(options.itemSeparator)
                newline(level + 1)
            }
            try encode(item, level: level + 1)
        }
        newline(level)
        out.append("]")
        leave(o)
    }

    /// A dict key as JSON text, or nil to skip it (skipkeys).
    private func keyText(_ key: Value) throws -> String? {
        switch key {
        case .pyNone: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d): return try floatText(d)
        default: break
        }
        if let s = key.asObject as? StrObj { return s.value }
        if let n = interp.number(key), interp.isInstance(key, interp.types.int) || interp.isInstance(key, interp.types.float) {
            return try numberText(n)
        }
        if options.skipKeys { return nil }
        throw interp.typeError("keys must be str, int, float, bool or None, not \(interp.typeName(key))")
    }

    private func encodeObject(_ dict: DictObj, level: Int) throws {
        if dict.count == 0 { out.append("{}"); return }
        try enter(dict)
        var pairs: [(Value, Value)] = []
        pairs.reserveCapacity(dict.count)
        for e in dict.entries where !e.key.isUnbound { pairs.append((e.key, e.value)) }
        if options.sortKeys {
            var failure: Error?
            pairs.sort { a, b in
                if failure != nil { return false }
                if let x = a.0.asObject as? StrObj, let y = b.0.asObject as? StrObj {
                    return interp.compareUTF8(x.value, y.value) < 0
                }
                do { return try interp.compare(a.0, b.0, .lt) } catch { failure = error; return false }
            }
            if let failure { throw failure }
        }
        out.append("{")
        newline(level + 1)
        var first = true
        for (key, value) in pairs {
            guard let text = try keyText(key) else { continue }
            if !first {
                out.append(options.itemSeparator)
                newline(level + 1)
            }
            first = false
            appendJSONString(text, ensureASCII: options.ensureASCII, to: &out)
            out.append(options.keySeparator)
            try encode(value, level: level + 1)
        }
        newline(level)
        out.append("}")
        leave(dict)
    }
}

// MARK: - Decoder

struct JSONDecodeFailure: Error {
    let message: String
    let position: Int
}

/// Hooks of one decode call (`.none` when not given).
struct JSONDecodeHooks {
    var strict = true
    var objectHook: Value = .pyNone
    var objectPairsHook: Value = .pyNone
    var parseFloat: Value = .pyNone
    var parseInt: Value = .pyNone
    var parseConstant: Value = .pyNone
}

/// A recursive-descent scanner over code units: bytes of an ASCII str, or code points.
struct JSONScanner<Unit: FixedWidthInteger & UnsignedInteger> {
    let text: UnsafeBufferPointer<Unit>
    let interp: Interpreter
    let hooks: JSONDecodeHooks
    var depth = 0

    init(_ text: UnsafeBufferPointer<Unit>, _ interp: Interpreter, _ hooks: JSONDecodeHooks) {
        self.text = text
        self.interp = interp
        self.hooks = hooks
    }

    @inline(__always) func unit(_ i: Int) -> UInt32 { i < text.count ? UInt32(text[i]) : 0xFFFF_FFFF }

    func skipWhitespace(_ i: Int) -> Int {
        var i = i
        while i < text.count {
            let c = text[i]
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { i += 1 } else { break }
        }
        return i
    }

    func slice(_ start: Int, _ end: Int) -> String {
        var s = String.UnicodeScalarView()
        for i in start..<end { if let u = Unicode.Scalar(UInt32(text[i])) { s.append(u) } }
        return String(s)
    }

    /// The value at `start` and the index after it (nil when no value starts there); with no
    /// start, the whole text as one document: whitespace around the value, nothing else.
    mutating func scanDocument(_ start: Int?) throws -> (Value, Int)? {
        guard start == nil else { return try scanValue(start ?? 0) }
        let begin = skipWhitespace(0)
        guard let (value, end) = try scanValue(begin) else {
            throw JSONDecodeFailure(message: "Expecting value", position: begin)
        }
        let after = skipWhitespace(end)
        if after != text.count { throw JSONDecodeFailure(message: "Extra data", position: after) }
        return (value, after)
    }

    /// The value starting at `i` and the index after it; nil when no value starts there.
    mutating func scanValue(_ i: Int) throws -> (Value, Int)? {
        guard i < text.count else { return nil }
        switch text[i] {
        case 0x22: // "
            let (s, end) = try scanString(i + 1)
            return (interp.newStr(s), end)
        case 0x7B: // {
            return try nested { try $0.scanObject(i + 1) }
        case 0x5B: // [
            return try nested { try $0.scanArray(i + 1) }
        case 0x6E where matches("null", at: i): return (.pyNone, i + 4)
        case 0x74 where matches("true", at: i): return (.bool(true), i + 4)
        case 0x66 where matches("false", at: i): return (.bool(false), i + 5)
        case 0x4E where matches("NaN", at: i): return (try constant("NaN", .nan), i + 3)
        case 0x49 where matches("Infinity", at: i): return (try constant("Infinity", .infinity), i + 8)
        case 0x2D where matches("-Infinity", at: i): return (try constant("-Infinity", -.infinity), i + 9)
        default: return try scanNumber(i)
        }
    }

    private mutating func nested(_ body: (inout JSONScanner) throws -> (Value, Int)) throws -> (Value, Int) {
        depth += 1
        if depth > min(interp.recursionLimit, jsonMaxDepth) {
            throw interp.error(interp.types.exceptions.recursionError, "maximum recursion depth exceeded while decoding a JSON document")
        }
        defer { depth -= 1 }
        return try body(&self)
    }

    func matches(_ word: String, at i: Int) -> Bool {
        var j = i
        for b in word.utf8 {
            if j >= text.count || UInt32(text[j]) != UInt32(b) { return false }
            j += 1
        }
        return true
    }

    func constant(_ name: String, _ d: Double) throws -> Value {
        if !hooks.parseConstant.isNone { return try interp.call(hooks.parseConstant, [interp.newStr(name)]) }
        return .float(d)
    }

    func scanNumber(_ start: Int) throws -> (Value, Int)? {
        var i = start
        if unit(i) == 0x2D { i += 1 }
        let c = unit(i)
        if c == 0x30 {
            i += 1
        } else if c >= 0x31 && c <= 0x39 {
            i += 1
            while unit(i) >= 0x30 && unit(i) <= 0x39 { i += 1 }
        } else {
            return nil
        }
        var isFloat = false
        if unit(i) == 0x2E, unit(i + 1) >= 0x30, unit(i + 1) <= 0x39 {
            isFloat = true
            i += 2
            while unit(i) >= 0x30 && unit(i) <= 0x39 { i += 1 }
        }
        if unit(i) == 0x65 || unit(i) == 0x45 {
            var j = i + 1
            if unit(j) == 0x2B || unit(j) == 0x2D { j += 1 }
            if unit(j) >= 0x30 && unit(j) <= 0x39 {
                while unit(j) >= 0x30 && unit(j) <= 0x39 { j += 1 }
                isFloat = true
                i = j
            }
        }
        if !isFloat && hooks.parseInt.isNone && i - start <= 18 {
            var value = 0
            var k = start
            let negative = unit(k) == 0x2D
            if negative { k += 1 }
            while k < i { value = value * 10 + Int(unit(k) - 0x30); k += 1 }
            return (.int(negative ? -value : value), i)
        }
        let digits = slice(start, i)
        if isFloat {
            if !hooks.parseFloat.isNone { return (try interp.call(hooks.parseFloat, [interp.newStr(digits)]), i) }
            return (.float(pyParseFloat(digits) ?? .nan), i)
        }
        if !hooks.parseInt.isNone { return (try interp.call(hooks.parseInt, [interp.newStr(digits)]), i) }
        if let n = Int(digits) { return (.int(n), i) }
        guard let big = BigInt(digits) else { return nil }
        return (interp.newInt(big), i)
    }

    /// The string whose opening quote is just before `start`, and the index after its closing quote.
    func scanString(_ start: Int) throws -> (String, Int) {
        var result = String.UnicodeScalarView()
        var i = start
        var chunkStart = i
        func flush(_ end: Int) {
            if chunkStart < end {
                for k in chunkStart..<end { if let u = Unicode.Scalar(UInt32(text[k])) { result.append(u) } }
            }
        }
        // The common string: no escape before the closing quote. Bytes of an ASCII str
        // become the String at once.
        if Unit.bitWidth == 8 {
            var j = start
            while j < text.count && text[j] != 0x22 && text[j] != 0x5C && text[j] >= 0x20 { j += 1 }
            if j < text.count && text[j] == 0x22 {
                let bytes = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: text[start..<j]))
                return (String(decoding: bytes, as: UTF8.self), j + 1)
            }
        }
        while true {
            guard i < text.count else {
                throw JSONDecodeFailure(message: "Unterminated string starting at", position: start - 1)
            }
            let c = UInt32(text[i])
            if c == 0x22 {
                flush(i)
                return (String(result), i + 1)
            }
            if c == 0x5C {
                flush(i)
                i += 1
                guard i < text.count else {
                    throw JSONDecodeFailure(message: "Unterminated string starting at", position: start - 1)
                }
                let e = UInt32(text[i])
                var decoded: UInt32
                switch e {
                case 0x22: decoded = 0x22
                case 0x5C: decoded = 0x5C
                case 0x2F: decoded = 0x2F
                case 0x62: decoded = 0x08
                case 0x66: decoded = 0x0C
                case 0x6E: decoded = 0x0A
                case 0x72: decoded = 0x0D
                case 0x74: decoded = 0x09
                case 0x75:
                    guard let u = hex4(i + 1) else {
                        throw JSONDecodeFailure(message: "Invalid \\uXXXX escape", position: i)
                    }
                    decoded = u
                    i += 4
                    if u >= 0xD800 && u <= 0xDBFF && unit(i + 1) == 0x5C && unit(i + 2) == 0x75 {
                        if let low = hex4(i + 3), low >= 0xDC00 && low <= 0xDFFF {
                            decoded = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
                            i += 6
                        }
                    }
                default:
                    throw JSONDecodeFailure(message: "Invalid \\escape", position: i - 1)
                }
                // Lone surrogates cannot live in a Swift String: U+FFFD stands in for them.
                result.append(Unicode.Scalar(decoded) ?? "\u{FFFD}")
                i += 1
                chunkStart = i
                continue
            }
            if c < 0x20 && hooks.strict {
                throw JSONDecodeFailure(message: "Invalid control character at", position: i)
            }
            i += 1
        }
    }

    func hex4(_ i: Int) -> UInt32? {
        guard i + 4 <= text.count else { return nil }
        var v: UInt32 = 0
        for k in i..<(i + 4) {
            let c = UInt32(text[k])
            let d: UInt32
            switch c {
            case 0x30...0x39: d = c - 0x30
            case 0x61...0x66: d = c - 0x61 + 10
            case 0x41...0x46: d = c - 0x41 + 10
            default: return nil
            }
            v = v * 16 + d
        }
        return v
    }

    mutating func scanObject(_ start: Int) throws -> (Value, Int) {
        var i = skipWhitespace(start)
        var pairs: [(Value, Value)] = []
        if unit(i) == 0x7D { return (try makeObject(pairs), i + 1) }
        while true {
            guard unit(i) == 0x22 else {
                throw JSONDecodeFailure(message: "Expecting property name enclosed in double quotes", position: i)
            }
            let (key, afterKey) = try scanString(i + 1)
            i = skipWhitespace(afterKey)
            guard unit(i) == 0x3A else { throw JSONDecodeFailure(message: "Expecting ':' delimiter", position: i) }
            i = skipWhitespace(i + 1)
            guard let (value, afterValue) = try scanValue(i) else {
                throw JSONDecodeFailure(message: "Expecting value", position: i)
            }
            pairs.append((interp.newStr(key), value))
            i = skipWhitespace(afterValue)
            if unit(i) == 0x7D { return (try makeObject(pairs), i + 1) }
            guard unit(i) == 0x2C else { throw JSONDecodeFailure(message: "Expecting ',' delimiter", position: i) }
            i = skipWhitespace(i + 1)
        }
    }

    func makeObject(_ pairs: [(Value, Value)]) throws -> Value {
        if !hooks.objectPairsHook.isNone {
            let list = interp.newList(pairs.map { interp.newTuple([$0.0, $0.1]) })
            return try interp.call(hooks.objectPairsHook, [list])
        }
        let d = interp.newDictObj()
        for (k, v) in pairs {
            if let s = k.asObject as? StrObj { d.setString(s, v) } else { try d.set(k, v, interp) }
        }
        if !hooks.objectHook.isNone { return try interp.call(hooks.objectHook, [Value(d)]) }
        return Value(d)
    }

    mutating func scanArray(_ start: Int) throws -> (Value, Int) {
        var i = skipWhitespace(start)
        var items = ContiguousArray<Value>()
        if unit(i) == 0x5D { return (interp.newList(items), i + 1) }
        while true {
            guard let (value, after) = try scanValue(i) else {
                throw JSONDecodeFailure(message: "Expecting value", position: i)
            }
            items.append(value)
            i = skipWhitespace(after)
            if unit(i) == 0x5D { return (interp.newList(items), i + 1) }
            guard unit(i) == 0x2C else { throw JSONDecodeFailure(message: "Expecting ',' delimiter", position: i) }
            i = skipWhitespace(i + 1)
        }
    }
}

extension Interpreter {
    func setUpJSONModule() {
        _ = makeModule("_baozi_json") { d in
            /// encode(obj, indent, item_separator, key_separator, sort_keys, skipkeys,
            ///        ensure_ascii, allow_nan, check_circular, default) -> str
            define(d, "encode") { interp, args in
                try interp.expectArgs(args, "encode", min: 10, max: 10)
                var options = JSONEncoderOptions()
                if let s = args[1].asObject as? StrObj { options.indent = s.value }
                guard let item = args[2].asObject as? StrObj, let key = args[3].asObject as? StrObj else {
                    throw interp.typeError("separators must be str")
                }
                options.itemSeparator = item.value
                options.keySeparator = key.value
                options.sortKeys = try interp.truthy(args[4])
                options.skipKeys = try interp.truthy(args[5])
                options.ensureASCII = try interp.truthy(args[6])
                options.allowNaN = try interp.truthy(args[7])
                options.checkCircular = try interp.truthy(args[8])
                options.defaultFunction = args[9]
                options.scriptDefault = interp.nativeMayResume && !args[9].isNone
                let run = JSONEncoderRun(interp, options)
                do {
                    try run.encode(args[0], level: 0)
                } catch is NeedsScriptDefault {
                    // default() may switch greenlets: the encoding runs in Baozi instead.
                    return try interp.handOver("json_encode", Array(args.positional))
                }
                return interp.newStr(run.out)
            }
            /// encode_basestring(s, ensure_ascii) -> the JSON literal of one str
            define(d, "encode_string") { interp, args in
                try interp.expectArgs(args, "encode_string", min: 2, max: 2)
                guard let s = args[0].asObject as? StrObj else {
                    throw interp.typeError("first argument must be a string, not \(interp.typeName(args[0]))")
                }
                var out = ""
                appendJSONString(s.value, ensureASCII: try interp.truthy(args[1]), to: &out)
                return interp.newStr(out)
            }
            /// decode(s, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int,
            ///        parse_constant, error_class) -> (value, end); end is -1 when no value starts at idx
            define(d, "decode") { interp, args in
                try interp.expectArgs(args, "decode", min: 9, max: 9)
                guard let s = args[0].asObject as? StrObj, case .int(let start) = args[1] else {
                    if args[0].asObject is StrObj { throw interp.typeError("decode() index must be an int") }
                    throw interp.typeError("decode() needs a str")
                }
                var hooks = JSONDecodeHooks()
                hooks.strict = try interp.truthy(args[2])
                hooks.objectHook = args[3]
                hooks.objectPairsHook = args[4]
                hooks.parseFloat = args[5]
                hooks.parseInt = args[6]
                hooks.parseConstant = args[7]
                // idx -1: the whole document, with whitespace around it and nothing after.
                let whole = start < 0
                do {
                    let found: (Value, Int)?
                    if s.isASCII {
                        var text = s.value
                        found = try text.withUTF8 { buf -> (Value, Int)? in
                            var scanner = JSONScanner(buf, interp, hooks)
                            return try scanner.scanDocument(whole ? nil : start)
                        }
                    } else {
                        found = try s.scalars.withUnsafeBufferPointer { buf -> (Value, Int)? in
                            try buf.withMemoryRebound(to: UInt32.self) { units in
                                var scanner = JSONScanner(units, interp, hooks)
                                return try scanner.scanDocument(whole ? nil : start)
                            }
                        }
                    }
                    guard let (value, end) = found else { return interp.newTuple([.pyNone, .int(-1)]) }
                    if whole { return value }
                    return interp.newTuple([value, .int(end)])
                } catch let failure as JSONDecodeFailure {
                    let e = try interp.call(args[8], [interp.newStr(failure.message), args[0], .int(failure.position)])
                    guard let exception = e.asObject as? ExceptionObj else { throw interp.typeError("bad JSONDecodeError class") }
                    throw PyError(exception)
                }
            }
        }
    }
}
