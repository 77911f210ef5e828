# 1,000,000 suspended greenlets, each 5 frames deep, alive at once. The bytes per greenlet are
# the RSS growth from 1,000 to 1,000,000 of them (stderr, "bench:" line); stdout is a checksum.
from _memory import rss_bytes
from greenlet import greenlet, getcurrent

main = getcurrent()


def level(n, tag):
    if n == 1:
        return main.switch(tag)
    return level(n - 1, tag) + 1




def make(count):
    gs = []
    total = 0
    for i in range(count):
        g = greenlet(level)
        total += g.switch(5, i)
        gs.append(g)
    return gs, total


small, t1 = make(1000)
before = rss_bytes()
many, t2 = make(1000000)
after = rss_bytes()
print(len(small) + len(many), t1 + t2)
import sys
sys.stderr.write("bench: bytes per suspended greenlet (5 frames): %d\n" % ((after - before) // 1000000))
