# Misuse and edge cases: errors say what went wrong, the hub keeps working.
import gevent
from gevent import Timeout, GreenletExit
from gevent.queue import Queue, UnboundQueue, ShutDown, Empty
from gevent.event import AsyncResult

t = Timeout(1)
t.start()
try:
    t.start()
except AssertionError as e:
    print("AssertionError:", str(e).split(" is already")[1])
t.cancel()
print("pending:", t.pending)

# spawn_raw: a plain greenlet started on the next loop turn.
log = []
raw = gevent.spawn_raw(log.append, "raw ran")
print("before:", log)
gevent.sleep(0)
print("after:", log, raw.dead)
raw2 = gevent.spawn_raw(lambda a, b=0: log.append(a + b), 1, b=2)
gevent.sleep(0)
print(log)
try:
    gevent.spawn_raw(3)
except TypeError as e:
    print("TypeError:", e)


# kill with a timeout: a greenlet that ignores GreenletExit keeps running.
def stubborn():
    for _ in range(3):
        try:
            gevent.sleep(0.05)
        except GreenletExit:
            print("ignoring GreenletExit")
    return "survived"


g = gevent.spawn(stubborn)
gevent.sleep(0)
g.kill(timeout=0.01)
print("after kill(timeout):", g.dead)
print(g.get())

# killall with a timeout raises Timeout when greenlets outlive it.
gs = [gevent.spawn(stubborn) for _ in range(2)]
gevent.sleep(0)
try:
    gevent.killall(gs, timeout=0.01)
except Timeout as e:
    print("killall timed out:", e)
print([x.get() for x in gs])

# Queue shutdown wakes waiting getters with ShutDown.
q = Queue()


def getter():
    try:
        q.get()
    except ShutDown:
        return "ShutDown"


gg = gevent.spawn(getter)
gevent.sleep(0)
q.shutdown()
print("getter:", gg.get())
try:
    q.put(1)
except ShutDown:
    print("put after shutdown: ShutDown")
try:
    UnboundQueue(5)
except ValueError as e:
    print("ValueError:", e)
u = UnboundQueue()
for i in range(3):
    u.put(i)
print("unbound:", u.qsize(), u.get(), u.full())

# An AsyncResult holding an exception raises it in every getter.
r = AsyncResult()
r.set_exception(ZeroDivisionError("zero"))
for _ in range(2):
    try:
        r.get()
    except ZeroDivisionError as e:
        print("raised again:", e)
print("wait() does not raise:", r.wait(), r.ready(), r.successful())

# A greenlet blocked in get() on a greenlet that is killed gets GreenletExit as value.
victim = gevent.spawn(gevent.sleep, 1)
waiter = gevent.spawn(victim.get)
gevent.sleep(0)
victim.kill()
print("waiter got:", type(waiter.get()).__name__)

# Timeout(0) fires on the next loop turn.
try:
    with Timeout(0):
        gevent.sleep(0.05)
except Timeout as e:
    print("Timeout(0):", str(e))

# get(timeout) of a Queue in a greenlet, while main keeps going.
def timed_get():
    try:
        return Queue().get(timeout=0.01)
    except Empty:
        return "Empty"


print(gevent.spawn(timed_get).get())
