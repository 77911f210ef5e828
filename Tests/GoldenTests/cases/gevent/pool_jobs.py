# The pool: 10 workers mapping over 100 jobs; at most 10 run at once, results keep
# their order, and 100 jobs of 20 ms take about 10 rounds of 20 ms.
import time
import gevent
from gevent.pool import Pool

active = 0
most = 0


def job(n):
    global active, most
    active += 1
    most = max(most, active)
    gevent.sleep(0.02)
    active -= 1
    return "job-%d" % n


pool = Pool(10)
start = time.time()
results = pool.map(job, range(100))
elapsed = time.time() - start
print(results[:3], results[-1], len(results))
print("ordered:", results == ["job-%d" % n for n in range(100)])
print("at most 10 at once:", most)
print("about 10 rounds, not 100:", 0.18 < elapsed < 1.5)

# The same with imap_unordered and spawn + join.
got = []
for r in pool.imap_unordered(job, range(30)):
    got.append(r)
print("imap_unordered got all:", sorted(got) == sorted("job-%d" % n for n in range(30)))
greenlets = [pool.spawn(job, n) for n in range(25)]
pool.join()
print("spawned and joined:", [g.value for g in greenlets][-2:], len(pool), pool.free_count())
