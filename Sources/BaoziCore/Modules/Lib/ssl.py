"""ssl: TLS over sockets, on OpenSSL (the native `_ssl`, Hub/TLS.swift).

An SSLSocket owns a plain socket and moves TLS records between OpenSSL's memory buffers and
that socket, so it waits exactly as the socket does: blocking for a `socket.socket`, on the
hub (other greenlets running) for a gevent socket. Certificates are verified against the
system's trust store (SSL_CERT_FILE / SSL_CERT_DIR honoured) or the given locations, and the
host name is checked unless check_hostname is turned off.
"""

import _ssl
import socket as _socket_module
from socket import SocketFile as _SocketFile

OPENSSL_VERSION = _ssl.OPENSSL_VERSION

PROTOCOL_TLS = 2
PROTOCOL_SSLv23 = PROTOCOL_TLS
PROTOCOL_TLS_CLIENT = 16
PROTOCOL_TLS_SERVER = 17

CERT_NONE = 0
CERT_OPTIONAL = 1
CERT_REQUIRED = 2

OP_NO_SSLv2 = 0
OP_NO_SSLv3 = 0x02000000
OP_NO_COMPRESSION = 0x00020000
OP_ALL = 0x80000850

HAS_SNI = True
HAS_ALPN = True

_RECV_SIZE = 16384


class SSLError(OSError):
    """A TLS failure; `reason` and `library` name OpenSSL's error."""

    reason = None
    library = None

    def __str__(self):
        if len(self.args) >= 2 and isinstance(self.args[1], str):
            return self.args[1]
        return OSError.__str__(self)


class SSLZeroReturnError(SSLError):
    pass


class SSLWantReadError(SSLError):
    pass


class SSLWantWriteError(SSLError):
    pass


class SSLSyscallError(SSLError):
    pass


class SSLEOFError(SSLError):
    pass


class SSLCertVerificationError(SSLError, ValueError):
    verify_code = None
    verify_message = None


CertificateError = SSLCertVerificationError

# The native module raises these.
_ssl.SSLError = SSLError
_ssl.SSLZeroReturnError = SSLZeroReturnError
_ssl.SSLEOFError = SSLEOFError
_ssl.SSLCertVerificationError = SSLCertVerificationError


class Purpose:
    """What a context is for: authenticating servers (client side) or clients."""

    class _Purpose:
        def __init__(self, name):
            self.name = name

        def __repr__(self):
            return "<Purpose.%s>" % self.name

    SERVER_AUTH = _Purpose("SERVER_AUTH")
    CLIENT_AUTH = _Purpose("CLIENT_AUTH")


class TLSVersion:
    MINIMUM_SUPPORTED = -2
    TLSv1_2 = 0x0303
    TLSv1_3 = 0x0304
    MAXIMUM_SUPPORTED = -1


class SSLContext:
    """Settings shared by TLS connections: protocol side, certificates, verification."""

    def __init__(self, protocol=None):
        if protocol is None:
            protocol = PROTOCOL_TLS
        if protocol not in (PROTOCOL_TLS, PROTOCOL_TLS_CLIENT, PROTOCOL_TLS_SERVER):
            raise ValueError("invalid or unsupported protocol version %i" % protocol)
        self.protocol = protocol
        self._ctx = _ssl.context(protocol == PROTOCOL_TLS_SERVER)
        self._check_hostname = False
        self._verify_mode = CERT_NONE
        self.options = OP_ALL | OP_NO_SSLv3 | OP_NO_COMPRESSION
        self.minimum_version = TLSVersion.MINIMUM_SUPPORTED
        self.maximum_version = TLSVersion.MAXIMUM_SUPPORTED
        self.sni_callback = None
        if protocol == PROTOCOL_TLS_CLIENT:
            self.verify_mode = CERT_REQUIRED
            self.check_hostname = True

    @property
    def verify_mode(self):
        return self._verify_mode

    @verify_mode.setter
    def verify_mode(self, value):
        if value not in (CERT_NONE, CERT_OPTIONAL, CERT_REQUIRED):
            raise ValueError("invalid value for verify_mode")
        if value == CERT_NONE and self._check_hostname:
            raise ValueError("Cannot set verify_mode to CERT_NONE when check_hostname is enabled.")
        self._verify_mode = value
        self._ctx.set_verify(value)

    @property
    def check_hostname(self):
        return self._check_hostname

    @check_hostname.setter
    def check_hostname(self, value):
        value = bool(value)
        if value and self._verify_mode == CERT_NONE:
            self.verify_mode = CERT_REQUIRED
        self._check_hostname = value

    def load_verify_locations(self, cafile=None, capath=None, cadata=None):
        if cafile is None and capath is None and cadata is None:
            raise TypeError("cafile, capath and cadata cannot be all omitted")
        if cadata is not None:
            raise NotImplementedError("cadata is not supported by Baozi")
        self._ctx.load_verify_locations(cafile, capath)

    def load_default_certs(self, purpose=Purpose.SERVER_AUTH):
        self.set_default_verify_paths()

    def set_default_verify_paths(self):
        # OpenSSL reads SSL_CERT_FILE / SSL_CERT_DIR from the process environment; a script
        # that sets them in os.environ means the same (CPython's os.environ calls putenv).
        import os
        cafile = os.environ.get("SSL_CERT_FILE")
        capath = os.environ.get("SSL_CERT_DIR")
        if cafile or capath:
            try:
                self._ctx.load_verify_locations(cafile, capath)
                return
            except OSError:
                pass
        self._ctx.set_default_verify_paths()

    def load_cert_chain(self, certfile, keyfile=None, password=None):
        self._ctx.load_cert_chain(certfile, keyfile)

    def set_ciphers(self, ciphers):
        pass

    def set_alpn_protocols(self, protocols):
        pass

    def wrap_socket(self, sock, server_side=False, do_handshake_on_connect=True,
                    suppress_ragged_eofs=True, server_hostname=None, session=None):
        """An SSLSocket over `sock` (which it takes over)."""
        return SSLSocket._create(sock, self, server_side, do_handshake_on_connect,
                                 suppress_ragged_eofs, server_hostname)


def create_default_context(purpose=Purpose.SERVER_AUTH, *, cafile=None, capath=None, cadata=None):
    """A context with secure defaults: for a client, certificates verified against the
    system's trust store (or cafile/capath) and the host name checked."""
    if purpose is Purpose.SERVER_AUTH:
        context = SSLContext(PROTOCOL_TLS_CLIENT)
    else:
        context = SSLContext(PROTOCOL_TLS_SERVER)
    if cafile or capath or cadata:
        context.load_verify_locations(cafile, capath, cadata)
    elif context.verify_mode != CERT_NONE:
        context.load_default_certs(purpose)
    return context


def _create_unverified_context(protocol=None, *, cert_reqs=CERT_NONE, check_hostname=False,
                               purpose=Purpose.SERVER_AUTH, certfile=None, keyfile=None,
                               cafile=None, capath=None, cadata=None):
    context = SSLContext(PROTOCOL_TLS_CLIENT if purpose is Purpose.SERVER_AUTH else PROTOCOL_TLS_SERVER)
    context.check_hostname = check_hostname
    context.verify_mode = cert_reqs
    if certfile:
        context.load_cert_chain(certfile, keyfile)
    if cafile or capath or cadata:
        context.load_verify_locations(cafile, capath, cadata)
    return context


class SSLSocket:
    """A TLS connection over a socket: recv/send/sendall/makefile like the socket's."""

    def __init__(self, *args, **kwargs):
        raise TypeError("SSLSocket does not have a public constructor. Instances are returned by "
                        "SSLContext.wrap_socket().")

    @classmethod
    def _create(cls, sock, context, server_side, do_handshake_on_connect, suppress_ragged_eofs,
                server_hostname):
        if server_side and server_hostname:
            raise ValueError("server_hostname can only be specified in client mode")
        if context.check_hostname and not server_side and not server_hostname:
            raise ValueError("check_hostname requires server_hostname")
        self = object.__new__(cls)
        self._sock = sock
        self.context = context
        self.server_side = server_side
        self.server_hostname = server_hostname
        self.suppress_ragged_eofs = suppress_ragged_eofs
        self.do_handshake_on_connect = do_handshake_on_connect
        self._tls = context._ctx.connection(server_side, server_hostname, context.check_hostname)
        self._handshaken = False
        self._io_refs = 0
        self._closed = False
        self.family = sock.family
        self.type = sock.type
        self.proto = sock.proto
        try:
            connected = True
            try:
                sock.getpeername()
            except OSError:
                connected = False
            if connected and do_handshake_on_connect:
                self.do_handshake()
        except BaseException:
            sock.close()
            raise
        return self

    def __repr__(self):
        return "<ssl.SSLSocket fd=%d, family=%d, type=%d, proto=%d>" % (
            self.fileno(), self.family, self.type, self.proto)

    # -- moving records between OpenSSL and the socket

    def _flush(self):
        data = self._tls.outgoing()
        if data:
            self._sock.sendall(data)

    def _fill(self):
        data = self._sock.recv(_RECV_SIZE)
        if data:
            self._tls.feed(data)
        else:
            self._tls.feed_eof()

    def _drive(self, step):
        while True:
            result = step()
            self._flush()
            if result is not None:
                return result
            self._fill()

    def do_handshake(self, block=False):
        try:
            self._drive(self._tls.do_handshake)
        except TimeoutError:
            raise TimeoutError("_ssl.c:980: The handshake operation timed out") from None
        self._handshaken = True

    def _ensure_handshake(self):
        if self._sock.fileno() < 0:
            raise OSError(9, "Bad file descriptor")
        if not self._handshaken:
            self.do_handshake()

    # -- the socket interface

    def recv(self, buflen=1024, flags=0):
        if flags:
            raise ValueError("non-zero flags not allowed in calls to recv() on %s" % self.__class__)
        self._ensure_handshake()
        if buflen == 0:
            return b""
        try:
            return self._drive(lambda: self._tls.read(buflen))
        except SSLEOFError:
            if self.suppress_ragged_eofs:
                return b""
            raise

    read = recv

    def recv_into(self, buffer, nbytes=None, flags=0):
        if not nbytes:
            nbytes = len(buffer)
        data = self.recv(nbytes, flags)
        buffer[:len(data)] = data
        return len(data)

    def send(self, data, flags=0):
        if flags:
            raise ValueError("non-zero flags not allowed in calls to send() on %s" % self.__class__)
        self._ensure_handshake()
        return self._drive(lambda: self._tls.write(data))

    write = send

    def sendall(self, data, flags=0):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        self.send(data, flags)

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        return _socket_module.socket.makefile(self, mode, buffering, encoding=encoding,
                                              errors=errors, newline=newline)

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def pending(self):
        return self._tls.pending()

    def version(self):
        return self._tls.version()

    def cipher(self):
        return self._tls.cipher()

    def selected_alpn_protocol(self):
        return None

    def getpeercert(self, binary_form=False):
        if not self._handshaken:
            raise ValueError("handshake not done yet")
        if binary_form:
            raise NotImplementedError("getpeercert(binary_form=True) is not supported by Baozi")
        return self._tls.peer_certificate() or {}

    def unwrap(self):
        self._tls.shutdown()
        self._flush()
        sock, self._sock = self._sock, None
        return sock

    def shutdown(self, how):
        self._sock.shutdown(how)

    def close(self):
        self._closed = True
        if self._io_refs <= 0 and self._sock is not None:
            self._sock.close()

    def detach(self):
        return self._sock.detach()

    def fileno(self):
        return self._sock.fileno() if self._sock is not None else -1

    def settimeout(self, value):
        self._sock.settimeout(value)

    def gettimeout(self):
        return self._sock.gettimeout()

    def setblocking(self, flag):
        self._sock.setblocking(flag)

    def getpeername(self):
        return self._sock.getpeername()

    def getsockname(self):
        return self._sock.getsockname()

    def setsockopt(self, *args):
        return self._sock.setsockopt(*args)

    def getsockopt(self, *args):
        return self._sock.getsockopt(*args)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def wrap_socket(sock, keyfile=None, certfile=None, server_side=False, cert_reqs=CERT_NONE,
                ssl_version=PROTOCOL_TLS, ca_certs=None, do_handshake_on_connect=True,
                suppress_ragged_eofs=True, ciphers=None):
    context = SSLContext(PROTOCOL_TLS_SERVER if server_side else PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = cert_reqs
    if ca_certs:
        context.load_verify_locations(ca_certs)
    if certfile:
        context.load_cert_chain(certfile, keyfile)
    return context.wrap_socket(sock, server_side=server_side,
                               do_handshake_on_connect=do_handshake_on_connect,
                               suppress_ragged_eofs=suppress_ragged_eofs)


def get_server_certificate(addr, ssl_version=PROTOCOL_TLS, ca_certs=None, timeout=None):
    raise NotImplementedError("get_server_certificate is not supported by Baozi")
