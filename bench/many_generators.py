# 1,000,000 suspended generators alive at once. The bytes per suspended generator are the RSS
# growth from 1,000 to 1,000,000 of them (stderr, "bench:" line); stdout is a checksum.
from _memory import rss_bytes
import sys


def ticker(i):
    n = yield i
    yield n




def make(count):
    gens = []
    total = 0
    for i in range(count):
        g = ticker(i)
        total += next(g)
        gens.append(g)
    return gens, total


small, t1 = make(1_000)
before = rss_bytes()
big, t2 = make(1_000_000)
after = rss_bytes()
per = (after - before) / (1_000_000 - 1_000)
print(t1, t2, len(big))
print("bench: %.0f bytes per suspended generator" % per, file=sys.stderr)
total = 0
for g in big:
    total += g.send(1)
print(total)
