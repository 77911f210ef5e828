// str.encode and bytes.decode for UTF-8, ASCII and Latin-1 with Python's error handlers
// and exception messages.

/// The codecs this library implements.
enum PyCodec: String {
    case utf8 = "utf-8"
    case ascii = "ascii"
    case latin1 = "latin-1"

    /// Looks up a codec by any of Python's spellings ('UTF8', 'utf_8', 'latin1',
    /// 'iso-8859-1', 'us-ascii', ...). Throws LookupError("unknown encoding: name") otherwise.
    init(name: String) throws {
        // The usual spellings need no normalizing (every bytes.decode call comes here).
        switch name {
        case "utf-8", "utf8": self = .utf8; return
        case "latin-1", "latin1": self = .latin1; return
        case "ascii": self = .ascii; return
        default: break
        }
        var key = ""
        for c in name.lowercased().unicodeScalars {
            key.unicodeScalars.append(c == "-" || c == " " ? "_" : c)
        }
        switch key {
        case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4":
            self = .utf8
        case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "iso646_us", "cp367", "csascii", "ibm367", "iso_ir_6":
            self = .ascii
        case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100", "ibm819", "csisolatin1", "iso_8859_1:1987":
            self = .latin1
        default:
            throw PyFormatError.lookupError("unknown encoding: \(name)")
        }
    }

    /// Python's canonical name, as it appears in error messages.
    var pythonName: String {
        switch self {
        case .utf8: return "utf-8"
        case .ascii: return "ascii"
        case .latin1: return "latin-1"
        }
    }
}

private let codecHexDigits: [UInt8] = Array("0123456789abcdef".utf8)

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for a code point, as backslashreplace and messages write it.
private func codecBackslashEscape(_ v: UInt32) -> String {
    if v <= 0xff { return "\\x" + codecHex(v, 2) }
    if v <= 0xffff { return "\\u" + codecHex(v, 4) }
    return "\\U" + codecHex(v, 8)
}

private func codecHex(_ v: UInt32, _ width: Int) -> String {
    var out = [UInt8](repeating: 48, count: width)
    var x = v
    for i in stride(from: width - 1, through: 0, by: -1) {
        out[i] = codecHexDigits[Int(x & 0xf)]
        x >>= 4
    }
    return String(decoding: out, as: UTF8.self)
}

private func codecUnknownHandler(_ errors: String) -> PyFormatError {
    return .lookupError("unknown error handler name '\(errors)'")
}

// MARK: Encoding

/// Python's `str.encode(encoding, errors)` for utf-8, ascii and latin-1. Error handlers:
/// strict, ignore, replace ('?'), backslashreplace, xmlcharrefreplace. Strict failures raise
/// UnicodeEncodeError for the whole run of unencodable code points, e.g. "'ascii' codec can't
/// encode character '\xe9' in position 0: ordinal not in range(128)".
func pyEncode(_ s: String, encoding: String = "utf-8", errors: String = "strict") throws -> [UInt8] {
    let codec = try PyCodec(name: encoding)
    if codec == .utf8 { return Array(s.utf8) }       // Swift strings hold no lone surrogates
    if s.utf8.allSatisfy({ $0 < 0x80 }) { return Array(s.utf8) }
    let limit: UInt32 = codec == .ascii ? 0x80 : 0x100
    let cps = pyCodePoints(s)
    var out: [UInt8] = []
    out.reserveCapacity(cps.count)
    var i = 0
    while i < cps.count {
        let v = cps[i]
        if v < limit {
            out.append(UInt8(v))
            i += 1
            continue
        }
        var end = i + 1
        while end < cps.count && cps[end] >= limit { end += 1 }
        switch errors {
        case "strict":
            let reason = "ordinal not in range(\(limit))"
            let what = end == i + 1
                ? "character '\(codecBackslashEscape(v))' in position \(i)"
                : "characters in position \(i)-\(end - 1)"
            throw PyFormatError.unicodeEncodeError(PyUnicodeErrorInfo(
                encoding: codec.pythonName, start: i, end: end, reason: reason,
                message: "'\(codec.pythonName)' codec can't encode \(what): \(reason)"))
        case "ignore":
            break
        case "replace":
            out.append(contentsOf: repeatElement(UInt8(ascii: "?"), count: end - i))
        case "backslashreplace":
            for k in i..<end { out.append(contentsOf: codecBackslashEscape(cps[k]).utf8) }
        case "xmlcharrefreplace":
            for k in i..<end { out.append(contentsOf: "&#\(cps[k]);".utf8) }
        default:
            throw codecUnknownHandler(errors)
        }
        i = end
    }
    return out
}

// MARK: Decoding

/// Python's `bytes.decode(encoding, errors)` for utf-8, ascii and latin-1. Error handlers:
/// strict, ignore, replace (U+FFFD per maximal invalid subsequence), backslashreplace.
/// Strict failures raise UnicodeDecodeError with CPython's reasons ("invalid start byte",
/// "invalid continuation byte", "unexpected end of data", "ordinal not in range(128)").
func pyDecode(_ bytes: [UInt8], encoding: String = "utf-8", errors: String = "strict") throws -> String {
    let codec = try PyCodec(name: encoding)
    switch codec {
    case .latin1:
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        var out = String.UnicodeScalarView()
        for b in bytes { out.append(Unicode.Scalar(b)) }
        return String(out)
    case .ascii:
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        var out = String.UnicodeScalarView()
        for (i, b) in bytes.enumerated() {
            if b < 0x80 {
                out.append(Unicode.Scalar(b))
            } else {
                try codecHandleDecodeError(bytes, i, i + 1, "ordinal not in range(128)", codec, errors, &out)
            }
        }
        return String(out)
    case .utf8:
        return try codecDecodeUTF8(bytes, errors: errors)
    }
}

private func codecHandleDecodeError(_ bytes: [UInt8], _ start: Int, _ end: Int, _ reason: String,
                               _ codec: PyCodec, _ errors: String,
                               _ out: inout String.UnicodeScalarView) throws {
    switch errors {
    case "strict":
        let what = end == start + 1
            ? "byte 0x\(codecHex(UInt32(bytes[start]), 2)) in position \(start)"
            : "bytes in position \(start)-\(end - 1)"
        throw PyFormatError.unicodeDecodeError(PyUnicodeErrorInfo(
            encoding: codec.pythonName, start: start, end: end, reason: reason,
            message: "'\(codec.pythonName)' codec can't decode \(what): \(reason)"))
    case "ignore":
        break
    case "replace":
        out.append("\u{FFFD}")
    case "backslashreplace":
        for k in start..<end { out.append(contentsOf: codecBackslashEscape(UInt32(bytes[k])).unicodeScalars) }
    default:
        throw codecUnknownHandler(errors)
    }
}

private func codecDecodeUTF8(_ bytes: [UInt8], errors: String) throws -> String {
    // Valid input (the common case) goes straight through Swift's validating decoder.
    if let s = String(validating: bytes, as: UTF8.self) { return s }
    var out = String.UnicodeScalarView()
    let n = bytes.count
    var i = 0
    while i < n {
        let b0 = bytes[i]
        if b0 < 0x80 {
            out.append(Unicode.Scalar(b0))
            i += 1
            continue
        }
        // Sequence length and the allowed range of the second byte (excludes overlongs,
        // surrogates and values above U+10FFFF).
        var length = 0
        var secondLow: UInt8 = 0x80, secondHigh: UInt8 = 0xBF
        switch b0 {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondLow = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondHigh = 0x9F
        case 0xF0: length = 4; secondLow = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondHigh = 0x8F
        default:
            try codecHandleDecodeError(bytes, i, i + 1, "invalid start byte", .utf8, errors, &out)
            i += 1
            continue
        }
        var k = 1
        var failure: String?
        while k < length {
            if i + k >= n { failure = "unexpected end of data"; break }
            let b = bytes[i + k]
            let ok = k == 1 ? (b >= secondLow && b <= secondHigh) : (b >= 0x80 && b <= 0xBF)
            if !ok { failure = "invalid continuation byte"; break }
            k += 1
        }
        if let reason = failure {
            try codecHandleDecodeError(bytes, i, i + k, reason, .utf8, errors, &out)
            i += k
            continue
        }
        var v = UInt32(b0) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for j in 1..<length { v = (v << 6) | UInt32(bytes[i + j] & 0x3F) }
        out.append(Unicode.Scalar(v)!)
        i += length
    }
    return String(out)
}
