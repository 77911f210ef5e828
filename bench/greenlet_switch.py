# Two greenlets switching back and forth N times, at depth 1 and suspended 1,000 frames deep.
# Prints a checksum on stdout; the cost per one-way switch goes to stderr as "bench:" lines.
import sys
import time
from greenlet import greenlet, getcurrent

sys.setrecursionlimit(10000)
N = 500000


def ping_pong(depth):
    def dive(n, body):
        if n <= 1:
            return body()
        return dive(n - 1, body)

    def pinger():
        def body():
            total = 0
            for i in range(N):
                total += pong.switch(i)
            return total
        return dive(depth, body)

    def ponger(first):
        def body():
            v = first
            while True:
                v = ping.switch(v + 1)
        return dive(depth, body)

    ping = greenlet(pinger)
    pong = greenlet(ponger)
    start = time.perf_counter()
    total = ping.switch()
    elapsed = time.perf_counter() - start
    return total, elapsed / (2 * N)


for depth in (1, 1000):
    total, per_switch = ping_pong(depth)
    print("depth", depth, "checksum", total)
    sys.stderr.write("bench: one-way switch at depth %d: %.0f ns\n" % (depth, per_switch * 1e9))
