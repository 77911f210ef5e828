# Faults on plain and gevent sockets: a peer that resets, writing to a closed peer, large
# payloads through sendall and makefile, and a server closing mid-line.
import socket

import gevent
from gevent import socket as gsocket


def pair():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    client = socket.create_connection(listener.getsockname())
    server, _ = listener.accept()
    listener.close()
    return client, server


# A reset: SO_LINGER with a zero timeout makes close() send RST.
client, server = pair()
server.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")  # l_onoff=1, l_linger=0
server.close()
try:
    client.recv(10)
except ConnectionResetError as e:
    print("ConnectionResetError:", e)
client.close()

# Writing to a peer that is gone: EPIPE, not a SIGPIPE.
client, server = pair()
server.close()
try:
    for i in range(100):
        client.sendall(b"x" * 65536)
except (BrokenPipeError, ConnectionResetError) as e:
    print("write to a closed peer:", isinstance(e, ConnectionError))
client.close()

# Large payloads, both ways, through the hub.
a, b = gsocket.socketpair()
payload = bytes(range(256)) * 8192  # 2 MiB


def send_all():
    a.sendall(payload)
    a.shutdown(socket.SHUT_WR)


def read_all():
    f = b.makefile("rb")
    data = f.read()
    f.close()
    return data


sender = gevent.spawn(send_all)
reader = gevent.spawn(read_all)
gevent.joinall([sender, reader])
print("2 MiB through sendall and makefile:", reader.value == payload)

# Many lines through readline.
lines = [("line %d\n" % i).encode() for i in range(20000)]
gevent.spawn(lambda: (b.sendall(b"".join(lines)), b.shutdown(socket.SHUT_WR)))
f = a.makefile("rb")
got = list(f)
print("20000 lines:", got == lines, f.readline())
f.close()
a.close()
b.close()

# A server that closes in the middle of a line: readline returns what came.
client, server = pair()
server.sendall(b"partial line without end")
server.close()
f = client.makefile("rb")
print(f.readline(), f.readline())
f.close()
client.close()
try:
    f.readline()
except ValueError as e:
    print("ValueError:", e)

# bytes.find, which the buffered reader calls per line: bounds as Python's.
data = b"line\n" * 1000
print(data.find(b"ne", -3), data.find(b"ne", 2, 3), data.find(b"l", 100000), data.find(b"\n", 4999),
      b"abc".find(b"c", -1), b"abc".find(98), b"abc".find(b"", 3), b"abc".find(b"", 4), b"abcabc".find(b"ca", 1, -1))
