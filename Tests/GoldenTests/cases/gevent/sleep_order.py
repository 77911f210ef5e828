# sleep(0) lets every other ready greenlet run, in the order they became ready; spawn,
# spawn_later, start and start_later schedule greenlets the way gevent does.
import gevent
from gevent import Greenlet

log = []


def worker(name, rounds):
    for i in range(rounds):
        log.append("%s%d" % (name, i))
        gevent.sleep(0)
    log.append(name + "-done")
    return name


gs = [gevent.spawn(worker, n, r) for n, r in (("a", 3), ("b", 1), ("c", 2))]
log.append("spawned")
gevent.sleep(0)
log.append("main-after-one-sleep")
gevent.joinall(gs)
print(" ".join(log))
print([g.value for g in gs])

# Nothing runs until the spawner yields.
log = []
g = gevent.spawn(log.append, "ran")
print("before yield:", log, g.started, g.dead, bool(g))
g.join()
print("after join:", log, g.started, g.dead, bool(g), g.value)

# spawn_later runs after the delay, in deadline order whatever the spawn order.
log = []
later = [gevent.spawn_later(d, log.append, d) for d in (0.15, 0.05, 0.1)]
gevent.joinall(later)
print("spawn_later order:", log)

# start() and start_later() on Greenlet objects.
log = []
g1 = Greenlet(log.append, "g1")
g2 = Greenlet(log.append, "g2")
g3 = Greenlet(log.append, "g3")
print("started before start():", g1.started)
g2.start_later(0.05)
g1.start()
g3.start()
g1.start()  # a second start does nothing
gevent.joinall([g1, g2, g3])
print("start order:", log)

# Many greenlets yielding in rounds keep round-robin order.
order = []


def rr(i):
    for r in range(3):
        order.append((r, i))
        gevent.sleep(0)


gevent.joinall([gevent.spawn(rr, i) for i in range(4)])
print(order == sorted(order), order[:6])
