# joinall/wait without a timeout: results in finishing order, main resumes right after the
# last one finishes (before callbacks queued later), count, duplicates, finished greenlets,
# events, and an exception in the waiter. spawn() arguments: kwargs, run=, not callable.
import gevent
from gevent.event import Event, AsyncResult


def work(name, t=0):
    if t:
        gevent.sleep(t)
    print("run", name)
    return name


a = gevent.spawn(work, "a")
b = gevent.spawn(work, "b", t=0.02)
c = gevent.spawn(work, "c")
gevent.sleep(0)
print("a, c finished:", a.dead, b.dead, c.dead)
d = gevent.spawn(work, "d")
done = gevent.joinall([b, a, d, c])
print("joinall:", [g.value for g in done])

# Main resumes once the last greenlet finishes, before a greenlet spawned later runs.
def spawner():
    gevent.spawn(work, "late")
    return "spawner"

x = gevent.spawn(spawner)
y = gevent.spawn(work, "y")
print("joinall 2:", [g.value for g in gevent.joinall([x, y])])
gevent.sleep(0)

gs = [gevent.spawn(work, n, t) for n, t in (("p", 0.03), ("q", 0.01), ("r", 0.02))]
print("count=2:", [g.value for g in gevent.wait(gs, count=2)])
print("rest:", [g.value for g in gevent.joinall(gs)])

g = gevent.spawn(work, "dup")
print("duplicates:", [h.value for h in gevent.joinall([g, g])])
print("empty:", gevent.joinall([]), gevent.wait([], count=0))
print("count=0:", gevent.wait([gevent.spawn(work, "z")], count=0))
gevent.sleep(0)

ev = Event()
ar = AsyncResult()
g = gevent.spawn(work, "with events", 0.01)
gevent.spawn_later(0.02, ev.set)
gevent.spawn_later(0.005, ar.set, 42)
done = gevent.wait([ev, g, ar])
print("mixed:", [type(o).__name__ for o in done])

# A timeout raised into the waiting greenlet: its links are removed, nothing is left.
slow = gevent.spawn(work, "slow", 0.05)
try:
    with gevent.Timeout(0.01):
        gevent.joinall([slow])
except gevent.Timeout:
    print("timed out; links left:", slow.has_links())
gevent.joinall([slow])

# Linked callbacks and joinall on the same greenlet keep their order.
g = gevent.spawn(work, "linked", 0.01)
g.link(lambda src: print("link callback", src.value))
g.rawlink(lambda src: print("rawlink callback", src.value))
print("joined:", [h.value for h in gevent.joinall([g])])
gevent.sleep(0.01)

# spawn() arguments
g = gevent.spawn(work, name="kw", t=0)
g2 = gevent.spawn(run=lambda: "run-kw")
gevent.joinall([g, g2])
print(g.value, g2.value, g.kwargs, g.args, g2.args)
try:
    gevent.spawn(42)
except TypeError as e:
    print("TypeError:", e)


class Callable:
    def __call__(self, v):
        print("callable object", v)
        return v


g = gevent.spawn(Callable(), 7)
print(g.get(), g.successful())
print(repr(gevent.spawn(work, "r")).split(":")[-1])
gevent.sleep(0)
