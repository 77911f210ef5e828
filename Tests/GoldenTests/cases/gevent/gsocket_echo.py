# gevent.socket and StreamServer: an echo server and many clients in greenlets, all in one
# process; timeouts, refused connections, select and released descriptors.
import os
import gevent
from gevent import socket
from gevent.server import StreamServer
from gevent.pool import Pool
import gevent.select


def echo(sock, address):
    f = sock.makefile("rb")
    for line in f:
        if line.strip() == b"quit":
            break
        sock.sendall(line.upper())
    f.close()


server = StreamServer(("127.0.0.1", 0), echo)
server.start()
port = server.server_port
print("started:", server.started, isinstance(port, int))


def client(n):
    c = socket.create_connection(("127.0.0.1", port))
    out = []
    for i in range(3):
        c.sendall(("client %d line %d\n" % (n, i)).encode())
        out.append(c.recv(100))
    c.sendall(b"quit\n")
    out.append(c.recv(100))
    c.close()
    return out


jobs = [gevent.spawn(client, n) for n in range(5)]
gevent.joinall(jobs)
for j in jobs:
    print(j.value)

# A greenlet waiting in recv does not stop the others.
a, b = socket.socketpair()
order = []


def reader():
    order.append(("got", a.recv(10)))


def writer():
    order.append("writer runs while reader waits")
    gevent.sleep(0.01)
    b.sendall(b"late")


gevent.joinall([gevent.spawn(reader), gevent.spawn(writer)])
print(order)

# Timeouts: the socket's own and a gevent.Timeout around the call.
a.settimeout(0.02)
try:
    a.recv(1)
except socket.timeout as e:
    print("socket timeout:", e)
a.settimeout(None)
try:
    with gevent.Timeout(0.02):
        a.recv(1)
except gevent.Timeout as e:
    print("gevent.Timeout:", e)
b.sendall(b"x")
print("still usable:", a.recv(1))

# select on the hub.
r, w, x = gevent.select.select([a], [b], [], 1)
print("select:", r == [], w == [b], x)
gevent.spawn_later(0.01, b.sendall, b"y")
r, w, x = gevent.select.select([a], [], [], 1)
print("select waits:", r == [a], a.recv(1))
print("select timeout:", gevent.select.select([a], [], [], 0.01))
a.close()
b.close()

# Refused connections raise and release their descriptors.
def fds():
    return len(os.listdir("/proc/self/fd"))


closed = StreamServer(("127.0.0.1", 0), echo)
closed.init_socket()
dead_port = closed.server_port
closed.close()
before = fds()
errors = set()
for i in range(300):
    try:
        socket.create_connection(("127.0.0.1", dead_port))
    except OSError as e:
        errors.add(str(e))
print(errors, "fd count flat:", fds() == before)

# A pool bounds the server's concurrency.
active = []
peak = []


def slow(sock, address):
    active.append(1)
    peak.append(len(active))
    gevent.sleep(0.01)
    sock.sendall(b"done")
    active.pop()


pooled = StreamServer(("127.0.0.1", 0), slow, spawn=Pool(2))
pooled.start()


def fetch():
    c = socket.create_connection(("127.0.0.1", pooled.server_port))
    data = c.recv(10)
    c.close()
    return data


jobs = [gevent.spawn(fetch) for _ in range(6)]
gevent.joinall(jobs)
print([j.value for j in jobs], "peak:", max(peak))
pooled.stop()
server.stop()
print("stopped:", server.started, server.closed)
