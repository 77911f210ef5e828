# A small HTTP/1.1 server with keep-alive on gevent.server.StreamServer, and clients using
# http.client over one connection each (after monkey.patch_all(), http.client's sockets are
# gevent's). Run with an argument (a port) to keep serving: `baozi examples/http_server.py 8080`
# and try `wrk -t2 -c100 -d10s http://127.0.0.1:8080/`.
import sys
from gevent import monkey
monkey.patch_all()
import gevent
from gevent.server import StreamServer
from gevent.pool import Pool
import http.client

REASONS = {200: "OK", 404: "Not Found", 400: "Bad Request"}


def route(method, path):
    if path == "/":
        return 200, b"Hello, World!\n"
    if path.startswith("/echo/"):
        return 200, path[6:].encode() + b"\n"
    return 404, b"no such page: " + path.encode() + b"\n"


def handle(sock, address):
    rfile = sock.makefile("rb")
    while True:
        request_line = rfile.readline(65537)
        if not request_line:
            break
        parts = request_line.decode("latin-1").split()
        headers = {}
        while True:
            line = rfile.readline(65537)
            if line in (b"\r\n", b"\n", b""):
                break
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        if len(parts) != 3:
            status, body, keep_alive = 400, b"bad request\n", False
        else:
            method, path, version = parts
            status, body = route(method, path)
            connection = headers.get("connection", "").lower()
            keep_alive = connection != "close" if version == "HTTP/1.1" else connection == "keep-alive"
        head = "HTTP/1.1 %d %s\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n" % (status, REASONS[status], len(body))
        if not keep_alive:
            head += "Connection: close\r\n"
        sock.sendall(head.encode() + b"\r\n" + body)
        if not keep_alive:
            break
    rfile.close()


connections = []


def counting_handle(sock, address):
    connections.append(address)
    handle(sock, address)


if len(sys.argv) > 1:
    print("serving on http://127.0.0.1:%s/" % sys.argv[1])
    StreamServer(("127.0.0.1", int(sys.argv[1])), handle, spawn=Pool(10000), backlog=1024).serve_forever()

server = StreamServer(("127.0.0.1", 0), counting_handle)
server.start()


def session(paths):
    conn = http.client.HTTPConnection("127.0.0.1", server.server_port)
    results = []
    for path in paths:
        conn.request("GET", path)
        resp = conn.getresponse()
        results.append((resp.status, resp.reason, resp.getheader("Content-Length"), resp.read()))
    conn.close()
    return results


jobs = [gevent.spawn(session, ["/", "/echo/%d" % i, "/missing"]) for i in range(3)]
gevent.joinall(jobs)
for job in jobs:
    for result in job.value:
        print(result)
print("connections used for 9 requests:", len(connections))

# HTTP/1.0 without keep-alive gets one answer and a closed connection.
conn = http.client.HTTPConnection("127.0.0.1", server.server_port)
conn._http_vsn_str = "HTTP/1.0"
conn.request("GET", "/")
resp = conn.getresponse()
print(resp.status, resp.getheader("Connection"), resp.read())
conn.close()
server.stop()
