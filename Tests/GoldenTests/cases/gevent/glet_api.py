# Greenlet objects: subclassing with _run, value/exception/ready/successful/dead/started,
# join(timeout), get(block, timeout), name, minimal_ident and repr.
import gevent
from gevent import Greenlet


class Counter(Greenlet):
    def __init__(self, n):
        Greenlet.__init__(self)
        self.n = n

    def _run(self):
        total = 0
        for i in range(self.n):
            total += i
            gevent.sleep(0)
        return total


c = Counter(5)
print("fresh:", c.started, c.dead, c.ready(), c.successful(), c.value, c.exception)
c.start()
print("started:", c.started, c.dead, c.ready())
c.join()
print("joined:", c.started, c.dead, c.ready(), c.successful(), c.value, c.exception)
print(Counter.spawn(10).get())


def slow(x):
    gevent.sleep(0.2)
    return x * 2


g = gevent.spawn(slow, 21)
g.join(timeout=0.05)
print("after join(0.05):", g.ready(), g.dead, g.value)
try:
    g.get(timeout=0.05)
except gevent.Timeout as t:
    print("get(timeout) raised", type(t).__name__, t is not None)
try:
    g.get(block=False)
except gevent.Timeout as t:
    print("get(block=False) raised", type(t).__name__)
print("get:", g.get())
print("get again:", g.get(), g.get(block=False))


def fails():
    gevent.sleep(0)
    raise KeyError("missing")


f = gevent.spawn(fails)
f.join()
print("failed:", f.ready(), f.successful(), f.dead, repr(f.exception), f.value)
try:
    f.get()
except KeyError as e:
    print("get re-raised", repr(e))

# Names and idents.
a = gevent.spawn(lambda: None)
b = gevent.spawn(lambda: None)
print(a.name.startswith("Greenlet-"), b.minimal_ident - a.minimal_ident)
a.name = "worker-a"
print(a.name)
gevent.joinall([a, b])

# repr shows the function and arguments.
def job(x, y=0):
    return x + y


r = gevent.spawn(job, 1, y="two" * 3)
print(repr(r).split(": ", 1)[1])
r.join()
print(repr(c).split(" at ")[0], repr(c).endswith(": _run>"))
print(isinstance(r, gevent.Greenlet), gevent.getcurrent() is not r)
try:
    Greenlet(42)
except TypeError as e:
    print("TypeError:", e)
try:
    gevent.spawn_later(0.1)
except TypeError as e:
    print("TypeError:", e)
