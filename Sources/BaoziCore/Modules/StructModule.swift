// `_baozi_struct`: IEEE 754 conversions for the struct module (Modules/Lib/struct.py), which
// does everything else. Half and single precision round to nearest even, as CPython's do.

extension Interpreter {
    func setUpStructModule() {
        _ = makeModule("_baozi_struct") { d in
            /// pack_float(x, size, little_endian, code) -> bytes
            define(d, "pack_float") { interp, args in
                try interp.expectArgs(args, "pack_float", min: 4, max: 4)
                guard case .float(let x) = args[0], case .int(let size) = args[1] else {
                    throw interp.typeError("pack_float() needs a float and a size")
                }
                let little = try interp.truthy(args[2])
                let code = (args[3].asObject as? StrObj)?.value ?? "d"
                var bits: UInt64
                switch size {
                case 2:
                    let h = Float16(x)
                    if h.isInfinite && x.isFinite { throw interp.overflowError("float too large to pack with \(code) format") }
                    bits = UInt64(h.bitPattern)
                case 4:
                    let f = Float(x)
                    if f.isInfinite && x.isFinite { throw interp.overflowError("float too large to pack with \(code) format") }
                    bits = UInt64(f.bitPattern)
                default:
                    bits = x.bitPattern
                }
                var out = [UInt8](repeating: 0, count: size)
                for i in 0..<size {
                    let byte = UInt8(truncatingIfNeeded: bits >> (8 * UInt64(i)))
                    out[little ? i : size - 1 - i] = byte
                }
                return interp.newBytes(out)
            }
            /// unpack_float(data, little_endian) -> float (data is 2, 4 or 8 bytes)
            define(d, "unpack_float") { interp, args in
                try interp.expectArgs(args, "unpack_float", min: 2, max: 2)
                guard let b = args[0].asObject as? BytesObj, [2, 4, 8].contains(b.bytes.count) else {
                    throw interp.typeError("unpack_float() needs 2, 4 or 8 bytes")
                }
                let little = try interp.truthy(args[1])
                var bits: UInt64 = 0
                let n = b.bytes.count
                for i in 0..<n {
                    let byte = UInt64(b.bytes[little ? i : n - 1 - i])
                    bits |= byte << (8 * UInt64(i))
                }
                switch n {
                case 2: return .float(Double(Float16(bitPattern: UInt16(bits))))
                case 4: return .float(Double(Float(bitPattern: UInt32(bits))))
                default: return .float(Double(bitPattern: bits))
                }
            }
        }
    }
}
