// Python str methods on code points (Unicode scalars). Strings are turned into arrays of
// scalar values once per call, so indexes are code-point indexes and every method is linear
// (substring search is Horspool-style, linear in practice).

// MARK: Code-point arrays

/// The code points of `s` as integers (a byte copy for ASCII text).
@inline(__always)
func pyCodePoints(_ s: String) -> [UInt32] {
    var s = s
    return s.withUTF8 { buf -> [UInt32]? in
        for b in buf where b >= 0x80 { return nil }
        return buf.map { UInt32($0) }
    } ?? s.unicodeScalars.map { $0.value }
}

/// A String from code points (all valid scalars, as they came from Strings).
@inline(__always)
func pyString<C: Collection>(_ cps: C) -> String where C.Element == UInt32 {
    var out = String.UnicodeScalarView()
    for v in cps { out.append(Unicode.Scalar(v)!) }
    return String(out)
}

@inline(__always) private func strIsSpaceValue(_ v: UInt32) -> Bool { pyIsSpace(Unicode.Scalar(v)!) }

/// Python's clamping of start/end for find, count, startswith... (negative values count from
/// the end; end is capped at the length; start is not capped).
func pyAdjustIndices(_ start: Int?, _ end: Int?, length: Int) -> (start: Int, end: Int) {
    var e = end ?? length
    if e > length {
        e = length
    } else if e < 0 {
        e += length
        if e < 0 { e = 0 }
    }
    var s = start ?? 0
    if s < 0 {
        s += length
        if s < 0 { s = 0 }
    }
    return (s, e)
}

// MARK: Searching

/// First index of `needle` in hay[lo..<hi], or -1.
private func strSearch(_ hay: [UInt32], _ needle: [UInt32], _ lo: Int, _ hi: Int) -> Int {
    let m = needle.count
    if m == 0 { return lo <= hi ? lo : -1 }
    if hi - lo < m { return -1 }
    if m == 1 {
        let c = needle[0]
        var i = lo
        while i < hi { if hay[i] == c { return i }; i += 1 }
        return -1
    }
    // Horspool: shift by the distance of the window's last element from the needle's end.
    var skip = [Int](repeating: m, count: 256)
    for k in 0..<(m - 1) { skip[Int(needle[k] & 0xff)] = m - 1 - k }
    let last = needle[m - 1]
    var i = lo
    while i <= hi - m {
        let t = hay[i + m - 1]
        if t == last {
            var k = 0
            while k < m - 1 && hay[i + k] == needle[k] { k += 1 }
            if k == m - 1 { return i }
        }
        i += skip[Int(t & 0xff)]
    }
    return -1
}

/// Last index of `needle` in hay[lo..<hi], or -1.
private func strSearchBackward(_ hay: [UInt32], _ needle: [UInt32], _ lo: Int, _ hi: Int) -> Int {
    let m = needle.count
    if m == 0 { return lo <= hi ? hi : -1 }
    if hi - lo < m { return -1 }
    var i = hi - m
    while i >= lo {
        if hay[i] == needle[0] {
            var k = 1
            while k < m && hay[i + k] == needle[k] { k += 1 }
            if k == m { return i }
        }
        i -= 1
    }
    return -1
}

/// Python's `str.find(sub, start, end)`: lowest index or -1.
func pyFind(_ s: String, _ sub: String, start: Int? = nil, end: Int? = nil) -> Int {
    let hay = pyCodePoints(s), needle = pyCodePoints(sub)
    let (lo, hi) = pyAdjustIndices(start, end, length: hay.count)
    return strSearch(hay, needle, lo, hi)
}

/// Python's `str.rfind(sub, start, end)`: highest index or -1.
func pyRFind(_ s: String, _ sub: String, start: Int? = nil, end: Int? = nil) -> Int {
    let hay = pyCodePoints(s), needle = pyCodePoints(sub)
    let (lo, hi) = pyAdjustIndices(start, end, length: hay.count)
    return strSearchBackward(hay, needle, lo, hi)
}

/// Python's `str.index(sub, start, end)`: like find, but ValueError("substring not found").
func pyIndex(_ s: String, _ sub: String, start: Int? = nil, end: Int? = nil) throws -> Int {
    let i = pyFind(s, sub, start: start, end: end)
    if i < 0 { throw PyFormatError.valueError("substring not found") }
    return i
}

/// Python's `str.rindex(sub, start, end)`.
func pyRIndex(_ s: String, _ sub: String, start: Int? = nil, end: Int? = nil) throws -> Int {
    let i = pyRFind(s, sub, start: start, end: end)
    if i < 0 { throw PyFormatError.valueError("substring not found") }
    return i
}

/// Python's `str.count(sub, start, end)`: non-overlapping occurrences; an empty `sub`
/// counts the positions between code points (end - start + 1).
func pyCount(_ s: String, _ sub: String, start: Int? = nil, end: Int? = nil) -> Int {
    let hay = pyCodePoints(s), needle = pyCodePoints(sub)
    let (lo, hi) = pyAdjustIndices(start, end, length: hay.count)
    if hi - lo < needle.count { return 0 }
    if needle.isEmpty { return hi - lo + 1 }
    var n = 0
    var i = lo
    while true {
        let at = strSearch(hay, needle, i, hi)
        if at < 0 { break }
        n += 1
        i = at + needle.count
    }
    return n
}

/// Python's `str.startswith(prefix, start, end)` for one prefix (the caller loops over tuples).
func pyStartsWith(_ s: String, _ prefix: String, start: Int? = nil, end: Int? = nil) -> Bool {
    if start == nil && end == nil { return s.unicodeScalars.starts(with: prefix.unicodeScalars) }
    let hay = pyCodePoints(s), p = pyCodePoints(prefix)
    let (lo, hi) = pyAdjustIndices(start, end, length: hay.count)
    if hi - p.count < lo { return false }
    return hay[lo..<(lo + p.count)].elementsEqual(p)
}

/// Python's `str.endswith(suffix, start, end)` for one suffix.
func pyEndsWith(_ s: String, _ suffix: String, start: Int? = nil, end: Int? = nil) -> Bool {
    let hay = pyCodePoints(s), p = pyCodePoints(suffix)
    let (lo, hi) = pyAdjustIndices(start, end, length: hay.count)
    if hi - p.count < lo { return false }
    return hay[(hi - p.count)..<hi].elementsEqual(p)
}

// MARK: Splitting

private func strEmptySeparator() -> PyFormatError { .valueError("empty separator") }

/// Python's `str.split(sep=None, maxsplit=-1)`. With no separator, runs of whitespace
/// (str.isspace) separate words and leading/trailing whitespace yields no empty strings.
func pySplit(_ s: String, sep: String? = nil, maxsplit: Int = -1) throws -> [String] {
    let a = pyCodePoints(s)
    let n = a.count
    var remaining = maxsplit < 0 ? Int.max : maxsplit
    var result: [String] = []
    guard let sep = sep else {
        var i = 0
        while remaining > 0 {
            while i < n && strIsSpaceValue(a[i]) { i += 1 }
            if i == n { break }
            let j = i
            i += 1
            while i < n && !strIsSpaceValue(a[i]) { i += 1 }
            result.append(pyString(a[j..<i]))
            remaining -= 1
        }
        if i < n {
            while i < n && strIsSpaceValue(a[i]) { i += 1 }
            if i < n { result.append(pyString(a[i..<n])) }
        }
        return result
    }
    let needle = pyCodePoints(sep)
    if needle.isEmpty { throw strEmptySeparator() }
    var i = 0
    while remaining > 0 {
        let at = strSearch(a, needle, i, n)
        if at < 0 { break }
        result.append(pyString(a[i..<at]))
        i = at + needle.count
        remaining -= 1
    }
    result.append(pyString(a[i..<n]))
    return result
}

/// Python's `str.rsplit(sep=None, maxsplit=-1)`: like split, but splits from the right.
func pyRSplit(_ s: String, sep: String? = nil, maxsplit: Int = -1) throws -> [String] {
    let a = pyCodePoints(s)
    let n = a.count
    var remaining = maxsplit < 0 ? Int.max : maxsplit
    var result: [String] = []
    guard let sep = sep else {
        var i = n
        while remaining > 0 {
            while i > 0 && strIsSpaceValue(a[i - 1]) { i -= 1 }
            if i == 0 { break }
            let j = i
            i -= 1
            while i > 0 && !strIsSpaceValue(a[i - 1]) { i -= 1 }
            result.append(pyString(a[i..<j]))
            remaining -= 1
        }
        if i > 0 {
            while i > 0 && strIsSpaceValue(a[i - 1]) { i -= 1 }
            if i > 0 { result.append(pyString(a[0..<i])) }
        }
        return result.reversed()
    }
    let needle = pyCodePoints(sep)
    if needle.isEmpty { throw strEmptySeparator() }
    var end = n
    while remaining > 0 {
        let at = strSearchBackward(a, needle, 0, end)
        if at < 0 { break }
        result.append(pyString(a[(at + needle.count)..<end]))
        end = at
        remaining -= 1
    }
    result.append(pyString(a[0..<end]))
    return result.reversed()
}

/// Python's `str.splitlines(keepends)`: splits at \n \r \r\n \v \f \x1c \x1d \x1e \x85
/// \u2028 \u2029; no empty string for a trailing line break.
func pySplitLines(_ s: String, keepends: Bool = false) -> [String] {
    let a = pyCodePoints(s)
    let n = a.count
    var result: [String] = []
    var i = 0
    while i < n {
        let start = i
        while i < n && !pyIsLineBreak(Unicode.Scalar(a[i])!) { i += 1 }
        var eol = i
        if i < n {
            if a[i] == 0x0d && i + 1 < n && a[i + 1] == 0x0a { i += 2 } else { i += 1 }
            if keepends { eol = i }
        }
        result.append(pyString(a[start..<eol]))
    }
    return result
}

/// Python's `str.partition(sep)`: (head, sep, tail), or (s, "", "") when absent.
func pyPartition(_ s: String, _ sep: String) throws -> (String, String, String) {
    let a = pyCodePoints(s), needle = pyCodePoints(sep)
    if needle.isEmpty { throw strEmptySeparator() }
    let at = strSearch(a, needle, 0, a.count)
    if at < 0 { return (s, "", "") }
    return (pyString(a[0..<at]), sep, pyString(a[(at + needle.count)...]))
}

/// Python's `str.rpartition(sep)`: splits at the last occurrence, or ("", "", s).
func pyRPartition(_ s: String, _ sep: String) throws -> (String, String, String) {
    let a = pyCodePoints(s), needle = pyCodePoints(sep)
    if needle.isEmpty { throw strEmptySeparator() }
    let at = strSearchBackward(a, needle, 0, a.count)
    if at < 0 { return ("", "", s) }
    return (pyString(a[0..<at]), sep, pyString(a[(at + needle.count)...]))
}

// MARK: Stripping

private func strStripBounds(_ a: [UInt32], _ chars: String?, left: Bool, right: Bool) -> (Int, Int) {
    let set: Set<UInt32>? = chars.map { Set(pyCodePoints($0)) }
    func strippable(_ v: UInt32) -> Bool { set.map { $0.contains(v) } ?? strIsSpaceValue(v) }
    var lo = 0, hi = a.count
    if left { while lo < hi && strippable(a[lo]) { lo += 1 } }
    if right { while hi > lo && strippable(a[hi - 1]) { hi -= 1 } }
    return (lo, hi)
}

/// Python's `str.strip(chars=None)`: whitespace, or any of `chars`, removed from both ends.
func pyStrip(_ s: String, chars: String? = nil) -> String {
    let a = pyCodePoints(s)
    let (lo, hi) = strStripBounds(a, chars, left: true, right: true)
    return pyString(a[lo..<hi])
}

/// Python's `str.lstrip(chars=None)`.
func pyLStrip(_ s: String, chars: String? = nil) -> String {
    let a = pyCodePoints(s)
    let (lo, hi) = strStripBounds(a, chars, left: true, right: false)
    return pyString(a[lo..<hi])
}

/// Python's `str.rstrip(chars=None)`.
func pyRStrip(_ s: String, chars: String? = nil) -> String {
    let a = pyCodePoints(s)
    let (lo, hi) = strStripBounds(a, chars, left: false, right: true)
    return pyString(a[lo..<hi])
}

// MARK: Replacing

/// Python's `str.replace(old, new, count=-1)`. An empty `old` inserts `new` before every
/// code point and at the end ('abc'.replace('', '-') == '-a-b-c-'), up to `count` times.
func pyReplace(_ s: String, _ old: String, _ new: String, count: Int = -1) -> String {
    let a = pyCodePoints(s), o = pyCodePoints(old), r = pyCodePoints(new)
    var remaining = count < 0 ? Int.max : count
    var out: [UInt32] = []
    out.reserveCapacity(a.count)
    if o.isEmpty {
        var i = 0
        while i <= a.count {
            if remaining > 0 {
                out.append(contentsOf: r)
                remaining -= 1
            }
            if i < a.count { out.append(a[i]) }
            i += 1
        }
        return pyString(out)
    }
    var i = 0
    while remaining > 0 {
        let at = strSearch(a, o, i, a.count)
        if at < 0 { break }
        out.append(contentsOf: a[i..<at])
        out.append(contentsOf: r)
        i = at + o.count
        remaining -= 1
    }
    if i == 0 { return s }
    out.append(contentsOf: a[i...])
    return pyString(out)
}

// MARK: Padding

private func strFillText(_ fill: Unicode.Scalar, _ n: Int) -> String {
    return n > 0 ? String(repeating: String(Character(fill)), count: n) : ""
}

/// Python's `str.center(width, fillchar=' ')`; the odd extra fill goes left when the width is
/// odd and the string's length even, as in CPython.
func pyCenter(_ s: String, _ width: Int, fill: Unicode.Scalar = " ") -> String {
    let len = s.unicodeScalars.count
    let margin = width - len
    if margin <= 0 { return s }
    let left = margin / 2 + (margin & width & 1)
    return strFillText(fill, left) + s + strFillText(fill, margin - left)
}

/// Python's `str.ljust(width, fillchar=' ')`.
func pyLJust(_ s: String, _ width: Int, fill: Unicode.Scalar = " ") -> String {
    let len = s.unicodeScalars.count
    return len >= width ? s : s + strFillText(fill, width - len)
}

/// Python's `str.rjust(width, fillchar=' ')`.
func pyRJust(_ s: String, _ width: Int, fill: Unicode.Scalar = " ") -> String {
    let len = s.unicodeScalars.count
    return len >= width ? s : strFillText(fill, width - len) + s
}

/// Python's `str.zfill(width)`: zeros on the left, after a leading '+' or '-'.
func pyZFill(_ s: String, _ width: Int) -> String {
    let a = pyCodePoints(s)
    if a.count >= width { return s }
    let zeros = [UInt32](repeating: 0x30, count: width - a.count)
    if let first = a.first, first == 0x2b || first == 0x2d {
        return pyString([first] + zeros + a[1...])
    }
    return pyString(zeros + a)
}

/// Python's `str.expandtabs(tabsize=8)`: tabs to spaces up to the next multiple of
/// `tabsize` columns; \n and \r reset the column; tabsize <= 0 removes tabs.
func pyExpandTabs(_ s: String, tabSize: Int = 8) -> String {
    var out: [UInt32] = []
    var column = 0
    for v in pyCodePoints(s) {
        if v == 0x09 {
            if tabSize > 0 {
                let n = tabSize - column % tabSize
                out.append(contentsOf: repeatElement(0x20, count: n))
                column += n
            }
        } else {
            out.append(v)
            column = (v == 0x0a || v == 0x0d) ? 0 : column + 1
        }
    }
    return pyString(out)
}

// MARK: Predicates

private func strAllScalars(_ s: String, _ test: (Unicode.Scalar) -> Bool) -> Bool {
    var any = false
    for c in s.unicodeScalars {
        if !test(c) { return false }
        any = true
    }
    return any
}

/// Python's `str.isdigit()`: non-empty and every code point a digit.
func pyStrIsDigit(_ s: String) -> Bool { strAllScalars(s, pyIsDigit) }
/// Python's `str.isdecimal()`.
func pyStrIsDecimal(_ s: String) -> Bool { strAllScalars(s, pyIsDecimal) }
/// Python's `str.isnumeric()`.
func pyStrIsNumeric(_ s: String) -> Bool { strAllScalars(s, pyIsNumeric) }
/// Python's `str.isalpha()`.
func pyStrIsAlpha(_ s: String) -> Bool { strAllScalars(s, pyIsAlpha) }
/// Python's `str.isalnum()`.
func pyStrIsAlnum(_ s: String) -> Bool { strAllScalars(s, pyIsAlnum) }
/// Python's `str.isspace()`.
func pyStrIsSpace(_ s: String) -> Bool { strAllScalars(s, pyIsSpace) }
/// Python's `str.isprintable()`: true for the empty string.
func pyStrIsPrintable(_ s: String) -> Bool { s.unicodeScalars.allSatisfy(pyIsPrintable) }
/// Python's `str.isascii()`: true for the empty string.
func pyStrIsASCII(_ s: String) -> Bool { pyIsASCII(s) }

/// Python's `str.isupper()`: some cased code point and no lowercase or titlecase ones.
func pyStrIsUpper(_ s: String) -> Bool {
    var cased = false
    for c in s.unicodeScalars {
        if pyIsLower(c) || pyIsTitlecase(c) { return false }
        if !cased && pyIsUpper(c) { cased = true }
    }
    return cased
}

/// Python's `str.islower()`: some cased code point and no uppercase or titlecase ones.
func pyStrIsLower(_ s: String) -> Bool {
    var cased = false
    for c in s.unicodeScalars {
        if pyIsUpper(c) || pyIsTitlecase(c) { return false }
        if !cased && pyIsLower(c) { cased = true }
    }
    return cased
}

/// Python's `str.istitle()`: uppercase/titlecase only after uncased code points, lowercase
/// only after cased ones, and at least one cased code point.
func pyStrIsTitle(_ s: String) -> Bool {
    var cased = false
    var previousCased = false
    for c in s.unicodeScalars {
        if pyIsUpper(c) || pyIsTitlecase(c) {
            if previousCased { return false }
            previousCased = true
            cased = true
        } else if pyIsLower(c) {
            if !previousCased { return false }
            previousCased = true
            cased = true
        } else {
            previousCased = false
        }
    }
    return cased
}

/// Python's `str.isidentifier()`: XID_Start or '_' followed by XID_Continue code points
/// (keywords are identifiers too).
func pyStrIsIdentifier(_ s: String) -> Bool {
    var first = true
    for c in s.unicodeScalars {
        if first {
            if !pyIsIdentifierStart(c) { return false }
            first = false
        } else if !pyIsIdentifierContinue(c) {
            return false
        }
    }
    return !first
}
