# An echo server on gevent.server.StreamServer: each connection is served by its own greenlet,
# so slow clients do not hold up the others. The script starts the server, talks to it from
# a few client greenlets at once, and stops it. Run with an argument (a port) to keep serving:
# `baozi examples/echo_server.py 8025` (bench/net_load.py holds 10,000 idle connections on it).
import sys
import gevent
from gevent import socket
from gevent.server import StreamServer


def echo(sock, address):
    sock.sendall(b"Welcome to the echo server! Type quit to exit.\r\n")
    rfile = sock.makefile("rb")
    while True:
        line = rfile.readline()
        if not line or line.strip().lower() == b"quit":
            break
        sock.sendall(line)
    rfile.close()


def client(name, lines, port):
    conn = socket.create_connection(("127.0.0.1", port))
    f = conn.makefile("rb")
    transcript = [f.readline().decode().strip()]
    for line in lines:
        conn.sendall(line.encode() + b"\r\n")
        gevent.sleep(0.01)  # a slow typist: the others are served meanwhile
        transcript.append(f.readline().decode().strip())
    conn.sendall(b"quit\r\n")
    transcript.append(repr(f.read()))
    f.close()
    conn.close()
    return name, transcript


if len(sys.argv) > 1:
    print("serving on 127.0.0.1:%s" % sys.argv[1])
    StreamServer(("127.0.0.1", int(sys.argv[1])), echo, backlog=1024).serve_forever()

server = StreamServer(("127.0.0.1", 0), echo)
server.start()
clients = [gevent.spawn(client, "client %d" % i, ["hello from %d" % i, "bye from %d" % i], server.server_port)
           for i in range(3)]
gevent.joinall(clients)
for c in clients:
    name, transcript = c.value
    print(name)
    for line in transcript:
        print("   ", line)
server.stop()
