// The unicodedata module: character names, categories, numeric values and normalization,
// from the Unicode tables Swift carries (Unicode.Scalar.Properties) and Foundation's
// normalization. Swift's tables may be a newer Unicode version than Python 3.11's 14.0.0:
// characters added since then have names and categories here that CPython lacks.

import Foundation

extension Interpreter {
    func setUpUnicodedataModule() {
        /// The name -> code point table, built on the first lookup().
        var namesByValue: [String: Unicode.Scalar]?

        func character(_ interp: Interpreter, _ args: Arguments, _ function: String) throws -> Unicode.Scalar {
            guard args.positionalCount >= 1 else {
                throw interp.typeError("\(function)() takes at least 1 argument (0 given)")
            }
            guard let s = args[0].asObject as? StrObj else {
                throw interp.typeError("\(function)() argument must be a unicode character, not \(interp.typeName(args[0]))")
            }
            guard s.count == 1, let c = s.value.unicodeScalars.first else {
                throw interp.typeError("\(function)() argument must be a unicode character, not str")
            }
            return c
        }

        func categoryCode(_ c: Unicode.Scalar) -> String {
            switch c.properties.generalCategory {
            case .uppercaseLetter: return "Lu"
            case .lowercaseLetter: return "Ll"
            case .titlecaseLetter: return "Lt"
            case .modifierLetter: return "Lm"
            case .otherLetter: return "Lo"
            case .nonspacingMark: return "Mn"
            case .spacingMark: return "Mc"
            case .enclosingMark: return "Me"
            case .decimalNumber: return "Nd"
            case .letterNumber: return "Nl"
            case .otherNumber: return "No"
            case .connectorPunctuation: return "Pc"
            case .dashPunctuation: return "Pd"
            case .openPunctuation: return "Ps"
            case .closePunctuation: return "Pe"
            case .initialPunctuation: return "Pi"
            case .finalPunctuation: return "Pf"
            case .otherPunctuation: return "Po"
            case .mathSymbol: return "Sm"
            case .currencySymbol: return "Sc"
            case .modifierSymbol: return "Sk"
            case .otherSymbol: return "So"
            case .spaceSeparator: return "Zs"
            case .lineSeparator: return "Zl"
            case .paragraphSeparator: return "Zp"
            case .control: return "Cc"
            case .format: return "Cf"
            case .surrogate: return "Cs"
            case .privateUse: return "Co"
            case .unassigned: return "Cn"
            @unknown default: return "Cn"
            }
        }

        /// The numeric value of c when its numeric type is at least `kind`'s (decimal < digit < numeric).
        func numericValue(_ c: Unicode.Scalar, decimalOnly: Bool, digitOrDecimal: Bool) -> Double? {
            let p = c.properties
            guard let type = p.numericType, let value = p.numericValue else { return nil }
            switch type {
            case .decimal: return value
            case .digit: return decimalOnly ? nil : value
            default: return (decimalOnly || digitOrDecimal) ? nil : value
            }
        }

        func normalize(_ form: String, _ s: String) -> String? {
            switch form {
            case "NFC": return s.precomposedStringWithCanonicalMapping
            case "NFD": return s.decomposedStringWithCanonicalMapping
            case "NFKC": return s.precomposedStringWithCompatibilityMapping
            case "NFKD": return s.decomposedStringWithCompatibilityMapping
            default: return nil
            }
        }

        _ = makeModule("unicodedata") { d in
            d.setString(intern("unidata_version"), newStr("14.0.0"))
            define(d, "name") { interp, args in
                try interp.expectArgs(args, "name", min: 1, max: 2)
                let c = try character(interp, args, "name")
                if let name = c.properties.name { return interp.newStr(name) }
                if args.positionalCount == 2 { return args[1] }
                throw interp.valueError("no such name")
            }
            define(d, "lookup") { interp, args in
                try interp.expectArgs(args, "lookup", min: 1, max: 1)
                guard let s = args[0].asObject as? StrObj else {
                    throw interp.typeError("lookup() argument must be str, not \(interp.typeName(args[0]))")
                }
                if namesByValue == nil {
                    var table: [String: Unicode.Scalar] = [:]
                    for v in 0...0x10FFFF {
                        guard let c = Unicode.Scalar(UInt32(v)) else { continue }
                        let p = c.properties
                        if let n = p.name { table[n] = c }
                        if let alias = p.nameAlias, table[alias] == nil { table[alias] = c }
                    }
                    namesByValue = table
                }
                guard let c = namesByValue?[s.value.uppercased()] else {
                    throw PyError(interp.heap.track(ExceptionObj(args: [interp.newStr("undefined character name '\(s.value)'")],
                                                                  type: interp.types.exceptions.keyError)))
                }
                return interp.newStr(String(Character(c)))
            }
            define(d, "category") { interp, args in
                try interp.expectArgs(args, "category", min: 1, max: 1)
                return interp.newStr(categoryCode(try character(interp, args, "category")))
            }
            define(d, "combining") { interp, args in
                try interp.expectArgs(args, "combining", min: 1, max: 1)
                return .int(Int(try character(interp, args, "combining").properties.canonicalCombiningClass.rawValue))
            }
            define(d, "mirrored") { interp, args in
                try interp.expectArgs(args, "mirrored", min: 1, max: 1)
                return .int(try character(interp, args, "mirrored").properties.isBidiMirrored ? 1 : 0)
            }
            define(d, "decimal") { interp, args in
                try interp.expectArgs(args, "decimal", min: 1, max: 2)
                let c = try character(interp, args, "decimal")
                if let v = numericValue(c, decimalOnly: true, digitOrDecimal: true) { return .int(Int(v)) }
                if args.positionalCount == 2 { return args[1] }
                throw interp.valueError("not a decimal")
            }
            define(d, "digit") { interp, args in
                try interp.expectArgs(args, "digit", min: 1, max: 2)
                let c = try character(interp, args, "digit")
                if let v = numericValue(c, decimalOnly: false, digitOrDecimal: true) { return .int(Int(v)) }
                if args.positionalCount == 2 { return args[1] }
                throw interp.valueError("not a digit")
            }
            define(d, "numeric") { interp, args in
                try interp.expectArgs(args, "numeric", min: 1, max: 2)
                let c = try character(interp, args, "numeric")
                if let v = numericValue(c, decimalOnly: false, digitOrDecimal: false) { return .float(v) }
                if args.positionalCount == 2 { return args[1] }
                throw interp.valueError("not a numeric character")
            }
            define(d, "normalize") { interp, args in
                try interp.expectArgs(args, "normalize", min: 2, max: 2)
                guard let form = args[0].asObject as? StrObj else {
                    throw interp.typeError("normalize() argument 1 must be str, not \(interp.typeName(args[0]))")
                }
                guard let s = args[1].asObject as? StrObj else {
                    throw interp.typeError("normalize() argument 2 must be str, not \(interp.typeName(args[1]))")
                }
                guard let result = normalize(form.value, s.value) else { throw interp.valueError("invalid normalization form") }
                return interp.newStr(result)
            }
            define(d, "is_normalized") { interp, args in
                try interp.expectArgs(args, "is_normalized", min: 2, max: 2)
                guard let form = args[0].asObject as? StrObj, let s = args[1].asObject as? StrObj else {
                    throw interp.typeError("is_normalized() arguments must be str")
                }
                guard let result = normalize(form.value, s.value) else { throw interp.valueError("invalid normalization form") }
                return .bool(Array(result.unicodeScalars) == Array(s.value.unicodeScalars))
            }
        }
    }
}
