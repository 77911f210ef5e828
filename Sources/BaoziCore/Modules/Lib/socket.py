"""socket: BSD sockets over the native `_socket` module (Hub/Sockets.swift).

Sockets are non-blocking at the OS level; a call that would block waits for its descriptor
and retries. A `socket` waits like CPython's, blocking the whole process (poll(2)); the
subclass in gevent.socket waits on the hub instead, so other greenlets run meanwhile.
Timeouts (settimeout, create_connection's timeout) apply to each call.
"""

import _socket
from _socket import *
from _socket import gaierror, herror
import errno as _errno

error = OSError
timeout = TimeoutError

_READ = 1
_WRITE = 2
_default_timeout = None

__all__ = ["socket", "SocketType", "create_connection", "create_server", "getaddrinfo",
           "gethostbyname", "gethostbyname_ex", "gethostname", "getfqdn", "socketpair", "fromfd",
           "error", "timeout",
           "gaierror", "herror", "getdefaulttimeout", "setdefaulttimeout", "has_ipv6",
           "inet_aton", "inet_ntoa", "htons", "ntohs", "htonl", "ntohl"]
__all__.extend(name for name in dir(_socket) if name.isupper())

has_ipv6 = True
_GLOBAL_DEFAULT_TIMEOUT = object()


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(timeout):
    global _default_timeout
    _default_timeout = _check_timeout(timeout)


def _check_timeout(value):
    if value is None:
        return None
    try:
        value = float(value)
    except (TypeError, ValueError):
        raise TypeError("Timeout value must be int, float or None") from None
    if value < 0.0:
        raise ValueError("Timeout value out of range")
    return value


def _closed_error():
    return OSError(_errno.EBADF, "Bad file descriptor")


class socket:
    """A network endpoint: socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None)."""

    # How a call that would block waits: (fd, events, timeout) -> False on timeout.
    _wait_fd = staticmethod(_socket.wait_blocking)

    # True when waiting lets other greenlets run (gevent's sockets): then a busy socket's
    # calls now and then give the others a turn (see _socket.recv's may_yield).
    _cooperative = False

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
            self._fd = _socket.socket(family, type, proto)
        else:
            if not isinstance(fileno, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % fileno.__class__.__name__)
            if fileno < 0:
                raise ValueError("negative file descriptor")
            found = _socket.adopt(fileno)
            family = found[0] if family == -1 else family
            type = found[1] if type == -1 else type
            proto = found[2] if proto == -1 else proto
            self._fd = fileno
        self.family = family
        self.type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)
        self.proto = proto
        self._set_timeout(_default_timeout)
        self._io_refs = 0
        self._closed = False

    def __repr__(self):
        closed = " [closed]" if self._fd < 0 else ""
        text = "<%s.%s%s fd=%d, family=%d, type=%d, proto=%d" % (
            self.__class__.__module__, self.__class__.__qualname__, closed, self._fd,
            self.family, self.type, self.proto)
        if self._fd >= 0:
            try:
                laddr = self.getsockname()
                if laddr:
                    text += ", laddr=%s" % (laddr,)
            except OSError:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    text += ", raddr=%s" % (raddr,)
            except OSError:
                pass
        return text + ">"

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __getstate__(self):
        raise TypeError("cannot pickle %r object" % self.__class__.__name__)

    # -- descriptor and mode

    def fileno(self):
        return self._fd

    def _check(self):
        if self._fd < 0:
            raise _closed_error()
        return self._fd

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def _real_close(self):
        fd = self._fd
        if fd >= 0:
            self._fd = -1
            _socket.close(fd)

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def detach(self):
        fd = self._fd
        self._fd = -1
        self._closed = True
        return fd

    def dup(self):
        import os
        return self.__class__(self.family, self.type, self.proto, fileno=os.dup(self._check()))

    def _set_timeout(self, value):
        self._timeout = value
        self._yields = self._cooperative and value != 0.0

    def settimeout(self, value):
        self._set_timeout(_check_timeout(value))

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self._set_timeout(None if flag else 0.0)

    def getblocking(self):
        return self._timeout != 0.0

    @property
    def timeout(self):
        return self._timeout

    def _wait(self, events):
        if self._timeout == 0.0:
            raise BlockingIOError(_errno.EAGAIN, "Resource temporarily unavailable")
        if not self._wait_fd(self._check(), events, self._timeout):
            raise TimeoutError("timed out")

    # -- connecting

    def bind(self, address):
        _socket.bind(self._check(), self.family, address)

    def listen(self, backlog=128):
        _socket.listen(self._check(), max(0, min(backlog, SOMAXCONN)))

    def _accept(self):
        while True:
            # No turn-taking here: a server accepts a burst of connections at once (gevent
            # accepts up to 100 a wake-up); their handlers then share the turns.
            got = _socket.accept(self._check())
            if got is not None:
                return got
            self._wait(_READ)

    def accept(self):
        fd, address = self._accept()
        sock = self.__class__(self.family, self.type, self.proto, fileno=fd)
        if self._timeout is None and _default_timeout is None:
            sock.settimeout(None)
        else:
            sock.settimeout(_default_timeout if self._timeout == 0.0 else self._timeout)
        return sock, address

    def connect(self, address):
        err = self._connect(address, True)
        if err:
            raise _socket.error_for(err)

    def connect_ex(self, address):
        return self._connect(address, False)

    def _connect(self, address, raise_timeout):
        err = _socket.connect(self._check(), self.family, address)
        if err == 0:
            return 0
        if err != _errno.EINPROGRESS:
            return err
        if self._timeout == 0.0:
            return err
        if not self._wait_fd(self._check(), _WRITE, self._timeout):
            if raise_timeout:
                raise TimeoutError("timed out")
            return _errno.EAGAIN
        pending = _socket.pending_error(self._check())
        return pending.errno if pending is not None else 0

    def getsockname(self):
        return _socket.getsockname(self._check())

    def getpeername(self):
        return _socket.getpeername(self._check())

    def setsockopt(self, level, optname, value, optlen=None):
        if value is None:
            raise TypeError("setsockopt() with a None value needs optlen")
        _socket.setsockopt(self._check(), level, optname, value)

    def getsockopt(self, level, optname, buflen=0):
        return _socket.getsockopt(self._check(), level, optname, buflen)

    def shutdown(self, how):
        _socket.shutdown(self._check(), how)

    # -- data

    def recv(self, bufsize, flags=0):
        while True:
            # self._check() by hand: a server calls this once or twice a request.
            fd = self._fd
            if fd < 0:
                raise _closed_error()
            data = _socket.recv(fd, bufsize, flags, self._yields)
            if data is not None:
                return data
            self._wait(_READ)

    def recv_into(self, buffer, nbytes=0, flags=0):
        while True:
            got = _socket.recv_into(self._check(), buffer, nbytes, flags)
            if got is not None:
                return got
            self._wait(_READ)

    def recvfrom(self, bufsize, flags=0):
        while True:
            got = _socket.recvfrom(self._check(), bufsize, flags)
            if got is not None:
                return got
            self._wait(_READ)

    def send(self, data, flags=0):
        while True:
            sent = _socket.send(self._check(), data, flags, 0, self._yields)
            if sent is not None:
                return sent
            self._wait(_WRITE)

    def sendall(self, data, flags=0):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        # The native send takes an offset: no copy of the rest after each partial send.
        fd = self._check()
        offset = 0
        total = len(data)
        while offset < total:
            sent = _socket.send(fd, data, flags, offset, self._yields)
            if sent is None:
                self._wait(_WRITE)
                fd = self._check()
            else:
                offset += sent

    def sendto(self, data, flags_or_addr, addr=None):
        if addr is None:
            flags, addr = 0, flags_or_addr
        else:
            flags = flags_or_addr
        while True:
            sent = _socket.sendto(self._check(), data, flags, self.family, addr)
            if sent is not None:
                return sent
            self._wait(_WRITE)

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        """A file object reading from and writing to the socket ('r', 'w', 'rb', 'wb', 'rwb')."""
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        self._io_refs += 1
        raw = SocketFile(self, "r" in mode, "w" in mode)
        if "b" in mode:
            return raw
        return _TextSocketFile(raw, encoding or "utf-8", errors or "strict", newline)


SocketType = socket


class SocketFile:
    """A buffered binary file over a socket (what makefile('rb'/'wb') returns)."""

    def __init__(self, sock, reading, writing):
        self._sock = sock
        self._reading = reading
        self._writing = writing
        # Received bytes; those before _pos are consumed (dropped at the next fill).
        self._buffer = b""
        self._pos = 0
        self._out = []
        self._out_size = 0
        self.closed = False
        self.mode = ("r" if reading else "") + ("w" if writing else "") + "b"

    def readable(self):
        return self._reading

    def writable(self):
        return self._writing

    def fileno(self):
        return self._sock.fileno()

    def _check_open(self, what="read of"):
        if self.closed:
            raise ValueError("%s closed file" % what)

    def _fill(self):
        chunk = self._sock.recv(65536)
        if self._pos >= len(self._buffer):
            self._buffer = chunk  # all consumed (a request at a time): no copy
        elif self._pos:
            self._buffer = self._buffer[self._pos:] + chunk
        else:
            self._buffer += chunk
        self._pos = 0
        return len(chunk)

    def _take(self, n):
        data = self._buffer[self._pos:self._pos + n]
        self._pos += len(data)
        return data

    def _available(self):
        return len(self._buffer) - self._pos

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            while self._fill():
                pass
            return self._take(self._available())
        while self._available() < size:
            if not self._fill():
                break
        return self._take(size)

    def read1(self, size=-1):
        self._check_open()
        if not self._available():
            self._fill()
        if size is None or size < 0:
            size = self._available()
        return self._take(size)

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        if self.closed:
            raise ValueError("readline of closed file")
        # The usual case first: a whole line is in the buffer and within `size`.
        buffer = self._buffer
        pos = self._pos
        end = buffer.find(b"\n", pos)
        if end >= 0 and (size is None or size < 0 or end - pos < size):
            self._pos = end + 1
            return buffer[pos:end + 1]
        limited = size is not None and size >= 0
        scanned = 0
        while True:
            end = self._buffer.find(b"\n", self._pos + scanned)
            if end >= 0:
                n = end + 1 - self._pos
                break
            scanned = self._available()
            if limited and scanned >= size:
                n = size
                break
            if not self._fill():
                n = self._available()
                break
        if limited and size < n:
            n = size
        return self._take(n)

    def readlines(self, hint=-1):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._check_open("write to")
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        self._out.append(bytes(data))
        self._out_size += len(data)
        if self._out_size >= 8192:
            self.flush()
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check_open("flush of")
        if self._out:
            data = b"".join(self._out)
            self._out = []
            self._out_size = 0
            self._sock.sendall(data)

    def close(self):
        if not self.closed:
            try:
                if self._writing:
                    self.flush()
            finally:
                self.closed = True
                self._sock._decref_socketios()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _TextSocketFile:
    """makefile('r'/'w'): text over a SocketFile."""

    def __init__(self, raw, encoding, errors, newline):
        self.buffer = raw
        self.encoding = encoding
        self.errors = errors

    @property
    def closed(self):
        return self.buffer.closed

    def read(self, size=-1):
        return self.buffer.read(size).decode(self.encoding, self.errors)

    def readline(self, size=-1):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")
        return self.buffer.readline(size).decode(self.encoding, self.errors)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, text):
        self.buffer.write(text.encode(self.encoding, self.errors))
        if "\n" in text:
            self.buffer.flush()
        return len(text)

    def flush(self):
        self.buffer.flush()

    def close(self):
        self.buffer.close()

    def fileno(self):
        return self.buffer.fileno()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


# -- module functions


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    a, b = _socket.socketpair(family, type, proto)
    return socket(family, type, proto, fileno=a), socket(family, type, proto, fileno=b)


def fromfd(fd, family, type, proto=0):
    import os
    return socket(family, type, proto, fileno=os.dup(fd))


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    return _socket.getaddrinfo(host, port, family, type, proto, flags)


def gethostname():
    return _socket.gethostname()


def gethostbyname(hostname):
    return getaddrinfo(hostname, None, AF_INET)[0][4][0]


def gethostbyname_ex(hostname):
    addrs = []
    for info in getaddrinfo(hostname, None, AF_INET, SOCK_STREAM):
        if info[4][0] not in addrs:
            addrs.append(info[4][0])
    return hostname, [], addrs


def getfqdn(name=""):
    name = name.strip()
    if not name or name in ("0.0.0.0", "::"):
        name = gethostname()
    try:
        infos = getaddrinfo(name, None, 0, SOCK_STREAM, 0, AI_CANONNAME)
    except OSError:
        return name
    return infos[0][3] or name


def _create_connection(cls, address, timeout, source_address, resolve=None):
    host, port = address
    err = None
    if resolve is None:
        resolve = getaddrinfo
    for family, type, proto, canonname, sockaddr in resolve(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = cls(family, type, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sockaddr)
            err = None
            return sock
        except OSError as exc:
            err = exc
            if sock is not None:
                sock.close()
    if err is not None:
        raise err
    raise OSError("getaddrinfo returns an empty list")


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    """Connects to (host, port), trying each address getaddrinfo gives; the last error is raised."""
    return _create_connection(socket, address, timeout, source_address)


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        sock.bind(address)
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except BaseException:
        sock.close()
        raise


# -- byte order and address text


def htons(x):
    return ((x & 0xFF) << 8) | ((x >> 8) & 0xFF)


ntohs = htons


def htonl(x):
    return int.from_bytes(x.to_bytes(4, "little"), "big")


ntohl = htonl


def inet_aton(text):
    parts = text.split(".")
    try:
        if len(parts) != 4 or not all(0 <= int(p) <= 255 for p in parts):
            raise ValueError
    except ValueError:
        raise OSError("illegal IP address string passed to inet_aton") from None
    return bytes(int(p) for p in parts)


def inet_ntoa(packed):
    if len(packed) != 4:
        raise OSError("packed IP wrong length for inet_ntoa")
    return ".".join(str(b) for b in packed)
