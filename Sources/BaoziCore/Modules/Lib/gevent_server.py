"""gevent.server: StreamServer, a TCP server that handles each connection in a greenlet.

StreamServer((host, port), handle) listens; every accepted connection is passed to
handle(socket, address) in a new greenlet (or one from `spawn=`: a Pool bounds how many run
at once). `ssl_context=` (or certfile/keyfile) wraps each connection in TLS.
"""

import sys
import _socket
from gevent import socket as _gsocket
from gevent.greenlet import Greenlet
from gevent.event import Event
from gevent.hub import get_hub, getcurrent

__all__ = ["StreamServer", "DatagramServer"]

_DEFAULT_BACKLOG = 128


def _parse_address(address):
    if isinstance(address, tuple):
        if ":" in address[0]:
            return _gsocket.AF_INET6, address
        return _gsocket.AF_INET, address
    if isinstance(address, str):
        if ":" not in address:
            return _gsocket.AF_INET, ("", int(address))
        host, port = address.rsplit(":", 1)
        return _gsocket.AF_INET, (host, int(port))
    if isinstance(address, int):
        return _gsocket.AF_INET, ("", address)
    raise TypeError("Expected tuple or string, got %s" % type(address).__name__)


class BaseServer:
    """Listens on `listener` (an address or a bound socket) and calls `handle` for each
    request in a greenlet made by `spawn` ('default': Greenlet.spawn; a Pool; an int: a
    Pool of that size; None: in the accepting greenlet)."""

    max_accept = 100
    stop_timeout = 1

    def __init__(self, listener, handle=None, spawn="default"):
        self._stop_event = Event()
        self._stop_event.set()
        self._accepter = None
        self.pool = None
        self.socket = None
        self.delay = 0.01
        if hasattr(listener, "accept"):
            self.socket = listener
            self.family = listener.family
            self.address = listener.getsockname()
        else:
            self.family, self.address = _parse_address(listener)
        if handle is not None:
            self.handle = handle
        self.set_spawn(spawn)

    def set_spawn(self, spawn):
        if spawn == "default":
            self.pool = None
            self._spawn = Greenlet.spawn
        elif hasattr(spawn, "spawn"):
            self.pool = spawn
            self._spawn = spawn.spawn
        elif isinstance(spawn, int):
            from gevent.pool import Pool
            self.pool = Pool(spawn)
            self._spawn = self.pool.spawn
        else:
            self.pool = None
            self._spawn = spawn

    @property
    def server_host(self):
        return self.address[0] if isinstance(self.address, tuple) else None

    @property
    def server_port(self):
        return self.address[1] if isinstance(self.address, tuple) else None

    @property
    def started(self):
        return not self._stop_event.is_set()

    @property
    def closed(self):
        return self.socket is None

    def __repr__(self):
        return "<%s at %s %s>" % (type(self).__name__, hex(id(self)), self._formatinfo())

    def __str__(self):
        return "<%s %s>" % (type(self).__name__, self._formatinfo())

    def _formatinfo(self):
        if isinstance(self.address, tuple) and len(self.address) == 2:
            return "on %s:%s" % self.address
        return "on %s" % (self.address,)

    def init_socket(self):
        if self.socket is None:
            self.socket = self.get_listener(self.address, self.family)
            self.address = self.socket.getsockname()

    def start(self):
        """Starts accepting in the background (a greenlet); returns at once."""
        assert not self.started, "%s already started" % self
        self._stop_event.clear()
        try:
            self.init_socket()
        except BaseException:
            self._stop_event.set()
            raise
        self._accepter = Greenlet.spawn(self._accept_loop)

    def serve_forever(self, stop_timeout=None):
        """Starts (if needed) and waits until stop() is called."""
        if not self.started:
            self.start()
        try:
            self._stop_event.wait()
        finally:
            if not self._stop_event.is_set():
                self.stop(timeout=stop_timeout)

    def stop(self, timeout=None):
        """Stops accepting, closes the listening socket and waits up to `timeout` for the
        running handlers (then kills them)."""
        self.close()
        if timeout is None:
            timeout = self.stop_timeout
        if self.pool is not None:
            self.pool.join(timeout=timeout)
            self.pool.kill(block=True, timeout=1)

    def close(self):
        accepter, self._accepter = self._accepter, None
        if accepter is not None and accepter is not getcurrent():
            accepter.kill(block=False)
        sock, self.socket = self.socket, None
        if sock is not None:
            sock.close()
        self._stop_event.set()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.stop()

    def handle(self, *args):
        raise NotImplementedError("%s needs a handle" % type(self).__name__)

    def do_handle(self, *args):
        if self.pool is not None and self.pool.full():
            self.pool.wait_available()
        self._spawn(self._handle_and_close, *args)

    def _handle_and_close(self, *args):
        self.handle(*args)


class StreamServer(BaseServer):
    """A TCP server: handle(socket, address) for each connection (closed afterwards)."""

    backlog = _DEFAULT_BACKLOG
    reuse_addr = 1

    def __init__(self, listener, handle=None, backlog=None, spawn="default", ssl_context=None,
                 **ssl_args):
        BaseServer.__init__(self, listener, handle=handle, spawn=spawn)
        if backlog is not None:
            if self.socket is not None:
                raise TypeError("backlog must be None when a socket instance is passed")
            self.backlog = backlog
        self.ssl_context = ssl_context
        self.ssl_args = ssl_args
        if ssl_context is None and ssl_args:
            import gevent.ssl as _ssl
            ctx = _ssl.SSLContext(_ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(ssl_args.get("certfile"), ssl_args.get("keyfile"))
            self.ssl_context = ctx

    @property
    def ssl_enabled(self):
        return self.ssl_context is not None

    @classmethod
    def get_listener(cls, address, backlog=None, family=None):
        if backlog is None:
            backlog = cls.backlog
        sock = _gsocket.socket(family or _gsocket.AF_INET, _gsocket.SOCK_STREAM)
        try:
            sock.setsockopt(_gsocket.SOL_SOCKET, _gsocket.SO_REUSEADDR, cls.reuse_addr)
            sock.bind(address)
            sock.listen(backlog)
        except BaseException:
            sock.close()
            raise
        return sock

    def init_socket(self):
        if self.socket is None:
            # The instance's backlog (StreamServer(..., backlog=N)), as gevent passes it.
            self.socket = self.get_listener(self.address, self.backlog, self.family)
            self.address = self.socket.getsockname()

    def _accept_loop(self):
        sock = self.socket
        while self.socket is sock and sock is not None:
            try:
                client, address = sock.accept()
            except OSError as e:
                if self.socket is None or sock.fileno() < 0:
                    return
                get_hub().handle_error(self, *sys.exc_info())
                continue
            self.do_handle(client, address)

    def _handle_and_close(self, client, address):
        # The TLS handshake runs in the handler's greenlet, not in the accepting one. Baozi
        # has no finalizers: the connection is closed when the handler returns.
        if self.ssl_context is not None:
            try:
                client = self.ssl_context.wrap_socket(client, server_side=True)
            except OSError:
                client.close()
                return
        try:
            self.handle(client, address)
        finally:
            try:
                client.close()
            except OSError:
                pass

    def wrap_socket_and_handle(self, client_socket, address):
        return self._handle_and_close(client_socket, address)


class DatagramServer(BaseServer):
    """A UDP server: handle(data, address) for each datagram; sendto() answers."""

    reuse_addr = 1

    @classmethod
    def get_listener(cls, address, family=None):
        sock = _gsocket.socket(family or _gsocket.AF_INET, _gsocket.SOCK_DGRAM)
        try:
            sock.bind(address)
        except BaseException:
            sock.close()
            raise
        return sock

    def _accept_loop(self):
        sock = self.socket
        while self.socket is sock and sock is not None:
            try:
                data, address = sock.recvfrom(8192)
            except OSError:
                if self.socket is None or sock.fileno() < 0:
                    return
                get_hub().handle_error(self, *sys.exc_info())
                continue
            self.do_handle(data, address)

    def sendto(self, *args):
        return self.socket.sendto(*args)
