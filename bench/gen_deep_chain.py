# One resume through a chain of 1,000 nested `yield from` generators, repeated.
import sys
import time

sys.setrecursionlimit(5000)
DEPTH = 1000
N = 2_000


def leaf():
    i = 0
    while True:
        got = yield i
        i += 1


def level(n):
    if n == 0:
        return (yield from leaf())
    return (yield from level(n - 1))


g = level(DEPTH - 1)
next(g)
start = time.perf_counter()
total = 0
for _ in range(N):
    total += g.send(1)
elapsed = time.perf_counter() - start
print(total)
print("bench: %.1f us per resume through %d levels" % (elapsed / N * 1e6, DEPTH), file=sys.stderr)
