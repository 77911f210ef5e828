# gevent.socket.getaddrinfo resolves on libuv's thread pool: other greenlets run meanwhile.
import gevent
from gevent import socket

ticks = []


def ticker():
    for i in range(3):
        ticks.append(i)
        gevent.sleep(0)


def resolve(name):
    try:
        infos = socket.getaddrinfo(name, 80, socket.AF_INET, socket.SOCK_STREAM)
        return sorted(set(info[4][0] for info in infos))
    except socket.gaierror as e:
        return "gaierror %s" % (e.errno == socket.EAI_NONAME or e.errno == -5 or e.errno == socket.EAI_AGAIN)


jobs = [gevent.spawn(resolve, n) for n in ["localhost", "127.0.0.1", "no-such-host.invalid"]]
jobs.append(gevent.spawn(ticker))
gevent.joinall(jobs)
print([j.value for j in jobs[:3]], ticks)
print(socket.gethostbyname("localhost"), socket.gethostbyname_ex("localhost")[2])
c = None
try:
    socket.create_connection(("no-such-host.invalid", 80))
except socket.gaierror as e:
    print("create_connection:", type(e).__name__, isinstance(e, OSError))
