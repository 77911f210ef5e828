# ssl over cooperative sockets: a TLS echo server (gevent.server with ssl_context) and
# clients verifying its self-signed certificate (tls_cert.pem, made for localhost and
# 127.0.0.1), certificate and host name failures, and https through urllib.
from gevent import monkey
monkey.patch_all()
import socket
import ssl
import gevent
from gevent.server import StreamServer
import urllib.request
import urllib.error

CERT = "tls_cert.pem"
KEY = "tls_key.pem"

server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server_ctx.load_cert_chain(CERT, KEY)


def echo(sock, address):
    f = sock.makefile("rb")
    for line in f:
        if line.startswith(b"GET "):
            while f.readline() not in (b"\r\n", b""):
                pass
            sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 6\r\nConnection: close\r\n\r\nsecure")
            break
        sock.sendall(line.upper())
    f.close()


server = StreamServer(("127.0.0.1", 0), echo, ssl_context=server_ctx)
server.start()
port = server.server_port
print("server ssl:", server.ssl_enabled)


def checked_echo(sock, address):
    # Wraps by hand: handshakes the clients reject end quietly here.
    try:
        tls = server_ctx.wrap_socket(sock, server_side=True)
    except ssl.SSLError:
        return
    echo(tls, address)
    tls.close()


strict = StreamServer(("127.0.0.1", 0), checked_echo)
strict.start()

ctx = ssl.create_default_context(cafile=CERT)
print("client defaults:", ctx.verify_mode == ssl.CERT_REQUIRED, ctx.check_hostname, ctx.protocol == ssl.PROTOCOL_TLS_CLIENT)


def talk(hostname, text):
    raw = socket.create_connection(("127.0.0.1", port))
    tls = ctx.wrap_socket(raw, server_hostname=hostname)
    tls.sendall(text.encode() + b"\n")
    reply = tls.recv(100)
    version = tls.version()
    subject = dict(x[0] for x in tls.getpeercert()["subject"])
    tls.close()
    return reply, version in ("TLSv1.2", "TLSv1.3"), subject


jobs = [gevent.spawn(talk, name, "hello %d" % i) for i, name in enumerate(["localhost", "127.0.0.1", "localhost"])]
gevent.joinall(jobs)
for j in jobs:
    print(j.value)

# Verification failures.
for context, hostname in [(ssl.create_default_context(), "localhost"), (ctx, "otherhost"), (ctx, "127.0.0.2")]:
    raw = socket.create_connection(("127.0.0.1", strict.server_port))
    try:
        context.wrap_socket(raw, server_hostname=hostname)
    except ssl.SSLCertVerificationError as e:
        print(type(e).__name__, e.reason, e.verify_code, e.verify_message, isinstance(e, ssl.SSLError),
              isinstance(e, ValueError))
        print("  ", str(e).split(" (_ssl")[0])
    print("socket closed after the failure:", raw.fileno())

# Without verification.
unverified = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
unverified.check_hostname = False
unverified.verify_mode = ssl.CERT_NONE
with unverified.wrap_socket(socket.create_connection(("127.0.0.1", port))) as tls:
    tls.sendall(b"unverified\n")
    print(tls.recv(100))
try:
    unverified.verify_mode = ssl.CERT_NONE
    ctx.verify_mode = ssl.CERT_NONE
except ValueError as e:
    print("ValueError:", e)
try:
    ctx.wrap_socket(socket.socket())
except ValueError as e:
    print("ValueError:", e)

# Errors loading files, and a TLS client talking to a plain server.
try:
    ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER).load_cert_chain("no-such-cert.pem")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)


def plain(sock, address):
    sock.recv(1000)
    sock.sendall(b"HTTP/1.0 400 Bad Request\r\n\r\n")


plain_server = StreamServer(("127.0.0.1", 0), plain)
plain_server.start()
try:
    ctx.wrap_socket(socket.create_connection(("127.0.0.1", plain_server.server_port)), server_hostname="localhost")
except ssl.SSLError as e:
    print(type(e).__name__, e.reason, e.library)
plain_server.stop()

# https with urllib.
resp = urllib.request.urlopen("https://localhost:%d/" % port, context=ctx)
print(resp.status, resp.read())
resp = urllib.request.urlopen("https://127.0.0.1:%d/x" % port, context=ctx)
print(resp.status, resp.read())
try:
    urllib.request.urlopen("https://127.0.0.1:%d/" % strict.server_port)
except urllib.error.URLError as e:
    print("URLError:", type(e.reason).__name__, e.reason.verify_message)
server.stop()
strict.stop()
