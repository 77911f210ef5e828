# gevent.event: Event wakes every waiter in the order they waited; AsyncResult delivers one
# value or exception to any number of getters.
import gevent
from gevent.event import Event, AsyncResult
from gevent import Timeout

evt = Event()
log = []


def waiter(n):
    log.append("wait%d" % n)
    result = evt.wait()
    log.append("woke%d:%s" % (n, result))


gs = [gevent.spawn(waiter, i) for i in range(4)]
gevent.sleep(0)
print(evt.is_set(), evt.isSet(), evt.ready())
evt.set()
log.append("set")
gevent.joinall(gs)
print(log)
print("set event:", evt.wait(), evt.wait(0), evt.is_set())
evt.clear()
print("cleared:", evt.is_set(), evt.wait(0.05), evt.wait(timeout=0))

# Set and cleared before the waiters run: they still wake (True).
e2 = Event()
res = []
gs = [gevent.spawn(lambda: res.append(e2.wait())) for _ in range(2)]
gevent.sleep(0)
e2.set()
e2.clear()
gevent.joinall(gs)
print("set then clear:", res)

# rawlink/unlink on an Event.
e3 = Event()
e3.rawlink(lambda e: print("rawlink called, set =", e.is_set()))
removed = lambda e: print("never")
e3.rawlink(removed)
e3.unlink(removed)
print("linkcount:", e3.linkcount())
e3.set()
gevent.sleep(0)
try:
    e3.rawlink(5)
except TypeError as ex:
    print("TypeError:", ex)

# Event.wait with timeout while another greenlet sets it later.
e4 = Event()
gevent.spawn_later(0.05, e4.set)
print("wait(1) got:", e4.wait(1))

# AsyncResult
r = AsyncResult()
print("fresh:", r.ready(), r.successful(), r.value, r.exception)
try:
    r.get_nowait()
except Timeout as t:
    print("get_nowait on unset raised", type(t).__name__)
try:
    r.get(block=False)
except Timeout:
    print("get(block=False) raised Timeout")
try:
    r.get(timeout=0.05)
except Timeout as t:
    print("get(timeout=0.05) raised", type(t).__name__)
print("wait(0.05):", r.wait(0.05))

getters = [gevent.spawn(r.get) for _ in range(3)]
gevent.spawn_later(0.02, r.set, "hello")
print([g.get() for g in getters])
print("set:", r.ready(), r.successful(), r.value, r.exception, r.get(), r.wait(), r.get_nowait())
print(str(r))

r2 = AsyncResult()


def fail_later():
    gevent.sleep(0.01)
    r2.set_exception(KeyError("k"))


gevent.spawn(fail_later)
try:
    r2.get()
except KeyError as e:
    print("get raised", repr(e))
print("exception:", r2.ready(), r2.successful(), r2.value, repr(r2.exception), r2.wait())
print(r2.exc_info[0].__name__)
print(str(r2))

# set() with no value, and the futures-style API.
r3 = AsyncResult()
r3.set()
print("set():", r3.ready(), r3.get(), r3.done(), r3.result(), r3.cancel(), r3.cancelled())

# rawlink on an AsyncResult runs in the hub when set.
r4 = AsyncResult()
r4.rawlink(lambda a: print("r4 link got", a.value))
r4.set(99)
gevent.sleep(0)

# An AsyncResult set twice keeps the last value.
r5 = AsyncResult()
r5.set(1)
r5.set(2)
print("r5:", r5.get())

# Event with many waiters and a timeout for some.
e6 = Event()
out = []


def w(n, t):
    out.append((n, e6.wait(t)))


gs = [gevent.spawn(w, 0, 0.01), gevent.spawn(w, 1, None), gevent.spawn(w, 2, 0.01)]
gevent.sleep(0.05)
e6.set()
gevent.joinall(gs)
print(out)
