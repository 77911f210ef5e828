# 1,000,000 suspended generators alive at once. The bytes per suspended generator are the RSS
# growth from 1,000 to 1,000,000 of them (stderr, "bench:" line); stdout is a checksum.
import sys


def ticker(i):
    n = yield i
    yield n


def rss_bytes():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


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
