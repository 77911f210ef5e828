# 10,000 failed connects leave the descriptor count flat: refused connects on plain sockets,
# on gevent sockets from 100 greenlets at once, through create_connection, and connects that
# time out; a server under such a storm still serves afterwards (backlog as given).
import os
import socket

import gevent
from gevent import socket as gsocket
from gevent.pool import Pool
from gevent.server import StreamServer


def fds():
    return len(os.listdir("/proc/self/fd"))


def dead_address():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    address = s.getsockname()
    s.close()
    return address


dead = dead_address()
# The hub (and its loop's descriptors) exists before counting.
try:
    gsocket.create_connection(dead)
except ConnectionRefusedError:
    pass
before = fds()

# Plain sockets, one after the other.
errors = {}
for i in range(4000):
    s = socket.socket()
    try:
        s.connect(dead)
    except OSError as e:
        errors[type(e).__name__, str(e)] = errors.get((type(e).__name__, str(e)), 0) + 1
    finally:
        s.close()
print("plain:", sorted(errors.items()))

# connect_ex answers the errno instead.
codes = set()
for i in range(1000):
    with socket.socket() as s:
        codes.add(s.connect_ex(dead))
print("connect_ex:", codes == {111})

# gevent sockets from 100 greenlets at once, through create_connection.
errors = {}


def refused(i):
    try:
        gsocket.create_connection(dead, timeout=5)
    except OSError as e:
        key = type(e).__name__, e.errno, e.strerror
        errors[key] = errors.get(key, 0) + 1


Pool(100).map(refused, range(5000))
print("gevent:", sorted(errors.items()))
print("fd count flat after 10,000 failed connects:", fds() == before)

# Connects that time out (a listener whose backlog is full drops the next SYNs): the
# descriptor is released as well.
full = socket.socket()
full.bind(("127.0.0.1", 0))
full.listen(0)
held = []
messages = set()
for i in range(8):
    s = gsocket.socket()
    s.settimeout(0.05)
    try:
        s.connect(full.getsockname())
        held.append(s)
    except TimeoutError as e:
        messages.add(str(e))
        s.close()
print("timed out:", messages)
for s in held:
    s.close()
full.close()
print("fd count flat after timeouts:", fds() == before)

# A server given backlog=N listens with it (gevent passes the instance's backlog).
seen = []


class Recording(StreamServer):
    @classmethod
    def get_listener(cls, address, backlog=None, family=None):
        seen.append(backlog)
        return super().get_listener(address, backlog, family)


def hello(sock, address):
    sock.sendall(b"hello\n")


server = Recording(("127.0.0.1", 0), hello, backlog=1024)
server.start()
default = Recording(("127.0.0.1", 0), hello)
default.start()
print("backlogs passed:", seen, StreamServer.backlog)


def fetch(port):
    with gsocket.create_connection(("127.0.0.1", port)) as c:
        f = c.makefile("rb")
        line = f.readline()
        f.close()
        return line


print(sorted(set(Pool(50).map(fetch, [server.server_port] * 300))))
server.stop()
default.stop()
print("fd count flat at the end:", fds() == before)
