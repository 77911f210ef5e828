# gevent scheduling costs: a sleep(0) round trip through the hub, and spawn + run + join of a
# trivial greenlet. stdout is a checksum; the per-operation figures go to stderr ("bench:").
import sys
import time
import gevent

ROUND_GREENLETS = 100
ROUNDS = 1000
SPAWNS = 100000


def yielder(n):
    total = 0
    for i in range(ROUNDS):
        total += i
        gevent.sleep(0)
    return total + n


start = time.perf_counter()
gs = [gevent.spawn(yielder, n) for n in range(ROUND_GREENLETS)]
gevent.joinall(gs)
rounds_time = time.perf_counter() - start
check1 = sum(g.value for g in gs)


def work(n):
    return n * 2


start = time.perf_counter()
gs = [gevent.spawn(work, n) for n in range(SPAWNS)]
gevent.joinall(gs)
spawn_time = time.perf_counter() - start
check2 = sum(g.value for g in gs)

print(check1, check2)
sys.stderr.write("bench: sleep(0) round trip: %.2f us (%d greenlets x %d)\n"
                 % (rounds_time / (ROUND_GREENLETS * ROUNDS) * 1e6, ROUND_GREENLETS, ROUNDS))
sys.stderr.write("bench: spawn+run+join: %.2f us per greenlet (%d)\n" % (spawn_time / SPAWNS * 1e6, SPAWNS))
