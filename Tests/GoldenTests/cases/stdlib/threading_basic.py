# threading on the gevent hub: Thread, Lock, RLock, Event, Condition, Semaphore, local,
# current_thread/main_thread, Timer, Barrier, and the errors.
import threading

results = []


def worker(n, delay):
    import gevent
    gevent.sleep(delay)
    results.append((n, threading.current_thread().name))


threads = [threading.Thread(target=worker, args=(i, 0.1 * (3 - i))) for i in range(3)]
print([t.name for t in threads], [t.is_alive() for t in threads], threads[0].daemon)
for t in threads:
    t.start()
print([t.is_alive() for t in threads])
for t in threads:
    t.join()
print(results, [t.is_alive() for t in threads])

named = threading.Thread(target=lambda: None, name="custom", daemon=True)
print(named.name, named.daemon)
named.start()
named.join()
for bad in (named.start, threading.Thread().join, threading.current_thread().join):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)

print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.active_count(), [t.name for t in threading.enumerate()])


class Counter(threading.Thread):
    def __init__(self):
        super().__init__(name="counter")
        self.total = 0

    def run(self):
        for i in range(5):
            self.total += i


c = Counter()
c.start()
c.join(timeout=1)
print(c.total, c.name)

lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(blocking=False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with lock:
    print("inside", lock.locked())

rlock = threading.RLock()
with rlock:
    with rlock:
        print("re-entered")
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

event = threading.Event()
order = []


def waiter():
    order.append("waiting")
    print("event wait returned", event.wait())
    order.append("woken")


t = threading.Thread(target=waiter)
t.start()
import gevent
gevent.sleep(0.01)
order.append("setting")
event.set()
t.join()
print(order, event.is_set(), event.wait(0.01))
event.clear()
print(event.is_set(), event.wait(0.01))

cond = threading.Condition()
items = []


def consumer():
    with cond:
        cond.wait_for(lambda: items)
        print("consumed", items.pop())


consumers = [threading.Thread(target=consumer) for _ in range(2)]
for t in consumers:
    t.start()
gevent.sleep(0.01)
for value in ("a", "b"):
    with cond:
        items.append(value)
        cond.notify()
for t in consumers:
    t.join()
with cond:
    print("wait timed out:", cond.wait(0.01))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

sem = threading.BoundedSemaphore(2)
active = []
peak = []


def limited(n):
    with sem:
        active.append(n)
        peak.append(len(active))
        gevent.sleep(0.01)
        active.remove(n)


workers = [threading.Thread(target=limited, args=(i,)) for i in range(5)]
for t in workers:
    t.start()
for t in workers:
    t.join()
print("peak concurrency", max(peak))
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)

data = threading.local()
data.value = "main"


def show_local(v):
    print("local before:", getattr(data, "value", None))
    data.value = v
    print("local after:", data.value)


t = threading.Thread(target=show_local, args=("thread",))
t.start()
t.join()
print("main still sees", data.value)

fired = []
timer = threading.Timer(0.01, fired.append, args=["fired"])
timer.start()
timer.join()
cancelled = threading.Timer(0.01, fired.append, args=["never"])
cancelled.start()
cancelled.cancel()
cancelled.join()
print(fired)

barrier = threading.Barrier(3)
arrived = []


def meet(n):
    index = barrier.wait()
    arrived.append(n)


meeting = [threading.Thread(target=meet, args=(i,)) for i in range(3)]
for t in meeting:
    t.start()
for t in meeting:
    t.join()
print(sorted(arrived), barrier.broken, barrier.parties)


def failing():
    raise ValueError("boom in thread")


threading.excepthook = lambda args: print("excepthook:", args.exc_type.__name__, args.exc_value,
                                          args.thread.name)
t = threading.Thread(target=failing, name="failer")
t.start()
t.join()
print("after failing thread", t.is_alive())
