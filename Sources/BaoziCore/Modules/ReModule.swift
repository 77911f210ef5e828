// `_baozi_re`: the matcher under the `re` module (Modules/Lib/re.py), over PCRE2.
//
// re.py parses Python's pattern syntax itself (CPython's error messages and positions, group
// names, widths) and hands this module a pattern in PCRE2 syntax that uses only ASCII
// characters and numbered groups. A compiled pattern keeps up to six PCRE2 programs, made
// when first needed: {8-bit, 32-bit} x {search, match, fullmatch}. bytes and ASCII text are
// matched by the 8-bit program, where a byte offset is a code-point offset; other text by the
// 32-bit program over the str's code-point array. Anchoring is compiled in rather than passed
// at match time, because PCRE2's JIT ignores match-time anchoring.

import CPCRE2

/// A compiled pattern: the PCRE2 source and options, and the programs made from them.
final class RegexCodeObj: Obj {
    let source: [UInt8]
    /// PCRE2 compile options shared by every program (case, multiline, dotall, UTF, UCP).
    let options: UInt32
    let groups: Int
    private var narrow: [OpaquePointer?] = [nil, nil, nil]
    private var wide: [OpaquePointer?] = [nil, nil, nil]
    private var narrowData: OpaquePointer?
    private var wideData: OpaquePointer?
    /// Matches run per program; JIT compilation (tens of microseconds) waits for the second,
    /// so a pattern compiled and used once does not pay for it.
    private var narrowUses = [0, 0, 0]
    private var wideUses = [0, 0, 0]

    init(source: [UInt8], options: UInt32, groups: Int, type: TypeObj) {
        self.source = source
        self.options = options
        self.groups = groups
        super.init(type: type)
    }

    deinit {
        for c in narrow where c != nil { pcre2_code_free_8(c) }
        for c in wide where c != nil { pcre2_code_free_32(c) }
        if narrowData != nil { pcre2_match_data_free_8(narrowData) }
        if wideData != nil { pcre2_match_data_free_32(wideData) }
    }

    static func modeOptions(_ mode: Int) -> UInt32 {
        switch mode {
        case 1: return PCRE2_ANCHORED
        case 2: return PCRE2_ANCHORED | PCRE2_ENDANCHORED
        default: return 0
        }
    }

    /// The 8-bit program for `mode` (0 search, 1 match, 2 fullmatch), or the error text.
    func narrowProgram(_ mode: Int) -> Result<OpaquePointer, CompileFailure> {
        if let c = narrow[mode] {
            narrowUses[mode] += 1
            if narrowUses[mode] == 2 { _ = pcre2_jit_compile_8(c, PCRE2_JIT_COMPLETE) }
            return .success(c)
        }
        var code: Int32 = 0
        var offset = 0
        let context = pcre2_compile_context_create_8(nil)
        defer { pcre2_compile_context_free_8(context) }
        pcre2_set_newline_8(context, UInt32(PCRE2_NEWLINE_LF))
        let compiled = source.withUnsafeBufferPointer { buf in
            pcre2_compile_8(buf.baseAddress, buf.count, options | RegexCodeObj.modeOptions(mode), &code, &offset, context)
        }
        guard let c = compiled else {
            var message = [UInt8](repeating: 0, count: 256)
            _ = pcre2_get_error_message_8(code, &message, message.count)
            return .failure(CompileFailure(message: String(decoding: message.prefix { $0 != 0 }, as: UTF8.self), offset: offset))
        }
        narrow[mode] = c
        if narrowData == nil { narrowData = pcre2_match_data_create_8(UInt32(groups + 1), nil) }
        return .success(c)
    }

    /// The 32-bit program for `mode`; the source is ASCII, so it widens unit by unit.
    func wideProgram(_ mode: Int) -> Result<OpaquePointer, CompileFailure> {
        if let c = wide[mode] {
            wideUses[mode] += 1
            if wideUses[mode] == 2 { _ = pcre2_jit_compile_32(c, PCRE2_JIT_COMPLETE) }
            return .success(c)
        }
        var code: Int32 = 0
        var offset = 0
        let context = pcre2_compile_context_create_32(nil)
        defer { pcre2_compile_context_free_32(context) }
        pcre2_set_newline_32(context, UInt32(PCRE2_NEWLINE_LF))
        let units = source.map { UInt32($0) }
        let compiled = units.withUnsafeBufferPointer { buf in
            pcre2_compile_32(buf.baseAddress, buf.count, options | RegexCodeObj.modeOptions(mode), &code, &offset, context)
        }
        guard let c = compiled else {
            var message = [UInt32](repeating: 0, count: 256)
            _ = pcre2_get_error_message_32(code, &message, message.count)
            let text = String(String.UnicodeScalarView(message.prefix { $0 != 0 }.compactMap(Unicode.Scalar.init)))
            return .failure(CompileFailure(message: text, offset: offset))
        }
        wide[mode] = c
        if wideData == nil { wideData = pcre2_match_data_create_32(UInt32(groups + 1), nil) }
        return .success(c)
    }

    var narrowMatchData: OpaquePointer? { narrowData }
    var wideMatchData: OpaquePointer? { wideData }
}

struct CompileFailure: Error {
    let message: String
    let offset: Int
}

extension Interpreter {
    func setUpReModule() {
        let codeType = makeNativeClass("code", base: types.object, layout: .other, module: "_baozi_re")
        _ = makeModule("_baozi_re") { d in
            /// compile(source: str of ASCII, flags: int, is_bytes: bool, groups: int) -> code
            define(d, "compile") { interp, args in
                try interp.expectArgs(args, "compile", min: 4, max: 4)
                guard let s = args[0].asObject as? StrObj else { throw interp.typeError("compile() source must be str") }
                let flags = try interp.reInt(args[1])
                let isBytes = try interp.truthy(args[2])
                let groups = try interp.reInt(args[3])
                var options: UInt32 = 0
                if flags & 2 != 0 { options |= PCRE2_CASELESS }
                if flags & 8 != 0 { options |= PCRE2_MULTILINE }
                if flags & 16 != 0 { options |= PCRE2_DOTALL }
                if !isBytes {
                    options |= PCRE2_UTF
                    if flags & 256 == 0 { options |= PCRE2_UCP }
                }
                let code = interp.heap.track(RegexCodeObj(source: Array(s.value.utf8), options: options, groups: groups, type: codeType))
                // Compile the search program now so a pattern PCRE2 refuses fails at compile().
                if case .failure(let f) = code.narrowProgram(0) {
                    throw interp.valueError("\(f.message) (PCRE2 offset \(f.offset))")
                }
                return Value(code)
            }
            /// findall(code, subject, pos, endpos) -> list, as Pattern.findall (bounds already clamped)
            define(d, "findall") { interp, args in
                try interp.expectArgs(args, "findall", min: 4, max: 4)
                guard let code = args[0].asObject as? RegexCodeObj else { throw interp.typeError("findall() needs a compiled code") }
                return try interp.reFindall(code, args[1], pos: try interp.reInt(args[2]), endpos: try interp.reInt(args[3]))
            }
            /// subn_literal(code, replacement, subject, count) -> (result, n); the replacement has
            /// no backslash and is of the subject's type (str, or bytes for bytes and bytearray)
            define(d, "subn_literal") { interp, args in
                try interp.expectArgs(args, "subn_literal", min: 4, max: 4)
                guard let code = args[0].asObject as? RegexCodeObj else { throw interp.typeError("subn_literal() needs a compiled code") }
                return try interp.reSubnLiteral(code, args[1], args[2], count: try interp.reInt(args[3]))
            }
            /// match(code, subject, pos, endpos, mode, notempty_atstart) -> tuple of offsets or None:
            /// start and end of the whole match and of each group, -1 for a group that did not take part.
            define(d, "match") { interp, args in
                try interp.expectArgs(args, "match", min: 6, max: 6)
                guard let code = args[0].asObject as? RegexCodeObj else { throw interp.typeError("match() needs a compiled code") }
                let pos = try interp.reInt(args[2])
                let endpos = try interp.reInt(args[3])
                let mode = try interp.reInt(args[4])
                let options: UInt32 = try interp.truthy(args[5]) ? PCRE2_NOTEMPTY_ATSTART : 0
                guard (0...2).contains(mode) else { throw interp.valueError("bad match mode") }
                return try interp.reMatch(code, args[1], pos: pos, endpos: endpos, mode: mode, options: options)
            }
        }
    }

    fileprivate func reInt(_ v: Value) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: throw typeError("an integer is required")
        }
    }

    /// Runs one match: PCRE2's offset vector (valid until the code's next match) and the
    /// number of pairs it set, or nil when nothing matched.
    private func reRun(_ code: RegexCodeObj, _ subject: Value, pos: Int, endpos: Int, mode: Int, options: UInt32) throws -> (UnsafeMutablePointer<Int>, Int)? {
        var result: Int32 = 0
        var ovector: UnsafeMutablePointer<Int>?
        if let s = subject.asObject as? StrObj, !s.isASCII {
            let program: OpaquePointer
            switch code.wideProgram(mode) {
            case .success(let p): program = p
            case .failure(let f): throw valueError(f.message)
            }
            let data = code.wideMatchData
            let scalars = s.scalars
            let end = min(max(endpos, 0), scalars.count)
            if pos > end { return nil }
            result = scalars.withUnsafeBufferPointer { buf in
                guard let base = buf.baseAddress else { return PCRE2_ERROR_NOMATCH }
                return base.withMemoryRebound(to: UInt32.self, capacity: buf.count) { p in
                    pcre2_match_32(program, p, end, pos, options | PCRE2_NO_UTF_CHECK, data, nil)
                }
            }
            ovector = pcre2_get_ovector_pointer_32(data).map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: Int.self) }
        } else {
            let program: OpaquePointer
            switch code.narrowProgram(mode) {
            case .success(let p): program = p
            case .failure(let f): throw valueError(f.message)
            }
            let data = code.narrowMatchData
            func run(_ buf: UnsafeBufferPointer<UInt8>) -> Int32 {
                let end = min(max(endpos, 0), buf.count)
                if pos > end { return PCRE2_ERROR_NOMATCH }
                // A zero-length subject still needs a non-null pointer.
                var empty: UInt8 = 0
                if buf.baseAddress == nil {
                    return pcre2_match_8(program, &empty, 0, pos, options | PCRE2_NO_UTF_CHECK, data, nil)
                }
                return pcre2_match_8(program, buf.baseAddress, end, pos, options | PCRE2_NO_UTF_CHECK, data, nil)
            }
            if let s = subject.asObject as? StrObj {
                var text = s.value
                result = text.withUTF8 { run($0) }
            } else if let b = subject.asObject as? BytesObj {
                result = b.bytes.withUnsafeBufferPointer { run($0) }
            } else {
                throw typeError("expected string or bytes-like object, got '\(typeName(subject))'")
            }
            ovector = pcre2_get_ovector_pointer_8(data).map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: Int.self) }
        }
        if result == PCRE2_ERROR_NOMATCH { return nil }
        if result < 0 {
            if result == PCRE2_ERROR_MATCHLIMIT || result == PCRE2_ERROR_DEPTHLIMIT || result == PCRE2_ERROR_HEAPLIMIT || result == PCRE2_ERROR_JIT_STACKLIMIT {
                throw error(types.exceptions.recursionError, "maximum recursion limit exceeded")
            }
            throw error(types.exceptions.runtimeError, "internal error in regular expression engine (\(result))")
        }
        guard let ov = ovector else { return nil }
        return (ov, Int(result))
    }

    /// Runs one match and returns the offsets as a tuple, or None.
    private func reMatch(_ code: RegexCodeObj, _ subject: Value, pos: Int, endpos: Int, mode: Int, options: UInt32) throws -> Value {
        guard let (ov, count) = try reRun(code, subject, pos: pos, endpos: endpos, mode: mode, options: options) else { return .pyNone }
        var items = ContiguousArray<Value>()
        let pairs = code.groups + 1
        items.reserveCapacity(pairs * 2)
        for i in 0..<(pairs * 2) {
            let o = ov[i]
            // Groups past the highest one that took part are unset (PCRE2 leaves them as they were).
            if i / 2 >= count || o == -1 { items.append(.int(-1)) } else { items.append(.int(o)) }
        }
        return newTuple(items)
    }

    /// Code points a..<b of a str as a Swift String.
    private func reText(_ s: StrObj, _ a: Int, _ b: Int) -> String {
        if s.isASCII {
            var text = s.value
            return text.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[a..<b]), as: UTF8.self) }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s.scalars[a..<b])
        return String(view)
    }

    /// subject[a:b] as a new str or bytes (bytes also for a bytearray, as CPython's findall).
    private func reSlice(_ subject: Value, _ a: Int, _ b: Int) -> Value {
        if let s = subject.asObject as? StrObj {
            if s.isASCII {
                return Value(heap.track(StrObj(reText(s, a, b), count: b - a, isASCII: true, type: types.str)))
            }
            return newStr(reText(s, a, b))
        }
        if let bytes = subject.asObject as? BytesObj { return newBytes(Array(bytes.bytes[a..<b])) }
        return .pyNone
    }

    /// Every match from pos to endpos (Python 3.7's rule for empty matches), as findall returns them.
    fileprivate func reFindall(_ code: RegexCodeObj, _ subject: Value, pos start: Int, endpos: Int) throws -> Value {
        var out = ContiguousArray<Value>()
        var pos = start
        var mustAdvance = false
        let empty = subject.asObject is StrObj ? newStr("") : newBytes([])
        while pos <= endpos {
            guard let (ov, count) = try reRun(code, subject, pos: pos, endpos: endpos, mode: 0,
                                               options: mustAdvance ? PCRE2_NOTEMPTY_ATSTART : 0) else { break }
            let s0 = ov[0], e0 = ov[1]
            func group(_ g: Int) -> Value {
                if g >= count || ov[2 * g] == -1 { return empty }
                return reSlice(subject, ov[2 * g], ov[2 * g + 1])
            }
            switch code.groups {
            case 0: out.append(reSlice(subject, s0, e0))
            case 1: out.append(group(1))
            default: out.append(newTuple((1...code.groups).map(group)))
            }
            mustAdvance = e0 == s0
            pos = e0
        }
        return newList(out)
    }

    /// sub with a literal replacement of the subject's own type: (result, count).
    fileprivate func reSubnLiteral(_ code: RegexCodeObj, _ replacement: Value, _ subject: Value, count limit: Int) throws -> Value {
        var pos = 0
        var mustAdvance = false
        var last = 0
        var n = 0
        var text = ""
        var bytes: [UInt8] = []
        let str = subject.asObject as? StrObj
        let subjectBytes = (subject.asObject as? BytesObj)?.bytes
        let end = str?.count ?? subjectBytes?.count ?? 0
        let replacementText = (replacement.asObject as? StrObj)?.value ?? ""
        let replacementBytes = (replacement.asObject as? BytesObj)?.bytes ?? []
        while pos <= end && (limit == 0 || n < limit) {
            guard let (ov, _) = try reRun(code, subject, pos: pos, endpos: end, mode: 0,
                                          options: mustAdvance ? PCRE2_NOTEMPTY_ATSTART : 0) else { break }
            let s0 = ov[0], e0 = ov[1]
            if let str {
                text += reText(str, last, s0)
                text += replacementText
            } else if let subjectBytes {
                bytes += subjectBytes[last..<s0]
                bytes += replacementBytes
            }
            last = e0
            n += 1
            mustAdvance = e0 == s0
            pos = e0
        }
        if let str {
            text += reText(str, last, end)
            return newTuple([newStr(text), .int(n)])
        }
        if let subjectBytes { bytes += subjectBytes[last..<end] }
        return newTuple([newBytes(bytes), .int(n)])
    }
}
