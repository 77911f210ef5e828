# Many greenlets each sleeping a random 0-100 ms all finish, waking in deadline order.
# (bench/gevent_sleepers.py runs 100,000; 5,000 here keeps the debug build quick.)
#
# Greenlets start one after another in spawn order, so when i < j and i sleeps no longer
# than j, i's deadline is no later than j's and i must wake first (equal deadlines wake in
# the order the timers were started). That holds whatever the clock resolution or pauses,
# so it is what is checked: no greenlet wakes before an earlier-started one with a shorter
# or equal sleep.
import random
import time
import gevent

N = 5000
random.seed(1234)
durations = [random.uniform(0, 0.1) for _ in range(N)]
woke = []
early = 0


def sleeper(i):
    global early
    deadline = time.perf_counter() + durations[i]
    gevent.sleep(durations[i])
    if time.perf_counter() < deadline - 0.005:
        early += 1
    woke.append(i)
    return i


greenlets = [gevent.spawn(sleeper, i) for i in range(N)]
gevent.joinall(greenlets)
print("joined:", len(woke), all(g.dead and g.successful() for g in greenlets))
print("values:", sum(g.value for g in greenlets) == N * (N - 1) // 2)
print("woke before their deadline:", early)

# Walk the wake order keeping, in a Fenwick tree indexed from the end, the longest sleep
# among greenlets already woken; a greenlet waking after a later-started one that sleeps at
# least as long is out of order.
tree = [-1.0] * (N + 1)
out_of_order = 0
for i in woke:
    # longest sleep among woken greenlets with index > i
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
print("out of deadline order:", out_of_order)
