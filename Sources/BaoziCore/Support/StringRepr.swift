// repr() of str and bytes, and ascii(), laid out exactly as CPython does.

private let reprHexDigits: [UInt8] = Array("0123456789abcdef".utf8)

/// Appends `\x`/`\u`/`\U` followed by 2, 4 or 8 lowercase hex digits, chosen by size.
@inline(__always)
private func reprAppendHexEscape(_ v: UInt32, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\\"))
    let width: Int
    if v <= 0xff {
        out.append(UInt8(ascii: "x")); width = 2
    } else if v <= 0xffff {
        out.append(UInt8(ascii: "u")); width = 4
    } else {
        out.append(UInt8(ascii: "U")); width = 8
    }
    for i in stride(from: width - 1, through: 0, by: -1) {
        out.append(reprHexDigits[Int((v >> UInt32(4 * i)) & 0xf)])
    }
}

/// The quote Python's repr picks: single quotes unless the text contains ' and no ".
private func reprChooseQuote<S: Sequence>(_ units: S) -> UInt8 where S.Element: BinaryInteger {
    var hasSingle = false
    for u in units {
        if u == 0x22 { return UInt8(ascii: "'") }
        if u == 0x27 { hasSingle = true }
    }
    return hasSingle ? UInt8(ascii: "\"") : UInt8(ascii: "'")
}

/// Python's `repr(s)` for a str: quotes chosen as CPython does, backslash, the quote,
/// \t \n \r escaped, other non-printable code points as \xhh, \uhhhh or \Uhhhhhhhh, and
/// printable non-ASCII text (é, 中, emoji) kept as is.
func pyStrRepr(_ s: String) -> String {
    return reprEscapedText(s, asciiOnly: false)
}

/// Python's `ascii(s)` for a str: like repr, but every non-ASCII code point is escaped.
func pyAscii(_ s: String) -> String {
    return reprEscapedText(s, asciiOnly: true)
}

private func reprEscapedText(_ s: String, asciiOnly: Bool) -> String {
    let quote = reprChooseQuote(s.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count + 2)
    out.append(quote)
    for c in s.unicodeScalars {
        let v = c.value
        if v < 128 {
            switch v {
            case 0x5c: out.append(0x5c); out.append(0x5c)
            case 0x09: out.append(0x5c); out.append(UInt8(ascii: "t"))
            case 0x0a: out.append(0x5c); out.append(UInt8(ascii: "n"))
            case 0x0d: out.append(0x5c); out.append(UInt8(ascii: "r"))
            default:
                if UInt8(v) == quote {
                    out.append(0x5c); out.append(quote)
                } else if v < 0x20 || v == 0x7f {
                    reprAppendHexEscape(v, to: &out)
                } else {
                    out.append(UInt8(v))
                }
            }
        } else if !asciiOnly && pyIsPrintable(c) {
            out.append(contentsOf: String(c).utf8)
        } else {
            reprAppendHexEscape(v, to: &out)
        }
    }
    out.append(quote)
    return String(decoding: out, as: UTF8.self)
}

/// Python's `repr(b)` for bytes: `b'...'` with the same quote choice as str, \\ \t \n \r and
/// the quote escaped, and bytes outside 0x20...0x7e as \xhh. (bytearray wraps this text.)
func pyBytesRepr(_ bytes: [UInt8]) -> String {
    let quote = reprChooseQuote(bytes)
    var out: [UInt8] = [UInt8(ascii: "b"), quote]
    out.reserveCapacity(bytes.count + 3)
    for b in bytes {
        switch b {
        case 0x5c: out.append(0x5c); out.append(0x5c)
        case 0x09: out.append(0x5c); out.append(UInt8(ascii: "t"))
        case 0x0a: out.append(0x5c); out.append(UInt8(ascii: "n"))
        case 0x0d: out.append(0x5c); out.append(UInt8(ascii: "r"))
        default:
            if b == quote {
                out.append(0x5c); out.append(quote)
            } else if b < 0x20 || b >= 0x7f {
                reprAppendHexEscape(UInt32(b), to: &out)
            } else {
                out.append(b)
            }
        }
    }
    out.append(quote)
    return String(decoding: out, as: UTF8.self)
}
