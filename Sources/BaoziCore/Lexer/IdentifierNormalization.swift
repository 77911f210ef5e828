// Python compares identifiers after NFKC normalization (PEP 3131): `ｗｉｄｔｈ` and `width`
// are the same name. The standard library has no NFKC, so Foundation does it when it is
// available; it is only ever asked about identifiers that contain non-ASCII characters.

#if canImport(Foundation)
import Foundation
#endif

enum IdentifierNormalization {
    static func nfkc(_ identifier: String) -> String {
        #if canImport(Foundation)
        return identifier.precomposedStringWithCompatibilityMapping
        #else
        return identifier
        #endif
    }
}
