#if canImport(Glibc)
import Glibc
#endif

// Python str: an immutable sequence of Unicode code points.
//
// Held as a Swift String (UTF-8). Indexing by code point is O(1) for ASCII text through the
// UTF-8 view; other text builds a scalar array on first indexed access.

final class StrObj: Obj {
    let value: String
    /// Number of code points (Python's len).
    let count: Int
    let isASCII: Bool
    /// True for names interned by the interpreter (identifiers, attribute names): those compare
    /// by identity first and key the per-class lookup caches.
    var isInterned = false
    /// The hash once computed; -1 (never a hash value) until then. A plain Int, not an
    /// optional: a smaller object (allocation size and cache footprint per string).
    private var cachedHash = -1
    private var cachedScalars: [Unicode.Scalar]?

    init(_ value: String, type: TypeObj) {
        self.value = value
        var n = 0
        var ascii = true
        for b in value.utf8 {
            if b & 0xC0 != 0x80 { n += 1 }
            if b >= 0x80 { ascii = false }
        }
        self.count = n
        self.isASCII = ascii
        super.init(type: type)
    }

    /// A string whose length in code points and ASCII-ness are already known (concatenation).
    init(_ value: String, count: Int, isASCII: Bool, type: TypeObj) {
        self.value = value
        self.count = count
        self.isASCII = isASCII
        super.init(type: type)
    }

    override var extraBytes: Int { value.utf8.count }

    /// A stable-per-process hash; equal strings hash equally.
    var hash: Int {
        if cachedHash != -1 { return cachedHash }
        var s = value
        var h = s.withUTF8 { StrObj.hashBytes($0) }
        if h == -1 { h = -2 }
        cachedHash = h
        return h
    }

    /// A hash of UTF-8 bytes, 8 at a time (multiply-rotate, then a final avalanche).
    /// Equality of strs is equality of their bytes, so equal strings hash equally; Swift's
    /// `hashValue` was SipHash over the Unicode-normalized text, several times slower.
    static func hashBytes(_ buf: UnsafeBufferPointer<UInt8>) -> Int {
        let n = buf.count
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
        guard let base = buf.baseAddress else { return Int(bitPattern: UInt(h)) }
        let raw = UnsafeRawPointer(base)
        @inline(__always) func mix(_ w: UInt64) {
            h = ((h ^ w) &* 0xFF51_AFD7_ED55_8CCD)
            h = (h << 29) | (h >> 35)
        }
        var i = 0
        while i + 8 <= n {
            mix(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        if i < n {
            var w: UInt64 = 0
            var shift: UInt64 = 0
            while i < n {
                w |= UInt64(base[i]) << shift
                shift += 8
                i += 1
            }
            mix(w)
        }
        // murmur3's fmix64: every input bit affects the low bits the table index uses.
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return Int(bitPattern: UInt(h))
    }

    /// The code points, for non-ASCII indexing and slicing.
    var scalars: [Unicode.Scalar] {
        if let s = cachedScalars { return s }
        let s = Array(value.unicodeScalars)
        cachedScalars = s
        return s
    }

    /// The code point at a (non-negative, in range) index.
    func scalar(at i: Int) -> Unicode.Scalar {
        if isASCII {
            return value.utf8.withContiguousStorageIfAvailable { Unicode.Scalar($0[i]) }
                ?? Unicode.Scalar(Array(value.utf8)[i])
        }
        return scalars[i]
    }

    /// Equality on contents (identity first).
    @inline(__always)
    func equals(_ other: StrObj) -> Bool {
        if self === other { return true }
        if count != other.count { return false }
        if cachedHash != -1 && other.cachedHash != -1 && cachedHash != other.cachedHash { return false }
        // Code-point equality, not Swift's canonical equivalence: compare the UTF-8 bytes,
        // with memcmp when both strings are stored contiguously (native Swift strings are).
        let fast = value.utf8.withContiguousStorageIfAvailable { a in
            other.value.utf8.withContiguousStorageIfAvailable { b in
                a.count == b.count && (a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
            }
        }
        if let f = fast, let r = f { return r }
        return value.utf8.elementsEqual(other.value.utf8)
    }
}
