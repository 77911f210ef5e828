# gevent.lock: Semaphore, BoundedSemaphore and RLock.
import gevent
from gevent.lock import Semaphore, BoundedSemaphore, RLock

sem = Semaphore(2)
log = []


def worker(n):
    with sem:
        log.append("in %d" % n)
        gevent.sleep(0.01 * (n + 1))
        log.append("out %d" % n)


gevent.joinall([gevent.spawn(worker, i) for i in range(5)])
print(log)
print("counter:", sem.counter, sem.locked())

s = Semaphore()
print(s.acquire(), s.locked(), s.counter)
print("non-blocking:", s.acquire(blocking=False), s.acquire(False))
print("timeout:", s.acquire(timeout=0.02))
gevent.spawn_later(0.02, s.release)
print("acquired after release:", s.acquire(timeout=1))
print("release returns", s.release(), s.release())
print("unbounded semaphore counter:", s.counter)

# wait() does not acquire.
z = Semaphore(0)
gevent.spawn_later(0.01, z.release)
print("wait:", z.wait(), z.counter)
z2 = Semaphore(0)
print("wait(timeout):", z2.wait(timeout=0.01))
try:
    Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)

# rawlink is called when the semaphore can be acquired.
z3 = Semaphore(0)
z3.rawlink(lambda sm: print("rawlink: counter", sm.counter))
z3.release()
gevent.sleep(0)

# Waiters acquire in FIFO order.
f = Semaphore(0)
order = []


def acq(n):
    f.acquire()
    order.append(n)


gs = [gevent.spawn(acq, i) for i in range(4)]
gevent.sleep(0)
for _ in range(4):
    f.release()
gevent.joinall(gs)
print("fifo:", order)

b = BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("BoundedSemaphore:", e)
with b:
    print("inside with:", b.locked())
print("after with:", b.locked())

# RLock: the owner may re-acquire; others wait.
lock = RLock()
print("acquire:", lock.acquire(), "again:", lock.acquire())
lock.release()
print("still locked:", lock.locked())
lock.release()
print("unlocked:", lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", str(e).split(".")[0])

events = []


def locker(n):
    with lock:
        events.append("got %d" % n)
        with lock:
            gevent.sleep(0.01)
        events.append("release %d" % n)


gevent.joinall([gevent.spawn(locker, i) for i in range(3)])
print(events)


def other():
    try:
        lock.release()
    except RuntimeError as e:
        return "other greenlet: " + str(e).split(".")[0]


lock.acquire()
print(gevent.spawn(other).get())
print("not owner acquire(False):", gevent.spawn(lock.acquire, False).get())
lock.release()
print("timeout acquire:", gevent.spawn(lambda: (lock.acquire(), gevent.sleep(0.05), lock.release())) and gevent.sleep(0) or lock.acquire(timeout=0.01))
