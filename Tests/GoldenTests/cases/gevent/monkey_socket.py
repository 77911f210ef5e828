# monkey.patch_all(): the standard socket and select modules wait on the hub, so code written
# for blocking sockets serves many clients at once.
from gevent import monkey
monkey.patch_all()
import socket
import select
import selectors
import gevent

print("patched:", monkey.is_module_patched("socket"), monkey.is_module_patched("select"),
      monkey.is_module_patched("time"))
print(monkey.is_object_patched("socket", "socket"), socket.socket is monkey.get_original("socket", "socket"))


def serve(listener, count):
    # Plain blocking-style code: accept and answer, one greenlet per client.
    def answer(conn):
        data = conn.recv(100)
        gevent.sleep(0.1)
        conn.sendall(b"re: " + data)
        conn.close()
    for _ in range(count):
        conn, _ = listener.accept()
        gevent.spawn(answer, conn)


listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen()
port = listener.getsockname()[1]
gevent.spawn(serve, listener, 4)


def ask(text):
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(text.encode())
    reply = s.recv(100)
    s.close()
    return reply


import time
start = time.time()
jobs = [gevent.spawn(ask, "q%d" % i) for i in range(4)]
gevent.joinall(jobs)
print([j.value for j in jobs], "concurrent:", time.time() - start < 0.3)

# select.select and selectors on patched sockets.
a, b = socket.socketpair()
gevent.spawn_later(0.01, b.send, b"!")
print(select.select([a], [], [], 2)[0] == [a], a.recv(1))
sel = selectors.DefaultSelector()
sel.register(a, selectors.EVENT_READ, "data for a")
gevent.spawn_later(0.01, b.send, b"?")
events = sel.select(2)
print([(key.data, mask) for key, mask in events], a.recv(1))
sel.unregister(a)
try:
    sel.unregister(a)
except KeyError:
    print("KeyError for an unregistered socket")
sel.close()
a.close()
b.close()
listener.close()
