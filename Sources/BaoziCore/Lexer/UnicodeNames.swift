// Reverse lookup of Unicode character names, for `\N{...}` escapes.

enum UnicodeNames {
    /// Every character name and name alias, upper-cased, built on first use (about 0.2 s):
    /// the standard library can name a scalar but not find one by name.
    private static let table: [String: Unicode.Scalar] = {
        var names: [String: Unicode.Scalar] = [:]
        names.reserveCapacity(300_000)
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if let name = scalar.properties.name { names[name] = scalar }
            if let alias = scalar.properties.nameAlias { names[alias] = scalar }
        }
        return names
    }()

    /// The scalar with this name (case-insensitive), as Python's `\N{name}`.
    static func scalar(named name: String) -> Unicode.Scalar? {
        table[name.uppercased()]
    }
}
