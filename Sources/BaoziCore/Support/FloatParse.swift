// float(str): Python's grammar for float literals in strings.

/// Python's `float(s)` for a str argument, or nil when CPython would raise ValueError.
/// Accepts surrounding whitespace (str.isspace), a sign, 'inf'/'infinity'/'nan' in any case,
/// and decimal literals with optional fraction and exponent, where single underscores may
/// separate digits ('1_000.5', '1e1_0') and Unicode decimal digits count as digits.
/// Rejects '1__0', '1_', '_1', '', '1e', '.', '0x10'.
func pyParseFloat(_ s: String) -> Double? {
    // Map to ASCII first: Unicode digits become '0'...'9', whitespace is trimmed.
    var scalars = Substring(s).unicodeScalars[...]
    while let f = scalars.first, pyIsSpace(f) { scalars.removeFirst() }
    while let l = scalars.last, pyIsSpace(l) { scalars.removeLast() }
    var text: [UInt8] = []
    text.reserveCapacity(scalars.count)
    for c in scalars {
        if c.isASCII {
            text.append(UInt8(c.value))
        } else if let d = pyDecimalValue(c) {
            text.append(UInt8(48 + d))
        } else {
            return nil
        }
    }
    var i = 0
    var negative = false
    if i < text.count && (text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-")) {
        negative = text[i] == UInt8(ascii: "-")
        i += 1
    }
    let word = String(decoding: text[i...], as: UTF8.self).lowercased()
    if word == "inf" || word == "infinity" { return negative ? -.infinity : .infinity }
    if word == "nan" { return negative ? -.nan : .nan }

    // digits ['.' digits] [('e'|'E') [sign] digits], underscores only between digits.
    var clean: [UInt8] = negative ? [UInt8(ascii: "-")] : []
    clean.reserveCapacity(text.count + 1)
    func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    /// Consumes a run of digits with single underscores between them; returns the digit count.
    func digitRun() -> Int? {
        var count = 0
        while i < text.count {
            let b = text[i]
            if isDigit(b) {
                clean.append(b)
                count += 1
                i += 1
            } else if b == UInt8(ascii: "_") {
                guard count > 0, i + 1 < text.count, isDigit(text[i + 1]) else { return nil }
                i += 1
            } else {
                break
            }
        }
        return count
    }
    guard let intDigits = digitRun() else { return nil }
    var fracDigits = 0
    if i < text.count && text[i] == UInt8(ascii: ".") {
        clean.append(UInt8(ascii: "."))
        i += 1
        guard let n = digitRun() else { return nil }
        fracDigits = n
    }
    if intDigits + fracDigits == 0 { return nil }
    if i < text.count && (text[i] == UInt8(ascii: "e") || text[i] == UInt8(ascii: "E")) {
        clean.append(UInt8(ascii: "e"))
        i += 1
        if i < text.count && (text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-")) {
            clean.append(text[i])
            i += 1
        }
        guard let n = digitRun(), n > 0 else { return nil }
    }
    if i != text.count { return nil }
    // The validated text is plain decimal; Swift's conversion rounds correctly (strtod).
    return Double(String(decoding: clean, as: UTF8.self))
}

/// The message of the ValueError `float(s)` raises for a bad string.
func pyFloatParseErrorMessage(_ s: String) -> String {
    return "could not convert string to float: " + pyStrRepr(s)
}
