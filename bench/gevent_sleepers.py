# 100,000 greenlets each sleeping a random 0-100 ms are all joined, in deadline order; and the
# memory of a greenlet parked in sleep(): RSS growth while 100,000 are parked, per greenlet.
# stdout is deterministic; figures go to stderr ("bench:").
from _memory import rss_bytes
import random
import sys
import time
import gevent

N = 100000




# 1. Memory: park N greenlets in a long sleep, measure, kill them.
def parked():
    gevent.sleep(60)


warm = [gevent.spawn(parked) for _ in range(1000)]
gevent.sleep(0)
gevent.killall(warm)
del warm
before = rss_bytes()
gs = [gevent.spawn(parked) for _ in range(N)]
gevent.sleep(0)  # every greenlet above has run up to its sleep
after = rss_bytes()
gevent.killall(gs)
print("parked and killed:", sum(1 for g in gs if g.dead))
del gs

# 2. Deadline order. Greenlets start in spawn order, so if i < j and i sleeps no longer than
# j, i must wake first; a Fenwick tree over the wake order finds any violation.
random.seed(2024)
durations = [random.uniform(0, 0.1) for _ in range(N)]
woke = []


def sleeper(i):
    gevent.sleep(durations[i])
    woke.append(i)


start = time.perf_counter()
gs = [gevent.spawn(sleeper, i) for i in range(N)]
gevent.joinall(gs)
elapsed = time.perf_counter() - start
tree = [-1.0] * (N + 1)
out_of_order = 0
for i in woke:
    k = N - 1 - i
    best = -1.0
    while k > 0:
        if tree[k] > best:
            best = tree[k]
        k -= k & -k
    if best >= durations[i]:
        out_of_order += 1
    k = N - i
    while k <= N:
        if tree[k] < durations[i]:
            tree[k] = durations[i]
        k += k & -k
print("joined:", len(woke), "out of deadline order:", out_of_order)
sys.stderr.write("bench: bytes per greenlet parked in sleep(): %d\n" % ((after - before) // N))
sys.stderr.write("bench: %d sleepers spawned, slept and joined in %.3f s\n" % (N, elapsed))
