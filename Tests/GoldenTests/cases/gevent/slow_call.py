# The "timeout around a slow call": the call is abandoned after 0.1 s; other greenlets
# kept running meanwhile.
import time
import gevent
from gevent import Timeout

ticks = []


def ticker():
    for i in range(5):
        ticks.append(i)
        gevent.sleep(0.01)


def slow_call(x):
    gevent.sleep(2)
    return x


t = gevent.spawn(ticker)
start = time.time()
try:
    with Timeout(0.1):
        slow_call(1)
    print("finished")
except Timeout as e:
    print("Timeout:", e)
print("waited about 0.1 s:", round(time.time() - start, 1))
print("ticker ran meanwhile:", ticks)
t.join()
print(gevent.with_timeout(0.1, slow_call, 2, timeout_value="gave up"))
g = gevent.spawn(slow_call, 3)
try:
    g.get(timeout=0.1)
except Timeout as e:
    print("get timed out:", e)
g.kill()
print("killed:", g.dead, type(g.value).__name__)
