// `_ssl`: OpenSSL contexts and TLS connections over memory BIOs, for the ssl module written
// in Baozi (Modules/Lib/ssl.py).
//
// A connection never touches a socket: bytes from the network are fed in (`feed`), bytes for
// the network are taken out (`outgoing`), and a step that needs more input returns None. The
// script moves the bytes over its socket, so TLS waits exactly as the socket does (blocking,
// or on the hub). Errors raise the ssl module's classes (registered on `_ssl` by ssl.py) with
// CPython's messages: "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: ...".

import COpenSSL

/// `_ssl.context(server_side)`: an SSL_CTX.
final class TLSContextObj: Obj {
    let ctx: OpaquePointer

    init(ctx: OpaquePointer, type: TypeObj) {
        self.ctx = ctx
        super.init(type: type)
    }

    deinit { SSL_CTX_free(ctx) }
}

/// `context.connection(server_side, server_hostname, check_hostname)`: an SSL with its two
/// memory BIOs.
final class TLSConnectionObj: Obj {
    let ssl: OpaquePointer
    /// Network -> TLS, and TLS -> network.
    let incoming: OpaquePointer
    let outgoing: OpaquePointer
    var handshakeDone = false

    init(ssl: OpaquePointer, incoming: OpaquePointer, outgoing: OpaquePointer, type: TypeObj) {
        self.ssl = ssl
        self.incoming = incoming
        self.outgoing = outgoing
        super.init(type: type)
    }

    deinit { SSL_free(ssl) }  // frees the BIOs too
}

extension Interpreter {
    func setUpTLSModule() {
        let contextType = makeNativeClass("_SSLContext", base: types.object, layout: .other, module: "_ssl")
        let connectionType = makeNativeClass("_SSLObject", base: types.object, layout: .other, module: "_ssl")
        let module = makeModule("_ssl") { d in
            d.setString(intern("OPENSSL_VERSION"), newStr(String(cString: OpenSSL_version(OPENSSL_VERSION))))
            define(d, "context") { interp, args in
                try interp.expectArgs(args, "context", min: 1, max: 1)
                let server = try interp.truthy(args[0])
                guard let ctx = SSL_CTX_new(server ? TLS_server_method() : TLS_client_method()) else {
                    throw try interp.sslError(nil, fallback: "cannot create an SSL context")
                }
                _ = baozi_ctx_set_min_proto(ctx, TLS1_2_VERSION)
                // A peer that closes without close_notify is an EOF, not a protocol error.
                baozi_ctx_ignore_unexpected_eof(ctx)
                return Value(interp.heap.track(TLSContextObj(ctx: ctx, type: contextType)))
            }
        }
        let moduleDict = module.dict

        func context(_ interp: Interpreter, _ v: Value) throws -> TLSContextObj {
            guard let c = v.asObject as? TLSContextObj else { throw interp.typeError("expected an SSL context") }
            return c
        }
        func connection(_ interp: Interpreter, _ v: Value) throws -> TLSConnectionObj {
            guard let c = v.asObject as? TLSConnectionObj else { throw interp.typeError("expected an SSL object") }
            return c
        }
        func path(_ interp: Interpreter, _ v: Value) throws -> String? {
            if v.isNone { return nil }
            guard let s = v.asObject as? StrObj else {
                throw interp.typeError("path should be a str, not \(interp.typeName(v))")
            }
            return s.value
        }

        // set_verify(mode): 0 CERT_NONE, 1 CERT_OPTIONAL, 2 CERT_REQUIRED.
        method(contextType, "set_verify") { interp, args in
            let c = try context(interp, args[0])
            let mode = try interp.cInt(args[1])
            var flags = SSL_VERIFY_NONE
            if mode >= 1 { flags = SSL_VERIFY_PEER }
            if mode == 2 { flags |= SSL_VERIFY_FAIL_IF_NO_PEER_CERT }
            SSL_CTX_set_verify(c.ctx, flags, nil)
            return .pyNone
        }
        method(contextType, "load_verify_locations") { interp, args in
            let c = try context(interp, args[0])
            let file = try path(interp, args[1]), dir = try path(interp, args[2])
            ERR_clear_error()
            if SSL_CTX_load_verify_locations(c.ctx, file, dir) != 1 {
                throw try interp.sslError(moduleDict, fallback: "cannot load verify locations", errnoFromSystem: true)
            }
            return .pyNone
        }
        // The system's trust store; OpenSSL honours SSL_CERT_FILE and SSL_CERT_DIR here.
        method(contextType, "set_default_verify_paths") { interp, args in
            let c = try context(interp, args[0])
            SSL_CTX_set_default_verify_paths(c.ctx)
            ERR_clear_error()
            return .pyNone
        }
        method(contextType, "load_cert_chain") { interp, args in
            let c = try context(interp, args[0])
            guard let certfile = try path(interp, args[1]) else { throw interp.typeError("certfile should be a valid filesystem path") }
            let keyfile = try path(interp, args[2]) ?? certfile
            ERR_clear_error()
            if SSL_CTX_use_certificate_chain_file(c.ctx, certfile) != 1 {
                throw try interp.sslError(moduleDict, fallback: "cannot load certificate", errnoFromSystem: true)
            }
            if SSL_CTX_use_PrivateKey_file(c.ctx, keyfile, SSL_FILETYPE_PEM) != 1 {
                throw try interp.sslError(moduleDict, fallback: "cannot load private key", errnoFromSystem: true)
            }
            if SSL_CTX_check_private_key(c.ctx) != 1 {
                throw try interp.sslError(moduleDict, fallback: "key values mismatch")
            }
            return .pyNone
        }
        // connection(server_side, server_hostname, check_hostname)
        method(contextType, "connection") { interp, args in
            let c = try context(interp, args[0])
            let server = try interp.truthy(args[1])
            let hostname = try path(interp, args[2])
            let check = try interp.truthy(args[3])
            guard let ssl = SSL_new(c.ctx), let rbio = BIO_new(BIO_s_mem()), let wbio = BIO_new(BIO_s_mem()) else {
                throw try interp.sslError(moduleDict, fallback: "cannot create an SSL object")
            }
            // An empty incoming BIO means "wait for more", not EOF.
            _ = baozi_bio_set_mem_eof_return(rbio, -1)
            SSL_set_bio(ssl, rbio, wbio)
            if server {
                SSL_set_accept_state(ssl)
            } else {
                SSL_set_connect_state(ssl)
                if let h = hostname {
                    // SNI is for names, not addresses.
                    if !h.contains(":") && !h.allSatisfy({ $0.isNumber || $0 == "." }) { _ = baozi_ssl_set_sni(ssl, h) }
                    if check {
                        let param = SSL_get0_param(ssl)
                        if h.contains(":") || h.allSatisfy({ $0.isNumber || $0 == "." }) {
                            X509_VERIFY_PARAM_set1_ip_asc(param, h)
                        } else {
                            X509_VERIFY_PARAM_set1_host(param, h, 0)
                        }
                    }
                }
            }
            return Value(interp.heap.track(TLSConnectionObj(ssl: ssl, incoming: rbio, outgoing: wbio, type: connectionType)))
        }

        // Bytes from the network.
        method(connectionType, "feed") { interp, args in
            let c = try connection(interp, args[0])
            guard let b = args[1].asObject as? BytesObj else { throw interp.typeError("feed() needs bytes") }
            if !b.bytes.isEmpty { _ = b.bytes.withUnsafeBytes { BIO_write(c.incoming, $0.baseAddress, Int32($0.count)) } }
            return .pyNone
        }
        // The network closed: a read that needs more gets EOF.
        method(connectionType, "feed_eof") { interp, args in
            let c = try connection(interp, args[0])
            _ = baozi_bio_set_mem_eof_return(c.incoming, 0)
            return .pyNone
        }
        // Bytes for the network (b"" when none).
        method(connectionType, "outgoing") { interp, args in
            let c = try connection(interp, args[0])
            let n = Int(BIO_ctrl_pending(c.outgoing))
            if n == 0 { return interp.newBytes([]) }
            let buf = [UInt8](unsafeUninitializedCapacity: n) { b, count in
                count = max(0, Int(BIO_read(c.outgoing, b.baseAddress, Int32(n))))
            }
            return interp.newBytes(buf)
        }
        // do_handshake() -> True when done, None when it needs more input.
        method(connectionType, "do_handshake") { interp, args in
            let c = try connection(interp, args[0])
            ERR_clear_error()
            let r = SSL_do_handshake(c.ssl)
            if r == 1 {
                c.handshakeDone = true
                return .bool(true)
            }
            return try interp.tlsStep(c, r, moduleDict, eofMessage: "EOF occurred in violation of protocol")
        }
        // read(n) -> bytes; None when it needs more input; b"" at a clean close or EOF.
        method(connectionType, "read") { interp, args in
            let c = try connection(interp, args[0])
            let n = max(1, Int(try interp.cInt(args[1])))
            ERR_clear_error()
            var r: Int32 = 0
            let plain = interp.hubState.receiveBuffer.receive(n) { p in
                r = SSL_read(c.ssl, p, Int32(n))
                return r > 0 ? Int(r) : -1
            }
            if let bytes = plain { return interp.newBytes(bytes) }
            let err = SSL_get_error(c.ssl, r)
            if err == SSL_ERROR_ZERO_RETURN { return interp.newBytes([]) }
            if err == SSL_ERROR_SYSCALL && ERR_peek_error() == 0 { return interp.newBytes([]) }
            return try interp.tlsStep(c, r, moduleDict, eofMessage: "EOF occurred in violation of protocol")
        }
        // write(data) -> count (all of it: memory BIOs never fill up).
        method(connectionType, "write") { interp, args in
            let c = try connection(interp, args[0])
            guard let b = args[1].asObject as? BytesObj else {
                throw interp.typeError("a bytes-like object is required, not '\(interp.typeName(args[1]))'")
            }
            if b.bytes.isEmpty { return .int(0) }
            ERR_clear_error()
            let r = b.bytes.withUnsafeBytes { SSL_write(c.ssl, $0.baseAddress, Int32($0.count)) }
            if r > 0 { return .int(Int(r)) }
            return try interp.tlsStep(c, r, moduleDict, eofMessage: "EOF occurred in violation of protocol")
        }
        method(connectionType, "shutdown") { interp, args in
            let c = try connection(interp, args[0])
            ERR_clear_error()
            _ = SSL_shutdown(c.ssl)
            ERR_clear_error()
            return .pyNone
        }
        method(connectionType, "pending") { interp, args in
            .int(Int(SSL_pending(try connection(interp, args[0]).ssl)))
        }
        method(connectionType, "version") { interp, args in
            let c = try connection(interp, args[0])
            guard c.handshakeDone, let v = SSL_get_version(c.ssl) else { return .pyNone }
            return interp.newStr(String(cString: v))
        }
        method(connectionType, "cipher") { interp, args in
            let c = try connection(interp, args[0])
            guard c.handshakeDone, let cipher = SSL_get_current_cipher(c.ssl) else { return .pyNone }
            let name = SSL_CIPHER_get_name(cipher).map { String(cString: $0) } ?? ""
            let version = SSL_CIPHER_get_version(cipher).map { String(cString: $0) } ?? ""
            return interp.newTuple([interp.newStr(name), interp.newStr(version), .int(Int(SSL_CIPHER_get_bits(cipher, nil)))])
        }
        // The peer's certificate: subject and issuer as CPython's nested tuples, and the
        // subjectAltName DNS and IP entries.
        method(connectionType, "peer_certificate") { interp, args in
            let c = try connection(interp, args[0])
            guard c.handshakeDone, let cert = SSL_get1_peer_certificate(c.ssl) else { return .pyNone }
            defer { X509_free(cert) }
            let d = interp.newDictObj()
            d.setString(interp.intern("subject"), interp.x509Name(X509_get_subject_name(cert)))
            d.setString(interp.intern("issuer"), interp.x509Name(X509_get_issuer_name(cert)))
            return Value(d)
        }
    }

    /// A name as ((('commonName', 'x'),), ...).
    fileprivate func x509Name(_ name: OpaquePointer?) -> Value {
        guard let name = name else { return newTuple([]) }
        var rdns: [Value] = []
        for i in 0..<X509_NAME_entry_count(name) {
            guard let entry = X509_NAME_get_entry(name, i) else { continue }
            let nid = OBJ_obj2nid(X509_NAME_ENTRY_get_object(entry))
            let key = OBJ_nid2ln(nid).map { String(cString: $0) } ?? "?"
            var text = ""
            if let data = X509_NAME_ENTRY_get_data(entry) {
                var out: UnsafeMutablePointer<UInt8>?
                let n = ASN1_STRING_to_UTF8(&out, data)
                if n >= 0, let out = out {
                    text = String(decoding: UnsafeBufferPointer(start: out, count: Int(n)), as: UTF8.self)
                    CRYPTO_free(out, #file, #line)
                }
            }
            rdns.append(newTuple([newTuple([newStr(key), newStr(text)])]))
        }
        return newTuple(rdns)
    }

    /// After an SSL call that did not succeed: None when it needs more input, else the error.
    fileprivate func tlsStep(_ c: TLSConnectionObj, _ r: Int32, _ module: DictObj?, eofMessage: String) throws -> Value {
        let err = SSL_get_error(c.ssl, r)
        switch err {
        case SSL_ERROR_WANT_READ, SSL_ERROR_WANT_WRITE:
            return .pyNone
        case SSL_ERROR_ZERO_RETURN where !c.handshakeDone:
            throw sslException(module, "SSLEOFError", code: 8, message: "\(eofMessage) (_ssl.c:992)")
        case SSL_ERROR_ZERO_RETURN:
            throw sslException(module, "SSLZeroReturnError", code: 6, message: "TLS/SSL connection has been closed (EOF) (_ssl.c:992)")
        case SSL_ERROR_SYSCALL where ERR_peek_error() == 0:
            throw sslException(module, "SSLEOFError", code: 8, message: "\(eofMessage) (_ssl.c:992)")
        default:
            let verify = SSL_get_verify_result(c.ssl)
            if verify != Int(X509_V_OK) {
                let text = X509_verify_cert_error_string(verify).map { String(cString: $0) } ?? "unknown"
                var message = text
                if verify == Int(X509_V_ERR_HOSTNAME_MISMATCH) || verify == Int(X509_V_ERR_IP_ADDRESS_MISMATCH) {
                    let param = SSL_get0_param(c.ssl)
                    if verify == Int(X509_V_ERR_HOSTNAME_MISMATCH), let host = X509_VERIFY_PARAM_get0_host(param, 0) {
                        message = "Hostname mismatch, certificate is not valid for '\(String(cString: host))'."
                    } else if let ip = X509_VERIFY_PARAM_get1_ip_asc(param) {
                        message = "IP address mismatch, certificate is not valid for '\(String(cString: ip))'."
                        CRYPTO_free(ip, #file, #line)
                    }
                }
                ERR_clear_error()
                let e = sslException(module, "SSLCertVerificationError", code: 1,
                                     message: "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: \(message) (_ssl.c:1006)")
                try setAttribute(Value(e.exception), intern("verify_code"), .int(Int(verify)))
                try setAttribute(Value(e.exception), intern("verify_message"), newStr(message))
                try setAttribute(Value(e.exception), intern("reason"), newStr("CERTIFICATE_VERIFY_FAILED"))
                try setAttribute(Value(e.exception), intern("library"), newStr("SSL"))
                throw e
            }
            throw try sslError(module, fallback: "unknown error")
        }
    }

    /// The error on OpenSSL's queue as ssl.SSLError: "[SSL: REASON] text (_ssl.c:NNN)".
    fileprivate func sslError(_ module: DictObj?, fallback: String, errnoFromSystem: Bool = false) throws -> PyError {
        let code = ERR_get_error()
        ERR_clear_error()
        if code == 0 {
            return sslException(module, "SSLError", code: 1, message: fallback)
        }
        // A missing file is an OSError, as CPython reports it.
        if errnoFromSystem && ERR_GET_LIB(code) == ERR_LIB_SYS {
            return socketError(Int32(ERR_GET_REASON(code)))
        }
        let lib = ERR_lib_error_string(code).map { String(cString: $0) } ?? "SSL"
        var reason = ERR_reason_error_string(code).map { String(cString: $0) } ?? "unknown error"
        let libName = Self.libraryName(lib)
        let reasonName = reason.uppercased().replacingOccurrences(of: " ", with: "_")
        if reason.isEmpty { reason = "unknown error" }
        let e = sslException(module, "SSLError", code: 1, message: "[\(libName): \(reasonName)] \(reason) (_ssl.c:3895)")
        try setAttribute(Value(e.exception), intern("reason"), newStr(reasonName))
        try setAttribute(Value(e.exception), intern("library"), newStr(libName))
        return e
    }

    private static func libraryName(_ lib: String) -> String {
        switch lib {
        case "SSL routines": return "SSL"
        case "PEM routines": return "PEM"
        case "X509 certificate routines": return "X509"
        case "system library": return "SYS"
        default: return lib.uppercased()
        }
    }

    private func sslException(_ module: DictObj?, _ name: String, code: Int, message: String) -> PyError {
        let type = (module?.getString(intern(name))?.asObject as? TypeObj) ?? types.exceptions.osError
        return PyError(heap.track(ExceptionObj(args: [.int(code), newStr(message)], type: type)))
    }
}
