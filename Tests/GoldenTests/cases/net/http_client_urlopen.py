# http.client and urllib.request against a small HTTP server the script starts in greenlets
# (gevent.server); monkey-patched sockets make the client cooperative.
from gevent import monkey
monkey.patch_all()
import gevent
from gevent.server import StreamServer
import http.client
import urllib.request
import urllib.error

connections = []
requests = []


def respond(sock, status, headers, body):
    head = "HTTP/1.1 %s\r\n" % status + "".join("%s: %s\r\n" % h for h in headers) + "\r\n"
    sock.sendall(head.encode("latin-1") + body)


def handle(sock, address):
    connections.append(address)
    f = sock.makefile("rb")
    while True:
        line = f.readline()
        if not line:
            break
        method, path, version = line.decode().split()
        headers = {}
        while True:
            h = f.readline().decode().rstrip("\r\n")
            if not h:
                break
            name, _, value = h.partition(":")
            headers[name.strip().lower()] = value.strip()
        body = f.read(int(headers["content-length"])) if "content-length" in headers else b""
        requests.append((method, path, headers.get("host") is not None, headers.get("user-agent", "")[:13],
                         headers.get("connection"), body))
        if path == "/hello":
            respond(sock, "200 OK", [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", "12"),
                                     ("X-Multi", "a"), ("X-Multi", "b")], b"hello, world")
        elif path == "/chunked":
            respond(sock, "200 OK", [("Transfer-Encoding", "chunked")],
                    b"5\r\nfirst\r\n7;ext=1\r\n, secon\r\n1\r\nd\r\n0\r\nTrailer: x\r\n\r\n")
        elif path == "/echo":
            respond(sock, "201 Created", [("Content-Length", str(len(body)))], body.upper())
        elif path == "/redirect":
            respond(sock, "302 Found", [("Location", "/hello"), ("Content-Length", "0")], b"")
        elif path == "/loop":
            respond(sock, "301 Moved Permanently", [("Location", "/loop"), ("Content-Length", "0")], b"")
        elif path == "/missing":
            respond(sock, "404 Not Found", [("Content-Length", "9")], b"not here!")
        elif path == "/garbage":
            sock.sendall(b"SPDY/9 what\r\n\r\n")
            break
        elif path == "/short":
            respond(sock, "200 OK", [("Content-Length", "100")], b"only this")
            break
        elif path == "/close":
            sock.sendall(b"HTTP/1.0 200 OK\r\n\r\nuntil the end")
            break
        elif path == "/silent":
            break
        if headers.get("connection") == "close":
            break
    f.close()


server = StreamServer(("127.0.0.1", 0), handle)
server.start()
port = server.server_port
base = "http://127.0.0.1:%d" % port

# http.client: keep-alive over one connection.
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
conn.request("GET", "/hello")
r = conn.getresponse()
print(r.status, r.reason, r.version, r.getheader("content-type"), r.getheader("x-multi"), r.getheader("nope", "dflt"))
print(r.read(5), r.read(), r.read(), r.isclosed())
conn.request("POST", "/echo", body=b"post body", headers={"X-Test": "1"})
r = conn.getresponse()
print(r.status, r.reason, r.read())
conn.request("GET", "/chunked")
r = conn.getresponse()
print(r.status, r.chunked, r.read())
conn.request("GET", "/chunked")
r = conn.getresponse()
print("chunked in pieces:", r.read(3), r.read(4), r.read(100))
print("one connection for four requests:", len(connections) == 1)
conn.close()

# Errors.
for path, exc in [("/garbage", http.client.BadStatusLine), ("/silent", http.client.RemoteDisconnected)]:
    conn = http.client.HTTPConnection("127.0.0.1", port)
    conn.request("GET", path)
    try:
        conn.getresponse()
    except exc as e:
        print(type(e).__name__, repr(e.args[0])[:30], isinstance(e, http.client.HTTPException))
    conn.close()
conn = http.client.HTTPConnection("127.0.0.1", port)
conn.request("GET", "/short")
r = conn.getresponse()
try:
    r.read()
except http.client.IncompleteRead as e:
    print(repr(e), e.partial)
conn.close()
conn = http.client.HTTPConnection("127.0.0.1", port)
conn.request("GET", "/close")
r = conn.getresponse()
print("HTTP/1.0 read to close:", r.version, r.will_close, r.read())
conn.close()
conn = http.client.HTTPConnection("127.0.0.1", port)
conn.request("GET", "/hello")
try:
    conn.request("GET", "/hello")
except http.client.CannotSendRequest as e:
    print("CannotSendRequest", e)
conn.close()
try:
    http.client.HTTPConnection("127.0.0.1:notaport")
except http.client.InvalidURL as e:
    print("InvalidURL:", e)

# urllib.request.urlopen.
with urllib.request.urlopen(base + "/hello") as resp:
    print(resp.status, resp.reason, resp.geturl()[-6:], resp.headers["Content-Length"], resp.read())
resp = urllib.request.urlopen(base + "/redirect", timeout=5)
print("redirected:", resp.status, resp.url[-6:], resp.read())
req = urllib.request.Request(base + "/echo", data=b"a=1&b=2", headers={"X-Custom": "yes"})
print(req.get_method(), req.host == "127.0.0.1:%d" % port, req.selector, req.has_header("X-custom"))
resp = urllib.request.urlopen(req)
print(resp.status, resp.read())
try:
    urllib.request.urlopen(base + "/missing")
except urllib.error.HTTPError as e:
    print("HTTPError:", e, e.code, e.reason, e.read(), isinstance(e, urllib.error.URLError))
try:
    urllib.request.urlopen(base + "/loop")
except urllib.error.HTTPError as e:
    print("redirect loop:", e.code, str(e).splitlines()[0])
server.stop()
try:
    urllib.request.urlopen(base + "/hello")
except urllib.error.URLError as e:
    print("URLError:", e, type(e.reason).__name__)
try:
    urllib.request.urlopen("nope://x")
except urllib.error.URLError as e:
    print("URLError:", e)
try:
    urllib.request.urlopen("not a url")
except ValueError as e:
    print("ValueError:", e)

# Four slow requests in parallel take the time of one.
import time


def slow_handle(sock, address):
    f = sock.makefile("rb")
    while f.readline() not in (b"\r\n", b""):
        pass
    gevent.sleep(0.2)
    respond(sock, "200 OK", [("Content-Length", "2"), ("Connection", "close")], b"ok")
    f.close()


slow = StreamServer(("127.0.0.1", 0), slow_handle)
slow.start()
url = "http://127.0.0.1:%d/" % slow.server_port
start = time.time()
jobs = [gevent.spawn(lambda: urllib.request.urlopen(url).read()) for _ in range(4)]
gevent.joinall(jobs)
print([j.value for j in jobs], "parallel:", time.time() - start < 0.6)
slow.stop()
print([r[:2] + r[3:] for r in requests[:3]])
