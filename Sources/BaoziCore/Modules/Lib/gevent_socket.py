"""gevent.socket: the socket module with sockets that wait on the hub.

A call that would block parks only the calling greenlet until its descriptor is ready (or
its timeout passes); the other greenlets run meanwhile. Everything else is the socket
module's own.
"""

import _socket
import socket as __socket__
from socket import *
from socket import _GLOBAL_DEFAULT_TIMEOUT, _create_connection, SocketFile

__implements__ = ["socket", "SocketType", "create_connection", "socketpair", "fromfd",
                  "getaddrinfo", "gethostbyname", "gethostbyname_ex", "getfqdn"]


class socket(__socket__.socket):
    """A socket whose blocking calls wait on the hub."""

    _cooperative = True

    _wait_fd = staticmethod(_socket.wait_one)


SocketType = socket


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    a, b = _socket.socketpair(family, type, proto)
    return socket(family, type, proto, fileno=a), socket(family, type, proto, fileno=b)


def fromfd(fd, family, type, proto=0):
    import os
    return socket(family, type, proto, fileno=os.dup(fd))


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, **kwargs):
    """Connects to (host, port) with a cooperative socket."""
    return _create_connection(socket, address, timeout, source_address, getaddrinfo)


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """socket.getaddrinfo, resolved on libuv's thread pool while other greenlets run."""
    result = _socket.getaddrinfo_hub(host, port, family, type, proto, flags)
    if isinstance(result, BaseException):
        raise result
    return result


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


def _wait(fd, events, timeout, timeout_exc):
    if not _socket.wait_one(fd, events, timeout):
        raise timeout_exc


def wait_read(fileno, timeout=None, timeout_exc=TimeoutError("timed out")):
    """Waits until `fileno` is readable."""
    _wait(fileno, 1, timeout, timeout_exc)


def wait_write(fileno, timeout=None, timeout_exc=TimeoutError("timed out"), event=None):
    """Waits until `fileno` is writable."""
    _wait(fileno, 2, timeout, timeout_exc)


def wait_readwrite(fileno, timeout=None, timeout_exc=TimeoutError("timed out"), event=None):
    _wait(fileno, 3, timeout, timeout_exc)
