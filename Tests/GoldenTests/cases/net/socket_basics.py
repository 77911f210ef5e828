# Plain sockets without greenlets: a TCP echo over a socketpair-free loopback connection, a
# UDP exchange, options, addresses and the errors CPython raises.
import errno
import os
import socket

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print("SO_REUSEADDR set:", server.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
server.bind(("127.0.0.1", 0))
server.listen(5)
host, port = server.getsockname()
print("bound to", host, "port is an int:", isinstance(port, int) and port > 0)

client = socket.create_connection(("127.0.0.1", port), timeout=5)
conn, peer = server.accept()
print("peer is the client:", peer == client.getsockname(), conn.getpeername() == client.getsockname())
print("timeouts:", client.gettimeout(), conn.gettimeout(), server.gettimeout())
client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print("TCP_NODELAY:", client.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)

client.sendall(b"hello " * 1000)
data = b""
while len(data) < 6000:
    data += conn.recv(4096)
print("received", len(data), data[:12])
print("send returns a count:", conn.send(b"pong"))
print(client.recv(100))
buf = bytearray(10)
conn.send(b"abc")
n = client.recv_into(buf)
print("recv_into:", n, bytes(buf[:n]))

# A timeout on recv.
client.settimeout(0.05)
try:
    client.recv(10)
except socket.timeout as e:
    print("timeout:", type(e).__name__, e, isinstance(e, OSError))
client.setblocking(False)
try:
    client.recv(10)
except BlockingIOError as e:
    print("non-blocking:", e.errno == errno.EAGAIN, e)
client.setblocking(True)
print("blocking again:", client.gettimeout(), client.getblocking())

# makefile, binary and text.
wfile = conn.makefile("wb")
wfile.write(b"line one\nline two\n")
wfile.flush()
rfile = client.makefile("rb")
print(rfile.readline(), rfile.readline())
conn.sendall("ünïcode text\n".encode())
tfile = client.makefile("r", encoding="utf-8")
print(repr(tfile.readline()))
wfile.close()
rfile.close()
tfile.close()

# The peer closes: recv gives b"".
conn.shutdown(socket.SHUT_WR)
print("after peer shutdown:", client.recv(10))
conn.close()
client.close()
print("closed fileno:", client.fileno(), "repr has [closed]:", "[closed]" in repr(client))
try:
    client.recv(1)
except OSError as e:
    print("use after close:", e)

# Connection refused: the listening socket is gone.
server.close()
try:
    socket.create_connection(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print("refused:", e, e.errno == errno.ECONNREFUSED)
s = socket.socket()
print("connect_ex:", s.connect_ex(("127.0.0.1", port)) == errno.ECONNREFUSED)
s.close()

# Bad addresses.
s = socket.socket()
for bad in ["127.0.0.1", ("127.0.0.1",), ("127.0.0.1", 70000)]:
    try:
        s.connect(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
s.close()
try:
    socket.getaddrinfo("no-such-host.invalid", 80)
except socket.gaierror as e:
    print("gaierror:", e.errno == socket.EAI_NONAME, isinstance(e, OSError))

# UDP.
a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(("127.0.0.1", 0))
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b.sendto(b"datagram", a.getsockname())
data, addr = a.recvfrom(100)
print("udp:", data, addr == b.getsockname())
a.sendto(b"reply", addr)
print("udp reply:", b.recvfrom(100)[0])
a.close()
b.close()

# Names.
print(socket.gethostbyname("localhost"), socket.gethostbyname("127.0.0.1"))
print(isinstance(socket.gethostname(), str))
infos = socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM)
print([(f == socket.AF_INET, t == socket.SOCK_STREAM, addr) for f, t, p, c, addr in infos])
print(socket.getaddrinfo("::1", "8080", socket.AF_INET6, socket.SOCK_STREAM)[0][4])
print(socket.inet_aton("1.2.3.4"), socket.inet_ntoa(b"\x7f\x00\x00\x01"), socket.htons(1), socket.ntohl(1))

# IPv6 loopback.
s6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
s6.bind(("::1", 0))
s6.listen()
c6 = socket.create_connection(("::1", s6.getsockname()[1]))
d6, addr6 = s6.accept()
c6.sendall(b"v6")
print("ipv6:", d6.recv(10), addr6[0], len(addr6))
for s in (s6, c6, d6):
    s.close()

# with-statement closes.
with socket.socket() as s:
    pass
print("closed by with:", s.fileno())

# Failed connects release their descriptors.
before = len(os.listdir("/proc/self/fd"))
listener = socket.socket()
listener.bind(("127.0.0.1", 0))
dead = listener.getsockname()
listener.close()
for i in range(1000):
    try:
        socket.create_connection(dead)
    except ConnectionRefusedError:
        pass
print("fd count flat after 1000 refused connects:", len(os.listdir("/proc/self/fd")) == before)
