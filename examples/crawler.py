# gevent's classic crawler, unchanged but for the server it fetches from: a local https server
# (gevent.server, certificate crawler_cert.pem trusted through SSL_CERT_FILE) that answers
# after 0.5 s (/python) and 0.4 s (/github). The serial fetches take ~0.9 s, the parallel ones
# ~0.5 s.
import os
import gevent.ssl
import gevent
from gevent.server import StreamServer

os.environ["SSL_CERT_FILE"] = "crawler_cert.pem"
PAGES = {"/python": b"<html>python</html>" * 100, "/github": b"<html>github</html>" * 50}
DELAYS = {"/python": 0.5, "/github": 0.4}


def handle(sock, address):
    f = sock.makefile("rb")
    path = f.readline().split()[1].decode()
    while f.readline() not in (b"\r\n", b""):
        pass
    gevent.sleep(DELAYS.get(path, 0))
    body = PAGES.get(path, b"not found")
    head = "HTTP/1.1 200 OK\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % len(body)
    sock.sendall(head.encode() + body)
    f.close()


context = gevent.ssl.SSLContext(gevent.ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain("crawler_cert.pem", "crawler_key.pem")
server = StreamServer(("127.0.0.1", 8443), handle, ssl_context=context)
server.start()

# The program from gevent's README, as is (times printed as comparisons, for the test).
from urllib import request
from gevent import monkey
import gevent, time
monkey.patch_all()
def wget(url):
    print('GET: %s' % url)
    resp = request.urlopen(url)
    data = resp.read()
    print('%d bytes received from %s.' % (len(data), url))
urls = ['https://127.0.0.1:8443/python', 'https://127.0.0.1:8443/github']
start = time.time()
for u in urls: wget(u)
print("serial about 0.9 s:", 0.85 < time.time() - start < 1.4)
start = time.time()
gevent.joinall([gevent.spawn(wget, u) for u in urls])
print("parallel about 0.5 s:", 0.4 < time.time() - start < 0.9)
server.stop()
