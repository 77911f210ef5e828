# gevent.pool: Pool(size) limits concurrency; map/imap keep order, imap_unordered yields
# in completion order; Group add/discard/join/kill; apply/apply_async/map_async.
import gevent
from gevent.pool import Pool, Group, PoolFull

running = 0
peak = 0


def job(n):
    global running, peak
    running += 1
    peak = max(peak, running)
    gevent.sleep(0.001 * (n % 3))
    running -= 1
    return n * n


pool = Pool(10)
results = pool.map(job, range(100))
print("map:", len(results), results[:5], results[-1], "sum", sum(results))
print("peak concurrency:", peak, "free:", pool.free_count(), "len:", len(pool))

out = []
for r in pool.imap(job, range(20)):
    out.append(r)
print("imap in order:", out == [n * n for n in range(20)])


def delayed(n):
    gevent.sleep(0.02 * (4 - n))
    return n


out = []
for r in Pool(5).imap_unordered(delayed, range(5)):
    out.append(r)
print("imap_unordered:", out)
out = []
for r in Pool(5).imap(delayed, range(5)):
    out.append(r)
print("imap:", out)
out = []
for r in pool.imap(lambda a, b: a + b, [1, 2, 3], [10, 20, 30]):
    out.append(r)
print("imap two iterables:", out)

# spawn blocks while the pool is full.
p = Pool(2)
log = []


def task(name, delay):
    log.append("start " + name)
    gevent.sleep(delay)
    log.append("end " + name)


for name, delay in (("a", 0.02), ("b", 0.08), ("c", 0.02)):
    p.spawn(task, name, delay)
    log.append("spawned %s free=%d full=%s" % (name, p.free_count(), p.full()))
p.join()
print(log)
print("after join:", len(p), p.free_count(), p.full())

p = Pool(1)
p.spawn(gevent.sleep, 0.05)
try:
    p.add(gevent.Greenlet(lambda: None), blocking=False)
except PoolFull as e:
    print("PoolFull", isinstance(e, gevent.queue.Full))
print("wait_available:", p.wait_available(timeout=0.01), p.wait_available())
try:
    Pool(-1)
except ValueError as e:
    print("ValueError:", e)

# apply / apply_async / map_async
print("apply:", pool.apply(job, (7,)))
g = pool.apply_async(job, (8,), callback=lambda v: print("callback got", v))
print("apply_async:", g.get())
gevent.sleep(0)
m = pool.map_async(job, range(4))
print("map_async:", m.get())

# Group
grp = Group()
a = gevent.spawn(gevent.sleep, 0.02)
b = gevent.spawn(gevent.sleep, 0.04)
grp.add(a)
grp.add(b)
print("group:", len(grp), a in grp, grp.full(), grp.free_count() if hasattr(grp, "free_count") else "-")
grp.discard(b)
print("after discard:", len(grp), b in grp)
print("join:", grp.join())
print("empty:", len(grp))
g1 = grp.spawn(gevent.sleep, 1)
g2 = grp.spawn(gevent.sleep, 1)
gevent.sleep(0)
grp.kill()
print("killed:", g1.dead, g2.dead, len(grp))
g3 = grp.spawn(gevent.sleep, 1)
print("join(timeout):", grp.join(timeout=0.01))
grp.killone(g3)
print("killone:", g3.dead, len(grp))


def bad():
    raise ValueError("bad in group")


grp.spawn(bad)
try:
    grp.join(raise_error=True)
except ValueError as e:
    print("join(raise_error) raised", e)
print(Group([a, b]).join())
print("group map:", Group().map(lambda x: -x, range(4)))
