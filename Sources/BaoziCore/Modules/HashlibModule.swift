// `_baozi_hashlib`: message digests over OpenSSL's libcrypto (EVP), for the hashlib module
// (Modules/Lib/hashlib.py), which names them and adds hexdigest and the constructors.

import COpenSSLCrypto

/// One running digest: an EVP context and its algorithm.
final class DigestObj: Obj {
    let context: OpaquePointer
    let md: OpaquePointer

    init(context: OpaquePointer, md: OpaquePointer, type: TypeObj) {
        self.context = context
        self.md = md
        super.init(type: type)
    }

    deinit { EVP_MD_CTX_free(context) }
}

extension Interpreter {
    func setUpHashlibModule() {
        let digestType = makeNativeClass("digest", base: types.object, layout: .other, module: "_baozi_hashlib")

        /// The EVP algorithm for a hashlib name (OpenSSL names "blake2b" "blake2b512").
        func algorithm(_ name: String) -> OpaquePointer? {
            switch name.lowercased() {
            case "blake2b": return EVP_blake2b512()
            case "blake2s": return EVP_blake2s256()
            case "sha3_224": return EVP_sha3_224()
            case "sha3_256": return EVP_sha3_256()
            case "sha3_384": return EVP_sha3_384()
            case "sha3_512": return EVP_sha3_512()
            case "sha512_224": return EVP_sha512_224()
            case "sha512_256": return EVP_sha512_256()
            case "shake_128": return EVP_shake128()
            case "shake_256": return EVP_shake256()
            default: return EVP_get_digestbyname(name.lowercased())
            }
        }

        func digestArgument(_ interp: Interpreter, _ v: Value) throws -> DigestObj {
            guard let d = v.asObject as? DigestObj else { throw interp.typeError("expected a digest object") }
            return d
        }

        _ = makeModule("_baozi_hashlib") { d in
            /// new(name) -> digest, or None when OpenSSL does not know the name
            define(d, "new") { interp, args in
                try interp.expectArgs(args, "new", min: 1, max: 1)
                guard let name = args[0].asObject as? StrObj else { throw interp.typeError("name must be a string") }
                guard let md = algorithm(name.value), let ctx = EVP_MD_CTX_new() else { return .pyNone }
                guard EVP_DigestInit_ex(ctx, md, nil) == 1 else {
                    EVP_MD_CTX_free(ctx)
                    return .pyNone
                }
                return Value(interp.heap.track(DigestObj(context: ctx, md: md, type: digestType)))
            }
            define(d, "update") { interp, args in
                try interp.expectArgs(args, "update", min: 2, max: 2)
                let digest = try digestArgument(interp, args[0])
                guard let b = args[1].asObject as? BytesObj else { throw interp.typeError("expected bytes") }
                _ = b.bytes.withUnsafeBufferPointer { EVP_DigestUpdate(digest.context, $0.baseAddress, $0.count) }
                return .pyNone
            }
            /// digest(d[, length]) -> bytes of the digest so far (the running context is left as
            /// it was); a length reads that many bytes of a SHAKE digest.
            define(d, "digest") { interp, args in
                try interp.expectArgs(args, "digest", min: 1, max: 2)
                let digest = try digestArgument(interp, args[0])
                guard let copy = EVP_MD_CTX_new() else { throw interp.error(interp.types.exceptions.memoryError, "") }
                defer { EVP_MD_CTX_free(copy) }
                _ = EVP_MD_CTX_copy_ex(copy, digest.context)
                if args.positionalCount == 2, case .int(let length) = args[1] {
                    var out = [UInt8](repeating: 0, count: max(length, 1))
                    _ = EVP_DigestFinalXOF(copy, &out, length)
                    return interp.newBytes(Array(out.prefix(length)))
                }
                var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
                var length: UInt32 = 0
                _ = EVP_DigestFinal_ex(copy, &out, &length)
                return interp.newBytes(Array(out.prefix(Int(length))))
            }
            define(d, "copy") { interp, args in
                try interp.expectArgs(args, "copy", min: 1, max: 1)
                let digest = try digestArgument(interp, args[0])
                guard let ctx = EVP_MD_CTX_new() else { throw interp.error(interp.types.exceptions.memoryError, "") }
                _ = EVP_MD_CTX_copy_ex(ctx, digest.context)
                return Value(interp.heap.track(DigestObj(context: ctx, md: digest.md, type: digestType)))
            }
            /// urandom(n) -> n bytes from the system's random source (getrandom), for secrets and uuid.
            define(d, "urandom") { interp, args in
                try interp.expectArgs(args, "urandom", min: 1, max: 1)
                guard case .int(let n) = args[0] else { throw interp.typeError("an integer is required") }
                if n < 0 { throw interp.valueError("negative argument not allowed") }
                var generator = SystemRandomNumberGenerator()
                var out = [UInt8]()
                out.reserveCapacity(n)
                while out.count < n {
                    var word = generator.next()
                    for _ in 0..<min(8, n - out.count) {
                        out.append(UInt8(truncatingIfNeeded: word))
                        word >>= 8
                    }
                }
                return interp.newBytes(out)
            }
            define(d, "sizes") { interp, args in
                try interp.expectArgs(args, "sizes", min: 1, max: 1)
                let digest = try digestArgument(interp, args[0])
                return interp.newTuple([.int(Int(EVP_MD_get_size(digest.md))), .int(Int(EVP_MD_get_block_size(digest.md)))])
            }
        }
    }
}
