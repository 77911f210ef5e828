// Case conversions of str: upper, lower, casefold, title, capitalize, swapcase.
// Full (possibly multi-character) mappings per code point, as CPython uses them, plus
// Python's context rule for the Greek capital sigma.

private let caseCapitalSigma: UInt32 = 0x3A3

/// Whether every UTF-8 byte of `s` is ASCII.
@inline(__always)
func pyIsASCII(_ s: String) -> Bool {
    var s = s
    return s.withUTF8 { buf in
        for b in buf where b >= 0x80 { return false }
        return true
    }
}

/// Maps each byte of an ASCII string.
@inline(__always)
private func caseMapASCII(_ s: String, _ f: (UInt8) -> UInt8) -> String {
    var s = s
    return s.withUTF8 { buf in String(decoding: buf.map(f), as: UTF8.self) }
}

@inline(__always) private func caseASCIILower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }
@inline(__always) private func caseASCIIUpper(_ b: UInt8) -> UInt8 { b >= 97 && b <= 122 ? b - 32 : b }

/// Whether Python 3.11 leaves this code point alone in every case mapping.
@inline(__always)
private func caseKeepsCase(_ v: UInt32) -> Bool {
    return caseMappingUnchanged.contains(v) || pyIsUnassignedInUnicode14(v)
}

private func caseAppendMapping(_ mapped: String, to out: inout String.UnicodeScalarView) {
    out.append(contentsOf: mapped.unicodeScalars)
}

/// Appends the full uppercase of one code point.
private func caseAppendUpper(_ c: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
    let v = c.value
    if v < 128 { out.append(Unicode.Scalar(caseASCIIUpper(UInt8(v)))); return }
    if caseKeepsCase(v) { out.append(c); return }
    caseAppendMapping(c.properties.uppercaseMapping, to: &out)
}

/// Appends the full titlecase of one code point.
private func caseAppendTitle(_ c: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
    let v = c.value
    if v < 128 { out.append(Unicode.Scalar(caseASCIIUpper(UInt8(v)))); return }
    if caseKeepsCase(v) { out.append(c); return }
    caseAppendMapping(c.properties.titlecaseMapping, to: &out)
}

/// Appends the full lowercase of the code point at `i`; a capital sigma becomes final 'ς'
/// when preceded by a cased letter and not followed by one (case-ignorables skipped).
private func caseAppendLower(_ s: [Unicode.Scalar], _ i: Int, to out: inout String.UnicodeScalarView) {
    let c = s[i]
    let v = c.value
    if v < 128 { out.append(Unicode.Scalar(caseASCIILower(UInt8(v)))); return }
    if v == caseCapitalSigma {
        out.append(caseIsFinalSigma(s, i) ? "\u{3C2}" : "\u{3C3}")
        return
    }
    if caseKeepsCase(v) { out.append(c); return }
    caseAppendMapping(c.properties.lowercaseMapping, to: &out)
}

private func caseIsFinalSigma(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
    var j = i - 1
    while j >= 0 && pyIsCaseIgnorable(s[j]) { j -= 1 }
    guard j >= 0 && pyIsCased(s[j]) else { return false }
    j = i + 1
    while j < s.count && pyIsCaseIgnorable(s[j]) { j += 1 }
    return j == s.count || !pyIsCased(s[j])
}

/// Python's `str.upper()` (full mappings: 'ß' -> 'SS').
func pyUpper(_ s: String) -> String {
    if pyIsASCII(s) { return caseMapASCII(s, caseASCIIUpper) }
    var out = String.UnicodeScalarView()
    for c in s.unicodeScalars { caseAppendUpper(c, to: &out) }
    return String(out)
}

/// Python's `str.lower()` (full mappings, final sigma rule).
func pyLower(_ s: String) -> String {
    if pyIsASCII(s) { return caseMapASCII(s, caseASCIILower) }
    let scalars = Array(s.unicodeScalars)
    var out = String.UnicodeScalarView()
    for i in scalars.indices { caseAppendLower(scalars, i, to: &out) }
    return String(out)
}

/// Python's `str.casefold()`: full case folding ('ß' -> 'ss', 'ς' -> 'σ').
func pyCasefold(_ s: String) -> String {
    if pyIsASCII(s) { return caseMapASCII(s, caseASCIILower) }
    var out = String.UnicodeScalarView()
    for c in s.unicodeScalars {
        let v = c.value
        if v < 128 {
            out.append(Unicode.Scalar(caseASCIILower(UInt8(v))))
        } else if let folded = casefoldExceptions[v] {
            for f in folded { out.append(Unicode.Scalar(f)!) }
        } else if caseKeepsCase(v) {
            out.append(c)
        } else {
            caseAppendMapping(c.properties.lowercaseMapping, to: &out)
        }
    }
    return String(out)
}

/// Python's `str.title()`: a code point following a cased one is lowercased, any other is
/// titlecased ("they're" -> "They'Re", as in CPython).
func pyTitle(_ s: String) -> String {
    let scalars = Array(s.unicodeScalars)
    var out = String.UnicodeScalarView()
    var previousCased = false
    for i in scalars.indices {
        let c = scalars[i]
        if previousCased { caseAppendLower(scalars, i, to: &out) } else { caseAppendTitle(c, to: &out) }
        previousCased = pyIsCased(c)
    }
    return String(out)
}

/// Python's `str.capitalize()`: first code point titlecased, the rest lowercased.
func pyCapitalize(_ s: String) -> String {
    let scalars = Array(s.unicodeScalars)
    var out = String.UnicodeScalarView()
    for i in scalars.indices {
        if i == 0 { caseAppendTitle(scalars[i], to: &out) } else { caseAppendLower(scalars, i, to: &out) }
    }
    return String(out)
}

/// Python's `str.swapcase()`: uppercase code points lowered, lowercase ones uppered.
func pySwapcase(_ s: String) -> String {
    let scalars = Array(s.unicodeScalars)
    var out = String.UnicodeScalarView()
    for i in scalars.indices {
        let c = scalars[i]
        if pyIsUpper(c) {
            caseAppendLower(scalars, i, to: &out)
        } else if pyIsLower(c) {
            caseAppendUpper(c, to: &out)
        } else {
            out.append(c)
        }
    }
    return String(out)
}
