# link, link_value, link_exception, rawlink and unlink; links run after the greenlet ends.
import gevent
from gevent.event import AsyncResult

log = []


def ok():
    gevent.sleep(0)
    return "fine"


def bad():
    gevent.sleep(0)
    raise ValueError("bad")


def cb(tag):
    def run(g):
        log.append((tag, g.value if g.successful() else repr(g.exception)))
    return run


g = gevent.spawn(ok)
g.link(cb("link"))
g.link_value(cb("link_value"))
g.link_exception(cb("link_exception"))
removed = cb("removed")
g.link(removed)
g.unlink(removed)
g.join()
gevent.sleep(0)
print(log)

log = []
h = gevent.spawn(bad)
h.link(cb("link"))
h.link_value(cb("link_value"))
h.link_exception(cb("link_exception"))
h.join()
gevent.sleep(0)
print(log)

# Linking to a finished greenlet still calls the link.
log = []
g.link(cb("late"))
gevent.sleep(0)
print(log)

# rawlink runs in the hub, in the order added.
log = []
k = gevent.spawn(ok)
k.rawlink(lambda s: log.append("raw1"))
k.rawlink(lambda s: log.append("raw2"))
k.join()
gevent.sleep(0)
print(log, k.has_links())

# An AsyncResult as link receives the outcome.
r1 = AsyncResult()
r2 = AsyncResult()
gevent.spawn(ok).link(r1)
gevent.spawn(bad).link(r2)
print(r1.get())
try:
    r2.get()
except ValueError as e:
    print("r2 raised", repr(e))

# A greenlet linked to another: the link runs in a new greenlet, which may block.
def watcher(source):
    gevent.sleep(0.01)
    print("watcher saw", source.value)


w = gevent.spawn(ok)
w.link(watcher)
w.join()
gevent.sleep(0.05)
try:
    w.link(42)
except TypeError as e:
    print("TypeError:", e)
